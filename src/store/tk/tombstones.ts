import { prepared, type Db } from '../db.js';

/** Applies a tombstone to a record we hold; records we never stored are not created. Returns true when one was marked. */
export function markDeleted(db: Db, entitySet: 'Document' | 'Zaak', id: string): boolean {
  if (entitySet === 'Zaak') return prepared(db, 'UPDATE tk_zaak SET verwijderd = 1 WHERE id = ? AND verwijderd = 0').run(id).changes > 0;
  const a = prepared(db, 'UPDATE tk_document SET verwijderd = 1 WHERE id = ? AND verwijderd = 0').run(id).changes;
  const b = prepared(db, 'UPDATE documents SET verwijderd = 1 WHERE id = ? AND verwijderd = 0').run(id).changes;
  return a + b > 0;
}
