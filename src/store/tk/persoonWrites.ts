import { dateOnly, type TkFractie, type TkFractieZetel, type TkFractieZetelPersoon, type TkPersoon } from '../../domain/tkRecords.js';
import { statementsOf, type Db } from '../db.js';
import { flag, num, str } from './columns.js';

/** Personen, fracties, and the zetels that place a persoon in a fractie over time (idempotent upserts by the API's Id). */

const st = statementsOf((db: Db) => ({
  persoon: db.prepare(`INSERT OR REPLACE INTO tk_persoon (id, nummer, initialen, tussenvoegsel, achternaam, roepnaam, functie, fractielabel, api_gewijzigd_op, verwijderd, raw)
    VALUES (@id, @nummer, @initialen, @tussenvoegsel, @achternaam, @roepnaam, @functie, @fractielabel, @apiGewijzigdOp, @verwijderd, @raw)`),
  fractie: db.prepare(`INSERT OR REPLACE INTO tk_fractie (id, nummer, afkorting, naam_nl, aantal_zetels, datum_actief, datum_inactief, api_gewijzigd_op, verwijderd, raw)
    VALUES (@id, @nummer, @afkorting, @naamNL, @aantalZetels, @datumActief, @datumInactief, @apiGewijzigdOp, @verwijderd, @raw)`),
  fractieZetel: db.prepare(`INSERT OR REPLACE INTO tk_fractie_zetel (id, fractie_id, gewicht, api_gewijzigd_op, verwijderd, raw)
    VALUES (@id, @fractieId, @gewicht, @apiGewijzigdOp, @verwijderd, @raw)`),
  fractieZetelPersoon: db.prepare(`INSERT OR REPLACE INTO tk_fractie_zetel_persoon (id, fractie_zetel_id, persoon_id, functie, van, tot_en_met, api_gewijzigd_op, verwijderd, raw)
    VALUES (@id, @fractieZetelId, @persoonId, @functie, @van, @totEnMet, @apiGewijzigdOp, @verwijderd, @raw)`),
}));

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
