import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { estimateCost } from '../../src/llm/prices.js';
import { openStore } from '../../src/store/db.js';
import { jsonAnswer, startFakeOpenAiServer, type FakeOpenAiServer, type FakeReply, type Script } from '../support/fakeOpenAiServer.js';
import { tempDir } from '../support/tempStore.js';
import { addMotion, GOOD, omtzigt } from '../support/motionStore.js';

const KEY = 'sk-never-print-this-1234';
let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** The CLI in a child process (async: the fake server lives in this process and must keep answering). */
function cli(args: string[], whileRunning?: (child: ReturnType<typeof spawn>) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: { ...process.env, OPENAI_API_KEY: KEY, OPENAI_BASE_URL: '', MOTIEMONITOR_MODEL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    whileRunning?.(child);
  });
}

const GOOD_REPLY: FakeReply = { content: jsonAnswer(GOOD.samenvatting, GOOD.implicatie) };

async function setup(motions: number, script: Script = () => GOOD_REPLY): Promise<{ server: FakeOpenAiServer; db: string }> {
  const server = await startFakeOpenAiServer(script);
  const tmp = tempDir();
  cleanups.push(() => server.close(), tmp.cleanup);
  const db = join(tmp.dir, 'mm.db');
  const store = openStore(db);
  const m = omtzigt();
  for (let i = 0; i < motions; i++) addMotion(store, { ...m, id: `motie-${i}`, tekst: `${m.tekst}\n${i}` });
  store.close();
  return { server, db };
}

describe('motiemonitor explain --provider openai (CLI)', () => {
  it('reports calls, tokens, cache hits and cost; a second run makes zero calls; the key is never printed', async () => {
    const { server, db } = await setup(3);
    const args = ['--db', db, '--json', 'explain', '--provider', 'openai', '--model', 'gpt-4o-mini', '--base-url', server.baseURL];
    const first = await cli(args);
    expect(first.code).toBe(0);
    const llm = (JSON.parse(first.stdout) as { llm: Record<string, number> }).llm;
    expect(llm).toMatchObject({ explained: 3, calls: 3, cacheHits: 0, prompt: 'default-v2', model: 'gpt-4o-mini' });
    expect(llm.estimatedCostUsd).toBeCloseTo(estimateCost('gpt-4o-mini', llm.tokensIn!, llm.tokensOut!)!, 12);
    expect(server.requests).toHaveLength(3);

    // Again, as a person reads it: nothing to do, nothing called.
    const human = await cli(args.filter((a) => a !== '--json'));
    expect(human.stdout).toMatch(/openai:gpt-4o-mini@default-v2: 0 explained .*, 3 unchanged\ncalls 0, cache hits 0, tokens in 0 \/ out 0, 429s 0, estimated cost \$0\.0000/);
    expect(server.requests).toHaveLength(3);
    for (const out of [first, human]) expect(out.stdout + out.stderr).not.toContain(KEY);
  });

  it('Ctrl-C stops the run and keeps every finished motion; the next run does the rest', async () => {
    // Ctrl-C while the third motion is asked (its answer never comes): two are finished.
    let interrupt = () => {};
    const { server, db } = await setup(6, (r) => (r.index === 2 ? (interrupt(), { hang: true }) : GOOD_REPLY));
    const args = ['--db', db, 'explain', '--provider', 'openai', '--base-url', server.baseURL, '--concurrency', '1', '--model', 'test-model'];
    const interrupted = await cli(args, (child) => (interrupt = () => child.kill('SIGINT')));
    expect(interrupted.code).toBe(130);
    expect(interrupted.stdout).toMatch(/INTERRUPTED \(finished work kept\)/);
    const store = openStore(db);
    const kept = (store.db.prepare("SELECT COUNT(*) AS n FROM explanations WHERE family = 'llm' AND status IS NOT NULL").get() as { n: number }).n;
    store.close();
    expect(kept).toBe(2);
    const rest = await cli(args);
    expect(rest.code).toBe(0);
    expect(rest.stdout).toMatch(new RegExp(`${6 - kept} explained .*, ${kept} unchanged`));
  });

  it('a refused key stops the run with a clear error and is never printed, even when the server echoes it', async () => {
    const server = await startFakeOpenAiServer(() => ({ status: 401, body: { error: { message: `Incorrect API key provided: ${KEY}` } } }));
    cleanups.push(() => server.close());
    const { db } = await setup(3);
    const r = await cli(['--db', db, 'explain', '--provider', 'openai', '--base-url', server.baseURL]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the model server refused the requests \(HTTP 401: Incorrect API key provided: \*\*\*\); no LLM explanation was stored/);
    expect(r.stdout + r.stderr).not.toContain(KEY);
    expect(server.requests.length).toBeLessThanOrEqual(4);
  });
});
