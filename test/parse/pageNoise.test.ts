import { describe, expect, it } from 'vitest';
import { isPageNoise, toLines } from '../../src/parse/pageNoise.js';

describe('page furniture', () => {
  it('knows the trailer, the ISSN, the colophon and page numbers, not the heading or a year', () => {
    for (const l of ['kst-25087-310', 'ISSN 0921 - 7371', '’s-Gravenhage 2023', 'Tweede Kamer, vergaderjaar 2022–2023, 25 087, nr. 310', '1']) {
      expect([l, isPageNoise(l)]).toEqual([l, true]);
    }
    expect(isPageNoise('Tweede Kamer der Staten-Generaal')).toBe(false);
    expect(isPageNoise('2024')).toBe(false);
  });

  it('splits pages into lines and composes accents', () => {
    expect(toLines('a\fb\r\nGu\u0308ndog\u0306an')).toEqual(['a', 'b', 'Gündoğan']);
  });
});
