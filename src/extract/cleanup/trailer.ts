/**
 * The colophon of a kamerstuk ("kst-21501-02-3121", "ISSN 0921 - 7371", "’s-Gravenhage 2025",
 * "Tweede Kamer, vergaderjaar 2024–2025, 21 501-02, nr. 3121") and of an Aanhangsel ("ah-tk-20232024-1786").
 * It is metadata: kept in `trailer`, never read as body text.
 */
export interface Trailer {
  kst: string | null;
  issn: string | null;
}

const KST = /\b((?:kst|ah-tk|stb|stcrt|h-tk)-[0-9a-z]+(?:-[0-9a-z]+)*)\b/i;
const ISSN = /\bISSN\s*(\d{4}\s*-\s*\d{3}[\dX])\b/;

const TRAILER_LINES: RegExp[] = [
  /^\s*(?:kst|ah-tk|h-tk)-[0-9a-z-]+\s*$/i,
  /^\s*ISSN\s*\d{4}\s*-\s*\d{3}[\dX]\s*$/,
  /^\s*[’']s-Gravenhage \d{4}\s*$/,
  /^\s*Tweede Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4},.*$/,
];

/** Finds the trailer's identifiers anywhere in the text (the first of each). */
export function findTrailer(text: string): Trailer {
  const kst = KST.exec(text)?.[1] ?? null;
  const issn = ISSN.exec(text)?.[1]?.replace(/\s+/g, ' ') ?? null;
  return { kst, issn };
}

export function isTrailerLine(line: string): boolean {
  return TRAILER_LINES.some((re) => re.test(line));
}
