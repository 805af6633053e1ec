import { chooseExplanation } from '../explain/chooseExplanation.js';
import type { Store } from '../store/db.js';
import { getExplanations, getText, listDocuments } from '../store/documentRepo.js';
import { indexDocument, removeFromIndex } from '../store/searchIndex.js';

/** Brings the full-text index in line with the store: changed documents re-indexed, deleted ones removed. */
export function indexStage(store: Store): { indexed: number } {
  let indexed = 0;
  for (const doc of listDocuments(store.db, { includeDeleted: true })) {
    if (doc.verwijderd) {
      removeFromIndex(store.db, doc.id);
      continue;
    }
    const e = chooseExplanation(getExplanations(store.db, doc.id));
    const uitleg = e && e.status === 'ok' ? `${e.samenvatting} ${e.implicatie}` : '';
    if (indexDocument(store.db, doc.id, { titel: doc.titel, onderwerp: doc.onderwerp, tekst: getText(store.db, doc.id)?.text ?? '', uitleg })) indexed++;
  }
  return { indexed };
}
