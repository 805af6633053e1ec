/**
 * Toezeggingen on the site (issue 15): the fields of the XSD that 011 did not keep as columns (the raw XML has them
 * all), the status history that the "status changes" feed and the "recently fulfilled" list are made of, and the
 * indexes the site's reads use.
 */
export const sql = `
ALTER TABLE tk_toezegging ADD COLUMN aanmaakdatum TEXT;
ALTER TABLE tk_toezegging ADD COLUMN activiteit_nummer TEXT;
ALTER TABLE tk_toezegging ADD COLUMN functie TEXT;
ALTER TABLE tk_toezegging ADD COLUMN titulatuur TEXT;
ALTER TABLE tk_toezegging ADD COLUMN initialen TEXT;
ALTER TABLE tk_toezegging ADD COLUMN voornaam TEXT;
ALTER TABLE tk_toezegging ADD COLUMN tussenvoegsel TEXT;
ALTER TABLE tk_toezegging ADD COLUMN achternaam TEXT;
ALTER TABLE tk_toezegging ADD COLUMN achtervoegsel TEXT;
CREATE INDEX tk_toezegging_activiteit ON tk_toezegging(activiteit_id);

-- Every status a toezegging was stored with, in the order the sync met them: the first row has van = NULL (its
-- status when we first saw it), later rows a change. 'op' is the version's GewijzigdOp (when the griffie changed it).
CREATE TABLE tk_toezegging_status (
  toezegging_id TEXT NOT NULL,
  seq           INTEGER NOT NULL,
  van           TEXT,
  naar          TEXT NOT NULL,
  op            TEXT,
  PRIMARY KEY (toezegging_id, seq)
);

-- The letters kamerbriefNakoming names, as lookup keys (a GUID in lower case, or a DocumentNummer such as 2024D12345),
-- so that the motion pages find the toezeggingen fulfilled by a letter through an index instead of parsing every value.
CREATE TABLE tk_toezegging_brief (
  toezegging_id TEXT NOT NULL,
  sleutel       TEXT NOT NULL,
  PRIMARY KEY (toezegging_id, sleutel)
);
CREATE INDEX tk_toezegging_brief_sleutel ON tk_toezegging_brief(sleutel);
`;
