/**
 * API timestamps come as `2022-01-20T12:33:58.3595716Z` (ApiGewijzigdOp, SyncFeed `<updated>`: UTC, 0–7
 * fraction digits), `2022-01-20T10:58:21.743+01:00` (OData GewijzigdOp, local offset) or
 * `2026-09-10T13:40:40.9030000` (SyncFeed `tk:bijgewerkt` and datetime fields: Amsterdam local time
 * WITHOUT an offset, docs/sync.md). They are kept in one fixed form, compared as strings: UTC with
 * exactly 7 fraction digits, which is also a valid OData literal.
 */

/** How to read a timestamp that has no offset: as UTC (the OData convention) or as Amsterdam local time (SyncFeed). */
export type NaiveTime = 'utc' | 'amsterdam';

const INSTANT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:\d{2})?$/;

export function normalizeInstant(value: string, naive: NaiveTime = 'utc'): string {
  const m = INSTANT.exec(value.trim());
  if (!m) throw new Error(`not a date or timestamp: ${value}`);
  const [, day, hh = '00', mm = '00', ss = '00', frac = '', given] = m;
  const zone = given ?? (naive === 'amsterdam' ? amsterdamOffset(`${day}T${hh}:${mm}:${ss}`) : 'Z');
  const fraction = (frac + '0000000').slice(0, 7);
  if (zone === 'Z' || zone === '+00:00' || zone === '-00:00') return `${day}T${hh}:${mm}:${ss}.${fraction}Z`;
  // Shift to UTC through Date for the whole seconds; keep the fraction digits as they were.
  const shifted = new Date(`${day}T${hh}:${mm}:${ss}${zone}`).toISOString().slice(0, 19);
  return `${shifted}.${fraction}Z`;
}

/** `--since 2024-01-01` or a full timestamp → the normalised form. */
export function instantFromUserInput(value: string): string {
  try {
    return normalizeInstant(value);
  } catch {
    throw new Error(`"${value}" is not a date: use YYYY-MM-DD or an ISO timestamp`);
  }
}

const AMSTERDAM = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });

/**
 * The offset of Europe/Amsterdam at a local wall-clock time, e.g. `+01:00` or `+02:00`. The offset is
 * looked up at the wall-clock time read as UTC and corrected once, which is exact except inside the one
 * ambiguous hour of the autumn change (then summer time is taken).
 */
function amsterdamOffset(localWallClock: string): string {
  // The offset changes only on the hour: one lookup per distinct hour (a full sync reads millions of timestamps).
  const hour = localWallClock.slice(0, 13);
  let offset = OFFSET_BY_HOUR.get(hour);
  if (offset === undefined) {
    const asUtc = Date.parse(`${hour}:00:00Z`);
    offset = offsetAt(asUtc - minutes(offsetAt(asUtc)) * 60_000);
    if (OFFSET_BY_HOUR.size > 200_000) OFFSET_BY_HOUR.clear();
    OFFSET_BY_HOUR.set(hour, offset);
  }
  return offset;
}

const OFFSET_BY_HOUR = new Map<string, string>();

function offsetAt(ms: number): string {
  const name = AMSTERDAM.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
}

function minutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h = 0, m = 0] = offset.slice(1).split(':').map(Number);
  return sign * (h * 60 + m);
}

/** The calendar day in Amsterdam of a normalised instant: the day the Kamer met. */
export function amsterdamDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}
