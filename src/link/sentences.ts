import { sentenceBounds } from '../domain/dutch/sentences.js';

/** Snippets: the sentence around a position in pdftotext-like text (`sentenceBounds`), as a reference keeps it. */

/** Folds whitespace and joins words hyphenated at a line end ("vooruit-\nzichten" → "vooruitzichten"). */
export function cleanSnippet(raw: string): string {
  return raw
    .replace(/(\p{Ll})-[ \t]*\n[ \t]*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The cleaned sentence around a position; long sentences are cut around the position with an ellipsis. */
export function sentenceAt(text: string, pos: number, maxChars = 400): string {
  const [s, e] = sentenceBounds(text, pos);
  // Headings pdftotext runs into the sentence ("Vraag 1", "Antwoord 12", a page or question number) are not part of it.
  let snippet = cleanSnippet(text.slice(s, e)).replace(/^(?:(?:Vraag|Antwoord)(?: op vra(?:ag|gen))?(?: \d+(?: en \d+)?)?|\d{1,4}) (?=\p{Lu})/u, '');
  if (snippet.length > maxChars) {
    const rel = cleanSnippet(text.slice(s, pos)).length;
    const from = Math.max(0, Math.min(rel - maxChars / 2, snippet.length - maxChars));
    snippet = `${from > 0 ? '… ' : ''}${snippet.slice(from, from + maxChars).trim()}${from + maxChars < snippet.length ? ' …' : ''}`;
  }
  return snippet;
}
