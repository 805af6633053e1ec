import modelFile from './dutchTrigrams.json' with { type: 'json' };
import { toLetters } from './letters.js';

interface ModelFile {
  trigrams: Record<string, number>;
  commonWords: string[];
}

/** Character-trigram model of Dutch parliamentary text; see scripts/build-trigram-model.ts for its source. */
export interface TrigramModel {
  /** Mean natural-log probability per character of `text` (about −2 for clean Dutch, −3.5 and lower for nonsense). */
  meanLogProb(text: string): { value: number; count: number };
  /**
   * One pass over text already reduced by `toLetters`: the mean log-probability of the whole, and of each word
   * (with its surrounding spaces), for the odd-word measure.
   */
  scoreLetters(letters: string): { mean: number; count: number; words: { length: number; mean: number }[] };
  commonWords: Set<string>;
}

let cached: TrigramModel | null = null;

export function dutchModel(): TrigramModel {
  if (cached) return cached;
  const file = modelFile as ModelFile;
  const tri = new Map(Object.entries(file.trigrams));
  const context = new Map<string, number>();
  for (const [t, n] of tri) context.set(t.slice(0, 2), (context.get(t.slice(0, 2)) ?? 0) + n);
  const k = 0.5;
  const alphabet = 27;
  // Log-probabilities computed once per trigram seen; unseen ones fall back to their context (or none).
  const logp = new Map<string, number>();
  const logOf = (t: string): number => {
    let v = logp.get(t);
    if (v === undefined) {
      v = Math.log(((tri.get(t) ?? 0) + k) / ((context.get(t.slice(0, 2)) ?? 0) + k * alphabet));
      if (logp.size < 50_000) logp.set(t, v);
    }
    return v;
  };
  const scoreLetters = (letters: string) => {
    let sum = 0;
    let count = 0;
    const words: { length: number; mean: number }[] = [];
    let wordSum = 0;
    let wordCount = 0;
    let wordLength = 0;
    for (let i = 0; i + 3 <= letters.length; i++) {
      const v = logOf(letters.slice(i, i + 3));
      sum += v;
      count++;
      // Trigrams from the space before a word to the space after it belong to that word.
      wordSum += v;
      wordCount++;
      if (letters[i + 2] === ' ') {
        wordLength = wordCount - 1;
        if (wordLength > 0) words.push({ length: wordLength, mean: wordSum / wordCount });
        wordSum = 0;
        wordCount = 0;
      }
    }
    return { mean: count ? sum / count : 0, count, words };
  };
  cached = {
    commonWords: new Set(file.commonWords),
    scoreLetters,
    meanLogProb(text) {
      const r = scoreLetters(toLetters(text));
      return { value: r.mean, count: r.count };
    },
  };
  return cached;
}
