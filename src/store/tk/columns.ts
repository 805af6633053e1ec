import type { TkActor } from '../../domain/tkRecords.js';
import { normalizeInstant } from '../../domain/instant.js';

/** How the fields of an API record become column values, the same for every tk_ table. */

export const flag = (v: boolean | null | undefined): number => (v ? 1 : 0);

/** One form for both sources (OData writes a local offset, SyncFeed is normalised already), so the order is the same. */
export const instantOrNull = (v: string | null | undefined): string | null => {
  try {
    return v ? normalizeInstant(v) : null;
  } catch {
    return null;
  }
};

export const str = (v: string | null | undefined): string | null => v ?? null;

export const num = (v: number | null | undefined): number | null => (typeof v === 'number' ? v : null);

/** The record as received, without the expanded children that are stored as rows of their own. */
export function rawWithout(record: object, children: string[]): string {
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const c of children) delete copy[c];
  return JSON.stringify(copy);
}

/** The parameters of a tk_zaak_actor or tk_document_actor row; `parent` is the zaak or document, `pos` its place there. */
export function actorParams(a: TkActor, parent: string, pos: number) {
  return {
    id: a.Id,
    parent,
    pos,
    actorNaam: str(a.ActorNaam),
    actorFractie: str(a.ActorFractie),
    relatie: str(a.Relatie),
    functie: str(a.Functie),
    persoonId: str(a.Persoon_Id),
    fractieId: str(a.Fractie_Id),
    gewijzigdOp: instantOrNull(a.GewijzigdOp),
    verwijderd: flag(a.Verwijderd),
    raw: JSON.stringify(a),
  };
}

/** The statement that stores an actor row (actorParams) of a zaak or of a document. */
export const actorInsertSql = (table: 'tk_zaak_actor' | 'tk_document_actor', parentColumn: 'zaak_id' | 'document_id') =>
  `INSERT OR REPLACE INTO ${table} (id, ${parentColumn}, pos, actor_naam, actor_fractie, relatie, functie, persoon_id, fractie_id, gewijzigd_op, verwijderd, raw)
      VALUES (@id, @parent, @pos, @actorNaam, @actorFractie, @relatie, @functie, @persoonId, @fractieId, @gewijzigdOp, @verwijderd, @raw)`;
