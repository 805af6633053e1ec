import type { Store } from '../store/db.js';

export interface LinkReport {
  letters: number;
  references: number;
  resolved: number;
}

/** Parses letters and links them to the motions they cite. STUB until the letters work lands. */
export function linkStage(_store: Store, _options: { force?: boolean } = {}): LinkReport {
  return { letters: 0, references: 0, resolved: 0 };
}
