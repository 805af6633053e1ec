import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startFakeOdataServer, type FakeOdataServer } from '../support/fakeOdataServer.js';
import { tempDir } from '../support/tempStore.js';

let server: FakeOdataServer;
let dir: ReturnType<typeof tempDir>;
beforeAll(async () => {
  server = await startFakeOdataServer({ zaakLimit: 20 });
  dir = tempDir();
});
afterAll(async () => {
  await server.close();
  dir.cleanup();
});

/** The real CLI in a child process (the fake server answers from this process, so it must not block: async spawn). */
function motiemonitor(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--db', join(dir.dir, 'm.db'), ...args]);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('motiemonitor sync (CLI)', () => {
  it('says what it fetched in one line', { timeout: 60_000 }, async () => {
    const r = await motiemonitor('sync', '--source', 'odata', '--base-url', server.baseUrl, '--rate', '0', '--limit', '5', '--grace', '0');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^sync \(OData\): 5 zaken \(5 besluiten, \d+ stemmingen\), 5 documents \(5 new or changed\), 5 files \+ 0 XML downloaded .* nothing failed$/);
  });

  it('explains a bad option and exits 1', { timeout: 60_000 }, async () => {
    const r = await motiemonitor('sync', '--source', 'odata', '--since', 'gisteren', '--base-url', server.baseUrl);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('motiemonitor: "gisteren" is not a date: use YYYY-MM-DD or an ISO timestamp\n');
    const rate = await motiemonitor('sync', '--source', 'odata', '--rate', 'snel', '--base-url', server.baseUrl);
    expect(rate.stderr).toBe('motiemonitor: --rate must be a number ≥ 0, not "snel"\n');
  });

  it('run --sample does not touch the network', { timeout: 120_000 }, async () => {
    const before = server.requests.length;
    const r = await motiemonitor('run', '--sample', '--base-url', server.baseUrl, '--out', join(dir.dir, 'site'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('· sync');
    expect(server.requests.length).toBe(before);
  });
});
