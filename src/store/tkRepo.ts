import type { MotionZaak } from '../domain/types.js';
import type { Db } from './db.js';

/**
 * Tweede Kamer API records (zaak, besluit, stemming, persoon, fractie, actors).
 * STUB until the sync work lands: the foundation has no API data yet.
 */
export function getMotionZaak(_db: Db, _documentId: string): MotionZaak | null {
  return null;
}
