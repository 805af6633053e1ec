import { describe, expect, it } from 'vitest';
import { DOCUMENT_ID, isColophonLine, ISSN } from '../../src/domain/colophon.js';

describe('the colophon of a kamerstuk', () => {
  it('knows its lines, wherever extraction or the parser meets them', () => {
    for (const l of [
      'kst-25087-310', 'kst-21501-02-3121', 'ah-tk-20232024-1786', ' ISSN 0921 - 7371 ', 'ISSN 0921-737X', '’s-Gravenhage 2023',
      "'s-Gravenhage  2025", 'Tweede Kamer, vergaderjaar 2022–2023, 25 087, nr. 310', 'Tweede Kamer, vergaderjaar 2023-2024, Aanhangsel',
    ]) expect([l, isColophonLine(l)]).toEqual([l, true]);
    for (const l of ['Tweede Kamer der Staten-Generaal', '2024', 'kst-', 'ISSN', 'verzoekt de regering, Tweede Kamer, vergaderjaar 2023–2024,']) {
      expect([l, isColophonLine(l)]).toEqual([l, false]);
    }
  });

  it('finds its ids in a text', () => {
    expect(DOCUMENT_ID.exec('… kst-36410-XVI-122 ISSN 0921 - 7371')?.[1]).toBe('kst-36410-XVI-122');
    expect(DOCUMENT_ID.exec('stb-2024-12')?.[1]).toBe('stb-2024-12');
    expect(ISSN.exec('… ISSN 0921 - 7371')?.[1]).toBe('0921 - 7371');
  });
});
