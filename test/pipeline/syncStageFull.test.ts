import { afterEach, describe, expect, it } from 'vitest';
import { normalizeInstant } from '../../src/domain/instant.js';
import { getBlob } from '../../src/store/blobStore.js';
import { getRenditions } from '../../src/store/documentRepo.js';
import { loadMotionZaak } from '../../src/pipeline/motionZaak.js';
import { loadTkmotiesZaken, syntheticId } from '../support/fakeOdataServer.js';
import { count, fileRequests, syncFixture } from '../support/syncSupport.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('a full sync against the local OData server', () => {
  it('syncs all 7,071 recorded motion zaken with their votes; a second sync fetches nothing', { timeout: 240_000 }, async () => {
    const { server, store, http, sync } = await syncFixture(cleanups, { files: 'shared' });
    const first = await sync();
    const zaken = loadTkmotiesZaken();
    expect(first.failures).toEqual([]);
    expect(first.zaken).toBe(7071);
    expect(first.documents).toBe(7071);
    expect(first.filesDownloaded).toBe(7071);
    const db = store.db;
    expect(count(db, 'SELECT COUNT(*) AS n FROM tk_zaak')).toBe(7071);
    expect(count(db, "SELECT COUNT(*) AS n FROM documents WHERE soort = 'motie' AND herkomst = 'api'")).toBe(7071);
    expect(count(db, "SELECT COUNT(*) AS n FROM renditions WHERE kind = 'pdf'")).toBe(7071);
    // files: 'shared' — every synthetic document serves the same PDF, so the blob store holds it once.
    expect(count(db, 'SELECT COUNT(DISTINCT sha256) AS n FROM renditions')).toBe(1);
    const stemmingen = zaken.reduce((n, z) => n + (z.Besluit as { Stemming: unknown[] }[]).reduce((m, b) => m + b.Stemming.length, 0), 0);
    expect(count(db, 'SELECT COUNT(*) AS n FROM tk_stemming')).toBe(stemmingen);
    expect(count(db, 'SELECT COUNT(*) AS n FROM tk_fractie')).toBe(11);

    // Every 97th motion, as the site and the export will show it.
    for (const z of zaken.filter((_, i) => i % 97 === 0)) {
      const docId = syntheticId(`document:${String(z.Id)}`);
      const mz = loadMotionZaak(db, docId)!;
      const b = (z.Besluit as { BesluitSoort: string; Stats: { Voor: number; Tegen: number } }[])[0]!;
      expect(mz.nummer).toBe(z.Nummer);
      expect(mz.kabinetsappreciatie).toBe(z.Kabinetsappreciatie ?? null);
      expect([mz.vote?.zetelsVoor, mz.vote?.zetelsTegen]).toEqual([b.Stats.Voor, b.Stats.Tegen]);
      expect(mz.vote?.uitslag).toBe(b.BesluitSoort.replace('Stemmen - ', ''));
      // In the order the Kamer recorded them: GewijzigdOp, then Id (the one order the SyncFeed carries too).
      const actors = (z.ZaakActor as { Id: string; ActorNaam: string; ActorFractie: string | null; GewijzigdOp: string }[])
        .map((a) => ({ ...a, at: normalizeInstant(a.GewijzigdOp) }))
        .sort((a, b) => a.at.localeCompare(b.at) || a.Id.localeCompare(b.Id));
      expect(mz.indieners.map((i) => [i.naam, i.fractie])).toEqual(actors.map((a) => [a.ActorNaam, a.ActorFractie]));
      // The file is the one the server serves, kept byte for byte.
      const pdf = getRenditions(db, docId).find((r) => r.kind === 'pdf')!;
      expect(getBlob(store.blobDir, pdf.sha256).equals(server.resource(docId)!)).toBe(true);
    }

    const before = server.requests.length;
    // Retries (a request that timed out on a busy machine) are not the sync asking for more: they are counted apart.
    const requestsBefore = http.stats.requests - http.stats.retries;
    const second = await sync();
    expect(Object.values(second.fetched).every((n) => n === 0)).toBe(true);
    expect([second.zaken, second.documents, second.filesDownloaded, second.changedDocuments]).toEqual([0, 0, 0, 0]);
    expect(fileRequests(server, before)).toBe(0);
    // One (empty) page per feed: 4 small sets, zaken, documents, 2 tombstone feeds.
    expect(http.stats.requests - http.stats.retries - requestsBefore).toBe(8);
  });
});
