/**
 * Tweede Kamer API records (zaak, besluit, stemming, persoon, fractie, actors) and sync checkpoints.
 * Owned by the sync work (source/). Column names follow the API's field names in snake_case; every
 * record keeps its JSON as received (`raw_json`, without the expanded children that have rows of
 * their own). No column holds the wall-clock time of the sync, so two syncs of the same data give
 * the same rows (the resume test compares them).
 */
export const sql = `
CREATE TABLE tk_zaak (
  id                  TEXT PRIMARY KEY,
  nummer              TEXT,
  soort               TEXT,
  titel               TEXT,
  onderwerp           TEXT,
  gestart_op          TEXT,
  kabinetsappreciatie TEXT,
  gewijzigd_op        TEXT,
  api_gewijzigd_op    TEXT,
  verwijderd          INTEGER NOT NULL DEFAULT 0,
  raw_json            TEXT NOT NULL
);
CREATE INDEX tk_zaak_nummer ON tk_zaak(nummer);
CREATE INDEX tk_zaak_onderwerp ON tk_zaak(onderwerp);

-- ZaakActor and DocumentActor: indieners (Relatie Indiener/Medeindiener), ministers (Gericht aan), commissies.
CREATE TABLE tk_zaak_actor (
  id            TEXT PRIMARY KEY,
  zaak_id       TEXT NOT NULL,
  pos           INTEGER NOT NULL,          -- order in the API's answer
  actor_naam    TEXT,
  actor_fractie TEXT,
  relatie       TEXT,
  functie       TEXT,
  persoon_id    TEXT,
  fractie_id    TEXT,
  verwijderd    INTEGER NOT NULL DEFAULT 0,
  raw_json      TEXT NOT NULL
);
CREATE INDEX tk_zaak_actor_zaak ON tk_zaak_actor(zaak_id, pos);

CREATE TABLE tk_document_actor (
  id            TEXT PRIMARY KEY,
  document_id   TEXT NOT NULL,
  pos           INTEGER NOT NULL,
  actor_naam    TEXT,
  actor_fractie TEXT,
  relatie       TEXT,
  functie       TEXT,
  persoon_id    TEXT,
  fractie_id    TEXT,
  verwijderd    INTEGER NOT NULL DEFAULT 0,
  raw_json      TEXT NOT NULL
);
CREATE INDEX tk_document_actor_document ON tk_document_actor(document_id, pos);

CREATE TABLE tk_besluit (
  id               TEXT PRIMARY KEY,
  agendapunt_id    TEXT,
  besluit_soort    TEXT,
  besluit_tekst    TEXT,
  stemmings_soort  TEXT,
  status           TEXT,
  volgorde         INTEGER,               -- AgendapuntZaakBesluitVolgorde
  datum            TEXT,                  -- YYYY-MM-DD of Agendapunt → Activiteit.Datum, when known
  gewijzigd_op     TEXT,
  api_gewijzigd_op TEXT,
  verwijderd       INTEGER NOT NULL DEFAULT 0,
  raw_json         TEXT NOT NULL
);

-- Besluit/Zaak, the besluit's own relation (never derived through the Agendapunt).
CREATE TABLE tk_besluit_zaak (
  besluit_id TEXT NOT NULL,
  zaak_id    TEXT NOT NULL,
  PRIMARY KEY (zaak_id, besluit_id)
);

CREATE TABLE tk_stemming (
  id               TEXT PRIMARY KEY,
  besluit_id       TEXT NOT NULL,
  soort            TEXT,
  fractie_grootte  INTEGER,
  actor_naam       TEXT,
  actor_fractie    TEXT,
  vergissing       INTEGER NOT NULL DEFAULT 0,
  sid_actor_lid    TEXT,
  persoon_id       TEXT,
  fractie_id       TEXT,
  gewijzigd_op     TEXT,
  api_gewijzigd_op TEXT,
  verwijderd       INTEGER NOT NULL DEFAULT 0,
  raw_json         TEXT NOT NULL
);
CREATE INDEX tk_stemming_besluit ON tk_stemming(besluit_id);

CREATE TABLE tk_persoon (
  id               TEXT PRIMARY KEY,
  nummer           INTEGER,
  initialen        TEXT,
  tussenvoegsel    TEXT,
  achternaam       TEXT,
  roepnaam         TEXT,
  functie          TEXT,
  fractielabel     TEXT,
  api_gewijzigd_op TEXT,
  verwijderd       INTEGER NOT NULL DEFAULT 0,
  raw_json         TEXT NOT NULL
);

CREATE TABLE tk_fractie (
  id               TEXT PRIMARY KEY,
  nummer           INTEGER,
  afkorting        TEXT,
  naam_nl          TEXT,
  aantal_zetels    INTEGER,
  datum_actief     TEXT,
  datum_inactief   TEXT,
  api_gewijzigd_op TEXT,
  verwijderd       INTEGER NOT NULL DEFAULT 0,
  raw_json         TEXT NOT NULL
);

CREATE TABLE tk_fractie_zetel (
  id               TEXT PRIMARY KEY,
  fractie_id       TEXT,
  api_gewijzigd_op TEXT,
  verwijderd       INTEGER NOT NULL DEFAULT 0,
  raw_json         TEXT NOT NULL
);

-- A member's seat in a fractie from Van to TotEnMet: the member's fractie at a date.
CREATE TABLE tk_fractie_zetel_persoon (
  id               TEXT PRIMARY KEY,
  fractie_zetel_id TEXT,
  persoon_id       TEXT,
  functie          TEXT,
  van              TEXT,
  tot_en_met       TEXT,
  api_gewijzigd_op TEXT,
  verwijderd       INTEGER NOT NULL DEFAULT 0,
  raw_json         TEXT NOT NULL
);
CREATE INDEX tk_fzp_persoon ON tk_fractie_zetel_persoon(persoon_id);

-- The API side of a stored document (its row in documents holds the metadata and raw JSON) and the
-- state of its files: re-download when GewijzigdOp or ContentLength changes.
CREATE TABLE tk_document (
  id                  TEXT PRIMARY KEY,
  document_nummer     TEXT,
  soort               TEXT,
  volgnummer          INTEGER,
  content_type        TEXT,
  content_length      INTEGER,
  gewijzigd_op        TEXT,
  api_gewijzigd_op    TEXT,
  verwijderd          INTEGER NOT NULL DEFAULT 0,
  file_sha256         TEXT,                -- the bytes last downloaded, for this GewijzigdOp/ContentLength
  file_gewijzigd_op   TEXT,
  file_content_length INTEGER,
  publicatie_id       TEXT,                -- DocumentPublicatie (DocumentType Xml) of the current version
  publicatie_gewijzigd_op TEXT,
  xml_sha256          TEXT
);

-- Document ↔ Zaak, from the document's Zaak relation.
CREATE TABLE tk_document_zaak (
  document_id TEXT NOT NULL,
  zaak_id     TEXT NOT NULL,
  PRIMARY KEY (document_id, zaak_id)
);
CREATE INDEX tk_document_zaak_zaak ON tk_document_zaak(zaak_id);

-- Where each feed stands: the ApiGewijzigdOp of the last record stored and the ids stored at exactly
-- that instant (several records can share one), so a restart asks "ge watermark" and skips those.
CREATE TABLE tk_sync_checkpoint (
  feed          TEXT PRIMARY KEY,
  watermark     TEXT NOT NULL,
  watermark_ids TEXT NOT NULL
);

-- Work that failed (a file that would not download): retried at the start of the next sync.
CREATE TABLE tk_sync_failure (
  kind      TEXT NOT NULL,               -- file | xml
  entity_id TEXT NOT NULL,
  url       TEXT NOT NULL,
  message   TEXT NOT NULL,
  PRIMARY KEY (kind, entity_id)
);
`;
