import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/tempStore.js';

/** `motiemonitor link` and `show` as a user runs them (through tsx, from the sources). */
function cli(db: string, args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--db', db, ...args], { encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

let cleanup = () => {};
afterEach(() => cleanup());

describe('motiemonitor link', () => {
  it('links, reports, is idempotent, and show prints the lifecycle', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const db = join(t.dir, 'm.db');
    const motion = readFileSync('fixtures/corpus/moties-toegelicht/moties.jsonl', 'utf8')
      .split('\n')
      .find((l) => l.includes('5dfd71b1-473d-471e-a7c7-7cca3dab0a23'))!;
    writeFileSync(join(t.dir, 'motie.jsonl'), `${motion}\n`);
    expect(cli(db, ['import', 'fixtures/corpus/brieven/ah-tk-20232024-2168.txt', 'fixtures/seeds/004_981b918f2eac9697.txt', join(t.dir, 'motie.jsonl')]).status).toBe(0);

    const first = cli(db, ['--json', 'link']);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ references: 2, resolved: 1, unchanged: 0 });
    const second = cli(db, ['link']);
    expect(second.stdout).toContain('0 motion references, 0 resolved to stored motions, 2 unchanged');

    const show = cli(db, ['show', '5dfd71b1-473d-471e-a7c7-7cca3dab0a23']);
    expect(show.stdout).toContain('fase: beantwoord');
    expect(show.stdout).toMatch(/2024-07-17 {2}Brief .*Erkens en Grinwis \(Kamerstuk 36 197, nr\. 15\)/);
  }, 60_000);
});
