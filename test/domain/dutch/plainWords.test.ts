import { describe, expect, it } from 'vitest';
import { plainWords, PLAIN_WORDS } from '../../../src/domain/dutch/plainWords.js';

describe('plainer words (the fixed list)', () => {
  it('replaces whole words only and keeps a capital', () => {
    expect(plainWords('verzoekt de regering er zorg voor te dragen dat teneinde')).toBe('vraagt de regering ervoor te zorgen dat om');
    expect(plainWords('Indien nodig, inzake de reedsgenoemde')).toBe('Als nodig, over de reedsgenoemde');
    expect(plainWords('zo spoedig mogelijk, met betrekking tot de c.q. regeling')).toBe('zo snel mogelijk, over de of regeling');
  });

  it('every entry replaces itself and is different from its plainer word', () => {
    for (const w of PLAIN_WORDS) {
      expect(w.to).not.toBe(w.from);
      expect(plainWords(`x ${w.from} y`), w.from).toBe(`x ${w.to} y`);
    }
  });
});
