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
-- Covering the fingerprint pass and the shard fingerprints: both read these three columns of every motion,
-- and reading them from the table means reading every summary and export row too.
CREATE INDEX publish_motions_shard ON publish_motions(shard, document_id, fingerprint);
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

-- Other state of the last build of a folder (the fingerprint of its overview pages).
CREATE TABLE publish_state (
  out_dir TEXT NOT NULL,
  key     TEXT NOT NULL,
  value   TEXT NOT NULL,
  PRIMARY KEY (out_dir, key)
);

-- The fingerprint pass of every build reads a few small columns of every motion's rows. These covering indexes let
-- it read only them: from the tables it would read every text body (extracted_at comes after it), raw API record
-- and stemming (1.2 million at 60,000 motions), and when these are not in the OS cache that takes seconds.
CREATE INDEX publish_stemming_fingerprint ON tk_stemming(besluit_id, api_gewijzigd_op, vergissing);
CREATE INDEX publish_texts_fingerprint ON texts(document_id, input_sha256, extracted_at);
CREATE INDEX publish_documents_fingerprint ON documents(soort, verwijderd, datum DESC, id, updated_at);
CREATE INDEX publish_zaak_fingerprint ON tk_zaak(id, api_gewijzigd_op, verwijderd, kabinetsappreciatie);
CREATE INDEX publish_zaak_actor_fingerprint ON tk_zaak_actor(zaak_id, id, verwijderd, actor_fractie, relatie);
CREATE INDEX publish_besluit_fingerprint ON tk_besluit(id, api_gewijzigd_op, verwijderd, datum);

-- Which search shards (and export files) a folder holds, with the fingerprint of their contents.
CREATE TABLE publish_shards (
  out_dir TEXT NOT NULL,
  shard   TEXT NOT NULL,
  hash    TEXT NOT NULL,
  PRIMARY KEY (out_dir, shard)
);
`;
