import type { DocumentRecord } from '../domain/types.js';
import type { Db } from '../store/db.js';
import { getDocument, listDocuments, resolveDocumentId, type ListOptions } from '../store/documentRepo.js';

/**
 * The stored documents as the CLI names and counts them (how many a stage will go through, which ids are unknown,
 * the document behind an id or kst id), so that the commands reach the store only through pipeline/.
 */

/** How many stored documents match: of one soort, among `ids` (all when none are given); deleted ones not counted. */
export function countDocuments(db: Db, filter: Pick<ListOptions, 'soort' | 'ids'>): number {
  return listDocuments(db, filter).length;
}

/** The ids among `ids` that name no stored document, in the order given. */
export function unknownDocumentIds(db: Db, ids: string[]): string[] {
  if (ids.length === 0) return [];
  const known = new Set(listDocuments(db, { ids }).map((d) => d.id));
  return ids.filter((i) => !known.has(i));
}

/** The document with this id, else the motion with this kst id (kst-32317-816); null when neither is stored. */
export function findDocument(db: Db, idOrKst: string): DocumentRecord | null {
  const id = resolveDocumentId(db, idOrKst);
  return id ? getDocument(db, id) : null;
}
