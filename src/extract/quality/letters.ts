import { foldKey } from '../../domain/dutch/fold.js';

/** The alphabet the language model sees: lower-case a–z and a space (accents stripped, everything else a space). */
export function toLetters(text: string): string {
  return ' ' + foldKey(text).replace(/[^a-z]+/g, ' ').trim() + ' ';
}

/** Words as the common-word measure sees them. */
export function wordsOf(text: string): string[] {
  return toLetters(text).trim().split(' ').filter(Boolean);
}
