/** Documents, their original files, extracted text, parsed motions, explanations and the search index. */
export const sql = `
CREATE TABLE documents (
  id          TEXT PRIMARY KEY,          -- Tweede Kamer Document.Id (GUID), or a content-derived id for local files
  soort       TEXT NOT NULL,             -- motie | brief | overig
  api_soort   TEXT,                      -- Document.Soort as the API spells it
  titel       TEXT,
  onderwerp   TEXT,
  datum       TEXT,                      -- YYYY-MM-DD
  bron_url    TEXT,
  herkomst    TEXT NOT NULL,             -- api | import:<path>
  verwijderd  INTEGER NOT NULL DEFAULT 0,
  raw_json    TEXT,                      -- the source record as received
  updated_at  TEXT NOT NULL
);
CREATE INDEX documents_soort_datum ON documents(soort, datum);

-- Original files; the bytes live in the content-addressed blob folder beside the database.
CREATE TABLE renditions (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,             -- pdf | docx | doc | xml | txt | html | md
  sha256      TEXT NOT NULL,
  media_type  TEXT NOT NULL,
  source      TEXT NOT NULL,
  byte_length INTEGER NOT NULL,
  added_at    TEXT NOT NULL,
  PRIMARY KEY (document_id, kind)
);

CREATE TABLE texts (
  document_id    TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  input_sha256   TEXT NOT NULL,          -- the rendition the text came from: re-extract when it changes
  rendition      TEXT NOT NULL,
  engine         TEXT NOT NULL,
  pages          INTEGER,
  status         TEXT NOT NULL,          -- ok | suspect | garbled | empty | unreadable
  score          REAL NOT NULL,
  reason         TEXT NOT NULL,
  body           TEXT NOT NULL,
  footnotes_json TEXT NOT NULL,
  letterhead     TEXT,
  kst            TEXT,
  issn           TEXT,
  extracted_at   TEXT NOT NULL
);

CREATE TABLE motions (
  document_id  TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  input_hash   TEXT NOT NULL,            -- hash of (text, metadata, parser version): re-parse when it changes
  kst          TEXT,
  dossier      TEXT,
  toevoeging   TEXT,
  nummer       INTEGER,
  vergaderjaar TEXT,
  datum        TEXT,
  parsed_json  TEXT NOT NULL
);
CREATE INDEX motions_kamerstuk ON motions(dossier, toevoeging, nummer);

-- One explanation per document and explainer family; which one is shown is decided by chooseExplanation().
CREATE TABLE explanations (
  document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  family       TEXT NOT NULL,            -- llm | rules | imported
  explainer    TEXT NOT NULL,            -- rules@1, imported, openai:<model>@<prompt>, rules@1 (llm rejected: …)
  samenvatting TEXT NOT NULL,
  implicatie   TEXT NOT NULL,
  status       TEXT NOT NULL,            -- ok, or why it was not explained
  bron         TEXT,
  input_hash   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  PRIMARY KEY (document_id, family)
);

-- The seed-format page a motion was imported from, kept raw for byte-exact re-rendering.
CREATE TABLE imported_pages (
  document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  page_json   TEXT NOT NULL
);

-- Full-text search. 'stems' holds the same words stemmed by the Dutch snowball stemmer, so that
-- "asielzoeker" finds "asielzoekers"; unicode61 with remove_diacritics folds "financien" onto "Financiën".
CREATE VIRTUAL TABLE search_fts USING fts5(
  document_id UNINDEXED,
  titel, onderwerp, tekst, uitleg, stems,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- What the search index holds for each document, so only changed documents are re-indexed.
CREATE TABLE search_index_state (
  document_id TEXT PRIMARY KEY,
  hash        TEXT NOT NULL,
  fts_rowid   INTEGER NOT NULL               -- the row in search_fts (document_id there is UNINDEXED: never search by it)
);

-- Per-run bookkeeping so that long commands can resume and report.
CREATE TABLE runs (
  id          INTEGER PRIMARY KEY,
  command     TEXT NOT NULL,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  summary     TEXT
);
`;
