import { foldKey } from '../domain/dutch/fold.js';
import { plainWords, PLAIN_WORDS } from '../domain/dutch/plainWords.js';
import { countWords, splitSentences } from '../domain/dutch/sentences.js';
import { checkSummary, describeProblems, MAX_SENTENCE_WORDS } from './checks.js';

/**
 * "Wat is er beloofd": one line in plain Dutch (B1) per toezegging, offline, made only of the toezegging's own words
 * and the documented plainer words (issue 15). The same approach as the rules explainer of motions: no model, no
 * rewording beyond a fixed list, and checked before it is shown.
 *
 * Steps: the first sentence of the text (the promise; what follows is context); the plainer-word list of the motions
 * (src/domain/dutch/plainWords.ts) and the two entries below for the verb of a toezegging; then the checks: one
 * sentence of at most 25 words, every name/number/date/amount in the toezegging (checks.ts `checkSummary`), and —
 * stricter than for motions — every word of the line is a word of the toezegging or of a plainer word. A line that
 * fails gets no explanation (null, with the reason): the page then shows the toezegging's own text only.
 */
export const TOEZEGGING_EXPLAINER = 'toezegging-rules@1';

/** The toezegging's own verb, in everyday words ("zegt toe" → "belooft"); same kind of word, same word order. */
export const TOEZEGGING_PLAIN_WORDS: readonly { from: RegExp; to: string; words: string }[] = [
  { from: /\bzegt\s+(de\s+Kamer\s+)?toe\b/gu, to: 'belooft $1', words: 'belooft' },
  { from: /\bzeggen\s+(de\s+Kamer\s+)?toe\b/gu, to: 'beloven $1', words: 'beloven' },
];

export interface Beloofd {
  /** The line, or null when none could be made faithfully. */
  tekst: string | null;
  explainer: string;
  /** Why there is no line (Dutch, shown as a note). */
  reden: string | null;
}

const ALLOWED_EXTRA = new Set(
  [...PLAIN_WORDS.flatMap((w) => w.to.split(' ')), ...TOEZEGGING_PLAIN_WORDS.map((w) => w.words)].map((w) => foldKey(w)),
);

export function explainToezegging(tekst: string | null): Beloofd {
  const source = (tekst ?? '').replace(/\s+/g, ' ').trim();
  if (!source) return { tekst: null, explainer: TOEZEGGING_EXPLAINER, reden: 'de toezegging heeft geen tekst' };
  const first = splitSentences(source)[0] ?? source;
  let line = plainWords(first);
  for (const w of TOEZEGGING_PLAIN_WORDS) line = line.replace(w.from, w.to);
  line = line.replace(/\s+/g, ' ').replace(/\s+([.,;:])/g, '$1').trim();
  if (!/[.!?]$/.test(line)) line += '.';
  const reden = problemsOf(line, source);
  return reden ? { tekst: null, explainer: TOEZEGGING_EXPLAINER, reden } : { tekst: line, explainer: TOEZEGGING_EXPLAINER, reden: null };
}

/** The checks a line must pass; null when it passes. */
export function problemsOf(line: string, source: string): string | null {
  const words = countWords(line);
  if (words > MAX_SENTENCE_WORDS) return `de toezegging is te lang voor één korte zin (${words} woorden, hoogstens ${MAX_SENTENCE_WORDS})`;
  if (splitSentences(line).length !== 1) return 'geen zin van de toezegging gevonden';
  const own = new Set(foldKey(source).match(/\p{L}+|\p{N}+/gu) ?? []);
  const foreign = (foldKey(line).match(/\p{L}+|\p{N}+/gu) ?? []).filter((w) => !own.has(w) && !ALLOWED_EXTRA.has(w));
  if (foreign.length) return `woorden die niet in de toezegging staan: ${[...new Set(foreign)].slice(0, 3).join(', ')}`;
  const problems = checkSummary(line, { text: source, metadata: [] }, 'de toezegging');
  return problems.length ? describeProblems(problems) : null;
}
