import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { syncStage } from '../../src/pipeline/syncStage.js';
import { createHttp } from '../../src/source/tk/http.js';
import { odataSource } from '../../src/source/tk/odataSource.js';
import { DEFAULT_SOORTEN } from '../../src/source/tk/queries.js';
import { openStore } from '../../src/store/db.js';
import { startFakeOdataServer, type FakeOdataServer } from '../support/fakeOdataServer.js';
import { finish, killWhen } from '../support/childProcess.js';
import { tempDir, tempStore } from '../support/tempStore.js';
import { count, dumpStore } from '../support/syncSupport.js';

/**
 * The acceptance test for resuming: the real CLI, killed with SIGKILL at a random point of a sync,
 * started again, must leave exactly the database (and blob folder) an uninterrupted sync leaves.
 */
let server: FakeOdataServer;
beforeAll(async () => {
  server = await startFakeOdataServer({ corpus: 'both', zaakLimit: 150 });
});
afterAll(() => server.close());

function cli(db: string, extra: string[] = []) {
  return spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', '--db', db, '--json', 'sync', '--source', 'odata', '--base-url', server.baseUrl, '--rate', '0', '--concurrency', '8', '--grace', '0', ...extra],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
}


describe('a sync killed at a random point', () => {
  it('resumes to exactly the content of an uninterrupted sync', { timeout: 180_000 }, async () => {
    // The reference: one uninterrupted sync.
    const ref = tempStore();
    const report = await syncStage(ref.store, {
      source: odataSource(createHttp({ rate: 0, concurrency: 8 }), server.baseUrl),
      soorten: DEFAULT_SOORTEN,
      concurrency: 8,
      graceDays: 0,
    });
    expect(report.failures).toEqual([]);
    const expected = dumpStore(ref.store.db, ref.store.blobDir);
    ref.cleanup();
    const requestsPerSync = server.requests.length;

    const dir = tempDir();
    const db = join(dir.dir, 'killed.db');
    // Killed after a random number of requests: somewhere in the fracties, zaken, documents or files.
    const killAfter = 5 + Math.floor(Math.random() * (requestsPerSync - 20));
    const before = server.requests.length;
    const child = cli(db);
    const exited = finish(child);
    await killWhen(child, () => server.requests.length - before, killAfter);
    const killed = await exited;
    expect(killed.code, `the sync finished before request ${killAfter}: ${killed.stderr}`).toBeNull();

    // What the killed sync had committed: the restart must fetch exactly the rest.
    const half = openStore(db);
    const committed = { zaken: count(half.db, 'SELECT COUNT(*) AS n FROM tk_zaak'), documents: count(half.db, 'SELECT COUNT(*) AS n FROM tk_document') };
    half.close();

    // Started again: it finishes, and reports what it did.
    const again = await finish(cli(db));
    expect(again.code, again.stderr).toBe(0);
    const summary = JSON.parse(again.stdout.trim().split('\n').pop()!) as { failures: unknown[]; documents: number; fetched: Record<string, number> };
    expect(summary.failures).toEqual([]);
    expect(summary.documents).toBe(report.documents - committed.documents);
    expect(report.documents).toBe(712);
    expect(summary.fetched.Zaak).toBe(report.fetched.Zaak! - committed.zaken);

    const store = openStore(db);
    const actual = dumpStore(store.db, store.blobDir);
    store.close();
    dir.cleanup();
    for (const table of Object.keys(expected)) {
      expect(actual[table]?.length, `${table} rows (killed after ${killAfter} of ${requestsPerSync} requests)`).toBe(expected[table]!.length);
      expect(actual[table], table).toEqual(expected[table]);
    }
  });
});
