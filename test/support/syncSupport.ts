import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { syncStage, type SyncOptions } from '../../src/pipeline/syncStage.js';
import { createHttp } from '../../src/source/tk/http.js';
import { odataSource } from '../../src/source/tk/odataSource.js';
import { DEFAULT_SOORTEN } from '../../src/source/tk/queries.js';
import type { Db } from '../../src/store/db.js';
import { startFakeOdataServer, type FakeOdataOptions, type FakeOdataServer } from './fakeOdataServer.js';
import { tempStore } from './tempStore.js';

/** A fake server, a fresh store and a `sync()` between them with quick retries; closed through `cleanups`. */
export async function syncFixture(cleanups: (() => unknown)[], options: FakeOdataOptions) {
  const server = await startFakeOdataServer(options);
  const t = tempStore();
  cleanups.push(() => server.close(), t.cleanup);
  const http = createHttp({ rate: 0, concurrency: 8, baseDelayMs: 10, maxDelayMs: 50, timeoutMs: 5_000 });
  const sync = (extra: Partial<SyncOptions> = {}) =>
    syncStage(t.store, { source: odataSource(http, server.baseUrl), soorten: DEFAULT_SOORTEN, concurrency: 8, graceDays: 0, ...extra });
  return { server, store: t.store, http, sync };
}

/** File downloads the server answered since request number `from`. */
export function fileRequests(server: FakeOdataServer, from: number): number {
  return server.requests.slice(from).filter((r) => r.endsWith('/resource')).length;
}

/**
 * Everything a sync stores, as comparable text: every tk_* table, documents and renditions, and the
 * blob files. The only columns left out hold the wall-clock time of the write (updated_at, added_at).
 */
export function dumpStore(db: Db, blobDir: string): Record<string, string[]> {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'tk\\_%' ESCAPE '\\' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const out: Record<string, string[]> = {};
  for (const t of [...tables, 'documents', 'renditions']) {
    const rows = db.prepare(`SELECT * FROM ${t}`).all() as Record<string, unknown>[];
    out[t] = rows
      .map((r) => {
        delete r.updated_at;
        delete r.added_at;
        return JSON.stringify(r);
      })
      .sort();
  }
  let blobs: string[] = [];
  try {
    blobs = readdirSync(blobDir).flatMap((d) => readdirSync(join(blobDir, d)).filter((f) => !f.endsWith('.tmp')));
  } catch {
    /* no blobs yet */
  }
  out.blobs = blobs.sort();
  return out;
}

export function count(db: Db, sql: string, ...params: unknown[]): number {
  return (db.prepare(sql).get(...params) as { n: number }).n;
}
