import { indienersOf } from '../domain/indieners.js';
import { dateOnly } from '../domain/tkRecords.js';
import type { MotionZaak } from '../domain/types.js';
import { voteResult } from '../domain/voteResult.js';
import type { Db } from '../store/db.js';
import { readActors, readMotionZaak } from '../store/tk/motionZaakReads.js';

/**
 * What the site and the export show of a motion beyond its text: its zaak (through the API's Document ↔ Zaak
 * relation), the indieners with their fractie at the time (the zaak's actors, else the document's), and the vote.
 */
export function loadMotionZaak(db: Db, documentId: string): MotionZaak | null {
  const zaak = readMotionZaak(db, documentId);
  if (!zaak) return null;
  const datum = dateOnly(zaak.gestartOp);
  let indieners = indienersOf(readActors(db, 'zaak', zaak.id, datum));
  if (indieners.length === 0) indieners = indienersOf(readActors(db, 'document', documentId, datum));
  return {
    zaakId: zaak.id,
    nummer: zaak.nummer ?? '',
    kabinetsappreciatie: zaak.kabinetsappreciatie,
    indieners,
    vote: voteResult(zaak.besluiten),
  };
}
