import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { syncFeedStage } from '../../src/pipeline/syncFeedStage.js';
import { createHttp } from '../../src/source/tk/http.js';
import { DEFAULT_SOORTEN } from '../../src/source/tk/queries.js';
import { openStore } from '../../src/store/db.js';
import { dumpStore } from '../support/syncSupport.js';
import { startFakeSyncFeedServer, type FakeSyncFeedServer } from '../support/fakeSyncFeedServer.js';
import { finish, killWhen } from '../support/childProcess.js';
import { tempDir, tempStore } from '../support/tempStore.js';

/**
 * The SyncFeed sync through the real CLI: killed with SIGKILL at five points spread over a sync and
 * started again, it must leave exactly the store an uninterrupted sync leaves; `--check`; the one-line
 * answer to the retired OData root.
 */
let server: FakeSyncFeedServer;
let dir: ReturnType<typeof tempDir>;
beforeAll(async () => {
  server = await startFakeSyncFeedServer({ corpus: 'both', zaakLimit: 150, withDates: true, toezeggingen: true, deleted: 3 });
  dir = tempDir();
});
afterAll(async () => {
  await server.close();
  dir.cleanup();
});

function cli(db: string, ...args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--db', db, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}


const syncArgs = () => ['--json', 'sync', '--base-url', server.baseUrl, '--rate', '0', '--concurrency', '4'];

describe('motiemonitor sync over SyncFeed (CLI)', () => {
  it('killed with SIGKILL at five points and resumed, gives the store of an uninterrupted sync', { timeout: 300_000 }, async () => {
    const ref = tempStore();
    const report = await syncFeedStage(ref.store, { http: createHttp({ rate: 0, concurrency: 4 }), base: server.baseUrl, soorten: DEFAULT_SOORTEN });
    expect(report.failures).toEqual([]);
    const expected = dumpStore(ref.store.db, ref.store.blobDir);
    ref.cleanup();
    const requestsPerSync = server.requests.length;
    expect(requestsPerSync).toBeGreaterThan(100);

    const db = join(dir.dir, 'killed.db');
    // Five kills spread over the sync (the feeds of each round, the files, the single fetches), each resumed by the next run.
    const start = server.requests.length;
    for (const share of [0.1, 0.3, 0.5, 0.7, 0.85]) {
      // Counted from the first run: each run resumes where the one before was killed.
      const killAfter = Math.floor(requestsPerSync * share);
      const before = start;
      const child = cli(db, ...syncArgs());
      const exited = finish(child);
      await killWhen(child, () => server.requests.length - before, killAfter);
      const killed = await exited;
      expect(killed.code, `the sync finished before request ${killAfter}: ${killed.stderr}`).toBeNull();
    }
    const again = await finish(cli(db, ...syncArgs()));
    expect(again.code, again.stderr).toBe(0);
    const summary = JSON.parse(again.stdout.trim().split('\n').pop()!) as { failures: unknown[]; source: string };
    expect(summary).toMatchObject({ source: 'syncfeed', failures: [] });

    const store = openStore(db);
    const actual = dumpStore(store.db, store.blobDir);
    store.close();
    for (const table of Object.keys(expected)) expect(actual[table], table).toEqual(expected[table]);
  });

  it('--check probes SyncFeed, a Resources file and OData, and exits 0 when the SyncFeed works', { timeout: 60_000 }, async () => {
    const r = await finish(cli(join(dir.dir, 'check.db'), 'sync', '--check', '--base-url', server.baseUrl, '--rate', '0'));
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^SyncFeed +ok: \d+ Fractie entries/);
    expect(lines[1]).toMatch(/^Resources +ok: \d+ bytes/);
    // The stand-in has no OData: said plainly, and it does not fail the check.
    expect(lines[2]).toMatch(/^OData +failed: the Tweede Kamer retired OData v4\/2.0 on 1 October 2026/);
    const json = await finish(cli(join(dir.dir, 'check.db'), '--json', 'sync', '--check', '--base-url', server.baseUrl, '--rate', '0'));
    const parsed = JSON.parse(json.stdout) as { ok: boolean; probes: { source: string; ok: boolean }[] };
    expect(parsed.ok).toBe(true);
    expect(parsed.probes.map((p) => [p.source, p.ok])).toEqual([['SyncFeed', true], ['Resources', true], ['OData', false]]);

    const dead = await finish(cli(join(dir.dir, 'check.db'), 'sync', '--check', '--base-url', 'http://127.0.0.1:9/SyncFeed/2.0', '--rate', '0', '--timeout', '2'));
    expect(dead.code).toBe(1);
    expect(dead.stdout).toMatch(/^SyncFeed +failed: gave up after 2 attempts: /m);
  });

  it('answers the retired OData root in one line, without a stack trace', { timeout: 60_000 }, async () => {
    const odataRoot = server.baseUrl.replace('/SyncFeed/2.0', '/OData/v4/2.0');
    const r = await finish(cli(join(dir.dir, 'odata.db'), 'sync', '--source', 'odata', '--base-url', odataRoot, '--rate', '0'));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^motiemonitor: the Tweede Kamer retired OData v4\/2.0 on 1 October 2026 .*--source syncfeed.*--base-url/);
  });
});
