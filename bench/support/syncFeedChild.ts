/**
 * Child processes of bench/sync.bench.ts, so that the stand-in's CPU and memory are not counted as the client's:
 *   server <options-json>  starts the SyncFeed stand-in and prints its root URL on one line;
 *   sync <base> <db>       runs a sync, then a second one (the daily re-run), and prints one JSON line of figures.
 */
import { statSync } from 'node:fs';
import { syncFeedStage } from '../../src/pipeline/syncFeedStage.js';
import { createHttp } from '../../src/source/tk/http.js';
import { DEFAULT_SOORTEN } from '../../src/source/tk/queries.js';
import { openStore } from '../../src/store/db.js';
import { startFakeSyncFeedServer, type FakeSyncFeedOptions } from '../../test/support/fakeSyncFeedServer.js';

const [mode, a, b] = process.argv.slice(2);
if (mode === 'server') {
  const server = await startFakeSyncFeedServer(JSON.parse(a ?? '{}') as FakeSyncFeedOptions);
  console.log(server.baseUrl);
} else if (mode === 'sync') {
  const store = openStore(b!);
  const http = createHttp({ rate: 0, concurrency: 4 });
  const first = await syncFeedStage(store, { http, base: a!, soorten: DEFAULT_SOORTEN, concurrency: 4 });
  const requestsFirst = http.stats.requests;
  const second = await syncFeedStage(store, { http, base: a!, soorten: DEFAULT_SOORTEN, concurrency: 4 });
  const entries = Object.values(first.entries).reduce((x, y) => x + y, 0);
  console.log(
    JSON.stringify({
      entries,
      stored: first.stored,
      files: first.filesDownloaded,
      seconds: first.seconds,
      requests: requestsFirst,
      rerunRequests: http.stats.requests - requestsFirst,
      rerunStored: second.stored,
      failures: first.failures.length + second.failures.length,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      // The database after a checkpoint of its WAL: what the kept records cost on disk (files apart).
      dbBytes: (store.db.pragma('wal_checkpoint(TRUNCATE)'), statSync(b!).size),
    }),
  );
  store.close();
}
