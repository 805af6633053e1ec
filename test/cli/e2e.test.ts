import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPLICATIE_PREFIX } from '../../src/domain/types.js';
import { tempDir } from '../support/tempStore.js';

/**
 * The CLI as a user runs it: the compiled `bin` (package.json → dist/cli/main.js) in a child process,
 * on the bundled sample, with a fresh database.
 */
const BIN = 'dist/cli/main.js';
let tmp: { dir: string; cleanup: () => void };

function cli(args: string[], options: { cwd?: string } = {}): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [join(process.cwd(), BIN), ...args], { encoding: 'utf8', cwd: options.cwd, env: { ...process.env, MOTIEMONITOR_DB: '' } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function dump(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true });
  const tables = ['documents', 'renditions', 'texts', 'motions', 'explanations', 'imported_pages'];
  const out = tables.map((t) => {
    const rows = db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all() as Record<string, unknown>[];
    // Timestamps say when, not what: leave them out of the comparison.
    return rows.map((r) => JSON.stringify(Object.entries(r).filter(([k]) => !/_at$/.test(k)))).join('\n');
  });
  db.close();
  return out.join('\n---\n');
}

beforeAll(() => {
  // The bin is the compiled output: build it from the current sources, as `npm install` (prepare) does.
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  tmp = tempDir();
}, 120_000);
afterAll(() => tmp?.cleanup());

describe('motiemonitor CLI on the imported and explained sample', () => {
  // Every test here reads this store (one test run alone with -t too).
  beforeAll(() => {
    const db = join(tmp.dir, 'a.db');
    const imported = cli(['--db', db, 'import', 'sample/moties.jsonl']);
    expect(imported.status, imported.stderr).toBe(0);
    const explain = cli(['--db', db, 'explain']);
    expect(explain.status, explain.stderr).toBe(0);
  }, 120_000);

  it('import → explain → export gives one JSON object per document with the contract fields', () => {
    const db = join(tmp.dir, 'a.db');
    const exp = cli(['--db', db, 'export', '--format', 'jsonl']);
    expect(exp.status, exp.stderr).toBe(0);
    const rows = exp.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(60);
    for (const key of ['id', 'soort', 'titel', 'onderwerp', 'dossier', 'nummer', 'vergaderjaar', 'kst', 'indieners', 'cs', 'ondertekenaars', 'datum', 'samenvatting', 'implicatie', 'explainer', 'status']) {
      expect(rows[0]).toHaveProperty(key);
    }
    const explained = rows.filter((r) => r.status === 'ok');
    expect(explained.length).toBeGreaterThan(0);
    for (const r of explained) expect(String(r.implicatie).startsWith(IMPLICATIE_PREFIX)).toBe(true);
  });

  it('export --format csv has a header and a row per document', () => {
    const db = join(tmp.dir, 'a.db');
    const csv = cli(['--db', db, 'export', '--format', 'csv']);
    expect(csv.status).toBe(0);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]!.startsWith('id,soort,titel,onderwerp')).toBe(true);
    expect(lines.length).toBeGreaterThan(60); // multi-line cells are quoted, so ≥ header + 60
  });

  it('show finds a motion by kst id and prints its implication and lifecycle', () => {
    const db = join(tmp.dir, 'a.db');
    const any = JSON.parse(cli(['--db', db, 'export']).stdout.split('\n')[0]!) as { id: string; kst: string | null };
    const shown = cli(['--db', db, 'show', any.kst ?? any.id]);
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(any.id);
    expect(shown.stdout).toContain('fase:');
    const missing = cli(['--db', db, 'show', 'kst-1-1']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no document "kst-1-1"/);
  });

  it('a bad command or format exits non-zero with a readable message', () => {
    const db = join(tmp.dir, 'a.db');
    const bad = cli(['--db', db, 'export', '--format', 'xls']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('unknown format "xls"');
    const file = join(tmp.dir, 'garbage.jsonl');
    writeFileSync(file, '{"broken"\n');
    const imp = cli(['--db', db, 'import', file]);
    expect(imp.stderr).toMatch(/could not import .*garbage\.jsonl line 1: not JSON/);
  });

});

describe('motiemonitor run --sample', () => {
  // One uninterrupted run, run from another folder: what the tests below compare with.
  let first: ReturnType<typeof cli>;
  beforeAll(() => {
    first = cli(['--db', join(tmp.dir, 'run.db'), 'run', '--sample', '--out', join(tmp.dir, 'site')], { cwd: tmp.dir });
  }, 120_000);

  it('run --sample builds the site from any folder and a second run changes nothing', () => {
    const db = join(tmp.dir, 'run.db');
    const out = join(tmp.dir, 'site');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/65 documents and 1134 API records imported, 62 parsed, 60 explained, \d+ pages written in [\d.]+ s/);
    expect(first.stdout).toContain(join(out, 'index.html'));
    const before = dump(db);
    const second = cli(['--db', db, 'run', '--sample', '--out', out], { cwd: tmp.dir });
    expect(second.status, second.stderr).toBe(0);
    expect(dump(db)).toBe(before);
  });

  it('a run killed half-way finishes on the next start, with the same result as an uninterrupted run', async () => {
    const reference = join(tmp.dir, 'run.db');
    expect(first.status, first.stderr).toBe(0);
    const db = join(tmp.dir, 'killed.db');
    const site = join(tmp.dir, 'site2');
    const child = spawn(process.execPath, [join(process.cwd(), BIN), '--db', db, 'run', '--sample', '--out', site], { stdio: 'pipe' });
    // Killed as the extract stage starts: the documents are stored, the texts, explanations and the site are not.
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('· extract\n')) child.kill('SIGKILL');
    });
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    // The kill ended it (a run that finished by itself exits with a code), and left work undone.
    expect(exit, stdout).toEqual({ code: null, signal: 'SIGKILL' });
    expect(stdout).not.toContain('pages written');
    expect(existsSync(join(site, 'index.html'))).toBe(false);
    const killed = new Database(db, { readonly: true });
    expect(killed.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(65);
    killed.close();

    const again = cli(['--db', db, 'run', '--sample', '--out', site]);
    expect(again.status, again.stderr).toBe(0);
    expect(dump(db)).toBe(dump(reference));
    expect(readFileSync(join(site, 'index.html'), 'utf8').length).toBeGreaterThan(0);
  });
});
