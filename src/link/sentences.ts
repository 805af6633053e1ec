/**
 * Sentences around a position in pdftotext-like text, for the snippet a reference keeps.
 * A full stop ends a sentence unless it closes an abbreviation the Kamer uses ("nr.", "c.s.", "jl.") or an initial.
 */

const ABBREVIATIONS = /(?:\bnr|\bnrs|\bc\.s|\bjl|\bo\.a|\bbijv|\bd\.d|\bca|\bvs|\bmr|\bdhr|\bmevr|\bcq|\bc\.q|\bart|\bblz|\bp|\bz\.s\.m|\bm\.b\.t|\bi\.v\.m|\bt\.a\.v|\bb\.v|\bincl|\bexcl|\bresp|\bzgn|\bmin|\bstas|\b[A-Z])$/i;

function isSentenceEnd(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '?' || ch === '!') return /\s/.test(text[i + 1] ?? ' ');
  if (ch !== '.') return false;
  const next = text.slice(i + 1, i + 4);
  // "c.s.2," / "nr. 37" / "2.5": a period followed by a digit, a comma or a lower-case word does not end a sentence.
  if (!/^\s/.test(next) && next !== '') return false;
  const after = text.slice(i + 1).match(/^\s*(\S)/)?.[1];
  if (after && /[\p{Ll}\d(,;]/u.test(after)) return false;
  return !ABBREVIATIONS.test(text.slice(Math.max(0, i - 8), i));
}

/** A blank line (paragraph end) also ends a sentence; pdftotext puts them between paragraphs. */
function isBlankLineAt(text: string, i: number): boolean {
  return text[i] === '\n' && /^[ \t]*\n/.test(text.slice(i + 1, i + 40));
}

/** [start, end) of the sentence that contains position `pos`. */
export function sentenceBounds(text: string, pos: number, maxLength = 1200): [number, number] {
  let start = pos;
  while (start > 0 && pos - start < maxLength) {
    const i = start - 1;
    if (isSentenceEnd(text, i) || isBlankLineAt(text, i)) break;
    start--;
  }
  let end = pos;
  while (end < text.length && end - pos < maxLength) {
    if (isSentenceEnd(text, end)) {
      end++;
      break;
    }
    if (isBlankLineAt(text, end)) break;
    end++;
  }
  return [start, end];
}

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
