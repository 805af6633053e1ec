import { normalizeInstant } from '../../domain/instant.js';
import type { Checkpoint } from '../../domain/tkRecords.js';

/*
 * Several records can share one instant (bulk corrections re-emit thousands at once), so the next read asks
 * `ApiGewijzigdOp ge watermark` and skips the ids stored at that instant: nothing is read twice or skipped.
 */


export interface Stamped {
  Id: string;
  ApiGewijzigdOp?: string | null;
}

/** True for a record the checkpoint says is already stored. */
export function alreadyStored(checkpoint: Checkpoint | null, r: Stamped): boolean {
  return !!checkpoint && !!r.ApiGewijzigdOp && normalizeInstant(r.ApiGewijzigdOp) === checkpoint.watermark && checkpoint.ids.includes(r.Id);
}

/** The checkpoint after storing these records. Records without ApiGewijzigdOp (bare tombstones) cannot move it. */
export function advance(current: Checkpoint | null, records: Stamped[]): Checkpoint | null {
  let cp = current ? { watermark: current.watermark, ids: [...current.ids] } : null;
  for (const r of records) {
    if (!r.ApiGewijzigdOp) continue;
    const s = normalizeInstant(r.ApiGewijzigdOp);
    if (!cp || s > cp.watermark) cp = { watermark: s, ids: [r.Id] };
    else if (s === cp.watermark && !cp.ids.includes(r.Id)) cp.ids.push(r.Id);
  }
  return cp;
}

/** A watermark moved by whole days, in the same normalised form. */
export function shiftDays(watermark: string, days: number): string {
  const shifted = new Date(Date.parse(watermark.slice(0, 19) + 'Z') + days * 86_400_000).toISOString().slice(0, 19);
  return `${shifted}${watermark.slice(19)}`;
}
