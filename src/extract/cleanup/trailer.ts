import { DOCUMENT_ID, ISSN } from '../../domain/colophon.js';

/**
 * The colophon of a kamerstuk ("kst-21501-02-3121", "ISSN 0921 - 7371", "’s-Gravenhage 2025",
 * "Tweede Kamer, vergaderjaar 2024–2025, 21 501-02, nr. 3121") and of an Aanhangsel ("ah-tk-20232024-1786").
 * It is metadata: kept in `trailer`, never read as body text (its lines: `isColophonLine`, domain/colophon.ts).
 */
export interface Trailer {
  kst: string | null;
  issn: string | null;
}

/** Finds the trailer's identifiers anywhere in the text (the first of each). */
export function findTrailer(text: string): Trailer {
  const kst = DOCUMENT_ID.exec(text)?.[1] ?? null;
  const issn = ISSN.exec(text)?.[1]?.replace(/\s+/g, ' ') ?? null;
  return { kst, issn };
}
