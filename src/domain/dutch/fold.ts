/**
 * Diacritic folding, the one way every stage compares Dutch words and names: "Gündoğan" ~ "Gundogan",
 * "één" ~ "een", "financiële" ~ "financiele". Decomposed (NFD) and every combining mark (`\p{M}`) dropped, so a
 * letter written precomposed or as letter + mark (pdftotext writes both) folds the same. This is also what the
 * FTS5 tokenizer does (unicode61 remove_diacritics 2), so a folded query word meets the index's folded words.
 */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Folded and lower-cased: the compare key of a word ("Europese" and "EUROPESE" and "Europése" are one key). */
export function foldKey(s: string): string {
  return foldDiacritics(s).toLowerCase();
}
