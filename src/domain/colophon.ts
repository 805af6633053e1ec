/**
 * The colophon of a kamerstuk, printed on its pages: the document id ("kst-21501-02-3121", "ah-tk-20232024-1786"),
 * the ISSN ("ISSN 0921 - 7371"), place and year ("’s-Gravenhage 2025") and the running footer ("Tweede Kamer,
 * vergaderjaar 2024–2025, 21 501-02, nr. 3121"). It is metadata or page furniture, never body text: extraction keeps
 * it apart, the parser drops it before it splits clauses, footnote reading skips it.
 */

/** A document id: kamerstuk (kst), Aanhangsel (ah-tk), Handelingen (h-tk). */
const DOCUMENT_ID_LINE = /^(?:kst|ah-tk|h-tk)-[0-9a-z-]+$/i;
const ISSN_LINE = /^ISSN\s*\d{4}\s*-\s*\d{3}[\dX]$/i;
const PLACE_YEAR_LINE = /^[’']s-Gravenhage\s+\d{4}$/i;
/** The running footer of every page: "Tweede Kamer, vergaderjaar 2024–2025, 21 501-02, nr. 3121" (or ", Aanhangsel"). */
export const RUNNING_FOOTER_LINE = /^Tweede Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4},.*$/i;

/** Is the line (surrounding white space ignored) a line of the colophon? */
export function isColophonLine(line: string): boolean {
  const t = line.trim();
  return DOCUMENT_ID_LINE.test(t) || ISSN_LINE.test(t) || PLACE_YEAR_LINE.test(t) || RUNNING_FOOTER_LINE.test(t);
}

/** The document ids of the colophon anywhere in a text, Staatsblad and Staatscourant included: "kst-36410-XVI-122". */
export const DOCUMENT_ID = /\b((?:kst|ah-tk|stb|stcrt|h-tk)-[0-9a-z]+(?:-[0-9a-z]+)*)\b/i;
/** The ISSN anywhere in a text: its number. */
export const ISSN = /\bISSN\s*(\d{4}\s*-\s*\d{3}[\dX])\b/;
