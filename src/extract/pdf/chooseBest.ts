import type { QualityStatus } from '../../domain/types.js';
import type { ExtractedText } from '../../domain/types.js';

const RANK: Record<QualityStatus, number> = { ok: 4, suspect: 3, garbled: 2, empty: 1, unreadable: 0 };

/** The better of two extractions: the better status first, then the higher score; ties keep the first. */
export function better(a: ExtractedText, b: ExtractedText): ExtractedText {
  const ra = RANK[a.verdict.status];
  const rb = RANK[b.verdict.status];
  if (ra !== rb) return ra > rb ? a : b;
  return b.verdict.score > a.verdict.score + 0.02 ? b : a;
}

export function statusRank(s: QualityStatus): number {
  return RANK[s];
}
