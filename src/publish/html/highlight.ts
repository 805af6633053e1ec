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
    const range = findWords(text, words);
    if (range) ranges.push(range);
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

/**
 * The first place where `words` follow each other separated by whitespace (what /w1\s+w2\s+…/ finds; a word holds no
 * whitespace, so there is nothing to backtrack). Searched by hand: compiling that regex for each clause of each
 * motion was most of this function's time.
 */
function findWords(text: string, words: string[]): [number, number] | null {
  const first = words[0]!;
  for (let start = text.indexOf(first); start >= 0; start = text.indexOf(first, start + 1)) {
    const end = wordsEnd(text, words, start + first.length);
    if (end >= 0) return [start, end];
  }
  return null;
}

/** Where words[1…] end when they follow `at`, each after at least one whitespace character; -1 when they do not. */
function wordsEnd(text: string, words: string[], at: number): number {
  for (let w = 1; w < words.length; w++) {
    const afterSpace = skipWhitespace(text, at);
    if (afterSpace === at || !text.startsWith(words[w]!, afterSpace)) return -1;
    at = afterSpace + words[w]!.length;
  }
  return at;
}

const WHITESPACE = /\s/;
function skipWhitespace(text: string, at: number): number {
  while (at < text.length && WHITESPACE.test(text[at]!)) at++;
  return at;
}
