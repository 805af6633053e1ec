import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_CHARS, parseAnswer } from '../../../src/explain/llm/parseAnswer.js';
import { resolveOpenAiOptions } from '../../../src/explain/llm/config.js';
import { estimateCost, loadPrices } from '../../../src/explain/llm/prices.js';

const fields = { samenvatting: 'De Kamer verzoekt de regering iets.', implicatie: 'Als de motie wordt aangenomen, dan gebeurt het.' };

describe('parseAnswer', () => {
  it('reads plain JSON, fenced JSON and JSON after prose', () => {
    const json = JSON.stringify(fields);
    expect(parseAnswer(json)).toEqual({ ok: true, fields });
    expect(parseAnswer('```json\n' + json + '\n```')).toEqual({ ok: true, fields });
    expect(parseAnswer(`Zeker, hier is het {niet dit}: ${json} Succes!`)).toEqual({ ok: true, fields });
    expect(parseAnswer(JSON.stringify({ Samenvatting: ' De  Kamer\nverzoekt. ', Implicaties: 'Als.' }))).toEqual({
      ok: true,
      fields: { samenvatting: 'De Kamer verzoekt.', implicatie: 'Als.' },
    });
  });

  it('keeps braces inside strings', () => {
    const tricky = { samenvatting: 'De Kamer {verzoekt} "iets".', implicatie: 'Als } dan.' };
    expect(parseAnswer(`Antwoord: ${JSON.stringify(tricky)}`)).toEqual({ ok: true, fields: tricky });
  });

  it('gives a reason for what it cannot use', () => {
    expect(parseAnswer('{"samenvatting": "De Kamer')).toEqual({ ok: false, reason: 'antwoord is geen JSON-object' });
    expect(parseAnswer('[1, 2]')).toEqual({ ok: false, reason: 'antwoord is geen JSON-object' });
    expect(parseAnswer('{"samenvatting": 3, "implicatie": "x"}')).toEqual({ ok: false, reason: 'JSON zonder tekstvelden "samenvatting" en "implicatie"' });
    expect(parseAnswer('x'.repeat(MAX_ANSWER_CHARS + 1))).toEqual({ ok: false, reason: `antwoord te lang (${MAX_ANSWER_CHARS + 1} tekens)` });
  });
});

describe('estimateCost', () => {
  it('uses the price table, dated model names, and says null for unknown models', () => {
    expect(estimateCost('gpt-4o-mini', 1_000_000, 1_000_000)).toBeCloseTo(0.75, 10);
    expect(estimateCost('gpt-4o-mini-2024-07-18', 2_000_000, 0)).toBeCloseTo(0.3, 10);
    expect(estimateCost('llama3.1:8b', 1000, 1000)).toBeNull();
    expect(estimateCost('llama3.1:8b', 1000, 1000, { 'llama3.1:8b': { in: 0, out: 0 } })).toBe(0);
    expect(() => loadPrices('package.json')).toThrow(/needs numbers "in" and "out"/);
  });
});

describe('resolveOpenAiOptions', () => {
  it('takes flags over the environment and says what to do without a key or server', () => {
    expect(resolveOpenAiOptions({}, {})).toEqual({ error: expect.stringMatching(/^set OPENAI_API_KEY .* --base-url/) });
    expect(resolveOpenAiOptions({}, { OPENAI_API_KEY: 'k' })).toMatchObject({ apiKey: 'k', baseURL: null, model: 'gpt-4o-mini', timeoutMs: 60_000 });
    expect(resolveOpenAiOptions({ model: 'a', baseUrl: 'http://localhost:11434/v1', timeout: '5' }, { MOTIEMONITOR_MODEL: 'b', OPENAI_BASE_URL: 'http://x/v1' })).toMatchObject({
      apiKey: null,
      baseURL: 'http://localhost:11434/v1',
      model: 'a',
      timeoutMs: 5000,
    });
    expect(resolveOpenAiOptions({}, { OPENAI_BASE_URL: 'http://x/v1', MOTIEMONITOR_MODEL: 'b' })).toMatchObject({ model: 'b', baseURL: 'http://x/v1' });
    expect(resolveOpenAiOptions({ baseUrl: 'localhost:11434' }, {})).toEqual({ error: expect.stringMatching(/not an http\(s\) URL/) });
    expect(resolveOpenAiOptions({ responseFormat: 'xml' }, { OPENAI_API_KEY: 'k' })).toEqual({ error: expect.stringMatching(/json_schema, json_object or none/) });
  });
});
