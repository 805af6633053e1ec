import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { documentFeed } from '../../src/pipeline/syncStage.js';
import { DEFAULT_SOORTEN } from '../../src/source/tk/queries.js';
import { getBlob } from '../../src/store/blobStore.js';
import { getDocument, getRenditions, listDocuments } from '../../src/store/documentRepo.js';
import { getCheckpoint } from '../../src/store/tk/syncState.js';
import { loadMotionZaak } from '../../src/pipeline/motionZaak.js';
import { syntheticId } from '../support/fakeOdataServer.js';
import { count, fileRequests, syncFixture } from '../support/syncSupport.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('sync against the local OData server', () => {
  it('downloads a changed file again, applies tombstones, fetches the XML publication, re-reads recent zaken', { timeout: 120_000 }, async () => {
    const { server, store, sync } = await syncFixture(cleanups, { corpus: 'both', zaakLimit: 200 });
    const first = await sync();
    const db = store.db;
    expect(first.failures).toEqual([]);
    // 200 synthetic + 400 real motion documents, and of the real bulk page the 167 of the chosen soorten (5 of them among the 400).
    expect(first.documents).toBe(762);
    expect(first.xmlDownloaded).toBe(399);
    const bulk = JSON.parse(readFileSync('fixtures/corpus/odata/entity-pages/document-page218.json', 'utf8')) as { Id: string; Soort: string | null }[];
    for (const d of bulk) {
      const stored = getDocument(db, d.Id);
      if (d.Soort === 'Brief regering') expect(stored?.soort).toBe('brief');
      else if (d.Soort?.startsWith('Motie')) expect(stored?.soort).toBe('motie');
      else expect(stored).toBeNull();
    }
    // Old deletions are not read: the tombstone feeds start a day before the records' watermark.
    const tombstoneQueries = server.requests.filter((r) => r.includes('Verwijderd eq true'));
    expect(tombstoneQueries).toHaveLength(2);
    expect(tombstoneQueries.every((r) => /ApiGewijzigdOp ge 20\d\d-/.test(r))).toBe(true);

    // The official XML of a real motion, as rendition 'xml', byte for byte.
    const index = readFileSync('fixtures/corpus/odata/zaak-with-documents/index.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { document_id: string; documentpublicatie_id: string; xml_file: string; zaak_nummer: string });
    const real = index.find((r) => r.xml_file)!;
    const xml = getRenditions(db, real.document_id).find((r) => r.kind === 'xml')!;
    expect(getBlob(store.blobDir, xml.sha256).equals(readFileSync(`fixtures/corpus/odata/${real.xml_file}`))).toBe(true);
    expect(loadMotionZaak(db, real.document_id)?.nummer).toBe(real.zaak_nummer);

    // A motion replaced by its official text under the same id: new GewijzigdOp and length → downloaded again, once.
    const [a, b, c] = server.sets.get('Document')!.filter((d) => d['@motiemonitor.synthetic']);
    const oldSha = getRenditions(db, String(a!.Id)).find((r) => r.kind === 'pdf')!.sha256;
    server.update('Document', String(a!.Id), { GewijzigdOp: '2026-01-02T10:00:00+01:00', Onderwerp: `${String(a!.Onderwerp)} (officiële versie)` });
    // A tombstone comes with every field null, its Soort too.
    server.update('Document', String(b!.Id), { Verwijderd: true, Soort: null, Titel: null, Onderwerp: null });
    // A late kabinetsappreciatie, not visible through ApiGewijzigdOp: only the grace re-poll sees it.
    const zaakC = (c!.Zaak as { Id: string }[])[0]!.Id;
    const zaakRecord = server.sets.get('Zaak')!.find((z) => z.Id === zaakC)!;
    server.update('Zaak', zaakC, { Kabinetsappreciatie: 'Overgenomen' }, false);
    const before = server.requests.length;
    const second = await sync({ graceDays: 30, now: new Date(Date.parse(String(zaakRecord.GestartOp)) + 86_400_000) });
    expect(fileRequests(server, before)).toBe(1);
    expect(second.filesDownloaded).toBe(1);
    expect(second.deleted).toBe(1);
    expect(second.recentZaken).toBeGreaterThan(0);
    const newSha = getRenditions(db, String(a!.Id)).find((r) => r.kind === 'pdf')!.sha256;
    expect(newSha).not.toBe(oldSha);
    expect(getBlob(store.blobDir, newSha).equals(server.resource(String(a!.Id))!)).toBe(true);
    expect(getDocument(db, String(b!.Id))?.verwijderd).toBe(true);
    expect(listDocuments(db).some((d) => d.id === b!.Id)).toBe(false);
    expect(getRenditions(db, String(b!.Id))).toHaveLength(1); // kept
    expect(loadMotionZaak(db, String(c!.Id))?.kabinetsappreciatie).toBe('Overgenomen');
  });

  it('a file that will not download is reported, the rest lands, and the next sync fetches it', { timeout: 60_000 }, async () => {
    const { server, store, sync } = await syncFixture(cleanups, { zaakLimit: 300 });
    const victim = String(server.sets.get('Document')![10]!.Id);
    const fileless = String(server.sets.get('Document')![20]!.Id);
    server.faults.push({ match: new RegExp(`Document\\(${victim}\\)/resource`), kind: '503', times: 100 });
    server.dropResource(fileless);
    const first = await sync();
    expect(first.failures).toEqual([{ kind: 'file', entityId: victim, url: expect.stringContaining(victim), message: expect.stringMatching(/gave up after \d+ attempts: HTTP 503/) }]);
    expect(first.filesDownloaded).toBe(298);
    // A 404 is not a failure: the record is stored without a file and not asked for again.
    expect(first.filesMissing).toBe(1);
    expect(getDocument(store.db, fileless)).not.toBeNull();
    expect(getRenditions(store.db, fileless)).toEqual([]);
    expect(getDocument(store.db, victim)).not.toBeNull();
    server.faults.length = 0;
    const second = await sync();
    expect(second.failures).toEqual([]);
    expect(second.filesDownloaded).toBe(1);
    expect(getRenditions(store.db, victim).map((r) => r.kind)).toEqual(['pdf']);
  });

  it('--limit stops early with an exact checkpoint; the next sync continues without gap or duplicate', { timeout: 60_000 }, async () => {
    const { store, sync } = await syncFixture(cleanups, { zaakLimit: 600 });
    const first = await sync({ limit: 260 });
    expect(first.documents).toBe(260);
    expect(first.zaken).toBe(260);
    const cp = getCheckpoint(store.db, documentFeed(DEFAULT_SOORTEN))!;
    expect(cp.ids.length).toBeGreaterThan(0);
    const rest = await sync();
    expect(rest.documents).toBe(340);
    expect(rest.zaken).toBe(340);
    expect(count(store.db, 'SELECT COUNT(*) AS n FROM documents')).toBe(600);
  });

  it('fetches a zaak a motion document points at that the zaak feed does not bring', { timeout: 60_000 }, async () => {
    const { server, store, sync } = await syncFixture(cleanups, { zaakLimit: 50 });
    const zaak = { Id: '11111111-2222-4333-8444-555555555555', Nummer: '2023Z99999', Soort: 'Overig', Onderwerp: 'Motie van het lid Test', Kabinetsappreciatie: 'Oordeel Kamer', ApiGewijzigdOp: '2023-01-01T00:00:00Z', Verwijderd: false, ZaakActor: [], Besluit: [] };
    server.add('Zaak', zaak);
    const doc = { ...server.sets.get('Document')![0]!, Id: '66666666-7777-4888-8999-000000000000', Zaak: [{ Id: zaak.Id, Nummer: zaak.Nummer, Soort: 'Overig' }] };
    server.add('Document', doc);
    const r = await sync();
    expect(r.zaken).toBe(51);
    expect(loadMotionZaak(store.db, doc.Id)?.nummer).toBe('2023Z99999');
  });

  it('stores the member\'s fractie at the time through FractieZetelPersoon when the actor has none', { timeout: 60_000 }, async () => {
    const { server, store, sync } = await syncFixture(cleanups, { zaakLimit: 5 });
    const fractie = server.sets.get('Fractie')![0]!;
    const persoon = server.sets.get('Persoon')![0]!;
    server.add('FractieZetel', { Id: 'fz-1', Fractie_Id: fractie.Id, ApiGewijzigdOp: '2023-01-01T00:00:00Z', Verwijderd: false });
    server.add('FractieZetelPersoon', { Id: 'fzp-1', FractieZetel_Id: 'fz-1', Persoon_Id: persoon.Id, Van: '2021-03-31T00:00:00+02:00', TotEnMet: null, ApiGewijzigdOp: '2023-01-01T00:00:00Z', Verwijderd: false });
    const z = server.sets.get('Zaak')![0]!;
    server.update('Zaak', String(z.Id), { ZaakActor: [{ Id: 'za-1', ActorNaam: 'M.E.E. de Beer', ActorFractie: null, Relatie: 'Indiener', Persoon_Id: persoon.Id }, { Id: 'za-2', ActorNaam: 'minister', Relatie: 'Gericht aan' }] });
    await sync();
    const doc = syntheticId(`document:${String(z.Id)}`);
    expect(loadMotionZaak(store.db, doc)?.indieners).toEqual([{ naam: 'M.E.E. de Beer', fractie: fractie.Afkorting, relatie: 'Indiener', persoonId: persoon.Id }]);
  });

  it('takes the vote date from Agendapunt → Activiteit; the Ingediend besluit does not count', { timeout: 60_000 }, async () => {
    const { server, store, sync } = await syncFixture(cleanups, { zaakLimit: 3 });
    const z = server.sets.get('Zaak')![1]!;
    const [vote] = z.Besluit as Record<string, unknown>[];
    const ingediend = { Id: 'b-ingediend', BesluitSoort: 'Ingediend', BesluitTekst: 'Ingediend', Status: 'Besluit', GewijzigdOp: '2022-01-18T10:00:00+01:00', Stemming: [] };
    server.update('Zaak', String(z.Id), {
      Besluit: [ingediend, { ...vote, Agendapunt: { Id: 'ap-1', Activiteit_Id: 'act-1', Nummer: '2022P00001', Activiteit: { Id: 'act-1', Datum: '2022-01-25T00:00:00+01:00', Soort: 'Stemmingen' } } }],
    });
    await sync();
    const mz = loadMotionZaak(store.db, syntheticId(`document:${String(z.Id)}`))!;
    expect(mz.vote?.datum).toBe('2022-01-25');
    expect(mz.vote?.uitslag).toBe(String(vote!.BesluitSoort).replace('Stemmen - ', ''));
    // Only the fields asked for in $select came through, and the besluit kept its Agendapunt.
    const raw = JSON.parse((store.db.prepare('SELECT raw FROM tk_besluit WHERE id = ?').get(vote!.Id) as { raw: string }).raw) as { Agendapunt: Record<string, unknown> };
    expect(raw.Agendapunt).toEqual({ Id: 'ap-1', Activiteit_Id: 'act-1', Activiteit: { Id: 'act-1', Datum: '2022-01-25T00:00:00+01:00' } });
  });
});

