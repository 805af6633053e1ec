/**
 * The SyncFeed sync: feed entries parsed and stored per second, peak memory, and the cost of a daily re-run,
 * against the SyncFeed stand-in (recorded real records, test/support/fakeSyncFeedServer.ts) in a child process.
 *
 * Floor, in the same run: a bare saxes parse of the same pages (every page of every category, fetched once
 * and held in memory), and our page parser (atomPage.ts) over them — what the sync costs beyond parsing is
 * the typing, the keep rules and SQLite.
 * Memory: the sync runs in its own process; its peak RSS is read for the corpus once and three times over
 * (`repeat`), to show it does not grow with the feed's length. BENCH_RUNS=3 runs of the throughput figure.
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { parseAtomPage } from '../src/source/tk/syncfeed/atomPage.js';
import { feedUrl } from '../src/source/tk/syncfeed/client.js';
import { SYNC_ROUNDS } from '../src/source/tk/syncfeed/keep.js';

const CHILD = join(import.meta.dirname, 'support/syncFeedChild.ts');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function startServer(options: object): Promise<{ base: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, 'server', JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()));
    child.once('exit', (code) => reject(new Error(`stand-in exited ${code}`)));
  });
  return { base, stop: () => child.kill() };
}

interface SyncFigures {
  entries: number;
  stored: number;
  files: number;
  seconds: number;
  requests: number;
  rerunRequests: number;
  rerunStored: number;
  failures: number;
  maxRssMb: number;
  dbBytes: number;
}

function syncOnce(base: string): SyncFigures {
  const dir = mkdtempSync(join(tmpdir(), 'mm-bench-sync-'));
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, 'sync', base, join(dir, 'db.sqlite')], { encoding: 'utf8', maxBuffer: 1 << 24 });
    return JSON.parse(out.trim().split('\n').pop()!) as SyncFigures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function allPages(base: string): Promise<string[]> {
  const pages: string[] = [];
  for (const category of SYNC_ROUNDS.flat()) {
    let token: number | null = null;
    for (;;) {
      const xml = await (await fetch(feedUrl(base, category, token))).text();
      const page = parseAtomPage(xml, category);
      if (page.entries.length === 0) break;
      pages.push(xml);
      token = page.entries.at(-1)!.token;
      if (page.next === null) break;
    }
  }
  return pages;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed(fn: () => number): { seconds: number; entries: number } {
  const t = process.hrtime.bigint();
  const entries = fn();
  return { seconds: Number(process.hrtime.bigint() - t) / 1e9, entries };
}

export async function run(): Promise<void> {
  const server = await startServer({ corpus: 'both', withDates: true, toezeggingen: true, files: 'shared' });
  try {
    // The floor: the same pages parsed bare (saxes, no handlers) and by our page parser.
    const pages = await allPages(server.base);
    const bare: number[] = [];
    const ours: number[] = [];
    let entries = 0;
    for (let i = 0; i < RUNS; i++) {
      const b = timed(() => {
        let n = 0;
        for (const xml of pages) {
          const p = new SaxesParser({ xmlns: false });
          p.on('opentag', (t) => {
            if (t.name === 'entry') n++;
          });
          p.write(xml).close();
        }
        return n;
      });
      bare.push(b.entries / b.seconds);
      entries = b.entries;
      const o = timed(() => pages.reduce((n, xml) => n + parseAtomPage(xml, 'bench').entries.length, 0));
      ours.push(o.entries / o.seconds);
    }
    console.log(`pages: ${pages.length}, entries: ${entries} (${(pages.reduce((n, p) => n + p.length, 0) / 1e6).toFixed(1)} MB of XML)`);
    console.log(`bare saxes parse (floor): median ${Math.round(median(bare))} entries/s (runs: ${bare.map(Math.round).join(', ')})`);
    console.log(`atomPage.ts parse:        median ${Math.round(median(ours))} entries/s (runs: ${ours.map(Math.round).join(', ')})`);

    // The sync itself, end to end over HTTP (downloads of the motion files included), in its own process.
    const syncs: SyncFigures[] = [];
    for (let i = 0; i < RUNS; i++) syncs.push(syncOnce(server.base));
    const rates = syncs.map((s) => s.entries / s.seconds);
    const s0 = syncs[0]!;
    console.log(
      `sync: ${s0.entries} entries (${s0.stored} stored, ${s0.files} files) in ${syncs.map((s) => s.seconds.toFixed(1)).join(' / ')} s: ` +
        `median ${Math.round(median(rates))} entries/s (target ≥ 5,000/s), ${s0.requests} requests, failures ${s0.failures}`,
    );
    console.log(`daily re-run with nothing new: ${s0.rerunRequests} requests, ${s0.rerunStored} stored (13 categories)`);
    console.log(`peak RSS of the sync process, corpus × 1: median ${Math.round(median(syncs.map((s) => s.maxRssMb)))} MB`);
    console.log(`store on disk: ${(s0.dbBytes / 1e6).toFixed(0)} MB for ${s0.stored} kept records (${(s0.dbBytes / s0.stored / 1000).toFixed(2)} KB each, files apart)`);
  } finally {
    server.stop();
  }
  // The same corpus three times over: the peak must not grow with the feed's length.
  const long = await startServer({ corpus: 'both', withDates: true, files: 'shared', repeat: 3 });
  try {
    const s = syncOnce(long.base);
    console.log(`peak RSS of the sync process, corpus × 3 (${s.entries} entries, ${Math.round(s.entries / s.seconds)} entries/s): ${Math.round(s.maxRssMb)} MB (target < 300 MB)`);
  } finally {
    long.stop();
  }
}
