/**
 * A quick judgement whether a text is garbled by interleaved text layers (seed 002: "DDiirereccttoraatoraat",
 * "PPaaggiinnaa"), for texts that come without an extraction verdict. Overlaid glyphs show as words in which two
 * letters in a row are each doubled, or one letter tripled; Dutch words do that with up to three pairs ("voorraad") but not four, and never triple a letter.
 */
export function looksGarbled(text: string): boolean {
  let doubled = 0;
  for (const m of text.matchAll(/\p{L}{4,}/gu)) {
    if (/(\p{L})\1\1|(\p{L})\2(\p{L})\3(\p{L})\4(\p{L})\5/u.test(m[0])) doubled++;
    if (doubled >= 3) return true;
  }
  return false;
}
