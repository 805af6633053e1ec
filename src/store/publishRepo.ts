import { statementsOf, type Db } from './db.js';

/** The incremental build state of publish/ (migration 005). */

export interface PublishedMotion {
  id: string;
  fingerprint: string;
  shard: string;
  datum: string | null;
  summaryJson: string;
  /** Search filter values: facet → values; null leaves them to rebuildFacets(). */
  facets: Record<string, string[]> | null;
}

/** The fingerprint each motion had at the last build. */
export function getPublishedFingerprints(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT document_id, fingerprint FROM publish_motions').raw().all() as [string, string][];
  return new Map(rows);
}

/** Statements used once per motion, prepared once per connection (preparing costs more than running them). */
const st = statementsOf((db: Db) => ({
  saveMotion: db.prepare(
    `INSERT INTO publish_motions (document_id, fingerprint, shard, datum, summary_json) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(document_id) DO UPDATE SET fingerprint = excluded.fingerprint, shard = excluded.shard, datum = excluded.datum,
       summary_json = excluded.summary_json`,
  ),
  deleteFacets: db.prepare('DELETE FROM publish_facets WHERE document_id = ?'),
  insertFacet: db.prepare('INSERT OR IGNORE INTO publish_facets (facet, value, document_id) VALUES (?, ?, ?)'),
  summary: db.prepare('SELECT summary_json FROM publish_motions WHERE document_id = ?').pluck(),
  setPage: db.prepare('INSERT INTO publish_pages (out_dir, path, hash) VALUES (?, ?, ?) ON CONFLICT(out_dir, path) DO UPDATE SET hash = excluded.hash'),
}));

export function savePublishedMotion(db: Db, m: PublishedMotion): void {
  const s = st(db);
  s.saveMotion.run(m.id, m.fingerprint, m.shard, m.datum, m.summaryJson);
  if (!m.facets) return;
  s.deleteFacets.run(m.id);
  for (const [facet, values] of Object.entries(m.facets)) for (const v of values) s.insertFacet.run(facet, v, m.id);
}

/**
 * Replaces every motion's search filter values at once, for builds that change thousands of motions: loaded into a
 * scratch table, copied over in key order, and the document index built afterwards. One by one (random document ids,
 * two indexes) the ~450,000 rows of 60,000 motions took ~5 s of a full build; this way about one.
 */
export function rebuildFacets(db: Db, motions: Iterable<{ id: string; facets: Record<string, string[]> }>): void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS facet_load (facet TEXT, value TEXT, document_id TEXT); DELETE FROM facet_load;');
  const load = db.prepare('INSERT INTO facet_load VALUES (?, ?, ?)');
  for (const m of motions) for (const [facet, values] of Object.entries(m.facets)) for (const v of values) load.run(facet, v, m.id);
  db.exec(`DROP INDEX IF EXISTS publish_facets_document;
    DELETE FROM publish_facets;
    INSERT OR IGNORE INTO publish_facets (facet, value, document_id)
      SELECT facet, value, document_id FROM facet_load ORDER BY facet, value COLLATE NOCASE, document_id;
    DROP TABLE facet_load;
    CREATE INDEX publish_facets_document ON publish_facets(document_id);`);
}

export function getPublishedSummaryJson(db: Db, id: string): string | null {
  return (st(db).summary.get(id) as string | undefined) ?? null;
}

export function deletePublishedMotion(db: Db, id: string): void {
  db.prepare('DELETE FROM publish_motions WHERE document_id = ?').run(id);
  db.prepare('DELETE FROM publish_facets WHERE document_id = ?').run(id);
}

/** Summaries newest first, streamed. */
export function* publishedSummaries(db: Db): Generator<string> {
  for (const s of db.prepare('SELECT summary_json FROM publish_motions ORDER BY datum DESC, document_id').pluck().iterate()) yield s as string;
}

export function publishedShards(db: Db): { shard: string; count: number }[] {
  return db.prepare('SELECT shard, COUNT(*) AS count FROM publish_motions GROUP BY shard ORDER BY shard DESC').all() as { shard: string; count: number }[];
}

export function getPageHashes(db: Db, outDir: string): Map<string, string> {
  const rows = db.prepare('SELECT path, hash FROM publish_pages WHERE out_dir = ?').all(outDir) as { path: string; hash: string }[];
  return new Map(rows.map((r) => [r.path, r.hash]));
}

export function setPageHash(db: Db, outDir: string, path: string, hash: string): void {
  st(db).setPage.run(outDir, path, hash);
}

export function deletePageHash(db: Db, outDir: string, path: string): void {
  db.prepare('DELETE FROM publish_pages WHERE out_dir = ? AND path = ?').run(outDir, path);
}

/** Build state of an output folder that is not a page or a shard (e.g. the overview fingerprint). */
export function getBuildState(db: Db, outDir: string, key: string): string | null {
  return (db.prepare('SELECT value FROM publish_state WHERE out_dir = ? AND key = ?').pluck().get(outDir, key) as string | undefined) ?? null;
}

export function setBuildState(db: Db, outDir: string, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM publish_state WHERE out_dir = ? AND key = ?').run(outDir, key);
  else db.prepare('INSERT INTO publish_state (out_dir, key, value) VALUES (?, ?, ?) ON CONFLICT(out_dir, key) DO UPDATE SET value = excluded.value').run(outDir, key, value);
}

export function countPublished(db: Db): number {
  return db.prepare('SELECT COUNT(*) FROM publish_motions').pluck().get() as number;
}

export function getShardHashes(db: Db, outDir: string): Map<string, string> {
  const rows = db.prepare('SELECT shard, hash FROM publish_shards WHERE out_dir = ?').all(outDir) as { shard: string; hash: string }[];
  return new Map(rows.map((r) => [r.shard, r.hash]));
}

export function setShardHash(db: Db, outDir: string, shard: string, hash: string | null): void {
  if (hash === null) db.prepare('DELETE FROM publish_shards WHERE out_dir = ? AND shard = ?').run(outDir, shard);
  else db.prepare('INSERT INTO publish_shards (out_dir, shard, hash) VALUES (?, ?, ?) ON CONFLICT(out_dir, shard) DO UPDATE SET hash = excluded.hash').run(outDir, shard, hash);
}

/**
 * A cheap fingerprint of the stored data a motion's view is built from (foundation tables), for every
 * motion, without reading texts: document row, text version, parse, explanations and imported page.
 * Data of other stages (votes, letters) is added by the caller through their repository functions.
 */
export function* motionFingerprintRows(db: Db): Generator<{ id: string; datum: string | null; fp: string }> {
  const stmt = db.prepare(`
    SELECT d.id AS id, COALESCE(m.datum, d.datum) AS datum,
      d.updated_at || '|' || COALESCE(t.input_sha256, '') || '|' || COALESCE(t.extracted_at, '') || '|' || COALESCE(m.input_hash, '') || '|' ||
      COALESCE((SELECT group_concat(e.family || ':' || e.input_hash || ':' || e.created_at || ':' || e.status, ';') FROM explanations e INDEXED BY publish_explanations_fingerprint WHERE e.document_id = d.id), '') || '|' ||
      COALESCE(p.page_json, '') AS fp
    FROM documents d INDEXED BY publish_documents_fingerprint
    LEFT JOIN texts t INDEXED BY publish_texts_fingerprint ON t.document_id = d.id
    LEFT JOIN motions m INDEXED BY publish_motions_fingerprint ON m.document_id = d.id
    LEFT JOIN imported_pages p ON p.document_id = d.id
    WHERE d.soort = 'motie' AND d.verwijderd = 0
    ORDER BY d.datum DESC, d.id`);
  for (const r of stmt.iterate()) yield r as { id: string; datum: string | null; fp: string };
}

/**
 * Fingerprints of the votes/indieners (sync tables) and answering letters (link tables) of every motion, in
 * set queries instead of two lookups per motion (the per-motion lookups cost ~1 ms each: at 60,000
 * motions that is a minute). Built from the API's change stamps (ApiGewijzigdOp of zaak and besluit), ids
 * and each besluit's summary of its stemmingen (count, newest stamp, Vergissingen), which the sync keeps on the
 * besluit: aggregating 1.2 million stemmingen every build took seconds. A correction inside one stemming that
 * changes none of these is only picked up by `build --force`. Returns null when those tables are not there (the
 * caller then asks the repositories per motion).
 */
export function externalFingerprints(db: Db): Map<string, string> | null {
  const out = new Map<string, string>();
  const add = (id: string, part: string) => out.set(id, (out.get(id) ?? '') + part);
  try {
    const global = db.prepare(
      // By content (the API's change stamp), not by rowid: a re-sync rewrites these rows without changing them.
      `SELECT (SELECT COUNT(*) || ':' || COALESCE(MAX(api_gewijzigd_op), '') FROM tk_fractie_zetel_persoon) || '/' ||
              (SELECT COUNT(*) || ':' || COALESCE(MAX(api_gewijzigd_op), '') FROM tk_fractie) || '/' ||
              (SELECT COUNT(*) || ':' || COALESCE(MAX(api_gewijzigd_op), '') FROM tk_persoon)`,
    ).pluck().get() as string;
    const zaken = db.prepare(`
      SELECT dz.document_id AS id,
        z.id || ':' || COALESCE(z.api_gewijzigd_op, '') || ':' || z.verwijderd || ':' || COALESCE(z.kabinetsappreciatie, '') || ':' ||
        COALESCE((SELECT group_concat(a.id || a.verwijderd || COALESCE(a.actor_fractie, '') || COALESCE(a.relatie, ''), ',') FROM tk_zaak_actor a WHERE a.zaak_id = z.id), '') || ':' ||
        COALESCE((SELECT group_concat(b.id || ':' || COALESCE(b.api_gewijzigd_op, '') || ':' || b.verwijderd || ':' || COALESCE(b.datum, '') || ':' ||
            -- a Vergissing correction arrives as a changed stemming under an unchanged besluit (stemmingen_fp: migration 010)
            COALESCE(b.stemmingen_fp, ''), ',')
          FROM tk_besluit_zaak bz JOIN tk_besluit b INDEXED BY publish_besluit_fingerprint ON b.id = bz.besluit_id WHERE bz.zaak_id = z.id), '') AS fp
      FROM tk_document_zaak dz JOIN tk_zaak z INDEXED BY publish_zaak_fingerprint ON z.id = dz.zaak_id`);
    for (const r of zaken.iterate() as Iterable<{ id: string; fp: string }>) add(r.id, `z${global}|${r.fp};`);
    const actors = db.prepare(`SELECT document_id AS id, group_concat(id || verwijderd || COALESCE(actor_fractie, '') || COALESCE(relatie, ''), ',') AS fp FROM tk_document_actor GROUP BY document_id`);
    for (const r of actors.iterate() as Iterable<{ id: string; fp: string }>) add(r.id, `a${r.fp};`);
    const letters = db.prepare(`
      SELECT r.motie_id AS id, group_concat(r.document_id || ':' || r.seq || ':' || COALESCE(r.stance, '') || ':' || length(r.snippet) || ':' ||
        COALESCE(l.input_hash, '') || ':' || d.verwijderd || ':' || d.updated_at, ',') AS fp
      FROM motion_references r JOIN documents d ON d.id = r.document_id LEFT JOIN letters l ON l.document_id = r.document_id
      WHERE r.motie_id IS NOT NULL GROUP BY r.motie_id`);
    for (const r of letters.iterate() as Iterable<{ id: string; fp: string }>) add(r.id, `l${r.fp};`);
  } catch {
    return null;
  }
  return out;
}
