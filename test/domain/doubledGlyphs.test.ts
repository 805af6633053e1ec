import { describe, expect, it } from 'vitest';
import { hasOverlaidGlyphs, isPairedWord } from '../../src/domain/doubledGlyphs.js';

describe('doubled glyphs', () => {
  it('a word of pairs only is fake bold', () => {
    expect(isPairedWord('DDiirreeccttoorraaaatt')).toBe(true);
    expect(isPairedWord('maatregel')).toBe(false);
    expect(isPairedWord('zzee')).toBe(true);
    expect(isPairedWord('zee')).toBe(false);
    expect(isPairedWord('a')).toBe(false);
  });

  it('four doubled letters in a row, or a tripled one, are overlaid layers; Dutch words are not', () => {
    expect(hasOverlaidGlyphs('DDiirreeccttoorraaaatt')).toBe(true);
    expect(hasOverlaidGlyphs('DDiirereccttoraatoraat')).toBe(false); // one word of such a text need not show it
    expect(hasOverlaidGlyphs('PPaaggiinnaa')).toBe(true);
    expect(hasOverlaidGlyphs('aaanpak')).toBe(true);
    for (const w of ['voorraad', 'maatregel', 'zeeaal', 'Gündoğan']) expect([w, hasOverlaidGlyphs(w)]).toEqual([w, false]);
  });
});
