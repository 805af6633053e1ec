/** Incremental build state. Owned by the site work (publish/). */
export const sql = `
-- What the last build published of each motion: a fingerprint of the data its view is made of (cheap to
-- recompute from the store), the overview summary and the export row. A motion whose fingerprint is unchanged
-- is not loaded again; the overview pages, feeds, search shards and export are rebuilt from these rows.
CREATE TABLE publish_motions (
  document_id  TEXT PRIMARY KEY,
  fingerprint  TEXT NOT NULL,
  shard        TEXT NOT NULL,            -- quarter ('2023-k1') or 'onbekend': search index and export are split by it
  datum        TEXT,
  summary_json TEXT NOT NULL,
  row_json     TEXT NOT NULL
);
CREATE INDEX publish_motions_shard ON publish_motions(shard);
CREATE INDEX publish_motions_datum ON publish_motions(datum DESC, document_id);

-- The search filters of every published motion (fractie, indiener, dossier, jaar, uitslag, thema), one row per
-- value, so that the search API filters through an index instead of reading each match's summary.
CREATE TABLE publish_facets (
  facet       TEXT NOT NULL,
  value       TEXT NOT NULL COLLATE NOCASE,
  document_id TEXT NOT NULL,
  PRIMARY KEY (facet, value, document_id)
) WITHOUT ROWID;
CREATE INDEX publish_facets_document ON publish_facets(document_id);

-- The hash of every file written, per output folder: a page is only rewritten when its content changed.
CREATE TABLE publish_pages (
  out_dir TEXT NOT NULL,
  path    TEXT NOT NULL,
  hash    TEXT NOT NULL,
  PRIMARY KEY (out_dir, path)
);

-- Which search shards (and export files) a folder holds, with the fingerprint of their contents.
CREATE TABLE publish_shards (
  out_dir TEXT NOT NULL,
  shard   TEXT NOT NULL,
  hash    TEXT NOT NULL,
  PRIMARY KEY (out_dir, shard)
);
`;
