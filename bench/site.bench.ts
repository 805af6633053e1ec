/**
 * Site and search at scale: a 60,000-motion store (the 7,071 real motion zaken with votes from
 * fixtures/corpus/tkmoties, multiplied with fresh ids and shifted back a year per copy, with the real
 * motion texts of fixtures/corpus/moties-toegelicht), built into a temp folder.
 * Reports full build, no-change rebuild (the baseline), incremental builds, sizes, search latency and memory.
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { Agent, get } from 'node:http';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import type { DocumentRecord, Explanation, ParsedMotion } from '../src/domain/types.js';
import type { Explainer } from '../src/domain/explainer.js';
import { explainWithRules } from '../src/explain/rulesExplainer.js';
import { parseMotion } from '../src/parse/motionParser.js';
import { buildStage, type BuildReport } from '../src/pipeline/buildStage.js';
import { openStore, type Store } from '../src/store/db.js';
import { saveExplanation, saveParsedMotion, saveText, upsertDocument } from '../src/store/documentRepo.js';
import { stemText } from '../src/store/searchIndex.js';
import { linkDocumentZaak } from '../src/store/tk/documents.js';
import { upsertZaak } from '../src/store/tk/zaakWrites.js';
import type { TkZaak } from '../src/domain/tkRecords.js';
const BENCH_LLM: Explainer = { family: 'llm', provider: 'openai', model: 'bench', version: 'v1' };

const TARGET = Number(process.env.SITE_BENCH_MOTIONS ?? 60_000);

interface Text { tekst: string; parsed: ParsedMotion | null; explanation: Explanation | null; stems?: string }

/** Peak resident memory of this process and its children (the Pagefind indexer), sampled from /proc. */
function memorySampler() {
  let peakSelf = 0;
  let peakTotal = 0;
  const rssOf = (pid: string) => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) * 1024 : 0;
    } catch {
      return 0;
    }
  };
  const sample = () => {
    const self = process.memoryUsage().rss;
    let children = 0;
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
        if (ppid === String(process.pid)) children += rssOf(pid);
      } catch {
        /* gone */
      }
    }
    peakSelf = Math.max(peakSelf, self);
    peakTotal = Math.max(peakTotal, self + children);
  };
  const timer = setInterval(sample, 250);
  return { stop: () => (clearInterval(timer), sample(), { peakSelf, peakTotal }), reset: () => ((peakSelf = 0), (peakTotal = 0)) };
}

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(join(e.parentPath, e.name)).size;
    files++;
  }
  return { bytes, files };
}

const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A fresh id for copy k of an API record (the last hex digits replaced), so copies never collide. */
const copyId = (id: string, k: number) => (k === 0 ? id : id.slice(0, -5) + k.toString(16).padStart(5, '0'));

function copyZaak(z: TkZaak, k: number, year: (iso: string | null | undefined) => string | null): TkZaak {
  return {
    ...z,
    Id: copyId(z.Id, k),
    GestartOp: year(z.GestartOp),
    ZaakActor: (z.ZaakActor ?? []).map((a) => ({ ...a, Id: copyId(a.Id, k) })),
    Besluit: (z.Besluit ?? []).map((b) => ({ ...b, Id: copyId(b.Id, k), Stemming: (b.Stemming ?? []).map((v) => ({ ...v, Id: copyId(v.Id, k) })) })),
  };
}

export function fillStore(store: Store): { motions: number; newestYear: string } {
  const zaken = gunzipSync(readFileSync('fixtures/corpus/tkmoties/zaken.jsonl.gz')).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as TkZaak);
  const texts: Text[] = readFileSync('fixtures/corpus/moties-toegelicht/moties.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => {
    const m = JSON.parse(l) as { titel: string; onderwerp: string; tekst: string; datum: string };
    const parsed = parseMotion(m.tekst, { titel: m.titel, onderwerp: m.onderwerp, datum: m.datum });
    const doc = { id: 'x', soort: 'motie', apiSoort: 'Motie', titel: m.titel, onderwerp: m.onderwerp, datum: m.datum, bronUrl: null, herkomst: 'bench', verwijderd: false } as DocumentRecord;
    return { tekst: m.tekst, parsed, explanation: parsed ? explainWithRules(parsed, doc) : null };
  });
  let newestYear = '0000';
  let n = 0;
  const db = store.db;
  const ftsInsert = db.prepare('INSERT INTO search_fts (document_id, titel, onderwerp, tekst, uitleg, stems) VALUES (?, ?, ?, ?, ?, ?)');
  const stateInsert = db.prepare("INSERT INTO search_index_state (document_id, hash, fts_rowid) VALUES (?, 'bench', ?)");
  const insert = db.transaction((k: number, from: number, to: number) => {
    const shift = (iso: string | null | undefined) => (iso ? `${Number(iso.slice(0, 4)) - k}${iso.slice(4)}` : null);
    for (let i = from; i < to && n < TARGET; i++, n++) {
      const z = copyZaak(zaken[i]!, k, shift);
      const t = texts[(i + k * 31) % texts.length]!;
      const id = randomUUID();
      const datum = z.GestartOp?.slice(0, 10) ?? null;
      if (datum && datum.slice(0, 4) > newestYear) newestYear = datum.slice(0, 4);
      upsertDocument(db, { id, soort: 'motie', apiSoort: 'Motie', titel: z.Titel ?? null, onderwerp: z.Onderwerp ?? null, datum, bronUrl: `https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document(${id})/resource`, herkomst: 'bench', verwijderd: false });
      saveText(db, id, 'bench', { text: t.tekst, verdict: { status: 'ok', score: 1, reason: 'bench' }, engine: 'bench', rendition: 'pdf', pages: 1, footnotes: [], letterhead: null, trailer: { kst: null, issn: null } });
      if (t.parsed) saveParsedMotion(db, id, 'bench', { ...t.parsed, datum });
      if (t.explanation) saveExplanation(db, id, 'rules', 'bench', t.explanation);
      upsertZaak(db, z);
      linkDocumentZaak(db, id, z.Id);
      // Straight into the FTS table and its state, as indexDocument() writes them, but with the stems of each of the 387 texts
      // computed once: stemming 60,000 copies would measure the filler, not the build.
      const uitleg = t.explanation?.status === 'ok' ? `${t.explanation.samenvatting} ${t.explanation.implicatie}` : '';
      t.stems ??= stemText([t.tekst, uitleg].join(' '));
      const { lastInsertRowid } = ftsInsert.run(id, z.Titel ?? '', z.Onderwerp ?? '', t.tekst, uitleg, `${stemText(`${z.Titel ?? ''} ${z.Onderwerp ?? ''}`)} ${t.stems}`);
      stateInsert.run(id, lastInsertRowid);
    }
  });
  for (let k = 0; n < TARGET; k++) for (let i = 0; i < zaken.length && n < TARGET; i += 1000) insert(k, i, Math.min(zaken.length, i + 1000));
  return { motions: n, newestYear };
}

function storeFacts(store: Store): { motions: number; newestYear: string } {
  return store.db.prepare("SELECT COUNT(*) AS motions, MAX(substr(datum, 1, 4)) AS newestYear FROM documents WHERE soort = 'motie'").get() as { motions: number; newestYear: string };
}

/**
 * A full garbage collection. The builds here share one process, where each `motiemonitor build` has its own: without
 * it, V8 (which on this 24 GiB machine lets its heap grow to gigabytes before collecting) carries the garbage of one
 * build into the memory figures of the next.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function timedBuild(store: Store, out: string, label: string): Promise<BuildReport> {
  collectGarbage();
  const t = Date.now();
  const r = await buildStage(store, { out, baseUrl: 'https://example.org/' });
  console.log(`${label.padEnd(44)} ${s(Date.now() - t).padStart(7)}  (${r.motionsChanged} motions changed, ${r.pagesWritten} pages written, ${r.pagesUnchanged} unchanged, shards rebuilt: ${r.searchShardsRebuilt.join(' ') || 'none'})`);
  return r;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Search latency through `motiemonitor serve` in its own process, as it runs for real (a read-only handle on a
 * database the build has finished with), queried over HTTP with keep-alive, one request at a time.
 */
async function searchLatency(dbPath: string, site: string, queries: string[]): Promise<{ p50: number; p95: number; max: number; errors: string[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--db', dbPath, 'serve', '--site', site, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /at (http:\/\/\S+\/) /.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  const errors: string[] = [];
  try {
    for (const q of queries) {
      const t = performance.now();
      const status = await new Promise<number>((resolve, reject) => {
        get(`${url}api/search?${q}`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        }).on('error', reject);
      });
      if (status === 200) times.push(performance.now() - t);
      else errors.push(`HTTP ${status} for ${q}`);
    }
  } finally {
    agent.destroy();
    child.kill('SIGTERM');
  }
  times.sort((a, b) => a - b);
  if (!times.length) return { p50: NaN, p95: NaN, max: NaN, errors };
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1]!, errors };
}

function makeQueries(store: Store, count: number): string[] {
  // Real words from real subjects: nouns of 6+ letters, so queries look like what people type.
  const onderwerpen = store.db.prepare("SELECT onderwerp FROM documents WHERE onderwerp IS NOT NULL LIMIT 7071").pluck().all() as string[];
  const words = [...new Set(onderwerpen.flatMap((o) => o.toLowerCase().match(/\p{L}{6,}/gu) ?? []))].filter((w) => !['motie', 'leden', 'verzoekt'].includes(w));
  const fracties = ['VVD', 'D66', 'PVV', 'CDA', 'SP', 'GroenLinks', 'PvdA', 'ChristenUnie', 'SGP', 'BBB'];
  let seed = 42;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const qs: string[] = [];
  for (let i = 0; i < count; i++) {
    const q = [words[rnd(words.length)]!, ...(rnd(3) === 0 ? [words[rnd(words.length)]!] : [])].join(' ');
    const p = new URLSearchParams({ q });
    const f = rnd(5);
    if (f === 0) p.set('fractie', fracties[rnd(fracties.length)]!);
    if (f === 1) p.set('jaar', String(2023 - rnd(8)));
    if (f === 2) p.set('uitslag', rnd(2) ? 'aangenomen' : 'verworpen');
    qs.push(p.toString());
  }
  return qs;
}

export async function run(): Promise<void> {
  // Under bench/out/ (gitignored), not the shared temp folder: other test suites clean up there while this runs.
  mkdirSync('bench/out', { recursive: true });
  const dir = mkdtempSync(join('bench/out', 'site-'));
  const dbPath = join(dir, 'motiemonitor.db');
  const out = join(dir, 'site');
  // SITE_BENCH_STORE=path keeps the filled store there and reuses it next time (filling takes a minute and a half).
  const kept = process.env.SITE_BENCH_STORE;
  if (kept && existsSync(kept)) copyFileSync(kept, dbPath);
  const store = openStore(dbPath);
  try {
    let t = Date.now();
    const { motions, newestYear } = kept && existsSync(kept) ? storeFacts(store) : fillStore(store);
    console.log(`store: ${motions} motions with votes and texts inserted in ${s(Date.now() - t)} (setup, not part of the figures)`);
    if (kept && !existsSync(kept)) {
      store.db.pragma('wal_checkpoint(TRUNCATE)');
      copyFileSync(dbPath, kept);
    }

    const mem = memorySampler();
    const full = await timedBuild(store, out, 'full build');
    const peakFull = mem.stop();
    const size = dirSize(out);
    const index = dirSize(join(out, 'zoekindex'));
    const memAfter = memorySampler();
    await timedBuild(store, out, 'rebuild, nothing changed (baseline)');

    // A daily run: 100 new motions, voted on the newest day in the store.
    const newest = store.db.prepare("SELECT MAX(datum) FROM documents WHERE soort = 'motie'").pluck().get() as string;
    const template = store.db.prepare("SELECT id FROM documents WHERE soort = 'motie' AND substr(datum, 1, 4) = ? ORDER BY datum DESC LIMIT 100").pluck().all(newestYear) as string[];
    store.db.transaction(() => {
      for (const from of template) {
        const id = randomUUID();
        for (const table of ['documents', 'texts', 'motions', 'explanations']) {
          const cols = (store.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
          const key = table === 'documents' ? 'id' : 'document_id';
          store.db.prepare(`INSERT INTO ${table} (${cols.join(',')}) SELECT ${cols.map((c) => (c === key ? '?' : c)).join(',')} FROM ${table} WHERE ${key} = ?`).run(id, from);
        }
        store.db.prepare("UPDATE documents SET onderwerp = onderwerp || ' (nieuw)', datum = ?, updated_at = ? WHERE id = ?").run(newest, new Date().toISOString(), id);
        store.db.prepare("UPDATE motions SET datum = ?, parsed_json = json_set(parsed_json, '$.datum', ?) WHERE document_id = ?").run(newest, newest, id);
      }
    })();
    const daily = await timedBuild(store, out, 'incremental: 100 new motions (newest day)');

    // 100 changed motions: a better explanation arrives for the 100 newest motions.
    const changedIds = template.slice(0, 100);
    store.db.transaction(() => {
      for (const id of changedIds) saveExplanation(store.db, id, 'llm', 'bench-2', { samenvatting: 'Gewijzigde samenvatting.', implicatie: 'Als de motie wordt aangenomen, dan verandert er iets.', explainer: BENCH_LLM, status: 'ok', reason: null, bron: null });
    })();
    const changed = await timedBuild(store, out, 'incremental: 100 changed motions (newest)');

    // Worst case (SITE_BENCH_WORST=1): 100 changed motions spread over every year (every search shard is rebuilt).
    if (process.env.SITE_BENCH_WORST !== '1') {
      const peakIncr = memAfter.stop();
      return await report(store, dbPath, out, { full, daily, changed, size, index, peakFull, peakIncr });
    }
    const spread = store.db.prepare("SELECT id FROM documents WHERE soort = 'motie' ORDER BY id LIMIT 100").pluck().all() as string[];
    store.db.transaction(() => {
      for (const id of spread) saveExplanation(store.db, id, 'llm', 'bench-3', { samenvatting: 'Nog eens gewijzigd.', implicatie: 'Als de motie wordt aangenomen, dan verandert er weer iets.', explainer: BENCH_LLM, status: 'ok', reason: null, bron: null });
    })();
    await timedBuild(store, out, 'incremental: 100 changed motions, all years');
    const peakIncr = memAfter.stop();
    await report(store, dbPath, out, { full, daily, changed, size, index, peakFull, peakIncr });
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function report(
  writer: Store,
  dbPath: string,
  out: string,
  r: { full: BuildReport; daily: BuildReport; changed: BuildReport; size: { bytes: number; files: number }; index: { bytes: number; files: number }; peakFull: { peakSelf: number; peakTotal: number }; peakIncr: { peakSelf: number; peakTotal: number } },
): Promise<void> {
  {
    const { full, daily, changed, size, index, peakFull, peakIncr } = r;
    let t: number;
    console.log(`site: ${mb(size.bytes)} in ${size.files} files; search index (Pagefind, ${full.searchShardsRebuilt.length} shards): ${mb(index.bytes)} in ${index.files} files`);
    console.log(`peak memory, full build: ${mb(peakFull.peakSelf)} (node) / ${mb(peakFull.peakTotal)} (with the Pagefind indexer); incremental builds: ${mb(peakIncr.peakSelf)} / ${mb(peakIncr.peakTotal)}`);

    const queries = makeQueries(writer, 1000);
    // Baseline: the first word of 20 queries by a plain LIKE scan over the texts (what one would do without FTS5).
    t = performance.now();
    const like = writer.db.prepare('SELECT document_id FROM texts WHERE body LIKE ? LIMIT 20');
    for (const q of queries.slice(0, 20)) like.all(`%${new URLSearchParams(q).get('q')!.split(' ')[0]}%`);
    const likeMs = (performance.now() - t) / 20;
    // The server is another process in real use, started after the build: hand it a database at rest.
    writer.db.pragma('wal_checkpoint(TRUNCATE)');
    writer.close();
    const lat = await searchLatency(dbPath, out, queries);
    console.log(`server search (motiemonitor serve), 1,000 queries (1–2 real words, 40% with a filter): p50 ${lat.p50.toFixed(1)} ms, p95 ${lat.p95.toFixed(1)} ms, max ${lat.max.toFixed(1)} ms; ${lat.errors.length} failed${lat.errors.length ? ` (first: ${lat.errors[0]})` : ''}`);
    console.log(`baseline: LIKE scan over the texts: ${likeMs.toFixed(1)} ms per query`);
    const ok = (v: boolean) => (v ? 'met' : 'MISSED');
    console.log(`targets: full build < 60 s ${ok(full.seconds < 60)}; incremental < 5 s ${ok(Math.max(daily.seconds, changed.seconds) < 5)}; p95 search < 20 ms ${ok(lat.p95 < 20)}; peak memory < 1 GB ${ok(peakFull.peakTotal < 2 ** 30)}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await run();
