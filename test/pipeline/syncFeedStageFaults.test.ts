import { afterEach, describe, expect, it } from 'vitest';
import { createHttp } from '../../src/source/tk/http.js';
import { syncFeedStage } from '../../src/pipeline/syncFeedStage.js';
import { DEFAULT_SOORTEN } from '../../src/source/tk/queries.js';
import { dumpStore } from '../support/syncSupport.js';
import { tempStore } from '../support/tempStore.js';
import { syncFeedFixture } from '../support/syncFeedSupport.js';

const cleanups: (() => unknown)[] = [];

/** A store's dump with the stand-in's address (each server has its own port) taken out. */
function dumpWithout(base: string, store: { db: Parameters<typeof dumpStore>[0]; blobDir: string }) {
  const dump = dumpStore(store.db, store.blobDir);
  return Object.fromEntries(Object.entries(dump).map(([t, rows]) => [t, rows.map((r) => r.split(base).join('<base>'))]));
}
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('the SyncFeed sync through faults', () => {
  it('rides out 429 with Retry-After, 503, 500 with an error body, cut bodies, slow answers, stale pages and resets', { timeout: 120_000 }, async () => {
    const clean = await syncFeedFixture(cleanups, { zaakLimit: 80, withDates: true });
    await clean.sync();
    const expected = dumpWithout(clean.server.baseUrl, clean.store);

    const faulty = await syncFeedFixture(cleanups, { zaakLimit: 80, withDates: true });
    const retries: string[] = [];
    const http = createHttp({ rate: 0, concurrency: 4, baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 1_000, onRetry: (e) => retries.push(e.reason) });
    faulty.server.faults.push(
      { match: /category=Zaak$/, kind: '429', times: 1, retryAfterSeconds: 1 },
      { match: /category=Stemming&skiptoken/, kind: '503', times: 2 },
      { match: /category=Besluit/, kind: '500xml', times: 1 },
      { match: /category=ZaakActor/, kind: 'cut', times: 2 },
      { match: /category=Document/, kind: 'slow', times: 1, delayMs: 1_500 },
      { match: /category=Stemming&skiptoken/, kind: 'repeat', times: 2 },
      { match: /\/Resources\//, kind: 'cut', times: 3 },
      { match: /\/Resources\//, kind: 'reset', times: 2 },
      { match: /category=Agendapunt/, kind: 'reset', times: 1 },
    );
    const report = await syncFeedStage(faulty.store, { http, base: faulty.server.baseUrl, soorten: DEFAULT_SOORTEN, concurrency: 4 });
    expect(report.failures).toEqual([]);
    expect(faulty.server.faults.every((f) => f.times === 0), JSON.stringify(faulty.server.faults)).toBe(true);
    expect(retries.some((r) => /HTTP 429/.test(r))).toBe(true);
    expect(retries.some((r) => /cut off|parse/.test(r))).toBe(true);
    expect(dumpWithout(faulty.server.baseUrl, faulty.store)).toEqual(expected);
  });

  it('a file that keeps failing is recorded and fetched on the next sync; the rest lands', { timeout: 60_000 }, async () => {
    const { server, store, http } = await syncFeedFixture(cleanups, { zaakLimit: 10 });
    const quick = createHttp({ rate: 0, concurrency: 4, retries: 1, baseDelayMs: 5, maxDelayMs: 10 });
    server.faults.push({ match: /\/Resources\//, kind: '503', times: 1_000 });
    const first = await syncFeedStage(store, { http: quick, base: server.baseUrl, soorten: DEFAULT_SOORTEN });
    expect(first.failures.length).toBe(first.documents);
    expect(first.documents).toBeGreaterThanOrEqual(10);
    expect(first.failures[0]).toMatchObject({ kind: 'file', message: expect.stringContaining('HTTP 503') });
    server.faults.length = 0;
    const second = await syncFeedStage(store, { http, base: server.baseUrl, soorten: DEFAULT_SOORTEN });
    expect(second.failures).toEqual([]);
    expect(second.filesDownloaded).toBe(first.documents);
    const ref = tempStore();
    cleanups.push(ref.cleanup);
    await syncFeedStage(ref.store, { http, base: server.baseUrl, soorten: DEFAULT_SOORTEN });
    expect(dumpStore(store.db, store.blobDir)).toEqual(dumpStore(ref.store.db, ref.store.blobDir));
  });
});
