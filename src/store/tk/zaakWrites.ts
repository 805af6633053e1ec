import { dateOnly, type TkActor, type TkBesluit, type TkStemming, type TkZaak } from '../../domain/tkRecords.js';
import { statementsOf, type Db } from '../db.js';
import { actorInsertSql, actorParams, flag, num, rawWithout, str } from './columns.js';

/**
 * Zaken with their actors, besluiten and stemmingen. Writes are idempotent upserts by the API's Id; the statements are
 * prepared once per connection because a full sync writes hundreds of thousands of rows.
 */

const st = statementsOf((db: Db) => ({
  zaak: db.prepare(`INSERT INTO tk_zaak (id, nummer, soort, titel, onderwerp, gestart_op, kabinetsappreciatie, vergaderjaar, kamerstukdossier_id, gewijzigd_op, api_gewijzigd_op, verwijderd, raw)
    VALUES (@id, @nummer, @soort, @titel, @onderwerp, @gestartOp, @kabinetsappreciatie, @vergaderjaar, @kamerstukdossierId, @gewijzigdOp, @apiGewijzigdOp, @verwijderd, @raw)
    ON CONFLICT(id) DO UPDATE SET nummer = excluded.nummer, soort = COALESCE(excluded.soort, tk_zaak.soort), titel = excluded.titel,
      onderwerp = excluded.onderwerp, gestart_op = excluded.gestart_op, kabinetsappreciatie = excluded.kabinetsappreciatie,
      vergaderjaar = COALESCE(excluded.vergaderjaar, tk_zaak.vergaderjaar), kamerstukdossier_id = COALESCE(excluded.kamerstukdossier_id, tk_zaak.kamerstukdossier_id),
      gewijzigd_op = excluded.gewijzigd_op, api_gewijzigd_op = excluded.api_gewijzigd_op, verwijderd = excluded.verwijderd, raw = excluded.raw`),
  deleteZaakActors: db.prepare('DELETE FROM tk_zaak_actor WHERE zaak_id = ?'),
  zaakActor: db.prepare(actorInsertSql('tk_zaak_actor', 'zaak_id')),
  deleteBesluitLinks: db.prepare('DELETE FROM tk_besluit_zaak WHERE zaak_id = ?'),
  besluitLink: db.prepare('INSERT OR IGNORE INTO tk_besluit_zaak (besluit_id, zaak_id) VALUES (?, ?)'),
  deleteZakenOfBesluit: db.prepare('DELETE FROM tk_besluit_zaak WHERE besluit_id = ?'),
  besluit: db.prepare(`INSERT INTO tk_besluit (id, agendapunt_id, besluit_soort, besluit_tekst, stemmings_soort, status, volgorde, datum, gewijzigd_op, api_gewijzigd_op, verwijderd, raw)
    VALUES (@id, @agendapuntId, @besluitSoort, @besluitTekst, @stemmingsSoort, @status, @volgorde, @datum, @gewijzigdOp, @apiGewijzigdOp, @verwijderd, @raw)
    ON CONFLICT(id) DO UPDATE SET agendapunt_id = COALESCE(excluded.agendapunt_id, tk_besluit.agendapunt_id), besluit_soort = excluded.besluit_soort,
      besluit_tekst = COALESCE(excluded.besluit_tekst, tk_besluit.besluit_tekst), stemmings_soort = excluded.stemmings_soort, status = excluded.status,
      volgorde = excluded.volgorde, datum = COALESCE(excluded.datum, tk_besluit.datum), gewijzigd_op = excluded.gewijzigd_op,
      api_gewijzigd_op = excluded.api_gewijzigd_op, verwijderd = excluded.verwijderd, raw = excluded.raw`),
  deleteStemmingen: db.prepare('DELETE FROM tk_stemming WHERE besluit_id = ?'),
  // What the site build's fingerprint of a motion needs of a besluit's stemmingen (migration 010).
  stemmingenFp: db.prepare(`UPDATE tk_besluit SET stemmingen_fp = (SELECT COUNT(*) || '-' || COALESCE(MAX(s.api_gewijzigd_op), '') || '-' || COALESCE(SUM(s.vergissing), 0)
    FROM tk_stemming s WHERE s.besluit_id = tk_besluit.id) WHERE id = ?`),
  stemming: db.prepare(`INSERT OR REPLACE INTO tk_stemming (id, besluit_id, soort, fractie_grootte, actor_naam, actor_fractie, vergissing, sid_actor_lid, persoon_id, fractie_id, gewijzigd_op, api_gewijzigd_op, verwijderd, raw)
    VALUES (@id, @besluitId, @soort, @fractieGrootte, @actorNaam, @actorFractie, @vergissing, @sidActorLid, @persoonId, @fractieId, @gewijzigdOp, @apiGewijzigdOp, @verwijderd, @raw)`),
}));

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
