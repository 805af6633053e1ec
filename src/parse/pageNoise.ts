import { isColophonLine } from '../domain/colophon.js';

/**
 * Page furniture of official Kamerstuk PDFs: the `kst-…` id, ISSN, "’s-Gravenhage 2023",
 * the running footer "Tweede Kamer, vergaderjaar 2022–2023, 25 087, nr. 310", page numbers and form feeds.
 * In two-page motions the page-1 block sits INSIDE the last clause, so it is removed line by line
 * before clauses are split. The `kst-` id itself is kept as metadata (see kamerstukHeader.ts).
 */

/** A page number (the lone "2" of the header is read before noise is removed). */
const PAGE_NUMBER = /^\d{1,2}$/;

/** Splits a text into trimmed lines (a tab-separated cell is a line too); Unicode composition, form feeds, CRs and odd spaces are normalised first. */
export function toLines(text: string): string[] {
  return text
    .normalize('NFC') // pdftotext can write "ğ" as g + combining breve
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    // A tab separates table cells (Word's two-column kamerstuk layout: "Nr. 17<TAB>MOTIE VAN HET LID VERDONK").
    .split(/\n|\t/)
    .map((l) => l.replace(/ +/g, ' ').trim());
}

export function isPageNoise(line: string): boolean {
  return isColophonLine(line) || PAGE_NUMBER.test(line);
}

/** The lines without page furniture; blank lines are kept (they carry meaning in OCR'd signature blocks). */
export function withoutPageNoise(lines: string[]): string[] {
  return lines.filter((l) => !isPageNoise(l));
}
