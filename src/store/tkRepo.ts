import type { IndienerMetFractie, MotionZaak } from '../domain/types.js';
import { dateOnly } from '../domain/tkRecords.js';
import type {
  Checkpoint,
  FileState,
  TkActor,
  TkBesluit,
  TkDocument,
  TkFractie,
  TkFractieZetel,
  TkFractieZetelPersoon,
  TkPersoon,
  TkStemming,
  TkZaak,
} from '../domain/tkRecords.js';
import { voteResult, type BesluitFacts, type StemmingFacts } from '../domain/voteResult.js';
import { normalizeInstant } from '../domain/instant.js';
import { prepared, type Db } from './db.js';

/**
 * Tweede Kamer API records (zaak, besluit, stemming, persoon, fractie, actors), the file state of API
 * documents, and the sync checkpoints. Writes are idempotent upserts by the API's Id; statements are
 * prepared once per connection because a full sync writes hundreds of thousands of rows.
 */

type Statements = ReturnType<typeof prepare>;
const cache = new WeakMap<Db, Statements>();

function st(db: Db): Statements {
  let s = cache.get(db);
  if (!s) {
    s = prepare(db);
    cache.set(db, s);
  }
  return s;
}

function prepare(db: Db) {
  return {
    zaak: prepared(db, `INSERT INTO tk_zaak (id, nummer, soort, titel, onderwerp, gestart_op, kabinetsappreciatie, vergaderjaar, kamerstukdossier_id, gewijzigd_op, api_gewijzigd_op, verwijderd, raw)
      VALUES (@id, @nummer, @soort, @titel, @onderwerp, @gestartOp, @kabinetsappreciatie, @vergaderjaar, @kamerstukdossierId, @gewijzigdOp, @apiGewijzigdOp, @verwijderd, @raw)
      ON CONFLICT(id) DO UPDATE SET nummer = excluded.nummer, soort = COALESCE(excluded.soort, tk_zaak.soort), titel = excluded.titel,
        onderwerp = excluded.onderwerp, gestart_op = excluded.gestart_op, kabinetsappreciatie = excluded.kabinetsappreciatie,
        vergaderjaar = COALESCE(excluded.vergaderjaar, tk_zaak.vergaderjaar), kamerstukdossier_id = COALESCE(excluded.kamerstukdossier_id, tk_zaak.kamerstukdossier_id),
        gewijzigd_op = excluded.gewijzigd_op, api_gewijzigd_op = excluded.api_gewijzigd_op, verwijderd = excluded.verwijderd, raw = excluded.raw`),
    deleteZaakActors: prepared(db, 'DELETE FROM tk_zaak_actor WHERE zaak_id = ?'),
    zaakActor: prepared(db, `INSERT OR REPLACE INTO tk_zaak_actor (id, zaak_id, pos, actor_naam, actor_fractie, relatie, functie, persoon_id, fractie_id, gewijzigd_op, verwijderd, raw)
      VALUES (@id, @parent, @pos, @actorNaam, @actorFractie, @relatie, @functie, @persoonId, @fractieId, @gewijzigdOp, @verwijderd, @raw)`),
    deleteDocumentActors: prepared(db, 'DELETE FROM tk_document_actor WHERE document_id = ?'),
    documentActor: prepared(db, `INSERT OR REPLACE INTO tk_document_actor (id, document_id, pos, actor_naam, actor_fractie, relatie, functie, persoon_id, fractie_id, gewijzigd_op, verwijderd, raw)
      VALUES (@id, @parent, @pos, @actorNaam, @actorFractie, @relatie, @functie, @persoonId, @fractieId, @gewijzigdOp, @verwijderd, @raw)`),
    deleteBesluitLinks: prepared(db, 'DELETE FROM tk_besluit_zaak WHERE zaak_id = ?'),
    besluitLink: prepared(db, 'INSERT OR IGNORE INTO tk_besluit_zaak (besluit_id, zaak_id) VALUES (?, ?)'),
    deleteZakenOfBesluit: prepared(db, 'DELETE FROM tk_besluit_zaak WHERE besluit_id = ?'),
    besluit: prepared(db, `INSERT INTO tk_besluit (id, agendapunt_id, besluit_soort, besluit_tekst, stemmings_soort, status, volgorde, datum, gewijzigd_op, api_gewijzigd_op, verwijderd, raw)
      VALUES (@id, @agendapuntId, @besluitSoort, @besluitTekst, @stemmingsSoort, @status, @volgorde, @datum, @gewijzigdOp, @apiGewijzigdOp, @verwijderd, @raw)
      ON CONFLICT(id) DO UPDATE SET agendapunt_id = COALESCE(excluded.agendapunt_id, tk_besluit.agendapunt_id), besluit_soort = excluded.besluit_soort,
        besluit_tekst = COALESCE(excluded.besluit_tekst, tk_besluit.besluit_tekst), stemmings_soort = excluded.stemmings_soort, status = excluded.status,
        volgorde = excluded.volgorde, datum = COALESCE(excluded.datum, tk_besluit.datum), gewijzigd_op = excluded.gewijzigd_op,
        api_gewijzigd_op = excluded.api_gewijzigd_op, verwijderd = excluded.verwijderd, raw = excluded.raw`),
    deleteStemmingen: prepared(db, 'DELETE FROM tk_stemming WHERE besluit_id = ?'),
    // What the site build's fingerprint of a motion needs of a besluit's stemmingen (migration 010).
    stemmingenFp: prepared(db, `UPDATE tk_besluit SET stemmingen_fp = (SELECT COUNT(*) || '-' || COALESCE(MAX(s.api_gewijzigd_op), '') || '-' || COALESCE(SUM(s.vergissing), 0)
      FROM tk_stemming s WHERE s.besluit_id = tk_besluit.id) WHERE id = ?`),
    stemming: prepared(db, `INSERT OR REPLACE INTO tk_stemming (id, besluit_id, soort, fractie_grootte, actor_naam, actor_fractie, vergissing, sid_actor_lid, persoon_id, fractie_id, gewijzigd_op, api_gewijzigd_op, verwijderd, raw)
      VALUES (@id, @besluitId, @soort, @fractieGrootte, @actorNaam, @actorFractie, @vergissing, @sidActorLid, @persoonId, @fractieId, @gewijzigdOp, @apiGewijzigdOp, @verwijderd, @raw)`),
    persoon: prepared(db, `INSERT OR REPLACE INTO tk_persoon (id, nummer, initialen, tussenvoegsel, achternaam, roepnaam, functie, fractielabel, api_gewijzigd_op, verwijderd, raw)
      VALUES (@id, @nummer, @initialen, @tussenvoegsel, @achternaam, @roepnaam, @functie, @fractielabel, @apiGewijzigdOp, @verwijderd, @raw)`),
    fractie: prepared(db, `INSERT OR REPLACE INTO tk_fractie (id, nummer, afkorting, naam_nl, aantal_zetels, datum_actief, datum_inactief, api_gewijzigd_op, verwijderd, raw)
      VALUES (@id, @nummer, @afkorting, @naamNL, @aantalZetels, @datumActief, @datumInactief, @apiGewijzigdOp, @verwijderd, @raw)`),
    fractieZetel: prepared(db, `INSERT OR REPLACE INTO tk_fractie_zetel (id, fractie_id, gewicht, api_gewijzigd_op, verwijderd, raw)
      VALUES (@id, @fractieId, @gewicht, @apiGewijzigdOp, @verwijderd, @raw)`),
    fractieZetelPersoon: prepared(db, `INSERT OR REPLACE INTO tk_fractie_zetel_persoon (id, fractie_zetel_id, persoon_id, functie, van, tot_en_met, api_gewijzigd_op, verwijderd, raw)
      VALUES (@id, @fractieZetelId, @persoonId, @functie, @van, @totEnMet, @apiGewijzigdOp, @verwijderd, @raw)`),
    getTkDocument: prepared(db, 'SELECT * FROM tk_document WHERE id = ?'),
    tkDocument: prepared(db, `INSERT INTO tk_document (id, document_nummer, soort, volgnummer, content_type, content_length, gewijzigd_op, api_gewijzigd_op, verwijderd,
        file_sha256, file_gewijzigd_op, file_content_length, publicatie_id, publicatie_gewijzigd_op, xml_sha256, versie_id, file_versie_id, kamerstukdossier_id)
      VALUES (@id, @documentNummer, @soort, @volgnummer, @contentType, @contentLength, @gewijzigdOp, @apiGewijzigdOp, @verwijderd,
        @fileSha256, @fileGewijzigdOp, @fileContentLength, @publicatieId, @publicatieGewijzigdOp, @xmlSha256, @versieId, @fileVersieId, @kamerstukdossierId)
      ON CONFLICT(id) DO UPDATE SET document_nummer = excluded.document_nummer, soort = excluded.soort, volgnummer = excluded.volgnummer,
        content_type = excluded.content_type, content_length = excluded.content_length, gewijzigd_op = excluded.gewijzigd_op,
        api_gewijzigd_op = excluded.api_gewijzigd_op, verwijderd = excluded.verwijderd, file_sha256 = excluded.file_sha256,
        file_gewijzigd_op = excluded.file_gewijzigd_op, file_content_length = excluded.file_content_length, publicatie_id = excluded.publicatie_id,
        publicatie_gewijzigd_op = excluded.publicatie_gewijzigd_op, xml_sha256 = excluded.xml_sha256, versie_id = excluded.versie_id,
        file_versie_id = excluded.file_versie_id, kamerstukdossier_id = excluded.kamerstukdossier_id`),
    deleteDocumentZaken: prepared(db, 'DELETE FROM tk_document_zaak WHERE document_id = ?'),
    documentZaak: prepared(db, 'INSERT OR IGNORE INTO tk_document_zaak (document_id, zaak_id) VALUES (?, ?)'),
    getCheckpoint: prepared(db, 'SELECT watermark, watermark_ids FROM tk_sync_checkpoint WHERE feed = ?'),
    checkpoint: prepared(db, `INSERT INTO tk_sync_checkpoint (feed, watermark, watermark_ids) VALUES (?, ?, ?)
      ON CONFLICT(feed) DO UPDATE SET watermark = excluded.watermark, watermark_ids = excluded.watermark_ids`),
    failure: prepared(db, `INSERT INTO tk_sync_failure (kind, entity_id, url, message) VALUES (?, ?, ?, ?)
      ON CONFLICT(kind, entity_id) DO UPDATE SET url = excluded.url, message = excluded.message`),
    clearFailure: prepared(db, 'DELETE FROM tk_sync_failure WHERE kind = ? AND entity_id = ?'),
  };
}

const flag = (v: boolean | null | undefined): number => (v ? 1 : 0);
/** One form for both sources (OData writes a local offset, SyncFeed is normalised already), so the order is the same. */
const instantOrNull = (v: string | null | undefined): string | null => {
  try {
    return v ? normalizeInstant(v) : null;
  } catch {
    return null;
  }
};
const str = (v: string | null | undefined): string | null => v ?? null;
const num = (v: number | null | undefined): number | null => (typeof v === 'number' ? v : null);

/** The record as received, without the expanded children that are stored as rows of their own. */
function rawWithout(record: object, children: string[]): string {
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const c of children) delete copy[c];
  return JSON.stringify(copy);
}

// ---------------------------------------------------------------- writes

/**
 * Stores a zaak. When it came with its expansions (ZaakActor, Besluit), those replace what was stored:
 * the API's answer is the current truth, including besluiten and stemmingen that disappeared.
 */
export function upsertZaak(db: Db, z: TkZaak, raw?: string): void {
  const s = st(db);
  s.zaak.run({
    id: z.Id,
    nummer: str(z.Nummer),
    soort: str(z.Soort),
    titel: str(z.Titel),
    onderwerp: z.Onderwerp?.trim() ?? null,
    gestartOp: str(z.GestartOp),
    kabinetsappreciatie: str(z.Kabinetsappreciatie),
    vergaderjaar: str(z.Vergaderjaar),
    kamerstukdossierId: str(z.Kamerstukdossier_Id),
    gewijzigdOp: str(z.GewijzigdOp),
    apiGewijzigdOp: str(z.ApiGewijzigdOp),
    verwijderd: flag(z.Verwijderd),
    raw: raw ?? rawWithout(z, ['ZaakActor', 'Besluit']),
  });
  if (Array.isArray(z.ZaakActor)) {
    s.deleteZaakActors.run(z.Id);
    z.ZaakActor.forEach((a, pos) => s.zaakActor.run(actorParams(a, z.Id, pos)));
  }
  if (Array.isArray(z.Besluit)) {
    s.deleteBesluitLinks.run(z.Id);
    for (const b of z.Besluit) {
      upsertBesluit(db, b);
      s.besluitLink.run(b.Id, z.Id);
    }
  }
}

/** One ZaakActor on its own (SyncFeed: the actor holds the ref to its zaak); `pos` is its place in the feed. */
export function upsertZaakActor(db: Db, a: TkActor, pos: number, raw: string): void {
  st(db).zaakActor.run({ ...actorParams(a, a.Zaak_Id ?? '', pos), raw });
}

function actorParams(a: TkActor, parent: string, pos: number) {
  return {
    id: a.Id,
    parent,
    pos,
    actorNaam: str(a.ActorNaam),
    actorFractie: str(a.ActorFractie),
    relatie: str(a.Relatie),
    functie: str(a.Functie),
    persoonId: str(a.Persoon_Id),
    fractieId: str(a.Fractie_Id),
    gewijzigdOp: instantOrNull(a.GewijzigdOp),
    verwijderd: flag(a.Verwijderd),
    raw: JSON.stringify(a),
  };
}

/** Stores a besluit; its own zaak refs (SyncFeed) replace the zaken linked to it. */
export function upsertBesluit(db: Db, b: TkBesluit, raw?: string): void {
  const s = st(db);
  s.besluit.run({
    id: b.Id,
    agendapuntId: str(b.Agendapunt_Id) ?? str(b.Agendapunt?.Id),
    besluitSoort: str(b.BesluitSoort),
    besluitTekst: str(b.BesluitTekst),
    stemmingsSoort: str(b.StemmingsSoort),
    status: str(b.Status),
    volgorde: num(b.AgendapuntZaakBesluitVolgorde),
    datum: dateOnly(b.Agendapunt?.Activiteit?.Datum),
    gewijzigdOp: str(b.GewijzigdOp),
    apiGewijzigdOp: str(b.ApiGewijzigdOp),
    verwijderd: flag(b.Verwijderd),
    raw: raw ?? rawWithout(b, ['Stemming']),
  });
  if (Array.isArray(b.Zaak_Ids)) {
    s.deleteZakenOfBesluit.run(b.Id);
    for (const zaakId of b.Zaak_Ids) s.besluitLink.run(b.Id, zaakId);
  }
  if (Array.isArray(b.Stemming)) {
    s.deleteStemmingen.run(b.Id);
    for (const v of b.Stemming) upsertStemming(db, v, b.Id);
    s.stemmingenFp.run(b.Id);
  }
}

export function upsertStemming(db: Db, v: TkStemming, besluitId: string, raw?: string): void {
  st(db).stemming.run({
    id: v.Id,
    besluitId: v.Besluit_Id ?? besluitId,
    soort: str(v.Soort),
    fractieGrootte: num(v.FractieGrootte),
    actorNaam: str(v.ActorNaam),
    actorFractie: str(v.ActorFractie),
    vergissing: flag(v.Vergissing),
    sidActorLid: str(v.SidActorLid),
    persoonId: str(v.Persoon_Id),
    fractieId: str(v.Fractie_Id),
    gewijzigdOp: str(v.GewijzigdOp),
    apiGewijzigdOp: str(v.ApiGewijzigdOp),
    verwijderd: flag(v.Verwijderd),
    raw: raw ?? JSON.stringify(v),
  });
}

/** Recomputes what the site's fingerprint of a motion knows of a besluit's stemmingen (after single stemming writes). */
export function refreshStemmingenFingerprint(db: Db, besluitId: string): void {
  st(db).stemmingenFp.run(besluitId);
}

export function upsertPersoon(db: Db, p: TkPersoon, raw?: string): void {
  st(db).persoon.run({
    id: p.Id,
    nummer: num(p.Nummer),
    initialen: str(p.Initialen),
    tussenvoegsel: str(p.Tussenvoegsel),
    achternaam: str(p.Achternaam),
    roepnaam: str(p.Roepnaam),
    functie: str(p.Functie),
    fractielabel: str(p.Fractielabel),
    apiGewijzigdOp: str(p.ApiGewijzigdOp),
    verwijderd: flag(p.Verwijderd),
    raw: raw ?? JSON.stringify(p),
  });
}

export function upsertFractie(db: Db, f: TkFractie, raw?: string): void {
  st(db).fractie.run({
    id: f.Id,
    nummer: num(f.Nummer),
    afkorting: str(f.Afkorting),
    naamNL: str(f.NaamNL),
    aantalZetels: num(f.AantalZetels),
    datumActief: dateOnly(f.DatumActief),
    datumInactief: dateOnly(f.DatumInactief),
    apiGewijzigdOp: str(f.ApiGewijzigdOp),
    verwijderd: flag(f.Verwijderd),
    raw: raw ?? JSON.stringify(f),
  });
}

export function upsertFractieZetel(db: Db, z: TkFractieZetel, raw?: string): void {
  st(db).fractieZetel.run({
    id: z.Id,
    fractieId: str(z.Fractie_Id),
    gewicht: num(z.Gewicht),
    apiGewijzigdOp: str(z.ApiGewijzigdOp),
    verwijderd: flag(z.Verwijderd),
    raw: raw ?? JSON.stringify(z),
  });
}

export function upsertFractieZetelPersoon(db: Db, z: TkFractieZetelPersoon, raw?: string): void {
  st(db).fractieZetelPersoon.run({
    id: z.Id,
    fractieZetelId: str(z.FractieZetel_Id),
    persoonId: str(z.Persoon_Id),
    functie: str(z.Functie),
    van: dateOnly(z.Van),
    totEnMet: dateOnly(z.TotEnMet),
    apiGewijzigdOp: str(z.ApiGewijzigdOp),
    verwijderd: flag(z.Verwijderd),
    raw: raw ?? JSON.stringify(z),
  });
}

/** What we hold of an API document's files. */
export interface TkDocumentState extends FileState {
  id: string;
  gewijzigdOp: string | null;
  apiGewijzigdOp: string | null;
  contentLength: number | null;
  verwijderd: boolean;
}

export function getTkDocumentState(db: Db, id: string): TkDocumentState | null {
  const r = st(db).getTkDocument.get(id) as
    | {
        id: string;
        gewijzigd_op: string | null;
        api_gewijzigd_op: string | null;
        content_length: number | null;
        verwijderd: number;
        file_sha256: string | null;
        file_gewijzigd_op: string | null;
        file_content_length: number | null;
        publicatie_id: string | null;
        publicatie_gewijzigd_op: string | null;
        xml_sha256: string | null;
        file_versie_id: string | null;
      }
    | undefined;
  if (!r) return null;
  return {
    id: r.id,
    gewijzigdOp: r.gewijzigd_op,
    apiGewijzigdOp: r.api_gewijzigd_op,
    contentLength: r.content_length,
    verwijderd: r.verwijderd === 1,
    fileSha256: r.file_sha256,
    fileGewijzigdOp: r.file_gewijzigd_op,
    fileContentLength: r.file_content_length,
    publicatieId: r.publicatie_id,
    publicatieGewijzigdOp: r.publicatie_gewijzigd_op,
    xmlSha256: r.xml_sha256,
    fileVersieId: r.file_versie_id,
  };
}

/** Stores the API side of a document: its typed fields, zaak links, actors and file state. */
export function upsertTkDocument(db: Db, d: TkDocument, files: FileState): void {
  const s = st(db);
  s.tkDocument.run({
    id: d.Id,
    documentNummer: str(d.DocumentNummer),
    soort: str(d.Soort),
    volgnummer: num(d.Volgnummer),
    contentType: str(d.ContentType),
    contentLength: num(d.ContentLength),
    gewijzigdOp: str(d.GewijzigdOp),
    apiGewijzigdOp: str(d.ApiGewijzigdOp),
    verwijderd: flag(d.Verwijderd),
    versieId: str(d.HuidigeDocumentVersie_Id),
    kamerstukdossierId: str(d.Kamerstukdossier_Id),
    ...files,
  });
  if (Array.isArray(d.Zaak)) {
    s.deleteDocumentZaken.run(d.Id);
    for (const z of d.Zaak) s.documentZaak.run(d.Id, z.Id);
  }
  if (Array.isArray(d.DocumentActor)) {
    s.deleteDocumentActors.run(d.Id);
    d.DocumentActor.forEach((a, pos) => s.documentActor.run(actorParams(a, d.Id, pos)));
  }
}

/** A Document ↔ Zaak link from an import file (the bundled sample's derived links). */
export function linkDocumentZaak(db: Db, documentId: string, zaakId: string): boolean {
  return st(db).documentZaak.run(documentId, zaakId).changes > 0;
}

/** Applies a tombstone to a record we hold; records we never stored are not created. Returns true when one was marked. */
export function markDeleted(db: Db, entitySet: 'Document' | 'Zaak', id: string): boolean {
  if (entitySet === 'Zaak') return prepared(db, 'UPDATE tk_zaak SET verwijderd = 1 WHERE id = ? AND verwijderd = 0').run(id).changes > 0;
  const a = prepared(db, 'UPDATE tk_document SET verwijderd = 1 WHERE id = ? AND verwijderd = 0').run(id).changes;
  const b = prepared(db, 'UPDATE documents SET verwijderd = 1 WHERE id = ? AND verwijderd = 0').run(id).changes;
  return a + b > 0;
}

/** Zaken that stored motion documents point at but that are not stored themselves. */
export function missingZaakIds(db: Db): string[] {
  return (
    prepared(db, 
        `SELECT DISTINCT dz.zaak_id AS id FROM tk_document_zaak dz JOIN tk_document d ON d.id = dz.document_id
         LEFT JOIN tk_zaak z ON z.id = dz.zaak_id WHERE z.id IS NULL AND d.soort LIKE 'Motie%' ORDER BY dz.zaak_id`,
      )
      .all() as { id: string }[]
  ).map((r) => r.id);
}

// ---------------------------------------------------------------- checkpoints and failures

export function getCheckpoint(db: Db, feed: string): Checkpoint | null {
  const r = st(db).getCheckpoint.get(feed) as { watermark: string; watermark_ids: string } | undefined;
  return r ? { watermark: r.watermark, ids: JSON.parse(r.watermark_ids) as string[] } : null;
}

export function saveCheckpoint(db: Db, feed: string, c: Checkpoint): void {
  st(db).checkpoint.run(feed, c.watermark, JSON.stringify([...c.ids].sort()));
}

export interface SyncFailure {
  kind: 'file' | 'xml';
  entityId: string;
  url: string;
  message: string;
}

export function recordFailure(db: Db, f: SyncFailure): void {
  st(db).failure.run(f.kind, f.entityId, f.url, f.message);
}

export function clearFailure(db: Db, kind: SyncFailure['kind'], entityId: string): void {
  st(db).clearFailure.run(kind, entityId);
}

export function listFailures(db: Db): SyncFailure[] {
  return (prepared(db, 'SELECT kind, entity_id, url, message FROM tk_sync_failure ORDER BY kind, entity_id').all() as {
    kind: SyncFailure['kind'];
    entity_id: string;
    url: string;
    message: string;
  }[]).map((r) => ({ kind: r.kind, entityId: r.entity_id, url: r.url, message: r.message }));
}

// ---------------------------------------------------------------- reads

/**
 * A zaak's besluiten and their stemmingen come with the zaak as one JSON string (see BesluitTuple), all read from
 * covering indexes (migration 008) instead of the table rows that also hold the raw record. JSON.parse of one string instead of a row object per stemming (~15 per besluit, 10 columns), and one
 * statement per motion instead of one per besluit, took getMotionZaak from ~125 to ~80 µs per motion (60k store).
 */
const STEMMINGEN_JSON = `(SELECT json_group_array(json_array(s.id, s.soort, s.fractie_grootte, s.actor_naam, s.actor_fractie,
      (SELECT COALESCE(f.afkorting, f.naam_nl) FROM tk_fractie f WHERE f.id = s.fractie_id),
      s.persoon_id, s.persoon_id IS NOT NULL OR s.sid_actor_lid IS NOT NULL, s.vergissing, s.gewijzigd_op) ORDER BY s.id)
    FROM tk_stemming s WHERE s.besluit_id = b.id AND s.verwijderd = 0)`;

/** A motion's zaak with its besluiten and their stemmingen; built once, as the statement cache is keyed by the SQL text. */
const MOTION_ZAAK_SQL = `SELECT z.id, z.nummer, z.kabinetsappreciatie, z.gestart_op,
     (SELECT json_group_array(json_array(b.id, b.besluit_soort, b.besluit_tekst, b.stemmings_soort, b.status, b.volgorde, b.datum,
          b.gewijzigd_op, ${STEMMINGEN_JSON}) ORDER BY b.id)
      FROM tk_besluit_zaak bz JOIN tk_besluit b ON b.id = bz.besluit_id WHERE bz.zaak_id = z.id AND b.verwijderd = 0) AS besluiten_json
   FROM (SELECT z.id, z.nummer, z.kabinetsappreciatie, z.gestart_op FROM tk_document_zaak dz JOIN tk_zaak z ON z.id = dz.zaak_id
         WHERE dz.document_id = ? AND z.verwijderd = 0
         ORDER BY CASE WHEN z.soort = 'Motie' OR z.soort IS NULL THEN 0 ELSE 1 END, z.nummer DESC LIMIT 1) z`;

interface ZaakRow {
  id: string;
  nummer: string | null;
  kabinetsappreciatie: string | null;
  gestart_op: string | null;
  besluiten_json: string;
}

/**
 * What the site and the export show of a motion beyond its text: its zaak (through the API's
 * Document ↔ Zaak relation), the indieners with their fractie at the time, and the vote.
 */
export function getMotionZaak(db: Db, documentId: string): MotionZaak | null {
  const zaak = prepared(db, MOTION_ZAAK_SQL).get(documentId) as ZaakRow | undefined;
  if (!zaak) return null;
  const datum = dateOnly(zaak.gestart_op);
  let indieners = indienersOf(db, 'tk_zaak_actor', zaak.id, datum);
  if (indieners.length === 0) indieners = indienersOf(db, 'tk_document_actor', documentId, datum);
  return {
    zaakId: zaak.id,
    nummer: zaak.nummer ?? '',
    kabinetsappreciatie: zaak.kabinetsappreciatie,
    indieners,
    vote: voteResult(besluitenFrom(zaak.besluiten_json)),
  };
}

/** The actors of a zaak or a document, built once: the statement cache is keyed by the SQL text. */
const actorsSql = (table: string, key: string) =>
  `SELECT a.actor_naam, a.actor_fractie, a.relatie, a.functie, a.persoon_id,
     (SELECT COALESCE(f.afkorting, f.naam_nl) FROM tk_fractie_zetel_persoon fzp
        JOIN tk_fractie_zetel fz ON fz.id = fzp.fractie_zetel_id JOIN tk_fractie f ON f.id = fz.fractie_id
      WHERE fzp.persoon_id = a.persoon_id AND fzp.verwijderd = 0 AND (@datum IS NULL OR ((fzp.van IS NULL OR fzp.van <= @datum) AND (fzp.tot_en_met IS NULL OR fzp.tot_en_met >= @datum)))
      ORDER BY fzp.van DESC LIMIT 1) AS zetel_fractie,
     (SELECT f.afkorting FROM tk_fractie f WHERE f.id = a.fractie_id) AS fractie_by_id,
     (SELECT p.fractielabel FROM tk_persoon p WHERE p.id = a.persoon_id) AS fractielabel
   FROM ${table} a WHERE a.${key} = @id AND a.verwijderd = 0 ORDER BY a.gewijzigd_op, a.id`;
const ACTORS_SQL = { tk_zaak_actor: actorsSql('tk_zaak_actor', 'zaak_id'), tk_document_actor: actorsSql('tk_document_actor', 'document_id') };

/**
 * Indieners first, then medeindieners, each in the order the Kamer recorded them (their GewijzigdOp, then
 * id): the one order both sources carry — the SyncFeed has no position of an actor in its zaak. Records without Relatie (recordings made
 * with $select) count when the actor is a person or fractie rather than a minister or commissie.
 * The fractie is the one recorded on the actor; else the member's seat at the zaak's date; else the
 * Persoon's current Fractielabel.
 */
function indienersOf(db: Db, table: keyof typeof ACTORS_SQL, id: string, datum: string | null): IndienerMetFractie[] {
  const rows = prepared(db, ACTORS_SQL[table])
    .all({ id, datum }) as {
    actor_naam: string | null;
    actor_fractie: string | null;
    relatie: string | null;
    functie: string | null;
    persoon_id: string | null;
    zetel_fractie: string | null;
    fractie_by_id: string | null;
    fractielabel: string | null;
  }[];
  const isIndiener = (r: (typeof rows)[number]): boolean =>
    r.relatie ? /indiener/i.test(r.relatie) : r.actor_naam !== null && !/minister|staatssecretaris|commissie/i.test(`${r.functie ?? ''} ${r.actor_naam}`);
  return rows
    .filter(isIndiener)
    .sort((a, b) => rank(a.relatie) - rank(b.relatie))
    .map((r) => ({
      naam: r.actor_naam ?? 'onbekend',
      fractie: r.actor_fractie ?? r.zetel_fractie ?? r.fractie_by_id ?? r.fractielabel ?? null,
      ...(r.relatie ? { relatie: r.relatie } : {}),
      persoonId: r.persoon_id,
    }));
}

function rank(relatie: string | null): number {
  return /^indiener/i.test(relatie ?? '') ? 0 : /medeindiener/i.test(relatie ?? '') ? 1 : 2;
}

/** A besluit as MOTION_ZAAK_SQL's JSON holds it, in this order. */
type BesluitTuple = [
  id: string,
  besluitSoort: string | null,
  besluitTekst: string | null,
  stemmingsSoort: string | null,
  status: string | null,
  volgorde: number | null,
  datum: string | null,
  gewijzigdOp: string | null,
  stemmingen: StemmingTuple[],
];

/** A stemming as STEMMINGEN_JSON holds it, in this order. */
type StemmingTuple = [
  id: string,
  soort: string | null,
  fractieGrootte: number | null,
  actorNaam: string | null,
  actorFractie: string | null,
  fractieNaam: string | null,
  persoonId: string | null,
  isMember: 0 | 1,
  vergissing: number,
  gewijzigdOp: string | null,
];

function besluitenFrom(json: string): BesluitFacts[] {
  return (JSON.parse(json) as BesluitTuple[]).map(
    ([id, besluitSoort, besluitTekst, stemmingsSoort, status, volgorde, datum, gewijzigdOp, stemmingen]): BesluitFacts => ({
      id,
      besluitSoort,
      besluitTekst,
      stemmingsSoort,
      status,
      volgorde,
      datum,
      gewijzigdOp,
      stemmingen: stemmingen.map(
        ([id, soort, fractieGrootte, actorNaam, actorFractie, fractieNaam, persoonId, isMember, vergissing, gewijzigdOp]): StemmingFacts => ({
          id,
          soort,
          fractieGrootte,
          actorNaam,
          actorFractie,
          fractieNaam,
          persoonId,
          isMember: isMember === 1,
          vergissing: vergissing === 1,
          gewijzigdOp,
        }),
      ),
    }),
  );
}
