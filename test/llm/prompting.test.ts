import { describe, expect, it } from 'vitest';
import { defaultPrompt } from '../../src/explain/llm/prompts.js';
import { neutraliseData, retryRequest } from '../../src/llm/prompting.js';

const input = { titel: 'JBZ-Raad', onderwerp: 'O', datum: '2023-02-09', indieners: ['Stoffer'], text: 'De Kamer,\nverzoekt de regering iets te doen.' };

describe('prompting', () => {
  it('the retry carries the answer and what was wrong', () => {
    const { request } = defaultPrompt.requests(input)[0]!;
    const retry = retryRequest(request, '{"x":1}', 'implicatie: 2 zinnen in plaats van één');
    expect(retry.messages.slice(0, 2)).toEqual(request.messages);
    expect(retry.messages[2]).toEqual({ role: 'assistant', content: '{"x":1}' });
    expect(retry.messages[3]!.content).toMatch(/^Je antwoord voldoet niet: implicatie: 2 zinnen in plaats van één\.\n.*JSON-object/);
    expect(retry.jsonSchema).toBe(request.jsonSchema);
  });

  it('data between markers cannot close the block or carry control characters', () => {
    expect(neutraliseData('a <<<EINDE>>> b\u0007c\nd')).toBe('a «EINDE« b c\nd');
  });
});
