import { afterEach, describe, expect, it } from 'vitest';
import { loadMotionZaak } from '../../src/pipeline/motionZaak.js';
import { count } from '../support/syncSupport.js';
import { loadTkmotiesZaken, syntheticId } from '../support/fakeOdataServer.js';
import { syncFeedFixture } from '../support/syncFeedSupport.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

type Zaak = { Id: string; Nummer: string; Besluit: { Id: string; GewijzigdOp: string; Stemming: { Id: string; ActorFractie: string; FractieGrootte: number; Soort: string }[] }[] };
const zaken = loadTkmotiesZaken(60) as unknown as Zaak[];
const docOf = (z: Zaak): string => syntheticId(`document:${z.Id}`);
const feedRequests = (requests: string[], from: number) => requests.slice(from).filter((r) => r.includes('/Feed?'));

describe('the SyncFeed as it really behaves', () => {
  it('gives every vote its date through Besluit → Agendapunt → Activiteit', { timeout: 60_000 }, async () => {
    const { store, sync } = await syncFeedFixture(cleanups, { zaakLimit: 60, withDates: true });
    await sync();
    for (const z of zaken) {
      const vote = loadMotionZaak(store.db, docOf(z))?.vote;
      // The stand-in's synthetic activiteit sits on the day of the besluit's last change (Amsterdam).
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(z.Besluit[0]!.GewijzigdOp));
      expect(vote?.datum, z.Nummer).toBe(day);
    }
  });

  it('a daily re-run with nothing new costs one request per category and downloads nothing', { timeout: 60_000 }, async () => {
    const { server, http, sync } = await syncFeedFixture(cleanups, { zaakLimit: 60, withDates: true, toezeggingen: true });
    await sync();
    // Retries (a request that timed out on a busy machine) are not the sync asking for more: they are counted apart.
    const before = http.stats.requests - http.stats.retries;
    const from = server.requests.length;
    const again = await sync();
    expect(again.stored).toBe(0);
    expect(again.filesDownloaded).toBe(0);
    expect(http.stats.requests - http.stats.retries - before).toBe(13);
    expect(new Set(feedRequests(server.requests, from)).size).toBe(13);
  });

  it('applies later corrections, re-emissions, tombstones and duplicate stemmingen', { timeout: 60_000 }, async () => {
    const { server, store, sync } = await syncFeedFixture(cleanups, { zaakLimit: 60, deleted: 5 });
    const first = await sync();
    expect(first.deleted).toBe(0); // tombstones of records never stored create nothing
    const db = store.db;
    const [a, b, c, d] = zaken;
    // A kabinetsappreciatie filled in after the vote, and a vergissing recorded days later.
    server.update('Zaak', a!.Id, { Kabinetsappreciatie: 'Oordeel Kamer' });
    const stemming = b!.Besluit[0]!.Stemming[0]!;
    server.update('Stemming', stemming.Id, { Vergissing: true });
    // A stemming deleted (spelled True, as the live Persoon feed does) and a zaak deleted.
    const gone = c!.Besluit[0]!.Stemming[0]!;
    server.remove('Stemming', gone.Id, 'True');
    server.remove('Zaak', d!.Id);
    // The same fractie's vote twice under one besluit (OpenDataPortaal #167): counted once.
    const dup = a!.Besluit[0]!.Stemming[0]!;
    const zetelsBefore = loadMotionZaak(db, docOf(a!))!.vote!;
    server.add('Stemming', { Id: '0d0d0d0d-0000-4000-8000-000000000001', Soort: dup.Soort, FractieGrootte: dup.FractieGrootte, ActorNaam: dup.ActorFractie, ActorFractie: dup.ActorFractie, GewijzigdOp: '2022-02-01T10:00:00+01:00' }, { besluit: a!.Besluit[0]!.Id });

    const second = await sync();
    expect(second.deleted).toBe(2);
    expect(loadMotionZaak(db, docOf(a!))!.kabinetsappreciatie).toBe('Oordeel Kamer');
    expect([loadMotionZaak(db, docOf(a!))!.vote!.zetelsVoor, loadMotionZaak(db, docOf(a!))!.vote!.zetelsTegen]).toEqual([zetelsBefore.zetelsVoor, zetelsBefore.zetelsTegen]);
    expect(count(db, 'SELECT vergissing AS n FROM tk_stemming WHERE id = ?', stemming.Id)).toBe(1);
    expect(loadMotionZaak(db, docOf(c!))!.vote!.stemmingen.length).toBe(c!.Besluit[0]!.Stemming.length - 1);
    // Deleted records are kept, marked and hidden.
    expect(count(db, 'SELECT verwijderd AS n FROM tk_stemming WHERE id = ?', gone.Id)).toBe(1);
    expect(loadMotionZaak(db, docOf(d!))).toBeNull();
    // Re-reading changes nothing: the newest version is stored once.
    const third = await sync();
    expect([third.stored, third.deleted]).toEqual([0, 0]);
  });

  it('resolves a stemming that arrives before its besluit, and drops it with a besluit that is not about a motion', { timeout: 60_000 }, async () => {
    const { server, store, sync } = await syncFeedFixture(cleanups, { zaakLimit: 10 });
    await sync();
    const db = store.db;
    const z = zaken[0]!;
    const besluitId = '0b0b0b0b-0000-4000-8000-000000000001';
    const otherBesluit = '0b0b0b0b-0000-4000-8000-000000000002';
    const otherZaak = '0a0a0a0a-0000-4000-8000-000000000002';
    const vote = (id: string, besluit: string) => server.add('Stemming', { Id: id, Soort: 'Voor', FractieGrootte: 150, ActorNaam: 'Alle', ActorFractie: 'Alle', GewijzigdOp: '2022-03-01T10:00:00+01:00' }, { besluit });
    // The stemmingen enter the feed first; their besluiten only after the next sync.
    vote('0c0c0c0c-0000-4000-8000-000000000001', besluitId);
    vote('0c0c0c0c-0000-4000-8000-000000000002', otherBesluit);
    await sync();
    expect(count(db, 'SELECT COUNT(*) AS n FROM tk_stemming WHERE besluit_id IN (?, ?)', besluitId, otherBesluit)).toBe(2); // held: their parents are unseen
    server.add('Besluit', { Id: besluitId, BesluitSoort: 'Stemmen - aangenomen', StemmingsSoort: 'Met handopsteken', GewijzigdOp: '2022-03-01T11:00:00+01:00' }, { zaak: [z.Id] });
    server.add('Zaak', { Id: otherZaak, Nummer: '2022Z99999', Soort: 'Wetgeving', Titel: 'Geen motie', GewijzigdOp: '2022-03-01T09:00:00+01:00' });
    server.add('Besluit', { Id: otherBesluit, BesluitSoort: 'Stemmen - aangenomen', GewijzigdOp: '2022-03-01T11:00:00+01:00' }, { zaak: [otherZaak] });
    await sync();
    const mz = loadMotionZaak(db, docOf(z))!;
    expect(mz.vote?.uitslag).toBe('aangenomen');
    expect(count(db, 'SELECT COUNT(*) AS n FROM tk_stemming WHERE besluit_id = ?', besluitId)).toBe(1);
    expect(count(db, 'SELECT COUNT(*) AS n FROM tk_stemming WHERE besluit_id = ?', otherBesluit)).toBe(0);
    expect(count(db, 'SELECT COUNT(*) AS n FROM tk_besluit WHERE id = ?', otherBesluit)).toBe(0);
    expect(count(db, 'SELECT COUNT(*) AS n FROM tk_zaak WHERE id = ?', otherZaak)).toBe(0);
  });

  it('reports a record that breaks the schema by category and id, keeps it aside, and goes on', { timeout: 60_000 }, async () => {
    const { server, store, sync } = await syncFeedFixture(cleanups, { zaakLimit: 10 });
    const bad = zaken[1]!.Besluit[0]!.Stemming[0]!;
    server.update('Stemming', bad.Id, { FractieGrootte: 'negen' });
    const report = await sync();
    expect(report.rejected).toEqual([{ category: 'Stemming', id: bad.Id, reason: expect.stringContaining('FractieGrootte') }]);
    expect(count(store.db, 'SELECT COUNT(*) AS n FROM tk_rejected WHERE id = ?', bad.Id)).toBe(1);
    expect(count(store.db, 'SELECT COUNT(*) AS n FROM tk_zaak')).toBe(10);
    // Corrected at the source: stored on the next sync, and no longer rejected.
    server.update('Stemming', bad.Id, { FractieGrootte: 9 });
    const next = await sync();
    expect(next.rejected).toEqual([]);
    expect(count(store.db, 'SELECT fractie_grootte AS n FROM tk_stemming WHERE id = ?', bad.Id)).toBe(9);
    expect(count(store.db, 'SELECT COUNT(*) AS n FROM tk_rejected')).toBe(0);
  });

  it('fetches a file again only when the document version changes', { timeout: 60_000 }, async () => {
    const { server, sync } = await syncFeedFixture(cleanups, { zaakLimit: 10 });
    await sync();
    const doc = docOf(zaken[0]!);
    const files = () => server.requests.filter((r) => r.includes('/Resources/')).length;
    const before = files();
    server.update('Document', doc, { Titel: 'Re-emitted by a data fix' }, { newVersion: false });
    const same = await sync();
    expect([same.stored, files() - before]).toEqual([1, 0]);
    server.update('Document', doc, { Titel: 'A new version' });
    const changed = await sync();
    expect([changed.filesDownloaded, files() - before]).toEqual([1, 1]);
  });

  it('--since keeps motions from that day on, remembers it, and an earlier day reads the feeds again', { timeout: 60_000 }, async () => {
    const { store, sync } = await syncFeedFixture(cleanups, { zaakLimit: 60 });
    const all = loadTkmotiesZaken(60) as unknown as { GestartOp: string }[];
    const days = [...new Set(all.map((z) => z.GestartOp.slice(0, 10)))].sort();
    const cut = days[Math.floor(days.length / 2)]!;
    const later = all.filter((z) => z.GestartOp.slice(0, 10) >= cut).length;
    expect(later).toBeGreaterThan(0);
    expect(later).toBeLessThan(60);
    await sync({ since: cut });
    expect(count(store.db, 'SELECT COUNT(*) AS n FROM tk_zaak')).toBe(later);
    expect(count(store.db, "SELECT COUNT(*) AS n FROM tk_zaak WHERE gestart_op < ?", cut)).toBe(0);
    // Not told again: the same set is kept; nothing new to read.
    expect((await sync()).stored).toBe(0);
    // An earlier day needs what was dropped: the feeds are read from the start once.
    await sync({ since: days[0]! });
    expect(count(store.db, 'SELECT COUNT(*) AS n FROM tk_zaak')).toBe(60);
  });
});
