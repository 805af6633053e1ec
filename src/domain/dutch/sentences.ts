/**
 * Sentences and words of Dutch text, counted one way everywhere: the publication checks (`explain/checks.ts`),
 * the rules explainer that fits its output to them, and the plain-language metrics (`scripts/plain-language.ts`).
 */

/**
 * Abbreviations whose full stop does not end a sentence. With initials ("K. Putters") and numbers ("4.500",
 * "11.1") they are the only full stops allowed inside a sentence.
 */
const ABBREVIATIONS = new Set([
  'c.s', 'o.a', 'nr', 'nrs', 'bijv', 'bv', 'd.w.z', 'e.d', 'm.b.t', 't.a.v', 'i.v.m', 'etc', 'enz', 'art', 'blz', 'mr', 'dr',
  'drs', 'ir', 'prof', 'jl', 'z.s.m', 'm.n', 'p.p', 'vs', 'ca', 'incl', 'excl', 'min', 'max', 'mln', 'mld', 'mrd', 'resp',
  'e.a', 'zgn', 'o.m', 'i.p.v', 'n.a.v', 'm.u.v', 'a.s', 'jr', 'st', 'dhr', 'mevr', 't.v.v', 'vgl', 'o.b.v', 'i.o.m', 'i.s.m',
  'cf', 'ibid', 'par', 'lid', 'sub', 'p', 'ed', 'kst', 'stb', 'stcrt', 'nl', 'eu',
]);

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
      const before = text.slice(0, m.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      const atEnd = text.slice(m.index + m[0].length).trim() === '';
      if (!atEnd && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word))) continue;
    }
    ends.push(m.index);
  }
  return ends;
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
