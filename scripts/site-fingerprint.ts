/**
 * `npx tsx scripts/site-fingerprint.ts [--keep DIR]`: a sha256 over everything the pipeline publishes, for refactors
 * that must not change a byte (issue 12). Run it before and after; the two outputs must be equal.
 *
 * Two stores are built from the checkout in the current folder (it imports the code from process.cwd(), so the same
 * script measures any checkout or worktree):
 * - the bundled sample, through the real CLI (`run --sample`, then `export` as JSONL and CSV);
 * - 5,000 motions of the site benchmark (`fillStore` of bench/site.bench.ts), with document ids made reproducible.
 * Per store it prints one line per top-level part of the output (a sha256 over its files' paths and contents) and a
 * total; `--keep DIR` keeps the built folders there, to diff them file by file when a total differs.
 */
import { spawnSync } from 'node:child_process';
import crypto, { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.cwd();
const keepAt = process.argv.includes('--keep') ? resolve(process.argv[process.argv.indexOf('--keep') + 1]!) : null;
const work = keepAt ?? mkdtempSync(join(tmpdir(), 'mm-fingerprint-'));
mkdirSync(work, { recursive: true });
// Pages judge toezeggingen against "today": fix it, as the tests do.
const env = { ...process.env, MOTIEMONITOR_TODAY: '2026-12-01', NO_COLOR: '1' };
process.env.MOTIEMONITOR_TODAY = env.MOTIEMONITOR_TODAY;

/** sha256 per top-level entry of `dir` (file paths relative to it, then contents) and over them all. */
function fingerprint(dir: string): Map<string, string> {
  const parts = new Map<string, ReturnType<typeof createHash>>();
  const total = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
  for (const file of files) {
    const top = file.includes('/') ? `${file.split('/')[0]}/` : file;
    const h = parts.get(top) ?? createHash('sha256');
    parts.set(top, h);
    const bytes = readFileSync(join(dir, file));
    for (const x of [h, total]) x.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  const out = new Map([...parts].map(([k, h]) => [k, h.digest('hex').slice(0, 16)]));
  out.set('TOTAL', total.digest('hex'));
  out.set('files', String(files.length));
  return out;
}

function cli(args: string[]): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`motiemonitor ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

function print(label: string, parts: Map<string, string>): void {
  console.log(`## ${label}`);
  for (const [k, v] of [...parts].sort(([a], [b]) => (a === 'TOTAL' ? 1 : b === 'TOTAL' ? -1 : a.localeCompare(b)))) console.log(`${k.padEnd(28)} ${v}`);
}

// 1. The bundled sample through the CLI.
const sampleDir = join(work, 'sample');
rmSync(sampleDir, { recursive: true, force: true });
mkdirSync(sampleDir, { recursive: true });
const db = join(sampleDir, 'motiemonitor.db');
cli(['--db', db, 'run', '--sample', '--out', join(sampleDir, 'site'), '--jekyll', join(sampleDir, 'jekyll')]);
writeFileSync(join(sampleDir, 'export.jsonl'), cli(['--db', db, 'export', '--format', 'jsonl']));
writeFileSync(join(sampleDir, 'export.csv'), cli(['--db', db, 'export', '--format', 'csv']));
for (const f of readdirSync(sampleDir)) if (f.startsWith('motiemonitor.db')) rmSync(join(sampleDir, f));
print('sample (run --sample, export jsonl + csv)', fingerprint(sampleDir));

// 2. 5,000 bench motions. fillStore names documents with randomUUID(): made reproducible here (ids from a counter).
let n = 0;
crypto.randomUUID = () => {
  const hex = createHash('sha256').update(`motion-${n++}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}` as `${string}-${string}-${string}-${string}-${string}`;
};
syncBuiltinESMExports();
process.env.SITE_BENCH_MOTIONS = '5000';
process.chdir(root);
const bench = (await import(pathToFileURL(join(root, 'bench/site.bench.ts')).href)) as { fillStore: (s: unknown) => { motions: number } };
const { openStore } = (await import(pathToFileURL(join(root, 'src/store/db.ts')).href)) as { openStore: (p: string) => { close(): void } };
const { buildStage } = (await import(pathToFileURL(join(root, 'src/pipeline/buildStage.ts')).href)) as {
  buildStage: (s: unknown, o: { out: string; baseUrl: string; today?: string }) => Promise<unknown>;
};
const benchDir = join(work, 'bench');
rmSync(benchDir, { recursive: true, force: true });
mkdirSync(benchDir, { recursive: true });
const store = openStore(join(benchDir, 'motiemonitor.db'));
const { motions } = bench.fillStore(store);
await buildStage(store, { out: join(benchDir, 'site'), baseUrl: 'https://example.org/' });
store.close();
for (const f of readdirSync(benchDir)) if (f.startsWith('motiemonitor.db')) rmSync(join(benchDir, f));
print(`${motions} bench motions (buildStage)`, fingerprint(benchDir));
if (!keepAt) rmSync(work, { recursive: true, force: true });
