import { afterEach, describe, expect, it } from 'vitest';
import { OpenAiProvider, retryAfterMs } from '../../src/llm/openAiProvider.js';
import { LlmCallError } from '../../src/llm/provider.js';
import { defaultPrompt } from '../../src/explain/llm/prompts.js';
import { startFakeOpenAiServer, type FakeOpenAiServer, type Script } from '../support/fakeOpenAiServer.js';

let server: FakeOpenAiServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const request = defaultPrompt.requests({ titel: 'T', onderwerp: 'O', datum: '2023-02-09', indieners: ['Stoffer'], text: 'De Kamer, verzoekt de regering iets.' })[0]!.request;

async function provider(script: Script, timeoutMs = 2_000) {
  server = await startFakeOpenAiServer(script);
  return new OpenAiProvider({ apiKey: null, baseURL: server.baseURL, model: 'm', timeoutMs, responseFormat: 'json_schema' });
}

describe('OpenAiProvider', () => {
  it('falls back to json_object, then to no response_format, when the server refuses them (and remembers)', async () => {
    const p = await provider((r) =>
      r.body.response_format ? { status: 400, body: { error: { message: `Unsupported response_format type ${r.body.response_format.type}` } } } : { content: '{}' },
    );
    const first = await p.complete(request);
    expect(first.calls).toBe(3);
    expect(server!.requests.map((r) => r.body.response_format?.type ?? 'none')).toEqual(['json_schema', 'json_object', 'none']);
    expect((await p.complete(request)).calls).toBe(1);
    expect(server!.requests[0]!.authorization).toBe('Bearer not-needed');
  });

  it('estimates tokens when the server sends no usage', async () => {
    const p = await provider(() => ({ content: 'x'.repeat(40), usage: null }));
    expect(await p.complete(request)).toMatchObject({ tokensOut: 10, tokensEstimated: true });
  });

  it('classifies failures: 429 with Retry-After, 401, time-out', async () => {
    const p = await provider((r) =>
      r.index === 0 ? { status: 429, headers: { 'retry-after': '7' } } : r.index === 1 ? { status: 401, body: { error: { message: 'Incorrect API key' } } } : { hang: true },
    400);
    await expect(p.complete(request)).rejects.toMatchObject({ kind: 'rate-limit', httpStatus: 429, retryAfterMs: 7000 });
    await expect(p.complete(request)).rejects.toMatchObject({ kind: 'client', httpStatus: 401, message: expect.stringMatching(/^HTTP 401/) });
    await expect(p.complete(request)).rejects.toSatisfy((e) => e instanceof LlmCallError && e.kind === 'timeout');
    expect(server!.requests).toHaveLength(3);
  });

  it('tells a quota 429 (no credit: waiting does not help) from a rate-limit 429', async () => {
    const p = await provider(() => ({ status: 429, body: { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', code: 'insufficient_quota' } } }));
    await expect(p.complete(request)).rejects.toMatchObject({ kind: 'client', httpStatus: 429 });
  });

  it('reads Retry-After as seconds, as an HTTP date and as retry-after-ms', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '150' }))).toBe(150);
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Sun, 22 Nov 2026 10:00:10 GMT' }), now)).toBe(10_000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Sun, 22 Nov 2026 09:59:00 GMT' }), now)).toBe(0);
    expect(retryAfterMs(new Headers({}))).toBeNull();
  });
});
