import type { TkActiviteit, TkAgendapunt, TkKamerstukdossier, TkToezegging } from '../domain/tkRecords.js';
import { prepared, type Db } from './db.js';

/**
 * The SyncFeed's own state: resume tokens, what was kept or dropped (newest version wins), the records
 * of the vote-date chain, Kamerstukdossier and Toezegging, tombstones, and rejected records.
 */

// ---------------------------------------------------------------- tokens and settings

export function getFeedToken(db: Db, category: string): number | null {
  const r = prepared(db, 'SELECT skiptoken FROM tk_feed WHERE category = ?').get(category) as { skiptoken: number } | undefined;
  return r?.skiptoken ?? null;
}

export function setFeedToken(db: Db, category: string, skiptoken: number): void {
  prepared(db, 'INSERT INTO tk_feed (category, skiptoken) VALUES (?, ?) ON CONFLICT(category) DO UPDATE SET skiptoken = excluded.skiptoken').run(category, skiptoken);
}

export function getSyncSetting(db: Db, key: string): string | null {
  const r = prepared(db, 'SELECT value FROM tk_sync_settings WHERE key = ?').get(key) as { value: string } | undefined;
  return r?.value ?? null;
}

export function setSyncSetting(db: Db, key: string, value: string): void {
  prepared(db, 'INSERT INTO tk_sync_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Forgets where every feed stands (the next sync reads the feeds from the start again). */
export function resetFeedTokens(db: Db): void {
  prepared(db, 'DELETE FROM tk_feed').run();
}

// ---------------------------------------------------------------- seen entities

const key = (id: string): Buffer => Buffer.from(id.replace(/-/g, ''), 'hex');

export type Seen = { token: number; kept: boolean } | null;

export function seen(db: Db, id: string): Seen {
  const r = prepared(db, 'SELECT token, kept FROM tk_feed_seen WHERE id = ?').get(key(id)) as { token: number; kept: number } | undefined;
  return r ? { token: r.token, kept: r.kept === 1 } : null;
}

export function markSeen(db: Db, id: string, token: number, kept: boolean): void {
  prepared(db, 'INSERT INTO tk_feed_seen (id, token, kept) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET token = excluded.token, kept = excluded.kept').run(key(id), token, kept ? 1 : 0);
}

/** Forgets which parents were dropped, so that a sync that keeps more judges them again. */
export function forgetDropped(db: Db): void {
  prepared(db, 'DELETE FROM tk_feed_seen WHERE kept = 0').run();
}

// ---------------------------------------------------------------- records

const flag = (v: boolean | null | undefined): number => (v ? 1 : 0);

export function upsertAgendapunt(db: Db, a: TkAgendapunt, raw: string): void {
  prepared(db, `INSERT OR REPLACE INTO tk_agendapunt (id, activiteit_id, nummer, onderwerp, gewijzigd_op, api_gewijzigd_op, verwijderd, raw)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(a.Id, a.Activiteit_Id ?? null, a.Nummer ?? null, a.Onderwerp ?? null, a.GewijzigdOp ?? null, a.ApiGewijzigdOp ?? null, flag(a.Verwijderd), raw);
}

/** `dag` is the Amsterdam calendar day of the activity, computed by the caller (a rule of the source, not of the store). */
export function upsertActiviteit(db: Db, a: TkActiviteit, dag: string | null, raw: string): void {
  prepared(db, `INSERT OR REPLACE INTO tk_activiteit (id, soort, nummer, onderwerp, status, datum, dag, gewijzigd_op, api_gewijzigd_op, verwijderd, raw)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    a.Id, a.Soort ?? null, a.Nummer ?? null, a.Onderwerp ?? null, a.Status ?? null, a.Datum ?? null, dag, a.GewijzigdOp ?? null, a.ApiGewijzigdOp ?? null, flag(a.Verwijderd), raw,
  );
}

export function upsertKamerstukdossier(db: Db, k: TkKamerstukdossier, raw: string): void {
  prepared(db, `INSERT OR REPLACE INTO tk_kamerstukdossier (id, nummer, toevoeging, titel, gewijzigd_op, api_gewijzigd_op, verwijderd, raw)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(k.Id, k.Nummer ?? null, k.Toevoeging ?? null, k.Titel ?? null, k.GewijzigdOp ?? null, k.ApiGewijzigdOp ?? null, flag(k.Verwijderd), raw);
}

export function upsertToezegging(db: Db, t: TkToezegging, raw: string): void {
  const before = prepared(db, 'SELECT status FROM tk_toezegging WHERE id = ?').pluck().get(t.Id) as string | null | undefined;
  prepared(db, `INSERT OR REPLACE INTO tk_toezegging (id, nummer, tekst, status, ministerie, naam, datum_nakoming, activiteit_id, fractie_id, persoon_id,
      toegezegd_aan_json, nakoming_json, gewijzigd_op, api_gewijzigd_op, verwijderd, raw,
      aanmaakdatum, activiteit_nummer, functie, titulatuur, initialen, voornaam, tussenvoegsel, achternaam, achtervoegsel)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    t.Id, t.Nummer ?? null, t.Tekst ?? null, t.Status ?? null, t.Ministerie ?? null, t.Naam ?? null, t.DatumNakoming ?? null, t.Activiteit_Id ?? null,
    t.ToegezegdAanFractie_Id ?? null, t.ToegezegdAanPersoon_Id ?? null, JSON.stringify(t.ToegezegdAan ?? []), JSON.stringify(t.KamerbriefNakoming ?? []),
    t.GewijzigdOp ?? null, t.ApiGewijzigdOp ?? null, flag(t.Verwijderd), raw,
    t.Aanmaakdatum ?? null, t.ActiviteitNummer ?? null, t.Functie ?? null, t.Titulatuur ?? null, t.Initialen ?? null, t.Voornaam ?? null,
    t.Tussenvoegsel ?? null, t.Achternaam ?? null, t.Achtervoegsel ?? null,
  );
  prepared(db, 'DELETE FROM tk_toezegging_relatie WHERE toezegging_id = ?').run(t.Id);
  for (const r of t.Relaties ?? []) prepared(db, 'INSERT OR IGNORE INTO tk_toezegging_relatie (toezegging_id, soort, ander_id) VALUES (?, ?, ?)').run(t.Id, r.soort, r.id);
  prepared(db, 'DELETE FROM tk_toezegging_brief WHERE toezegging_id = ?').run(t.Id);
  for (const key of (t.KamerbriefNakoming ?? []).map(letterKey)) {
    if (key) prepared(db, 'INSERT OR IGNORE INTO tk_toezegging_brief (toezegging_id, sleutel) VALUES (?, ?)').run(t.Id, key);
  }
  // The status history (the status-change feed): a row when the status is new to us or changed; a tombstone has none.
  const status = t.Status ?? null;
  if (!t.Verwijderd && status !== null && status !== before) {
    prepared(db, `INSERT INTO tk_toezegging_status (toezegging_id, seq, van, naar, op)
      VALUES (@id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM tk_toezegging_status WHERE toezegging_id = @id), @van, @naar, @op)`)
      .run({ id: t.Id, van: before ?? null, naar: status, op: t.GewijzigdOp ?? t.ApiGewijzigdOp ?? null });
  }
}

/** The lookup key of a kamerbriefNakoming value: the GUID it holds (lower case), else its DocumentNummer (2024D12345). */
export function letterKey(value: string): string | null {
  const guid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.exec(value)?.[0];
  if (guid) return guid.toLowerCase();
  return /\b\d{4}D\d{4,6}\b/.exec(value)?.[0] ?? null;
}

/** The table of each category the sync stores. */
export const TABLE_OF = {
  Zaak: 'tk_zaak',
  ZaakActor: 'tk_zaak_actor',
  Besluit: 'tk_besluit',
  Stemming: 'tk_stemming',
  Agendapunt: 'tk_agendapunt',
  Activiteit: 'tk_activiteit',
  Document: 'tk_document',
  Persoon: 'tk_persoon',
  Fractie: 'tk_fractie',
  FractieZetel: 'tk_fractie_zetel',
  FractieZetelPersoon: 'tk_fractie_zetel_persoon',
  Kamerstukdossier: 'tk_kamerstukdossier',
  Toezegging: 'tk_toezegging',
} as const;

/**
 * A tombstone for a record we hold: marked deleted, its data kept (the site hides it). Returns true when
 * one was marked; a tombstone of a record we never stored creates nothing.
 */
export function markFeedDeleted(db: Db, category: keyof typeof TABLE_OF, id: string): boolean {
  let n = prepared(db, `UPDATE ${TABLE_OF[category]} SET verwijderd = 1 WHERE id = ? AND verwijderd = 0`).run(id).changes;
  if (category === 'Document') n += prepared(db, 'UPDATE documents SET verwijderd = 1 WHERE id = ? AND verwijderd = 0').run(id).changes;
  return n > 0;
}

export function besluitOfStemming(db: Db, stemmingId: string): string | null {
  return (prepared(db, 'SELECT besluit_id FROM tk_stemming WHERE id = ?').pluck().get(stemmingId) as string | undefined) ?? null;
}

/**
 * A zaak turned out not to be a motion (or fell outside --since): children stored before the zaak was
 * seen go — its actors, and besluiten that belong to no kept zaak, with their stemmingen.
 */
export function pruneZaakChildren(db: Db, zaakId: string): void {
  prepared(db, 'DELETE FROM tk_zaak_actor WHERE zaak_id = ?').run(zaakId);
  const orphans = prepared(db, `SELECT bz.besluit_id AS id FROM tk_besluit_zaak bz WHERE bz.zaak_id = ?
      AND NOT EXISTS (SELECT 1 FROM tk_besluit_zaak o JOIN tk_zaak z ON z.id = o.zaak_id WHERE o.besluit_id = bz.besluit_id AND o.zaak_id <> bz.zaak_id)`)
    .pluck()
    .all(zaakId) as string[];
  prepared(db, 'DELETE FROM tk_besluit_zaak WHERE zaak_id = ?').run(zaakId);
  for (const id of orphans) pruneBesluit(db, id);
}

/** A besluit dropped after its stemmingen were stored: they go with it. */
export function pruneBesluit(db: Db, besluitId: string): void {
  prepared(db, 'DELETE FROM tk_stemming WHERE besluit_id = ?').run(besluitId);
  prepared(db, 'DELETE FROM tk_besluit_zaak WHERE besluit_id = ?').run(besluitId);
  prepared(db, 'DELETE FROM tk_besluit WHERE id = ?').run(besluitId);
}

/** Whether a kept record points at this Agendapunt (a besluit) or Activiteit (an agendapunt or toezegging). */
export function isReferenced(db: Db, category: 'Agendapunt' | 'Activiteit', id: string): boolean {
  const sql =
    category === 'Agendapunt'
      ? 'SELECT 1 FROM tk_besluit WHERE agendapunt_id = @id LIMIT 1'
      : 'SELECT 1 FROM tk_agendapunt WHERE activiteit_id = @id UNION ALL SELECT 1 FROM tk_toezegging WHERE activiteit_id = @id LIMIT 1';
  return prepared(db, sql).get({ id }) !== undefined;
}

/**
 * Ids that kept records point at but the store lacks, per category: a besluit's agendapunt, an
 * agendapunt's activiteit, a motion document's zaak. They are fetched one by one (Entiteiten/<id>);
 * `absent` lists ids the server said it does not have, so they are not asked for again.
 */
export function missingReferences(db: Db, limit: number): { Agendapunt: string[]; Activiteit: string[]; Zaak: string[] } {
  const ids = (sql: string): string[] => prepared(db, sql).pluck().all(limit) as string[];
  const notAbsent = (col: string) => `AND NOT EXISTS (SELECT 1 FROM tk_sync_settings s WHERE s.key = 'absent:' || ${col})`;
  return {
    Agendapunt: ids(`SELECT DISTINCT b.agendapunt_id FROM tk_besluit b LEFT JOIN tk_agendapunt a ON a.id = b.agendapunt_id
      WHERE b.agendapunt_id IS NOT NULL AND a.id IS NULL AND b.verwijderd = 0 ${notAbsent('b.agendapunt_id')} ORDER BY 1 LIMIT ?`),
    Activiteit: ids(`SELECT DISTINCT a.activiteit_id FROM tk_agendapunt a LEFT JOIN tk_activiteit x ON x.id = a.activiteit_id
      WHERE a.activiteit_id IS NOT NULL AND x.id IS NULL AND a.verwijderd = 0 ${notAbsent('a.activiteit_id')} ORDER BY 1 LIMIT ?`),
    Zaak: ids(`SELECT DISTINCT dz.zaak_id FROM tk_document_zaak dz JOIN tk_document d ON d.id = dz.document_id LEFT JOIN tk_zaak z ON z.id = dz.zaak_id
      WHERE z.id IS NULL AND d.soort LIKE 'Motie%' AND d.verwijderd = 0 ${notAbsent('dz.zaak_id')} ORDER BY 1 LIMIT ?`),
  };
}

export function markAbsent(db: Db, id: string): void {
  setSyncSetting(db, `absent:${id}`, '1');
}

/** A besluit's date is the day of its agendapunt's activiteit (the vote's sitting), wherever each came from. */
export function refreshBesluitDatums(db: Db): number {
  return prepared(db, `UPDATE tk_besluit SET datum = d.dag FROM (
      SELECT b.id AS id, x.dag AS dag FROM tk_besluit b JOIN tk_agendapunt a ON a.id = b.agendapunt_id JOIN tk_activiteit x ON x.id = a.activiteit_id
      WHERE x.dag IS NOT NULL AND x.verwijderd = 0 AND a.verwijderd = 0 AND b.datum IS NOT x.dag) d
    WHERE tk_besluit.id = d.id`).run().changes;
}

// ---------------------------------------------------------------- rejected records

export interface RejectedRecord {
  category: string;
  id: string;
  reason: string;
  raw: string;
  token: number | null;
}

export function saveRejected(db: Db, r: RejectedRecord): void {
  prepared(db, `INSERT INTO tk_rejected (category, id, reason, raw, token) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(category, id) DO UPDATE SET reason = excluded.reason, raw = excluded.raw, token = excluded.token`).run(r.category, r.id, r.reason, r.raw, r.token);
}

export function clearRejected(db: Db, category: string, id: string): void {
  prepared(db, 'DELETE FROM tk_rejected WHERE category = ? AND id = ?').run(category, id);
}

export function hasRejected(db: Db): boolean {
  return prepared(db, 'SELECT 1 FROM tk_rejected LIMIT 1').get() !== undefined;
}
