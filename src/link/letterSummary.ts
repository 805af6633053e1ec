import { looksGarbled } from './garbled.js';
import { sentenceBounds } from '../domain/dutch/sentences.js';
import { cleanSnippet } from './sentences.js';

/**
 * The rules summary of a letter: the opening paragraph ("In reactie op …", "Hierbij informeer ik …", "Hierbij bied ik …")
 * condensed to its first sentence, word for word; for answers to Kamervragen the question's title. Null when neither is
 * found, or when the sentence found is not clean text: no summary is better than garbage.
 */
export const OPENING =
  /(?:^|\n)[ \t]*(?:\d{1,2}[ \t]*\n[ \t]*)?(?=(?:In reactie op|In antwoord op|Hierbij (?:informeer|bied|stuur|zend|ontvangt|geef)|Met deze brief|Graag informeer ik|Naar aanleiding van)\b)/;
const QUESTIONS = /\b(Vragen van (?:het lid|de leden) [\s\S]+?)\s*\(ingezonden/;

export const SUMMARY_VERSION = 'summary@1';

export function summarizeLetter(body: string): string | null {
  const text = body.replace(/\f/g, '\n');
  const opening = OPENING.exec(text);
  let summary: string | null = null;
  if (opening) {
    const start = opening.index + opening[0].length;
    summary = cleanSnippet(text.slice(start, sentenceBounds(text, start + 1)[1]));
  }
  else {
    const q = QUESTIONS.exec(text);
    if (q) summary = `Antwoord op ${cleanSnippet(q[1]!).replace(/^Vragen/, 'vragen')}.`;
  }
  if (!summary) return null;
  // Footnote markers glued to words ("Brekelmans1.") are not part of the sentence.
  summary = summary.replace(/(\p{Ll}|\.)(\d{1,2})(?=[\s.,;:]|$)/gu, '$1');
  if (summary.length > 500) summary = summary.slice(0, 497).replace(/\s+\S*$/, '') + ' …';
  return looksGarbled(summary) ? null : summary;
}
