/**
 * Syllables of Dutch words, counted as vowel groups: a run of vowels is one syllable, so the diphthongs and long
 * vowels (ij, ie, oe, eu, ui, ei, au, ou, aa, ee, oo, uu, and "ieu", "eeuw", "ooi" …) count once. "ij" counts as a
 * vowel; a vowel with a diaeresis ("beëindigen", "ideeën", "naïef") starts a new group. This is the usual approximation
 * for Flesch-Douma; it undercounts a few hiatus words ("ideaal": 2 instead of 3), the same way for every text measured.
 */
const VOWEL = /[aeiouyàáâèéêìíîòóôùúû]/;
const DIAERESIS = /[äëïöü]/;

export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/ij/g, 'y').replace(/[^\p{L}]/gu, '');
  let groups = 0;
  let inGroup = false;
  for (const ch of w) {
    if (DIAERESIS.test(ch)) {
      // A vowel with a diaeresis is a syllable of its own: "be-ë-in-digd", "na-ï-ef".
      groups++;
      inGroup = false;
    } else if (VOWEL.test(ch)) {
      if (!inGroup) groups++;
      inGroup = true;
    } else {
      inGroup = false;
    }
  }
  // A word of letters without a vowel ("BNG", "CDA") is read letter by letter; count it as one syllable at least.
  return Math.max(groups, /\p{L}/u.test(w) ? 1 : 0);
}
