import type { Footnote } from '../../domain/types.js';
import { collapseDoubledGlyphs, dropRepeatedLines } from './doubledGlyphs.js';
import { plainDigits, splitFootnotes } from './footnotes.js';
import { removeFurniture } from './furniture.js';
import { joinHyphenatedLines } from './hyphenation.js';
import { normaliseCharacters, trimLineEnds } from './normalise.js';
import { findTrailer, type Trailer } from './trailer.js';

export interface CleanedText {
  text: string;
  footnotes: Footnote[];
  /** Lines that belong to the letterhead ("Retouradres …"), found in the body. */
  letterhead: string[];
  trailer: Trailer;
}

/**
 * The clean-up every PDF engine's pages get: characters normalised, doubled glyphs and lines collapsed,
 * furniture and trailer off, footnotes apart, hyphenated line breaks joined. Pages stay separated by a form feed
 * (as in pdftotext's output and the corpus texts), and the lines keep their breaks.
 */
export function cleanPages(rawPages: string[]): CleanedText {
  const trailer = findTrailer(rawPages.join('\n'));
  const letterhead: string[] = [];
  const footnotes: Footnote[] = [];
  const pages = removeFurniture(
    rawPages.map((p) => dropRepeatedLines(trimLineEnds(normaliseCharacters(p)).split('\n').map(collapseDoubledGlyphs))),
  ).map((lines) => {
    const split = splitFootnotes(lines);
    footnotes.push(...split.footnotes);
    return split.body.map(plainDigits).filter((l) => {
      if (/^\W*Retouradres\b/i.test(l)) {
        letterhead.push(l.trim());
        return false;
      }
      return true;
    });
  });
  const text = pages
    .map((lines) => joinHyphenatedLines(lines).join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, ''))
    .filter((p) => p !== '')
    .join('\n\f');
  return { text, footnotes, letterhead, trailer };
}

/** The light clean-up for text that was extracted elsewhere (.txt, the corpus `tekst`): characters only. */
export function cleanPlainText(raw: string): CleanedText {
  return { text: normaliseCharacters(raw), footnotes: [], letterhead: [], trailer: findTrailer(raw) };
}
