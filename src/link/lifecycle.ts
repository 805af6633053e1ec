import type { AnsweringLetter, DocumentRecord, Lifecycle, MotionZaak, ParsedMotion } from '../domain/types.js';

export interface LifecycleInput {
  document: DocumentRecord;
  parsed: ParsedMotion | null;
  zaak: MotionZaak | null;
  letters: AnsweringLetter[];
}

/**
 * A motion's life from all sources: submitted, voted, answered.
 * STUB (foundation): only the submission is known until votes and letters arrive.
 */
export function buildLifecycle(input: LifecycleInput): Lifecycle {
  const datum = input.parsed?.datum ?? input.document.datum;
  return {
    fase: 'ingediend',
    events: [{ datum, soort: 'ingediend', label: 'Ingediend' }],
  };
}
