/**
 * Glyphs drawn twice, as PDFs print fake bold or overlaid text layers: the one test per word for extraction's
 * clean-up, its quality verdict and the link stage's judgement of a text without a verdict.
 */

/** Every character twice, as fake bold drawn glyph by glyph reads: "DDiirreeccttoorraaaatt". */
export function isPairedWord(word: string): boolean {
  if (word.length < 2 || word.length % 2 !== 0) return false;
  for (let i = 0; i < word.length; i += 2) if (word[i] !== word[i + 1]) return false;
  return true;
}

/**
 * Two overlaid text layers ("PPaaggiinnaa"): four letters in a row each doubled, or one
 * letter tripled. Dutch words double up to three in a row ("voorraad") but not four, and never triple a letter.
 */
export function hasOverlaidGlyphs(word: string): boolean {
  return /(\p{L})\1\1|(\p{L})\2(\p{L})\3(\p{L})\4(\p{L})\5/u.test(word);
}
