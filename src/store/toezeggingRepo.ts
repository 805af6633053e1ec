import type { MotionToezegging, NakomingBrief, Toezegging, ToezeggingRelatie } from '../domain/toezegging.js';
import { ministerieNaam } from '../domain/toezegging.js';
import { prepared, type Db } from './db.js';

/**
 * Reads of the toezeggingen (issue 15) for the site, the export and the API. The sync writes them (tkFeedRepo.ts);
 * deleted ones (tombstones) are never read here.
 */

interface Row {
  id: string; nummer: string | null; tekst: string | null; status: string | null; ministerie: string | null; naam: string | null;
  datum_nakoming: string | null; activiteit_id: string | null; toegezegd_aan_json: string; nakoming_json: string; gewijzigd_op: string | null;
  aanmaakdatum: string | null; functie: string | null; titulatuur: string | null; initialen: string | null; voornaam: string | null;
  tussenvoegsel: string | null; achternaam: string | null; achtervoegsel: string | null;
  fractie: string | null; persoon: string | null;
  a_id: string | null; a_nummer: string | null; a_soort: string | null; a_onderwerp: string | null; a_dag: string | null;
}

const LIST_SQL = `SELECT t.id, t.nummer, t.tekst, t.status, t.ministerie, t.naam, t.datum_nakoming, t.activiteit_id, t.toegezegd_aan_json, t.nakoming_json,
    t.gewijzigd_op, t.aanmaakdatum, t.functie, t.titulatuur, t.initialen, t.voornaam, t.tussenvoegsel, t.achternaam, t.achtervoegsel,
    (SELECT COALESCE(f.afkorting, f.naam_nl) FROM tk_fractie f WHERE f.id = t.fractie_id) AS fractie,
    (SELECT trim(COALESCE(p.initialen || ' ', '') || COALESCE(p.tussenvoegsel || ' ', '') || COALESCE(p.achternaam, '')) FROM tk_persoon p WHERE p.id = t.persoon_id) AS persoon,
    a.id AS a_id, COALESCE(a.nummer, t.activiteit_nummer) AS a_nummer, a.soort AS a_soort, a.onderwerp AS a_onderwerp, a.dag AS a_dag
  FROM tk_toezegging t LEFT JOIN tk_activiteit a ON a.id = t.activiteit_id AND a.verwijderd = 0
  WHERE t.verwijderd = 0`;

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const DOCUMENTNUMMER = /\b\d{4}D\d{4,6}\b/;

/** Every toezegging that is not deleted, newest first (by aanmaakdatum, then nummer). */
export function listToezeggingen(db: Db, ids?: string[]): Toezegging[] {
  const rows = (ids
    ? ids.flatMap((id) => prepared(db, `${LIST_SQL} AND t.id = ?`).all(id))
    : prepared(db, `${LIST_SQL} ORDER BY COALESCE(t.aanmaakdatum, t.gewijzigd_op) DESC, t.nummer DESC`).all()) as Row[];
  const nummers = new Map((prepared(db, 'SELECT id, nummer FROM tk_toezegging WHERE verwijderd = 0').all() as { id: string; nummer: string | null }[]).map((r) => [r.id, r.nummer]));
  return rows.map((r) => ({
    id: r.id,
    nummer: r.nummer,
    tekst: r.tekst,
    status: r.status,
    deadline: r.datum_nakoming && /^\d{4}-\d{2}-\d{2}/.test(r.datum_nakoming) ? r.datum_nakoming.slice(0, 10) : null,
    ministerie: ministerieNaam(r.ministerie),
    bewindspersoon: bewindspersoon(r),
    functie: r.functie,
    fractie: r.fractie,
    persoon: r.persoon || null,
    toegezegdAan: (JSON.parse(r.toegezegd_aan_json) as string[]).map((s) => s.trim()).filter(Boolean),
    activiteit: r.a_id || r.activiteit_id ? { id: r.a_id ?? r.activiteit_id!, nummer: r.a_nummer, soort: r.a_soort, onderwerp: r.a_onderwerp, dag: r.a_dag } : null,
    aanmaakdatum: r.aanmaakdatum,
    brieven: (JSON.parse(r.nakoming_json) as string[]).map((v) => resolveBrief(db, v)),
    relaties: relatiesOf(db, r.id, nummers),
    statusHistorie: prepared(db, 'SELECT van, naar, op FROM tk_toezegging_status WHERE toezegging_id = ? ORDER BY seq').all(r.id) as Toezegging['statusHistorie'],
    gewijzigdOp: r.gewijzigd_op,
  }));
}

/** "minister A.B. Voorbeeld" from the name parts; the API's naam when it has no parts. */
function bewindspersoon(r: Row): string | null {
  const name = [r.initialen ?? r.voornaam, r.tussenvoegsel, r.achternaam, r.achtervoegsel].filter((x) => x && x.trim()).join(' ');
  if (r.achternaam && name) return [r.functie ?? r.titulatuur, name].filter(Boolean).join(' ');
  return r.naam?.trim() || null;
}

/** kamerbriefNakoming → a stored letter: by its GUID, else by a DocumentNummer (2024D12345) in the value. */
function resolveBrief(db: Db, waarde: string): NakomingBrief {
  const guid = GUID.exec(waarde)?.[0]?.toLowerCase();
  const nummer = DOCUMENTNUMMER.exec(waarde)?.[0];
  const doc = (guid
    ? prepared(db, 'SELECT id, COALESCE(onderwerp, titel) AS titel, datum FROM documents WHERE id = ? AND verwijderd = 0').get(guid)
    : nummer
      ? prepared(db, `SELECT d.id, COALESCE(d.onderwerp, d.titel) AS titel, d.datum FROM tk_document td JOIN documents d ON d.id = td.id
          WHERE td.document_nummer = ? AND d.verwijderd = 0 LIMIT 1`).get(nummer)
      : undefined) as { id: string; titel: string | null; datum: string | null } | undefined;
  return { waarde, documentId: doc?.id ?? null, titel: doc?.titel ?? null, datum: doc?.datum ?? null };
}

function relatiesOf(db: Db, id: string, nummers: Map<string, string | null>): ToezeggingRelatie[] {
  const out: ToezeggingRelatie[] = [];
  for (const r of prepared(db, 'SELECT soort, ander_id FROM tk_toezegging_relatie WHERE toezegging_id = ?').all(id) as { soort: ToezeggingRelatie['soort']; ander_id: string }[]) {
    if (nummers.has(r.ander_id)) out.push({ soort: r.soort, richting: 'eerder', id: r.ander_id, nummer: nummers.get(r.ander_id) ?? null });
  }
  for (const r of prepared(db, 'SELECT soort, toezegging_id FROM tk_toezegging_relatie WHERE ander_id = ?').all(id) as { soort: ToezeggingRelatie['soort']; toezegging_id: string }[]) {
    if (nummers.has(r.toezegging_id)) out.push({ soort: r.soort, richting: 'later', id: r.toezegging_id, nummer: nummers.get(r.toezegging_id) ?? null });
  }
  return out;
}

/** The motions (document ids) voted on at each activiteit that a toezegging names: Besluit → Agendapunt → Activiteit. */
export function motionsByActiviteit(db: Db): Map<string, string[]> {
  const rows = prepared(db, `SELECT DISTINCT ap.activiteit_id AS activiteit, dz.document_id AS motie
    FROM tk_agendapunt ap
    JOIN tk_besluit b ON b.agendapunt_id = ap.id AND b.verwijderd = 0
    JOIN tk_besluit_zaak bz ON bz.besluit_id = b.id
    JOIN tk_zaak z ON z.id = bz.zaak_id AND z.verwijderd = 0
    JOIN tk_document_zaak dz ON dz.zaak_id = z.id
    JOIN documents d ON d.id = dz.document_id AND d.soort = 'motie' AND d.verwijderd = 0
    WHERE ap.verwijderd = 0 AND ap.activiteit_id IN (SELECT activiteit_id FROM tk_toezegging WHERE verwijderd = 0)
    ORDER BY ap.activiteit_id, dz.document_id`).all() as { activiteit: string; motie: string }[];
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.activiteit, [...(out.get(r.activiteit) ?? []), r.motie]);
  return out;
}

/** The motions each letter answers (its references that resolve to a stored motion). */
export function motionsByLetter(db: Db, letterIds: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of new Set(letterIds)) {
    const ids = prepared(db, 'SELECT DISTINCT motie_id FROM motion_references WHERE document_id = ? AND motie_id IS NOT NULL ORDER BY motie_id').pluck().all(id) as string[];
    if (ids.length) out.set(id, ids);
  }
  return out;
}

/**
 * The toezeggingen of one motion: those of the activiteit its besluit was taken in (Besluit → Agendapunt →
 * Activiteit), and those whose kamerbriefNakoming names a letter that also answers the motion (tk_toezegging_brief).
 */
const MOTION_TOEZEGGINGEN_SQL = `WITH
  acts AS (SELECT DISTINCT ap.activiteit_id AS id FROM tk_document_zaak dz JOIN tk_zaak z ON z.id = dz.zaak_id AND z.verwijderd = 0
      JOIN tk_besluit_zaak bz ON bz.zaak_id = z.id JOIN tk_besluit b ON b.id = bz.besluit_id AND b.verwijderd = 0
      JOIN tk_agendapunt ap ON ap.id = b.agendapunt_id AND ap.verwijderd = 0 WHERE dz.document_id = @id AND ap.activiteit_id IS NOT NULL),
  keys AS (SELECT r.document_id AS k FROM motion_references r JOIN documents d ON d.id = r.document_id AND d.soort = 'brief' AND d.verwijderd = 0
        WHERE r.motie_id = @id AND r.document_id <> @id
      UNION SELECT td.document_nummer FROM motion_references r JOIN documents d ON d.id = r.document_id AND d.soort = 'brief' AND d.verwijderd = 0
        JOIN tk_document td ON td.id = r.document_id WHERE r.motie_id = @id AND td.document_nummer IS NOT NULL),
  found AS (SELECT t.id, 'debat' AS via FROM tk_toezegging t WHERE t.activiteit_id IN (SELECT id FROM acts)
      UNION ALL SELECT tb.toezegging_id, 'brief' FROM tk_toezegging_brief tb WHERE tb.sleutel IN (SELECT k FROM keys))
  SELECT t.id, t.nummer, t.tekst, t.status, t.datum_nakoming, t.ministerie, t.api_gewijzigd_op, MIN(f.via) AS via
  FROM found f JOIN tk_toezegging t ON t.id = f.id WHERE t.verwijderd = 0
  GROUP BY t.id ORDER BY t.nummer`;

export function toezeggingenForMotion(db: Db, motionId: string): MotionToezegging[] {
  const rows = prepared(db, MOTION_TOEZEGGINGEN_SQL).all({ id: motionId }) as { id: string; nummer: string | null; tekst: string | null; status: string | null; datum_nakoming: string | null; ministerie: string | null; via: 'debat' | 'brief' }[];
  return rows.map((r) => ({ id: r.id, nummer: r.nummer, tekst: r.tekst, status: r.status, deadline: r.datum_nakoming?.slice(0, 10) ?? null, ministerie: ministerieNaam(r.ministerie), via: r.via }));
}

/** A fingerprint per motion of the toezeggingen its page shows, for the build plan (only motions that have any). */
export function motionToezeggingFingerprints(db: Db, motionIds: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of motionIds) {
    const list = prepared(db, MOTION_TOEZEGGINGEN_SQL).all({ id }) as { id: string; status: string | null; api_gewijzigd_op: string | null; via: string }[];
    if (list.length) out.set(id, list.map((t) => `${t.id}:${t.status ?? ''}:${t.api_gewijzigd_op ?? ''}:${t.via}`).join(','));
  }
  return out;
}

/** The motions a toezegging page may list or a toezegging may touch: voted at a toezegging's activiteit, or answered by a letter one names. */
export function motionsTouchedByToezeggingen(db: Db): Set<string> {
  const out = new Set<string>();
  for (const ids of motionsByActiviteit(db).values()) for (const id of ids) out.add(id);
  const viaLetters = prepared(db, `SELECT DISTINCT r.motie_id FROM tk_toezegging_brief tb JOIN tk_toezegging t ON t.id = tb.toezegging_id AND t.verwijderd = 0
      LEFT JOIN tk_document td ON td.document_nummer = tb.sleutel
      JOIN motion_references r ON r.document_id = COALESCE(td.id, tb.sleutel) AND r.motie_id IS NOT NULL`).pluck().all() as string[];
  for (const id of viaLetters) out.add(id);
  return out;
}

/** The adopted motions' dashboard fields, from the published summaries (json_extract: no 60,000 summaries parsed in JS). */
export function adoptedMotionFacts(db: Db): { uitslag: 'aangenomen'; letters: number; stemdatum: string | null; eersteBrief: string | null; ministerie: string | null }[] {
  return (prepared(db, `SELECT json_extract(summary_json, '$.letters') AS letters, json_extract(summary_json, '$.stemdatum') AS stemdatum,
      json_extract(summary_json, '$.eersteBrief') AS eersteBrief, json_extract(summary_json, '$.ministerie') AS ministerie
    FROM publish_motions WHERE json_extract(summary_json, '$.uitslag') = 'aangenomen'`).all() as { letters: number | null; stemdatum: string | null; eersteBrief: string | null; ministerie: string | null }[])
    .map((r) => ({ uitslag: 'aangenomen' as const, letters: r.letters ?? 0, stemdatum: r.stemdatum, eersteBrief: r.eersteBrief, ministerie: r.ministerie }));
}

export interface ToezeggingFilter {
  status?: string;
  ministerie?: string;
  fractie?: string;
  jaar?: string;
}

/**
 * The ids of the toezeggingen that pass the filters (newest first) and how many pass; all bound parameters. The
 * ministerie matches with or without "Ministerie van", the fractie by afkorting or name, both case-insensitively.
 */
export function findToezeggingen(db: Db, f: ToezeggingFilter, limit: number, offset: number): { ids: string[]; total: number } {
  const where = ['t.verwijderd = 0'];
  const params: Record<string, string | number> = { limit, offset };
  if (f.status) {
    where.push('lower(t.status) = lower(@status)');
    params.status = f.status;
  }
  if (f.ministerie) {
    where.push("(lower(t.ministerie) = lower(@ministerie) OR lower(t.ministerie) = lower('ministerie van ' || @ministerie))");
    params.ministerie = ministerieNaam(f.ministerie) ?? f.ministerie;
  }
  if (f.fractie) {
    where.push('EXISTS (SELECT 1 FROM tk_fractie fr WHERE fr.id = t.fractie_id AND (lower(fr.afkorting) = lower(@fractie) OR lower(fr.naam_nl) = lower(@fractie)))');
    params.fractie = f.fractie;
  }
  if (f.jaar) {
    where.push("substr(COALESCE(t.aanmaakdatum, t.gewijzigd_op, ''), 1, 4) = @jaar");
    params.jaar = f.jaar;
  }
  const sql = `SELECT t.id, COUNT(*) OVER () AS total FROM tk_toezegging t WHERE ${where.join(' AND ')}
    ORDER BY COALESCE(t.aanmaakdatum, t.gewijzigd_op) DESC, t.nummer DESC, t.id LIMIT @limit OFFSET @offset`;
  const rows = prepared(db, sql).all(params) as { id: string; total: number }[];
  const total = rows[0]?.total ?? (prepared(db, `SELECT COUNT(*) FROM tk_toezegging t WHERE ${where.join(' AND ')}`).pluck().get(params) as number);
  return { ids: rows.map((r) => r.id), total };
}

/** The dossier of a motion's zaak as the API records it (Zaak → Kamerstukdossier): "36600-VII", or "32317". */
export function zaakDossierOf(db: Db, documentId: string): string | null {
  const r = prepared(db, `SELECT k.nummer, k.toevoeging FROM tk_document_zaak dz JOIN tk_zaak z ON z.id = dz.zaak_id AND z.verwijderd = 0
      JOIN tk_kamerstukdossier k ON k.id = z.kamerstukdossier_id AND k.verwijderd = 0 WHERE dz.document_id = ? ORDER BY z.nummer DESC LIMIT 1`).get(documentId) as { nummer: number | null; toevoeging: string | null } | undefined;
  if (!r || r.nummer === null) return null;
  return r.toevoeging ? `${r.nummer}-${r.toevoeging.replace(/\s+/g, '')}` : String(r.nummer);
}
