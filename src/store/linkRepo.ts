import type { AnsweringLetter, MotionReference, ParsedLetter } from '../domain/types.js';
import type { Db } from './db.js';

/**
 * Letters, the motion references found in them, and the reverse lookup.
 * STUB until the letters work lands.
 */
export function getAnsweringLetters(_db: Db, _motionId: string): AnsweringLetter[] {
  return [];
}

export function getReferences(_db: Db, _documentId: string): MotionReference[] {
  return [];
}

export function getParsedLetter(_db: Db, _documentId: string): { letter: ParsedLetter; summary: string | null } | null {
  return null;
}
