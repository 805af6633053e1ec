import { describe, expect, it } from 'vitest';
import { doubledWords, splitParticleVerbs } from '../../../src/domain/dutch/separableVerbs.js';

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
