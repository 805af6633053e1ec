import { hasOverlaidGlyphs } from '../domain/doubledGlyphs.js';

/**
 * A quick judgement whether a text is garbled by interleaved text layers (seed 002: "DDiirereccttoraatoraat",
 * "PPaaggiinnaa"), for texts that come without an extraction verdict: three words with overlaid glyphs
 * (`hasOverlaidGlyphs`) make it garbled.
 */
export function looksGarbled(text: string): boolean {
  let doubled = 0;
  for (const m of text.matchAll(/\p{L}{4,}/gu)) {
    if (hasOverlaidGlyphs(m[0])) doubled++;
    if (doubled >= 3) return true;
  }
  return false;
}
