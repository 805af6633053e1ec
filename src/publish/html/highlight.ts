import { esc } from './escape.js';

/**
 * The original text as HTML with the operative clauses (`verzoekt de regering …`) marked.
 * Clauses are stored with whitespace folded, the text has its line breaks: a clause is found as its words
 * separated by any whitespace. Text and clauses are escaped piece by piece; nothing from the text becomes markup.
 */
export function highlightClauses(text: string, clauses: string[]): string {
  const ranges: [number, number][] = [];
  for (const clause of clauses) {
    const words = clause.trim().split(/\s+/).filter(Boolean).slice(0, 400);
    if (words.length < 2) continue;
    const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
    const m = pattern.exec(text);
    if (m) ranges.push([m.index, m.index + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue; // overlapping clauses: the first one wins
    out += esc(text.slice(at, start)) + '<mark class="dictum">' + esc(text.slice(start, end)) + '</mark>';
    at = end;
  }
  return out + esc(text.slice(at));
}
