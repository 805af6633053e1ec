/**
 * Ingest rate of the sync: entities/s and files/s, and peak memory.
 *
 * 1. Baseline, network included: a full sync against the local fake OData server (recorded real
 *    records, test/support/fakeOdataServer.ts), which also records every page and file to disk.
 * 2. Network excluded: the same sync replayed from those recordings (pages read from disk one at a
 *    time, so memory does not grow with N). What remains is JSON parsing, SQLite writes and blob writes.
 * Run for two sizes to show that peak memory does not grow with N. BENCH_N=7071 by default.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syncStage, type SyncReport } from '../src/pipeline/syncStage.js';
import { createHttp } from '../src/source/tk/http.js';
import { odataSource } from '../src/source/tk/odataSource.js';
import { DEFAULT_SOORTEN } from '../src/source/tk/queries.js';
import type { Downloaded, Page, TkSource } from '../src/source/tk/tkSource.js';
import { openStore } from '../src/store/db.js';
import { startFakeOdataServer } from '../test/support/fakeOdataServer.js';

/** Wraps a source so that every page and file it returns is also written to `dir`. */
function recording(inner: TkSource, dir: string): TkSource {
  let n = 0;
  const pages = <T>(key: string, it: AsyncIterable<Page<T>>): AsyncIterable<Page<T>> => ({
    async *[Symbol.asyncIterator]() {
      let i = 0;
      for await (const p of it) {
        writeFileSync(join(dir, `${key}.${i++}.json`), JSON.stringify(p));
        yield p;
      }
      writeFileSync(join(dir, `${key}.count`), String(i));
    },
  });
  const file = async (key: string, got: Promise<Downloaded>): Promise<Downloaded> => {
    const d = await got;
    writeFileSync(join(dir, `file.${key}`), d.bytes);
    writeFileSync(join(dir, `file.${key}.json`), JSON.stringify({ contentType: d.contentType, url: d.url }));
    n++;
    return d;
  };
  return {
    ...inner,
    changedZaken: (w) => pages('changedZaken', inner.changedZaken(w)),
    changedDocuments: (s, w) => pages('changedDocuments', inner.changedDocuments(s, w)),
    changedEntities: (set, w) => pages(`changedEntities-${set}`, inner.changedEntities(set, w)),
    deleted: (set, w) => pages(`deleted-${set}`, inner.deleted(set, w)),
    recentZaken: (s) => pages('recentZaken', inner.recentZaken(s)),
    documentFile: (id, len) => file(`d-${id}`, inner.documentFile(id, len)),
    publicatieFile: (id, len) => file(`p-${id}`, inner.publicatieFile(id, len)),
  };
}

/** Plays the recordings back from disk, one page at a time. */
function replay(dir: string, base: string): TkSource {
  const pages = <T>(key: string): AsyncIterable<Page<T>> => ({
    async *[Symbol.asyncIterator]() {
      let count = 0;
      try {
        count = Number(readFileSync(join(dir, `${key}.count`), 'utf8'));
      } catch {
        return;
      }
      for (let i = 0; i < count; i++) yield JSON.parse(readFileSync(join(dir, `${key}.${i}.json`), 'utf8')) as Page<T>;
    },
  });
  const file = async (key: string): Promise<Downloaded> => {
    const meta = JSON.parse(readFileSync(join(dir, `file.${key}.json`), 'utf8')) as { contentType: string | null; url: string };
    return { bytes: readFileSync(join(dir, `file.${key}`)), ...meta };
  };
  return {
    changedZaken: () => pages('changedZaken'),
    changedDocuments: () => pages('changedDocuments'),
    changedEntities: (set) => pages(`changedEntities-${set}`),
    deleted: (set) => pages(`deleted-${set}`),
    recentZaken: () => pages('recentZaken'),
    zaak: async () => null,
    count: async () => null,
    documentFile: (id) => file(`d-${id}`),
    publicatieFile: (id) => file(`p-${id}`),
    documentFileUrl: (id) => `${base}/Document(${id})/resource`,
    publicatieFileUrl: (id) => `${base}/DocumentPublicatie(${id})/resource`,
  };
}

function entities(r: SyncReport): number {
  return r.zaken + r.besluiten + r.stemmingen + r.actors + r.documents + Object.entries(r.fetched).filter(([k]) => !/^(Zaak|Document)/.test(k)).reduce((n, [, v]) => n + v, 0);
}

async function measure(label: string, source: TkSource, work: string): Promise<{ seconds: number; report: SyncReport; peakMb: number }> {
  const store = openStore(join(work, `${label}.db`));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = process.hrtime.bigint();
  const report = await syncStage(store, { source, soorten: DEFAULT_SOORTEN, concurrency: 8, graceDays: 0 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  store.close();
  return { seconds, report, peakMb: peak / 2 ** 20 };
}

function line(label: string, m: { seconds: number; report: SyncReport; peakMb: number }): string {
  const e = entities(m.report);
  const files = m.report.filesDownloaded + m.report.xmlDownloaded;
  return `${label.padEnd(34)} ${e.toString().padStart(7)} entities ${(e / m.seconds).toFixed(0).padStart(6)}/s  ${files.toString().padStart(5)} files ${(files / m.seconds).toFixed(0).padStart(5)}/s  ${m.seconds.toFixed(1).padStart(5)} s  peak RSS ${m.peakMb.toFixed(0)} MB`;
}

export async function run(): Promise<void> {
  const sizes = [...new Set([1000, Number(process.env.BENCH_N ?? 7071)])].sort((a, b) => a - b);
  console.log('target: ≥ 2,000 entities/s with the network excluded; peak RSS < 300 MB at any N');
  for (const n of sizes) {
    const work = mkdtempSync(join(tmpdir(), 'motiemonitor-bench-'));
    const rec = join(work, 'recorded');
    mkdirSync(rec);
    let server: Awaited<ReturnType<typeof startFakeOdataServer>> | null = await startFakeOdataServer({ zaakLimit: n });
    const base = server.baseUrl;
    const live = await measure(`live-${n}`, recording(odataSource(createHttp({ rate: 0, concurrency: 8 }), base), rec), work);
    await server.close();
    server = null;
    (globalThis as { gc?: () => void }).gc?.();
    // In a fresh process, so that its peak memory is the ingest's alone (the fake server holds all N records).
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--replay', rec, base, work], { encoding: 'utf8' });
    const replayed = JSON.parse(out.trim().split('\n').pop()!) as { seconds: number; report: SyncReport; peakMb: number };
    console.log(line(`N=${n} baseline: local server (HTTP)`, live) + ' (server in the same process)');
    console.log(line(`N=${n} ingest, network excluded`, replayed));
    rmSync(work, { recursive: true, force: true });
  }
}

/** `--replay <recordings> <base> <work>`: the network-excluded measurement, run as its own process. */
if (process.argv[2] === '--replay') {
  const [rec, base, work] = process.argv.slice(3) as [string, string, string];
  const m = await measure('replay', replay(rec, base), work);
  m.peakMb = Math.max(m.peakMb, process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify(m));
}
