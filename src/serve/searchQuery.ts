import snowball from 'snowball-stemmers';
import { foldKey } from '../domain/dutch/fold.js';

const dutch = snowball.newStemmer('dutch');

/** Limits that keep every query cheap, whatever is typed. */
export const MAX_QUERY_CHARS = 200;
export const MAX_TERMS = 12;

/**
 * Turns what a user typed into an FTS5 MATCH expression. Nothing of the input is ever FTS5 syntax:
 * the input is cut into words (letters and digits only), and every word becomes a quoted FTS5 string, so
 * `"`, `*`, `NEAR(`, `AND`, `OR`, `-`, `:` and unbalanced quotes are just text. Each word matches itself
 * (diacritics folded by the tokenizer) or its Dutch stem in the `stems` column ("asielzoeker" finds
 * "asielzoekers"); all words must match. Returns null when nothing searchable is left.
 */
export function buildFtsQuery(input: string): string | null {
  // Folded (case, diacritics) and without repeats: "Omtzigt omtzigt" is one word.
  const words = [...new Set((input.slice(0, MAX_QUERY_CHARS).match(/[\p{L}\p{N}]+/gu) ?? []).map(foldKey))].slice(0, MAX_TERMS);
  if (words.length === 0) return null;
  const parts = words.map((w) => `(${quote(w)} OR stems : ${quote(dutch.stem(w))})`);
  return parts.join(' AND ');
}

/** An FTS5 string literal: double quotes inside are doubled (the words have none, but the rule is the rule). */
function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
