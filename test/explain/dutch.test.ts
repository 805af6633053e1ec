import { describe, expect, it } from 'vitest';
import { looseReferences } from '../../src/domain/dutch/looseReferences.js';
import { plainWords, PLAIN_WORDS } from '../../src/domain/dutch/plainWords.js';
import { fleschDouma, readability } from '../../src/domain/dutch/readability.js';
import { countSentences, splitSentences } from '../../src/domain/dutch/sentences.js';
import { doubledWords, splitParticleVerbs } from '../../src/domain/dutch/separableVerbs.js';
import { countSyllables } from '../../src/domain/dutch/syllables.js';

describe('Dutch syllables as vowel groups', () => {
  it('counts ij, ie, oe, eu, ui, ei, au, ou, aa, ee, oo, uu once', () => {
    const cases: [string, number][] = [
      ['regering', 3], ['vijf', 1], ['zien', 1], ['boeren', 2], ['Europees', 3], ['huis', 1], ['klein', 1], ['blauw', 1],
      ['oud', 1], ['maatregelen', 4], ['twee', 1], ['boom', 1], ['duur', 1], ['ontwikkelingssamenwerking', 8], ['CDA', 1],
      // A diaeresis starts a new group.
      ['beëindigd', 4], ['ideeën', 3],
    ];
    expect(cases.map(([w]) => [w, countSyllables(w)])).toEqual(cases);
  });

  it('Flesch-Douma: 206.835 − 0.93 × words/sentence − 77 × syllables/word', () => {
    expect(fleschDouma(15, 1.5)).toBeCloseTo(206.835 - 13.95 - 115.5, 6);
    const r = readability('De motie vraagt de regering om hulp. Aanleiding: de boeren hebben het zwaar.');
    expect([r.sentences, r.words, r.longestSentence]).toEqual([2, 13, 7]);
    expect(r.syllables).toBe(1 + 2 + 1 + 1 + 3 + 1 + 1 + 3 + 1 + 2 + 2 + 1 + 1);
  });
});

describe('sentences', () => {
  it('abbreviations and initials do not end a sentence', () => {
    expect(splitSentences('Het lid K. Putters vraagt o.a. om 4.500 euro. Aanleiding: de kosten.')).toEqual([
      'Het lid K. Putters vraagt o.a. om 4.500 euro.',
      'Aanleiding: de kosten.',
    ]);
    expect(countSentences('Een zin zonder punt')).toBe(1);
  });
});

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

describe('loose references', () => {
  it('finds "deze X" whose X was not introduced, real cases from the corpus', () => {
    // kst-36410-V-46: the dictum alone.
    expect(looseReferences('verzoekt de regering om disciplinaire maatregelen te nemen tegen deze ambtenaren').map((r) => r.phrase)).toEqual(['deze ambtenaren']);
    // kst-31288-1012: "beheersingsinstrumenten" introduces "deze instrumenten".
    expect(looseReferences('de beheersingsinstrumenten in te voeren en over de invoering van deze instrumenten')).toEqual([]);
    // Pronouns and phrases of time are no references.
    expect(looseReferences('dit met de Kamer te delen, dit jaar nog, op deze wijze, deze te blijven ondersteunen, deze motie')).toEqual([]);
    expect(looseReferences('de meest genoemde noodkreten')).toEqual([]);
    expect(looseReferences('het ibo bespreekt deze nieuwe regeling').map((r) => r.noun)).toEqual(['regeling']);
  });
});

describe('separable verbs and doubled words', () => {
  it('finds "over gaan" where the motion has "over te gaan"', () => {
    expect(splitParticleVerbs('dan moet de regering over gaan tot sancties', 'verzoekt de regering over te gaan tot sancties')).toEqual(['over gaan']);
    expect(splitParticleVerbs('dan moet de regering overgaan tot sancties', 'verzoekt de regering over te gaan tot sancties')).toEqual([]);
    // "mee laten wegen" and "er … voor zorgen" are right.
    expect(splitParticleVerbs('de adviezen mee laten wegen', 'de adviezen mee te laten wegen')).toEqual([]);
    expect(splitParticleVerbs('er binnen vier maanden voor zorgen', 'er binnen vier maanden voor te zorgen')).toEqual([]);
    expect(doubledWords('de de regering zegt dat dat klopt')).toEqual(['de de']);
  });
});
