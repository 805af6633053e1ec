import snowball from 'snowball-stemmers';
import type { Db } from './db.js';
import { sha256 } from './blobStore.js';

const dutch = snowball.newStemmer('dutch');

/** Folds case and diacritics the way the FTS5 tokenizer does (unicode61 remove_diacritics 2). */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a text reduced to their Dutch stems ("asielzoekers" → "asielzoeker"). */
export function stemText(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => dutch.stem(foldWord(w))).join(' ');
}

export interface SearchFields {
  titel: string | null;
  onderwerp: string | null;
  tekst: string;
  uitleg: string;
}

/** Puts a document in the full-text index, or leaves it when nothing changed. Returns true when it wrote. */
export function indexDocument(db: Db, documentId: string, f: SearchFields): boolean {
  const hash = sha256(JSON.stringify(f));
  const state = db.prepare('SELECT hash FROM search_index_state WHERE document_id = ?').get(documentId) as { hash: string } | undefined;
  if (state?.hash === hash) return false;
  db.transaction(() => {
    db.prepare('DELETE FROM search_fts WHERE document_id = ?').run(documentId);
    db.prepare('INSERT INTO search_fts (document_id, titel, onderwerp, tekst, uitleg, stems) VALUES (?, ?, ?, ?, ?, ?)').run(
      documentId,
      f.titel ?? '',
      f.onderwerp ?? '',
      f.tekst,
      f.uitleg,
      stemText([f.titel, f.onderwerp, f.tekst, f.uitleg].filter(Boolean).join(' ')),
    );
    db.prepare(
      'INSERT INTO search_index_state (document_id, hash) VALUES (?, ?) ON CONFLICT(document_id) DO UPDATE SET hash = excluded.hash',
    ).run(documentId, hash);
  })();
  return true;
}

export function removeFromIndex(db: Db, documentId: string): void {
  db.prepare('DELETE FROM search_fts WHERE document_id = ?').run(documentId);
  db.prepare('DELETE FROM search_index_state WHERE document_id = ?').run(documentId);
}
