import { splitSentences, wordsOf } from './sentences.js';
import { countSyllables } from './syllables.js';

/** Figures of one text, from which the corpus means are taken. */
export interface Readability {
  sentences: number;
  words: number;
  /** Syllables of the words with letters (numbers have none to count). */
  syllables: number;
  letterWords: number;
  /** Words of 13 letters or more ("ontwikkelingssamenwerking"). */
  longWords: number;
  /** Words in the longest sentence. */
  longestSentence: number;
  /** Words of each sentence. */
  sentenceWords: number[];
}

/** Letters only: "CO2-uitstoot" has 10, "(…)" none. */
function letters(word: string): number {
  return (word.match(/\p{L}/gu) ?? []).length;
}

export function readability(text: string): Readability {
  const sentenceWords = splitSentences(text).map((s) => wordsOf(s).length).filter((n) => n > 0);
  const words = wordsOf(text).filter((w) => /\p{L}/u.test(w));
  return {
    sentences: sentenceWords.length,
    words: sentenceWords.reduce((a, b) => a + b, 0),
    syllables: words.reduce((a, w) => a + countSyllables(w), 0),
    letterWords: words.length,
    longWords: words.filter((w) => letters(w) >= 13).length,
    longestSentence: Math.max(0, ...sentenceWords),
    sentenceWords,
  };
}

/**
 * Flesch-Douma (Douma 1960, the Dutch adaptation of Flesch reading ease):
 * 206.835 − 0.93 × words per sentence − 77 × syllables per word. 60–70 is plain, 30–50 difficult, below 30 very difficult.
 */
export function fleschDouma(wordsPerSentence: number, syllablesPerWord: number): number {
  return 206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord;
}

/** Flesch-Douma of a set of texts taken together (total words / total sentences, total syllables / total words). */
export function fleschDoumaOf(figures: Readability[]): number {
  const sentences = figures.reduce((a, f) => a + f.sentences, 0);
  const words = figures.reduce((a, f) => a + f.words, 0);
  const syllables = figures.reduce((a, f) => a + f.syllables, 0);
  const letterWords = figures.reduce((a, f) => a + f.letterWords, 0);
  if (sentences === 0 || letterWords === 0) return NaN;
  return fleschDouma(words / sentences, syllables / letterWords);
}
