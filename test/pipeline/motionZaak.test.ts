import { afterEach, describe, expect, it } from 'vitest';
import type { TkBesluit } from '../../src/domain/tkRecords.js';
import { loadMotionZaak } from '../../src/pipeline/motionZaak.js';
import { upsertFractie } from '../../src/store/tk/persoonWrites.js';
import { upsertTkDocument } from '../../src/store/tk/documents.js';
import { upsertZaak } from '../../src/store/tk/zaakWrites.js';
import { tempStore } from '../support/tempStore.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const noFiles = { fileSha256: null, fileGewijzigdOp: null, fileContentLength: null, publicatieId: null, publicatieGewijzigdOp: null, xmlSha256: null, fileVersieId: null };
const on = (datum: string) => ({ Id: `ap-${datum}`, Activiteit: { Id: `act-${datum}`, Datum: `${datum}T00:00:00+01:00` } });
const tricky = `Aangenomen, met "aanhalingstekens", O'Neil, \\ en é 😀`;

function storeWithOneMotion() {
  const { store, cleanup } = tempStore();
  cleanups.push(cleanup);
  const db = store.db;
  upsertFractie(db, { Id: 'f-vvd', Afkorting: 'VVD', NaamNL: 'Volkspartij voor Vrijheid en Democratie' });
  upsertFractie(db, { Id: 'f-sp', Afkorting: null, NaamNL: 'Socialistische Partij' });
  const besluiten: TkBesluit[] = [
    { Id: 'b1', BesluitSoort: 'Stemmen - verworpen', Status: 'Besluit', Agendapunt: on('2023-02-07'), Stemming: [{ Id: 's0', Soort: 'Tegen', FractieGrootte: 150, ActorFractie: 'Alle' }] },
    {
      Id: 'b2', BesluitSoort: 'Stemmen - aangenomen', BesluitTekst: tricky, Status: 'Besluit', Agendapunt: on('2023-02-14'),
      Stemming: [
        { Id: 's1', Soort: 'Voor', FractieGrootte: 34, ActorNaam: 'VVD', ActorFractie: 'VVD', Fractie_Id: 'f-vvd' },
        // No names on the row: the fractie's name through Fractie_Id (NaamNL, as it has no Afkorting).
        { Id: 's2', Soort: 'Tegen', FractieGrootte: 9, Fractie_Id: 'f-sp' },
        // A member inside a fractie that has its own row: shown, not counted.
        { Id: 's3', Soort: 'Tegen', FractieGrootte: 1, ActorNaam: "D. Lid-O'Brien", ActorFractie: 'VVD', SidActorLid: 'sid-1', Vergissing: true },
        { Id: 's4', Soort: 'Tegen', FractieGrootte: 100, ActorFractie: 'PVV', Verwijderd: true },
      ],
    },
    // A deleted besluit, later than the others, decides nothing.
    { Id: 'b3', BesluitSoort: 'Stemmen - verworpen', Status: 'Besluit', Agendapunt: on('2023-03-01'), Verwijderd: true, Stemming: [] },
  ];
  upsertZaak(db, { Id: 'z-motie', Nummer: '2023Z00001', Soort: 'Motie', GestartOp: '2023-02-01T10:00:00', Kabinetsappreciatie: 'Oordeel Kamer', ZaakActor: [], Besluit: besluiten });
  // A second zaak on the same document with a higher number: the motion's own zaak is the one shown.
  upsertZaak(db, { Id: 'z-other', Nummer: '2023Z99999', Soort: 'Amendement', ZaakActor: [], Besluit: [{ Id: 'b9', BesluitSoort: 'Stemmen - verworpen', Stemming: [] }] });
  upsertTkDocument(db, {
    Id: 'd1',
    Soort: 'Motie',
    Zaak: [{ Id: 'z-motie' }, { Id: 'z-other' }],
    DocumentActor: [
      { Id: 'da-3', ActorNaam: 'B. Mede', ActorFractie: 'SP', Relatie: 'Medeindiener' },
      { Id: 'da-2', ActorNaam: 'minister X', Functie: 'minister' },
      { Id: 'da-1', ActorNaam: 'A. Indiener', Relatie: 'Indiener', Fractie_Id: 'f-vvd' },
    ],
  }, noFiles);
  return db;
}

describe('a motion zaak read from the store', () => {
  it('has the latest besluit\'s vote, with fractie names, members, mistakes and deletions as stored', () => {
    const zaak = loadMotionZaak(storeWithOneMotion(), 'd1')!;
    expect(zaak.zaakId).toBe('z-motie');
    expect(zaak.nummer).toBe('2023Z00001');
    expect(zaak.kabinetsappreciatie).toBe('Oordeel Kamer');
    expect(zaak.vote).toEqual({
      uitslag: 'aangenomen',
      datum: '2023-02-14',
      zetelsVoor: 34,
      zetelsTegen: 9,
      hoofdelijk: false,
      besluitTekst: tricky,
      stemmingen: [
        { fractie: 'VVD', soort: 'Voor', zetels: 34 },
        { fractie: 'Socialistische Partij', soort: 'Tegen', zetels: 9 },
        { fractie: 'VVD', soort: 'Tegen', zetels: 1, persoon: "D. Lid-O'Brien", vergissing: true },
      ],
    });
  });

  it('takes the indieners from the document when the zaak has none: indiener first, no minister', () => {
    expect(loadMotionZaak(storeWithOneMotion(), 'd1')!.indieners).toEqual([
      { naam: 'A. Indiener', fractie: 'VVD', relatie: 'Indiener', persoonId: null },
      { naam: 'B. Mede', fractie: 'SP', relatie: 'Medeindiener', persoonId: null },
    ]);
  });

  it('has no zaak for a document without one', () => {
    expect(loadMotionZaak(storeWithOneMotion(), 'unknown')).toBeNull();
  });
});
