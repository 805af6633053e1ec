import { formatExplainer } from '../../../src/domain/explainer.js';
import { RULES_EXPLAINER } from '../../../src/explain/rulesExplainer.js';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IMPLICATIE_PREFIX } from '../../../src/domain/types.js';
import { rougeL, scoreExplanations, type EvalScores } from '../../../src/explain/llm/evalMetrics.js';
import { jsonAnswer, startFakeOpenAiServer } from '../../support/fakeOpenAiServer.js';
import { tempDir } from '../../support/tempStore.js';
import { corpusMotions } from '../../support/corpus.js';

let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

describe('eval metrics', () => {
  it('ROUGE-L F1 is the longest common word subsequence', () => {
    expect(rougeL('De Kamer verzoekt', 'de kamer verzoekt')).toBe(1);
    expect(rougeL('a b c d', 'a c d e')).toBeCloseTo(0.75, 10);
    expect(rougeL('x y', 'a b')).toBe(0);
    expect(rougeL('', 'a')).toBe(0);
  });

  it('scores outputs with the publishing checks', () => {
    const [a, b, c] = corpusMotions();
    const s = scoreExplanations('x', [a!, b!, c!], [
      { samenvatting: a!.samenvatting_gpt35, implicatie: a!.implicatie_gpt35.replace(/^Als de motie wordt aangenomen,? dan /, IMPLICATIE_PREFIX) },
      { samenvatting: 'De Kamer verzoekt minister Pietersen 12 miljoen uit te geven.', implicatie: 'Als de motie wordt aangenomen dan gebeurt dat. Dat is zo.' },
      null,
    ], true);
    expect(s).toMatchObject({ motions: 3, explained: 2, prefixOk: 1, implicatieOneSentence: 1, unfaithful: 1, violations: { naam: 1, getal: 1, bedrag: 1 } });
    expect(s.rougeLSamenvatting).toBeGreaterThan(0.5); // the first is the reference itself, the second is not
    expect(s.rougeLSamenvatting).toBeLessThan(1);
  });
});

function evalScript(args: string[], env: Record<string, string>): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}

describe('npm run eval', () => {
  it('scores the rules explainer, the GPT-3.5 references and an OpenAI-compatible server, and caches the server answers', async () => {
    const server = await startFakeOpenAiServer(() => ({
      content: jsonAnswer('De Kamer verzoekt de regering om in actie te komen.', `${IMPLICATIE_PREFIX}moet de regering in actie komen.`),
    }));
    const tmp = tempDir();
    cleanups.push(() => server.close(), tmp.cleanup);
    const args = ['--json', '--limit', '3', '--explainer', 'rules', '--explainer', 'gpt35-reference', '--explainer', 'openai', '--cache', join(tmp.dir, 'c.db'), '--model', 'm'];
    const env = { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: '' };
    const first = await evalScript(args, env);
    expect(first.stderr).toBe('');
    const out = JSON.parse(first.stdout) as { scores: EvalScores[]; notes: string[] };
    expect(out.scores.map((s) => s.explainer)).toEqual([formatExplainer(RULES_EXPLAINER), 'GPT-3.5 references', 'openai:m@default-v2']);
    expect(out.scores[2]).toMatchObject({ motions: 3, explained: 3, prefixOk: 3, passAll: 3 });
    expect(out.scores[1]!.rougeLSamenvatting).toBeNull();
    expect(out.notes.join('\n')).toMatch(/openai:m@default-v2: 0 rejected, 0 failed; calls 3, cache hits 0/);
    const second = JSON.parse((await evalScript(args, env)).stdout) as { notes: string[] };
    expect(second.notes.join('\n')).toMatch(/calls 0, cache hits 3/);
    expect(server.requests).toHaveLength(3);
  });
});
