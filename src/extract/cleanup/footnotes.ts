import type { Footnote } from '../../domain/types.js';

/**
 * Takes the footnotes off the bottom of a page: numbered lines ("1 https://…", "2 Kamerstuk 31 839, nr. 1024")
 * after the body, whose number also stands glued to a word in the body ("motie van Nispen1", "nr. 691)16").
 * Those glued numbers are split off the words. A page without such pairs comes back as it was.
 */
export function splitFootnotes(page: string[]): { body: string[]; footnotes: Footnote[] } {
  const bodyText = page.join('\n');
  const glued = new Set([...[...bodyText.matchAll(GLUED)].map((m) => m[2]!), ...[...bodyText.matchAll(RAISED)].map((m) => plainDigits(m[0]))]);
  if (glued.size === 0) return { body: page, footnotes: [] };

  // Footnotes start at the first line, in the last part of the page, that opens with a glued marker.
  let start = -1;
  for (let i = Math.floor(page.length * 0.3); i < page.length; i++) {
    const m = NOTE_START.exec(page[i]!.trim());
    if (m && glued.has(m[1]!)) {
      start = i;
      break;
    }
  }
  if (start < 0) return { body: page, footnotes: [] };

  const footnotes: Footnote[] = [];
  const rest: string[] = [];
  for (const line of page.slice(start)) {
    const m = NOTE_START.exec(line.trim());
    if (m && glued.has(m[1]!)) footnotes.push({ marker: m[1]!, text: m[2]!.trim() });
    else if (line.trim() && footnotes.length) footnotes[footnotes.length - 1]!.text += ' ' + line.trim();
    else rest.push(line);
  }
  const markers = new Set(footnotes.map((f) => f.marker));
  const body = [...page.slice(0, start), ...rest].map((l) =>
    l.replace(GLUED, (all, before: string, n: string) => (markers.has(n) ? before : all)).replace(RAISED, (m) => (markers.has(plainDigits(m)) ? '' : m)),
  );
  return { body, footnotes };
}

/** A footnote number glued to the end of a word or closing bracket, before a space, punctuation or line end. */
const GLUED = /(\p{Ll}{2,}[.,;:?!»”)]{0,3}|\p{Lu}{2,}[.,;:?!»”)]{1,3}|[)»”])(\d{1,2})(?=[\s,.;:?!)]|$)/gu;
const NOTE_START = /^(\d{1,2})\s+(\S.*)$/;
/** A footnote number set raised (pdf.js tells us): "uit 2022⁴". */
const RAISED = /[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}/g;

/** Superscript digits back to plain ones: what a raised number that is no footnote reads as. */
export function plainDigits(s: string): string {
  return s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)));
}
