import { afterEach, describe, expect, it } from 'vitest';
import { readActors, readMotionZaak } from '../../../src/store/tk/motionZaakReads.js';
import { upsertTkDocument } from '../../../src/store/tk/documents.js';
import { upsertFractie, upsertFractieZetel, upsertFractieZetelPersoon, upsertPersoon } from '../../../src/store/tk/persoonWrites.js';
import { upsertZaak } from '../../../src/store/tk/zaakWrites.js';
import type { Db } from '../../../src/store/db.js';
import { tempStore } from '../../support/tempStore.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const noFiles = { fileSha256: null, fileGewijzigdOp: null, fileContentLength: null, publicatieId: null, publicatieGewijzigdOp: null, xmlSha256: null, fileVersieId: null };

function store(): Db {
  const { store, cleanup } = tempStore();
  cleanups.push(cleanup);
  return store.db;
}

describe('readMotionZaak', () => {
  it('reads the motion\'s own zaak with its besluiten and stemmingen as facts, leaving out deleted ones', () => {
    const db = store();
    upsertFractie(db, { Id: 'f-sp', Afkorting: null, NaamNL: 'Socialistische Partij' });
    upsertZaak(db, {
      Id: 'z1', Nummer: '2023Z00001', Soort: 'Motie', GestartOp: '2023-02-01T10:00:00', Kabinetsappreciatie: 'Ontraden', ZaakActor: [],
      Besluit: [
        {
          Id: 'b1', BesluitSoort: 'Stemmen - verworpen', Status: 'Besluit', AgendapuntZaakBesluitVolgorde: 3, GewijzigdOp: '2023-02-14T18:00:00',
          Agendapunt: { Id: 'ap', Activiteit: { Id: 'act', Datum: '2023-02-14T00:00:00+01:00' } },
          Stemming: [
            { Id: 's2', Soort: 'Tegen', FractieGrootte: 9, Fractie_Id: 'f-sp' },
            { Id: 's1', Soort: 'Voor', FractieGrootte: 1, ActorNaam: 'A. Lid', ActorFractie: 'VVD', SidActorLid: 'sid', Vergissing: true },
            { Id: 's3', Soort: 'Voor', FractieGrootte: 100, ActorFractie: 'PVV', Verwijderd: true },
          ],
        },
        { Id: 'b0', BesluitSoort: 'Stemmen - aangenomen', Verwijderd: true, Stemming: [] },
      ],
    });
    // Another zaak with a higher number: a Motie zaak comes first.
    upsertZaak(db, { Id: 'z2', Nummer: '2023Z99999', Soort: 'Amendement', ZaakActor: [], Besluit: [] });
    upsertTkDocument(db, { Id: 'd1', Soort: 'Motie', Zaak: [{ Id: 'z1' }, { Id: 'z2' }] }, noFiles);

    expect(readMotionZaak(db, 'd1')).toEqual({
      id: 'z1', nummer: '2023Z00001', kabinetsappreciatie: 'Ontraden', gestartOp: '2023-02-01T10:00:00',
      besluiten: [{
        id: 'b1', besluitSoort: 'Stemmen - verworpen', besluitTekst: null, stemmingsSoort: null, status: 'Besluit', volgorde: 3,
        datum: '2023-02-14', gewijzigdOp: '2023-02-14T18:00:00',
        stemmingen: [
          { id: 's1', soort: 'Voor', fractieGrootte: 1, actorNaam: 'A. Lid', actorFractie: 'VVD', fractieNaam: null, persoonId: null, isMember: true, vergissing: true, gewijzigdOp: null },
          { id: 's2', soort: 'Tegen', fractieGrootte: 9, actorNaam: null, actorFractie: null, fractieNaam: 'Socialistische Partij', persoonId: null, isMember: false, vergissing: false, gewijzigdOp: null },
        ],
      }],
    });
    expect(readMotionZaak(db, 'no-such-document')).toBeNull();
  });
});

describe('readActors', () => {
  it('reads a zaak\'s actors in recorded order, with the zetel\'s fractie on the given day', () => {
    const db = store();
    upsertFractie(db, { Id: 'f-a', Afkorting: 'A' });
    upsertFractie(db, { Id: 'f-b', Afkorting: 'B' });
    upsertPersoon(db, { Id: 'p1', Achternaam: 'Lid', Fractielabel: 'Nu' });
    upsertFractieZetel(db, { Id: 'fz-a', Fractie_Id: 'f-a' });
    upsertFractieZetel(db, { Id: 'fz-b', Fractie_Id: 'f-b' });
    upsertFractieZetelPersoon(db, { Id: 'fzp-1', FractieZetel_Id: 'fz-a', Persoon_Id: 'p1', Van: '2017-03-23', TotEnMet: '2021-03-30' });
    upsertFractieZetelPersoon(db, { Id: 'fzp-2', FractieZetel_Id: 'fz-b', Persoon_Id: 'p1', Van: '2021-03-31' });
    upsertZaak(db, {
      Id: 'z1', ZaakActor: [
        { Id: 'za-2', ActorNaam: 'Tweede', Relatie: 'Medeindiener', GewijzigdOp: '2020-01-02T00:00:00Z', Fractie_Id: 'f-b' },
        { Id: 'za-1', ActorNaam: 'Lid', Relatie: 'Indiener', Persoon_Id: 'p1', GewijzigdOp: '2020-01-01T00:00:00Z' },
        { Id: 'za-3', ActorNaam: 'Weg', Relatie: 'Indiener', Verwijderd: true },
      ],
    });
    const on = (datum: string | null) => readActors(db, 'zaak', 'z1', datum);
    expect(on('2020-06-01').map((a) => a.naam)).toEqual(['Lid', 'Tweede']);
    expect(on('2020-06-01')[0]).toEqual({
      naam: 'Lid', actorFractie: null, relatie: 'Indiener', functie: null, persoonId: 'p1', zetelFractie: 'A', fractieById: null, fractielabel: 'Nu',
    });
    expect(on('2022-01-01')[0]!.zetelFractie).toBe('B');
    // Without a day: the latest zetel.
    expect(on(null)[0]!.zetelFractie).toBe('B');
    expect(on('2020-06-01')[1]!.fractieById).toBe('B');
    expect(readActors(db, 'document', 'z1', null)).toEqual([]);
  });

  it('reads a document\'s actors', () => {
    const db = store();
    upsertTkDocument(db, { Id: 'd1', DocumentActor: [{ Id: 'da-1', ActorNaam: 'A. Indiener', ActorFractie: 'SP', Relatie: 'Indiener' }] }, noFiles);
    expect(readActors(db, 'document', 'd1', null).map((a) => [a.naam, a.actorFractie])).toEqual([['A. Indiener', 'SP']]);
  });
});
