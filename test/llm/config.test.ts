import { describe, expect, it } from 'vitest';
import { resolveOpenAiOptions } from '../../src/llm/config.js';

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
