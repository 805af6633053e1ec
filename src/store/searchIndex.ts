import snowball from 'snowball-stemmers';
import { prepared, type Db } from './db.js';
import { sha256 } from '../domain/hash.js';
import { foldKey } from '../domain/dutch/fold.js';

const dutch = snowball.newStemmer('dutch');

/** The words of a text reduced to their Dutch stems ("asielzoekers" → "asielzoeker"). */
export function stemText(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => dutch.stem(foldKey(w))).join(' ');
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
  const state = indexState(db, documentId);
  if (state?.hash === hash) return false;
  db.transaction(() => {
    if (state) prepared(db, 'DELETE FROM search_fts WHERE rowid = ?').run(state.fts_rowid);
    const { lastInsertRowid } = prepared(
      db,
      'INSERT INTO search_fts (document_id, titel, onderwerp, tekst, uitleg, stems) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      documentId,
      f.titel ?? '',
      f.onderwerp ?? '',
      f.tekst,
      f.uitleg,
      stemText([f.titel, f.onderwerp, f.tekst, f.uitleg].filter(Boolean).join(' ')),
    );
    prepared(
      db,
      `INSERT INTO search_index_state (document_id, hash, fts_rowid) VALUES (?, ?, ?)
       ON CONFLICT(document_id) DO UPDATE SET hash = excluded.hash, fts_rowid = excluded.fts_rowid`,
    ).run(documentId, hash, lastInsertRowid);
  })();
  return true;
}

export function removeFromIndex(db: Db, documentId: string): void {
  const state = indexState(db, documentId);
  if (!state) return;
  // Together: a state row left pointing at a deleted FTS row could later point at another document's row.
  db.transaction(() => {
    prepared(db, 'DELETE FROM search_fts WHERE rowid = ?').run(state.fts_rowid);
    prepared(db, 'DELETE FROM search_index_state WHERE document_id = ?').run(documentId);
  })();
}

function indexState(db: Db, documentId: string): { hash: string; fts_rowid: number } | undefined {
  return prepared(db, 'SELECT hash, fts_rowid FROM search_index_state WHERE document_id = ?').get(documentId) as
    | { hash: string; fts_rowid: number }
    | undefined;
}
