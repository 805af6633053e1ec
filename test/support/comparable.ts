import { collapseDoubledGlyphs } from '../../src/extract/cleanup/doubledGlyphs.js';
import { plainDigits } from '../../src/extract/cleanup/footnotes.js';
import { removeFurniture } from '../../src/extract/cleanup/furniture.js';
import { joinHyphenatedLines } from '../../src/extract/cleanup/hyphenation.js';
import { normaliseCharacters } from '../../src/extract/cleanup/normalise.js';
import { resolveLimits } from '../../src/extract/limits.js';
import { runPdfjs } from '../../src/extract/pdf/pdfjsEngine.js';
import { runPdftotext } from '../../src/extract/pdf/pdftotextEngine.js';
import { foldWhitespace, similarity } from '../../src/extract/quality/similarity.js';

/**
 * An engine's page text normalised for comparison, as the acceptance criterion says: characters normalised,
 * headers/footers removed, hyphenated line ends joined (poppler's default mode joins them too), whitespace folded.
 * Footnotes stay where the engine put them, so both sides hold the same text.
 */
export async function comparableText(bytes: Uint8Array, engine: 'pdfjs' | 'pdftotext'): Promise<{ text: string; lines: string[] }> {
  const limits = resolveLimits();
  const raw = engine === 'pdfjs' ? await runPdfjs(bytes, limits, Date.now() + 60_000) : await runPdftotext(bytes, limits, Date.now() + 60_000);
  const pages = removeFurniture(raw.pages.map((p) => plainDigits(normaliseCharacters(p)).split('\n').map(collapseDoubledGlyphs)));
  const lines = pages.flatMap((p) => joinHyphenatedLines(p)).map(foldWhitespace).filter(Boolean);
  return { text: foldWhitespace(lines.join(' ')), lines };
}

/** Similarity in reading order, and of the sorted lines (the same lines, blocks in another order). */
export function compare(a: { text: string; lines: string[] }, b: { text: string; lines: string[] }): { inOrder: number; sortedLines: number } {
  return {
    inOrder: similarity(a.text, b.text),
    sortedLines: similarity([...a.lines].sort().join(' '), [...b.lines].sort().join(' ')),
  };
}
