import { isColophonLine, RUNNING_FOOTER_LINE } from '../domain/colophon.js';
import type { Footnote } from '../domain/types.js';

/**
 * Footnotes in pdftotext-like text, where the extraction did not split them off.
 * Three layouts occur in the corpus:
 *   "1 Motie van lid Brekelmans, Kamerstukken 2022/2023, 36200, nr. 24"   (marker and text on one line)
 *   "1\n Kamerstukken II 2019/20, 35 300 VI, nr. 37"                        (marker line, then the text)
 *   "1\n2\n\n<page footer>\n\nKamerstuk …, nr. 106\nKamerstuk …, nr. 82"   (a column of markers, then a column of texts)
 * A marker only counts when the same number also stands glued to a word earlier in the text ("Brekelmans1", "c.s.2",
 * "nr. 691)16") or on a line of its own: that is what tells a footnote from a line that starts with a number.
 */
export interface LocatedFootnote extends Footnote {
  /** [start, end) of the footnote text in the searched text. */
  start: number;
  end: number;
}

/** Footnote texts that cite something: the only ones a lone marker line is trusted for. */
const CITATION_LIKE = /Kamerstuk|vergaderjaar|https?:|www\.|nr\.\s*\d|^Motie\b|^Zie\b/;

/** Lines that are page furniture, never footnote text. */
function isFurniture(line: string): boolean {
  // The colophon, but a running footer only an Aanhangsel's: "Tweede Kamer, vergaderjaar …, 26 485, nr. 267" can be a
  // footnote's citation.
  if (isColophonLine(line)) return !RUNNING_FOOTER_LINE.test(line) || /, Aanhangsel$/.test(line);
  return /^(?:Pagina \d+ van \d+|\d{1,3})$/.test(line);
}

interface Line {
  raw: string;
  text: string;
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  for (const raw of text.split('\n')) {
    out.push({ raw, text: raw.trim(), start: pos, end: pos + raw.length });
    pos += raw.length + 1;
  }
  return out;
}

/** Numbers that appear glued to a word or closing punctuation in the text: candidate footnote markers. */
export function gluedMarkers(text: string): Set<number> {
  const set = new Set<number>();
  for (const m of text.matchAll(/(?<=[\p{L}.)?!»”’,;:])(\d{1,2})(?=[\s,.;:)]|$)/gu)) set.add(Number(m[1]));
  return set;
}

function looksLikeFootnoteText(s: string): boolean {
  return s.length >= 4 && !isFurniture(s) && /^[\p{Lu}\p{Ll}(“"‘'«]|^https?:/u.test(s);
}

/** Finds footnotes in the text. Each marker is reported once (the first time; letters repeat them on every page). */
export function findFootnotes(text: string): LocatedFootnote[] {
  const lines = linesOf(text);
  const glued = gluedMarkers(text);
  const loneMarkerLines = new Set<number>();
  lines.forEach((l, i) => {
    if (/^\d{1,2}$/.test(l.text)) loneMarkerLines.add(i);
  });
  const found = new Map<number, LocatedFootnote>();
  const add = (marker: number, line: Line): void => {
    if (!found.has(marker)) found.set(marker, { marker: String(marker), text: line.text, start: line.start, end: line.end });
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // "1 Motie van lid Brekelmans, …": marker and text on one line, the marker also glued in the body.
    const oneLine = /^(\d{1,2})[ \t)]+(\S.*)$/.exec(l.text);
    if (oneLine && glued.has(Number(oneLine[1])) && looksLikeFootnoteText(oneLine[2]!) && !/^\d{1,2}\s+\p{Ll}+\s+\d{4}/u.test(l.text)) {
      add(Number(oneLine[1]), { raw: oneLine[2]!, text: oneLine[2]!, start: l.start + l.raw.indexOf(oneLine[2]!), end: l.end });
      continue;
    }
    if (!loneMarkerLines.has(i)) continue;
    // A column of markers ("1\n2\n"), answered by a column of texts after the page furniture.
    const markers: number[] = [];
    let j = i;
    while (j < lines.length && (loneMarkerLines.has(j) || (lines[j]!.text === '' && markers.length === 0))) {
      if (lines[j]!.text) markers.push(Number(lines[j]!.text));
      j++;
    }
    while (j < lines.length && (lines[j]!.text === '' || (isFurniture(lines[j]!.text) && !/^\d{1,2}$/.test(lines[j]!.text)))) j++;
    const increasing = markers.every((m, k) => k === 0 || m === markers[k - 1]! + 1);
    if (markers.length === 1) {
      // "1\n Kamerstukken II …": a lone marker followed by a citation. A lone marker before ordinary body text is a
      // superscript that pdftotext lifted out of that line, not a footnote.
      const next = lines[j];
      if (next && looksLikeFootnoteText(next.text) && CITATION_LIKE.test(next.text)) add(markers[0]!, next);
    } else if (markers.length > 1 && increasing) {
      const texts: Line[] = [];
      let k = j;
      while (k < lines.length && texts.length < markers.length && k - j < 40) {
        const t = lines[k]!;
        if (t.text && !isFurniture(t.text)) texts.push(t);
        else if (texts.length > 0 && !t.text) break;
        k++;
      }
      if (texts.length === markers.length) markers.forEach((m, n) => add(m, texts[n]!));
    }
    i = j - 1;
  }
  return [...found.values()].sort((a, b) => Number(a.marker) - Number(b.marker));
}
