import type { Soort } from '../domain/types.js';

/** Detects what a text is: a motion, a letter, or something else. STUB: replaced by the parser work. */
export function detectSoort(text: string): Soort {
  if (/\bMOTIE VAN\b/.test(text) && /De Kamer,/i.test(text)) return 'motie';
  return 'overig';
}
