import { syncFeedStage, type SyncFeedOptions } from '../../src/pipeline/syncFeedStage.js';
import { createHttp } from '../../src/source/tk/http.js';
import { DEFAULT_SOORTEN } from '../../src/source/tk/queries.js';
import { startFakeSyncFeedServer, type FakeSyncFeedOptions } from './fakeSyncFeedServer.js';
import { tempStore } from './tempStore.js';

/** A SyncFeed stand-in, a fresh store and a `sync()` between them with quick retries; closed through `cleanups`. */
export async function syncFeedFixture(cleanups: (() => unknown)[], options: FakeSyncFeedOptions) {
  const server = await startFakeSyncFeedServer(options);
  const t = tempStore();
  cleanups.push(() => server.close(), t.cleanup);
  const http = createHttp({ rate: 0, concurrency: 8, baseDelayMs: 10, maxDelayMs: 50, timeoutMs: 5_000 });
  const sync = (extra: Partial<SyncFeedOptions> = {}) => syncFeedStage(t.store, { http, base: server.baseUrl, soorten: DEFAULT_SOORTEN, concurrency: 8, ...extra });
  return { server, store: t.store, storeDir: t.dir, http, sync };
}
