import { afterEach, describe, expect, it } from 'vitest';
import { answerFields } from '../../src/llm/answer.js';
import type { CallPolicy } from '../../src/llm/callModel.js';
import { OpenAiProvider } from '../../src/llm/openAiProvider.js';
import type { PromptSet } from '../../src/llm/promptSet.js';
import { runLlmStage, type LlmResult, type LlmSkip, type LlmWork } from '../../src/pipeline/llmStageRunner.js';
import { storeModelCaller } from '../../src/pipeline/storeModelCaller.js';
import { startFakeOpenAiServer, type FakeOpenAiServer, type Script } from '../support/fakeOpenAiServer.js';
import { tempStore } from '../support/tempStore.js';

/**
 * The one loop of the LLM stages, with a prompt set of its own (a word in, `{"woord": …}` out, the check: the word
 * must come back) over a real store's cache and a real chat-completions server on 127.0.0.1.
 */
const echo: PromptSet<string, { woord: string }, string> = {
  version: 'echo-v1',
  requests: (woord) => [{ name: 'json', request: { messages: [{ role: 'user', content: woord }], temperature: 0, maxTokens: 20, jsonSchema: { name: 'echo', schema: { required: ['woord'] } } } }],
  combine(answers) {
    const found = answerFields(answers[0] ?? '');
    if (!found.ok) return found;
    const woord = found.fields.get('woord');
    return typeof woord === 'string' ? { ok: true, fields: { woord } } : { ok: false, reason: 'geen woord' };
  },
  check: (fields, source) => (fields.woord === source ? [] : [{ field: 'woord', message: `"${fields.woord}" in plaats van "${source}"` }]),
};

const FAST: CallPolicy = { maxRateLimitRetries: 2, maxServerRetries: 1, maxWaitMs: 1_000, backoffMs: 5 };

let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

type Work = LlmWork<string, string>;
const work = (id: string, storedKey: string | null = null): Work => ({ documentId: id, input: id, source: id, fallbackKey: `rules-of-${id}`, storedKey });

async function run(script: Script, items: (Work | LlmSkip)[], force = false) {
  const t = tempStore();
  const server: FakeOpenAiServer = await startFakeOpenAiServer(script);
  cleanups.push(t.cleanup, () => server.close());
  const provider = new OpenAiProvider({ apiKey: null, baseURL: server.baseURL, model: 'm', timeoutMs: 2_000, responseFormat: 'json_schema' });
  const caller = storeModelCaller(t.store, provider, FAST);
  const saved = new Map<string, { key: string; result: LlmResult<{ woord: string }> }>();
  const done: string[] = [];
  const report = await runLlmStage(echo, { caller, providerName: provider.name, model: 'm', concurrency: 2, force, onDocument: (id) => done.push(id) }, items, (item, key, result) => saved.set(item.documentId, { key, result }));
  return { report, saved, done, server, again: (more: (Work | LlmSkip)[]) => runLlmStage(echo, { caller, providerName: provider.name, model: 'm', concurrency: 2 }, more, (item, key, result) => saved.set(item.documentId, { key, result })) };
}

// The server echoes the word, except "fout" (answered wrong, twice: a reject) and "kapot" (a 500: a failure).
const script: Script = (r) => {
  const woord = r.body.messages[0]!.content;
  if (woord === 'kapot') return { status: 500, body: { error: { message: 'boom' } } };
  return { content: JSON.stringify({ woord: woord === 'fout' ? 'anders' : woord }) };
};

describe('runLlmStage', () => {
  it('stores each outcome under its key, counts it, and reports what was not sent', async () => {
    const { report, saved, done } = await run(script, [work('goed'), work('fout'), work('kapot'), { documentId: 'leeg', notSent: 'tekst empty' }, { documentId: 'stil', notSent: null }]);
    expect(report).toMatchObject({ explainer: 'openai:m@echo-v1', asked: 3, ok: 1, retried: 0, unchanged: 0, interrupted: false, fatal: null });
    expect(report.notSent).toEqual([{ id: 'leeg', reason: 'tekst empty' }]);
    expect(report.rejected).toEqual([{ id: 'fout', reason: 'woord: "anders" in plaats van "fout"' }]);
    expect(report.failed.map((f) => f.id)).toEqual(['kapot']);
    expect(saved.get('goed')!.result).toEqual({ kind: 'ok', fields: { woord: 'goed' }, explainer: { family: 'llm', provider: 'openai', model: 'm', version: 'echo-v1' } });
    expect(saved.get('fout')!.result).toMatchObject({ kind: 'rejected' });
    // A failure is stored under another key: shown now, tried again next run.
    expect(saved.get('kapot')!.key).toMatch(/^failed:[0-9a-f]{32}$/);
    expect(saved.get('goed')!.key).toMatch(/^[0-9a-f]{32}$/);
    expect([...done].sort()).toEqual(['fout', 'goed', 'kapot', 'leeg', 'stil']);
  });

  it('skips a document whose stored key is current, asks again when its fallback changed', async () => {
    const first = await run(script, [work('goed')]);
    const key = first.saved.get('goed')!.key;
    const calls = first.server.requests.length;
    const unchanged = await first.again([work('goed', key)]);
    expect(unchanged).toMatchObject({ asked: 0, unchanged: 1 });
    expect(first.server.requests.length).toBe(calls);
    const newFallback = await first.again([{ ...work('goed', key), fallbackKey: 'rules-changed' }]);
    expect(newFallback).toMatchObject({ asked: 1, ok: 1, unchanged: 0 });
    expect(first.saved.get('goed')!.key).not.toBe(key);
  });

  it('a server that refuses the key stops the run: nothing stored, the reason reported', async () => {
    const { report, saved } = await run(() => ({ status: 401, body: { error: { message: 'Incorrect API key provided' } } }), [work('a'), work('b'), work('c')]);
    expect(report.fatal).toMatch(/^HTTP 401/);
    expect(report.asked).toBe(0);
    expect(saved.size).toBe(0);
  });
});
