import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEMES, themesFor } from '../../src/publish/themes.js';

/**
 * The documented semantics, written the plain way (one regex per theme, counted over the folded text): the
 * one-pass matcher in themes.ts must give exactly these themes.
 */
function referenceThemes(fields: { titel: string | null; onderwerp: string | null; tekst: string }): string[] {
  const fold = (s: string) => ' ' + s.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ') + ' ';
  const count = (re: RegExp, text: string, limit: number) => {
    re.lastIndex = 0;
    let n = 0;
    while (n < limit && re.exec(text)) n++;
    return n;
  };
  const head = fold(`${fields.titel ?? ''} ${fields.onderwerp ?? ''}`);
  const body = fold(fields.tekst);
  return THEMES.filter((t) => {
    const re = new RegExp(` (?:${t.stems.map((s) => s.replace(/^ /, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g');
    return count(re, head, 1) > 0 || count(re, body, 2) >= 2;
  }).map((t) => t.naam);
}

const text = (tekst: string) => ({ titel: 'X', onderwerp: 'Y', tekst });

describe('themes matcher', () => {
  it('gives the same themes as one regex per theme over every real motion text of the corpus', () => {
    const rows = readFileSync('fixtures/corpus/moties-toegelicht/moties.jsonl', 'utf8').trim().split('\n')
      .map((l) => JSON.parse(l) as { titel: string | null; onderwerp: string | null; tekst: string });
    expect(rows.length).toBe(387);
    let withThemes = 0;
    for (const r of rows) {
      const fields = { titel: r.titel, onderwerp: r.onderwerp, tekst: r.tekst };
      const themes = themesFor(fields);
      expect(themes, r.onderwerp ?? '').toEqual(referenceThemes(fields));
      if (themes.length > 0) withThemes++;
    }
    expect(withThemes).toBeGreaterThan(300);
  });

  it('counts a stem with a space once and lets it consume the next word for its own theme only', () => {
    // "openbaar vervoer" is one match of verkeer: " vervoer" inside it is not a second one.
    expect(themesFor(text('het openbaar vervoer'))).toEqual([]);
    expect(themesFor(text('het openbaar vervoer en het vervoer'))).toEqual(['verkeer en vervoer']);
    // "ns " takes the space before the next "ns": two in a row count once.
    expect(themesFor(text('ns ns'))).toEqual([]);
    expect(themesFor(text('ns en ns'))).toEqual(['verkeer en vervoer']);
    // One word start can count for two themes.
    expect(themesFor({ titel: 'Jeugdzorg', onderwerp: null, tekst: '' })).toEqual(['zorg', 'jeugd en gezin']);
  });

  it('folds non-ASCII separators, letters and astral characters as the Unicode classes do', () => {
    const cases = [
      'vergaderjaar 2022–2023 – klimaat —– klimaat',
      'de financiën… financiën',
      'israël’s israël',
      'İnd ind migratie',
      'a\u00a0klimaat\u00a0\u00a0klimaat',
      '𝐀 klimaat 😀 klimaat',
      'klimaat😀klimaat 😀klimaat',
      'oekraïne«oekraine»',
      'eu-landen, de eu . eu',
      'BOX 3 en box 3',
      '  . – ,  energie ; – energie',
    ];
    for (const c of cases) expect(themesFor(text(c)), c).toEqual(referenceThemes(text(c)));
  });

  it('agrees with the reference on generated texts of stems, fragments and separators', () => {
    const stems = THEMES.flatMap((t) => t.stems);
    const pieces = [...stems, ...stems.map((s) => s.slice(0, 3)), ' ', '  ', '-', '.', ',', '–', '’', 'é', 'ë', '\u00a0', '😀', '𝐀', 'İ', '\u212a', '\ud83d', '\udc00', "'", 'x', 'de ', '\n', 'A', 'Ä', 'NS ', 'Openbaar  Vervoer'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let withThemes = 0;
    for (let n = 0; n < 6000; n++) {
      let s = '';
      const length = 1 + Math.floor(next() * 25);
      for (let i = 0; i < length; i++) s += pieces[Math.floor(next() * pieces.length)];
      const fields = next() < 0.5 ? text(s) : { titel: s.slice(0, 12), onderwerp: null, tekst: s };
      const themes = themesFor(fields);
      expect(themes, JSON.stringify(s)).toEqual(referenceThemes(fields));
      if (themes.length > 0) withThemes++;
    }
    expect(withThemes).toBeGreaterThan(1000);
  });
});
