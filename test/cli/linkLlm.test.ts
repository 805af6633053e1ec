import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer } from '../support/fakeOpenAiServer.js';
import { tempDir } from '../support/tempStore.js';
import { FRITSMA_SUMMARY, script, SEEDS } from '../support/llmSeeds.js';

let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

/** The CLI in a child process (async: the fake server lives in this process and must keep answering). */
function cli(args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: { ...process.env, OPENAI_API_KEY: 'sk-never-print-this', OPENAI_BASE_URL: '', MOTIEMONITOR_MODEL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}

describe('motiemonitor link --provider openai (CLI)', () => {
  it('summarises the seed letters, show and export give the checked summary, a re-run makes zero calls', async () => {
    const server = await startFakeOpenAiServer(script);
    const tmp = tempDir();
    cleanups.push(() => server.close(), tmp.cleanup);
    const db = join(tmp.dir, 'mm.db');
    expect((await cli(['--db', db, 'import', ...Object.values(SEEDS)])).code).toBe(0);

    const args = ['--db', db, '--json', 'link', '--provider', 'openai', '--model', 'gpt-4o-mini', '--base-url', server.baseURL];
    const first = await cli(args);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as { letters: number; llm: Record<string, unknown> };
    expect(report.letters).toBe(3);
    expect(report.llm).toMatchObject({ explainer: 'openai:gpt-4o-mini@letter-v1', summarised: 1, calls: 3, cacheHits: 0 });
    expect(report.llm.rejected).toHaveLength(1);
    expect(report.llm.notSent).toHaveLength(1);
    expect(first.stdout + first.stderr).not.toContain('sk-never-print-this');

    const rows = (await cli(['--db', db, 'export', '--format', 'jsonl'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; samenvatting: string | null; samenvatting_bron?: string | null; verwijzingen?: { naam: string | null }[] });
    const fritsma = rows.find((r) => r.verwijzingen?.some((v) => v.naam?.includes('Fritsma')))!;
    const jbz = rows.find((r) => r.verwijzingen?.some((v) => v.naam?.includes('Brekelmans')))!;
    expect(fritsma.samenvatting).toBe(FRITSMA_SUMMARY);
    expect(jbz.samenvatting).toMatch(/^Hierbij bied ik uw Kamer het verslag aan/);
    expect(jbz.samenvatting_bron).toMatch(/^rules \(llm rejected: samenvatting: naam of partij "Yeşilgöz"/);
    expect(fritsma.samenvatting_bron).toBe('openai:gpt-4o-mini@letter-v1');

    const show = await cli(['--db', db, 'show', fritsma.id]);
    expect(show.stdout).toContain(FRITSMA_SUMMARY);

    const again = await cli(args.filter((a) => a !== '--json'));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 letters summarised (0 after a retry), 0 rejected, 0 failed, 2 unchanged, 1 not sent (garbled or unreadable)');
    expect(again.stdout).toContain('calls 0, cache hits 0');
    expect(server.requests).toHaveLength(3);
  }, 90_000);
});
