import { describe, expect, it } from 'vitest';
import { countSyllables } from '../../../src/domain/dutch/syllables.js';

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
});
