import { describe, expect, it } from 'vitest';
import { fleschDouma, readability } from '../../../src/domain/dutch/readability.js';

describe('readability', () => {
  it('Flesch-Douma: 206.835 − 0.93 × words/sentence − 77 × syllables/word', () => {
    expect(fleschDouma(15, 1.5)).toBeCloseTo(206.835 - 13.95 - 115.5, 6);
    const r = readability('De motie vraagt de regering om hulp. Aanleiding: de boeren hebben het zwaar.');
    expect([r.sentences, r.words, r.longestSentence]).toEqual([2, 13, 7]);
    expect(r.syllables).toBe(1 + 2 + 1 + 1 + 3 + 1 + 1 + 3 + 1 + 2 + 2 + 1 + 1);
  });
});
