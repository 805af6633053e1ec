/**
 * The SyncFeed source (issue 11). Records now come as XML (SyncFeed) or JSON (OData), so the column that
 * keeps them as received is `raw`. New: the vote date's chain (Agendapunt → Activiteit), Kamerstukdossier,
 * Toezegging, one resume token per feed category, what the sync saw of each entity (newest wins; which
 * parents were dropped, so that their children are dropped too), and records the schema rejected.
 */
export const sql = `
ALTER TABLE documents RENAME COLUMN raw_json TO raw;
ALTER TABLE tk_zaak RENAME COLUMN raw_json TO raw;
ALTER TABLE tk_zaak_actor RENAME COLUMN raw_json TO raw;
ALTER TABLE tk_document_actor RENAME COLUMN raw_json TO raw;
ALTER TABLE tk_besluit RENAME COLUMN raw_json TO raw;
ALTER TABLE tk_stemming RENAME COLUMN raw_json TO raw;
ALTER TABLE tk_persoon RENAME COLUMN raw_json TO raw;
ALTER TABLE tk_fractie RENAME COLUMN raw_json TO raw;
ALTER TABLE tk_fractie_zetel RENAME COLUMN raw_json TO raw;
ALTER TABLE tk_fractie_zetel_persoon RENAME COLUMN raw_json TO raw;

-- A zaak's actors are shown in the order the Kamer recorded them (GewijzigdOp, then id): the SyncFeed has no position.
ALTER TABLE tk_zaak_actor ADD COLUMN gewijzigd_op TEXT;
ALTER TABLE tk_document_actor ADD COLUMN gewijzigd_op TEXT;
UPDATE tk_zaak_actor SET gewijzigd_op = json_extract(raw, '$.GewijzigdOp') WHERE json_valid(raw);
UPDATE tk_document_actor SET gewijzigd_op = json_extract(raw, '$.GewijzigdOp') WHERE json_valid(raw);
ALTER TABLE tk_zaak ADD COLUMN vergaderjaar TEXT;
ALTER TABLE tk_zaak ADD COLUMN kamerstukdossier_id TEXT;
ALTER TABLE tk_fractie_zetel ADD COLUMN gewicht INTEGER;
-- The document version whose file we hold (SyncFeed: huidigeDocumentVersie); a re-emission of the same version fetches nothing.
ALTER TABLE tk_document ADD COLUMN versie_id TEXT;
ALTER TABLE tk_document ADD COLUMN file_versie_id TEXT;
ALTER TABLE tk_document ADD COLUMN kamerstukdossier_id TEXT;
CREATE INDEX tk_besluit_agendapunt ON tk_besluit(agendapunt_id);
CREATE INDEX tk_besluit_zaak_besluit ON tk_besluit_zaak(besluit_id);

CREATE TABLE tk_agendapunt (
  id               TEXT PRIMARY KEY,
  activiteit_id    TEXT,
  nummer           TEXT,
  onderwerp        TEXT,
  gewijzigd_op     TEXT,
  api_gewijzigd_op TEXT,
  verwijderd       INTEGER NOT NULL DEFAULT 0,
  raw              TEXT NOT NULL
);
CREATE INDEX tk_agendapunt_activiteit ON tk_agendapunt(activiteit_id);

CREATE TABLE tk_activiteit (
  id               TEXT PRIMARY KEY,
  soort            TEXT,
  nummer           TEXT,
  onderwerp        TEXT,
  status           TEXT,
  datum            TEXT,                  -- normalised instant (UTC)
  dag              TEXT,                  -- YYYY-MM-DD in Amsterdam: the day the Kamer met
  gewijzigd_op     TEXT,
  api_gewijzigd_op TEXT,
  verwijderd       INTEGER NOT NULL DEFAULT 0,
  raw              TEXT NOT NULL
);

CREATE TABLE tk_kamerstukdossier (
  id               TEXT PRIMARY KEY,
  nummer           INTEGER,
  toevoeging       TEXT,
  titel            TEXT,
  gewijzigd_op     TEXT,
  api_gewijzigd_op TEXT,
  verwijderd       INTEGER NOT NULL DEFAULT 0,
  raw              TEXT NOT NULL
);

CREATE TABLE tk_toezegging (
  id                 TEXT PRIMARY KEY,
  nummer             TEXT,
  tekst              TEXT,
  status             TEXT,
  ministerie         TEXT,
  naam               TEXT,                -- the minister or state secretary who promised
  datum_nakoming     TEXT,
  activiteit_id      TEXT,
  fractie_id         TEXT,                -- toegezegdAanFractie
  persoon_id         TEXT,                -- toegezegdAanPersoon
  toegezegd_aan_json TEXT NOT NULL,       -- ["…"]: the free-text recipients (outside the XSD)
  nakoming_json      TEXT NOT NULL,       -- ["…"]: kamerbriefNakoming, may repeat
  gewijzigd_op       TEXT,
  api_gewijzigd_op   TEXT,
  verwijderd         INTEGER NOT NULL DEFAULT 0,
  raw                TEXT NOT NULL
);
CREATE TABLE tk_toezegging_relatie (
  toezegging_id TEXT NOT NULL,
  soort         TEXT NOT NULL,            -- herhaling | aanvulling | wijziging
  ander_id      TEXT NOT NULL,
  PRIMARY KEY (toezegging_id, soort, ander_id)
);

-- One resume token per feed category: the skiptoken after the last page stored (written with that page).
CREATE TABLE tk_feed (
  category  TEXT PRIMARY KEY,
  skiptoken INTEGER NOT NULL
);
-- What the sync was told to keep (--since, --soort), so that a later sync keeps the same set.
CREATE TABLE tk_sync_settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
-- Every entity the sync kept (with the token of the version stored: an older version never overwrites a
-- newer one) and every Zaak and Besluit it dropped (kept = 0: their children are dropped too). The id is
-- the GUID's 16 bytes: a full sync drops close to a million parents.
CREATE TABLE tk_feed_seen (
  id    BLOB PRIMARY KEY,
  token INTEGER NOT NULL,
  kept  INTEGER NOT NULL
) WITHOUT ROWID;
-- Records that broke the schema: reported by category and id, kept as received, tried again when re-emitted.
CREATE TABLE tk_rejected (
  category TEXT NOT NULL,
  id       TEXT NOT NULL,
  reason   TEXT NOT NULL,
  raw      TEXT NOT NULL,
  token    INTEGER,
  PRIMARY KEY (category, id)
);
`;
