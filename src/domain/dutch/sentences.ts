/**
 * Sentences and words of Dutch text, counted one way everywhere: the publication checks (`explain/checks.ts`),
 * the rules explainer that fits its output to them, the plain-language metrics (`scripts/plain-language.ts`), and the
 * sentence around a reference in a letter (`sentenceBounds`, for `link/`).
 */

/**
 * Abbreviations whose full stop does not end a sentence, for every splitter of the project (the checks' sentence
 * counter and the sentence around a reference in a letter). With initials ("K. Putters") and numbers ("4.500",
 * "11.1") they are the only full stops allowed inside a sentence.
 */
const ABBREVIATIONS = new Set([
  'c.s', 'o.a', 'nr', 'nrs', 'bijv', 'bv', 'b.v', 'd.w.z', 'e.d', 'm.b.t', 't.a.v', 'i.v.m', 'etc', 'enz', 'art', 'blz', 'mr',
  'dr', 'drs', 'ir', 'prof', 'jl', 'z.s.m', 'm.n', 'p.p', 'vs', 'ca', 'incl', 'excl', 'min', 'max', 'mln', 'mld', 'mrd',
  'resp', 'e.a', 'zgn', 'o.m', 'i.p.v', 'n.a.v', 'm.u.v', 'a.s', 'jr', 'st', 'dhr', 'mevr', 't.v.v', 'vgl', 'o.b.v', 'i.o.m',
  'i.s.m', 'cf', 'ibid', 'par', 'lid', 'sub', 'p', 'ed', 'kst', 'stb', 'stcrt', 'nl', 'eu', 'd.d', 'cq', 'c.q', 'stas',
]);

/** Does the text before a full stop end in an abbreviation (`ABBREVIATIONS`) or an initial ("K", "J.F")? */
export function endsInAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * Offsets of the characters that end a sentence: a `.`, `!` or `?` followed by the end of the text, or by space and
 * a capital, digit or opening quote, unless the word before the full stop is an abbreviation (`ABBREVIATIONS`) or an
 * initial ("K."). A full stop followed by a lower-case word never ends a sentence.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const re = /[.!?]+(?=\s*$|\s+[\p{Lu}\d«“"‘'(])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].startsWith('.')) {
      const atEnd = text.slice(m.index + m[0].length).trim() === '';
      if (!atEnd && endsInAbbreviation(text.slice(0, m.index))) continue;
    }
    ends.push(m.index);
  }
  return ends;
}

/**
 * Whether the character at `i` ends a sentence in running text from a PDF, where a sentence may go on over line
 * breaks: `?` or `!` before whitespace, or a full stop before whitespace and a word that is not lower case, a digit
 * or a bracket ("nr. 37", "c.s.2,", "2.5" go on), unless it closes an abbreviation or an initial.
 */
function endsSentenceAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '?' || ch === '!') return /\s/.test(text[i + 1] ?? ' ');
  if (ch !== '.') return false;
  const next = text.slice(i + 1, i + 4);
  if (!/^\s/.test(next) && next !== '') return false;
  const after = text.slice(i + 1).match(/^\s*(\S)/)?.[1];
  if (after && /[\p{Ll}\d(,;]/u.test(after)) return false;
  const before = text.slice(Math.max(0, i - 8), i);
  // A single letter is an initial in any case here: OCR and pdftotext lose the case of initials.
  return !endsInAbbreviation(before) && !/\b[A-Z]$/i.test(before);
}

/** A blank line (paragraph end) also ends a sentence; pdftotext puts them between paragraphs. */
function isBlankLineAt(text: string, i: number): boolean {
  return text[i] === '\n' && /^[ \t]*\n/.test(text.slice(i + 1, i + 40));
}

/** [start, end) of the sentence that contains position `pos` (a letter's sentence around a reference to a motion). */
export function sentenceBounds(text: string, pos: number, maxLength = 1200): [number, number] {
  let start = pos;
  while (start > 0 && pos - start < maxLength) {
    const i = start - 1;
    if (endsSentenceAt(text, i) || isBlankLineAt(text, i)) break;
    start--;
  }
  let end = pos;
  while (end < text.length && end - pos < maxLength) {
    if (endsSentenceAt(text, end)) {
      end++;
      break;
    }
    if (isBlankLineAt(text, end)) break;
    end++;
  }
  return [start, end];
}

/** How many sentences a text has, by `sentenceEnds`; a text without a final stop still counts as one. */
export function countSentences(text: string): number {
  return splitSentences(text).length;
}

/** The sentences of a text, each with its end mark, trimmed. */
export function splitSentences(text: string): string[] {
  const t = text.trim();
  if (!t) return [];
  const out: string[] = [];
  let start = 0;
  for (const end of sentenceEnds(t)) {
    let stop = end;
    while (stop < t.length && /[.!?]/.test(t[stop]!)) stop++;
    const s = t.slice(start, stop).trim();
    if (s) out.push(s);
    start = stop;
  }
  const rest = t.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Words as the checks count them: whitespace-separated tokens with a letter or digit ("(…)" is no word). */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export function countWords(text: string): number {
  return wordsOf(text).length;
}
