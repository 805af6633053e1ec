/** Letters, motion references and lifecycle. Owned by the letters work (link/). */
export const sql = `
-- One row per linked document (letters, and other documents scanned for motion references).
CREATE TABLE letters (
  document_id  TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  input_hash   TEXT NOT NULL,            -- hash of (text, footnotes, versions, stored motions): relink when it changes
  parsed_json  TEXT,                     -- ParsedLetter; null for documents that are not letters
  datum        TEXT,                     -- the letter's date as printed (YYYY-MM-DD), when the document has none
  onderwerp    TEXT,
  summary      TEXT,                     -- rules summary, null when none could be made faithfully
  linked_at    TEXT NOT NULL
);

-- The motion references found in a document, one per referenced motion.
CREATE TABLE motion_references (
  document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,
  kamerstuk    TEXT,                     -- 35300-VI-37; null when only a name is given
  naam         TEXT,                     -- motie Becker c.s.
  snippet      TEXT NOT NULL,
  confidence   REAL NOT NULL,
  motie_id     TEXT,                     -- the stored motion it resolves to
  zeker        INTEGER NOT NULL,         -- 1 for an exact kamerstuk match
  stance       TEXT,
  in_footnote  INTEGER NOT NULL,
  from_garbled INTEGER NOT NULL,
  date_hint    TEXT,
  PRIMARY KEY (document_id, seq)
);
CREATE INDEX motion_references_motie ON motion_references(motie_id);
`;
