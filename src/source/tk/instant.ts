/**
 * API timestamps come as `2022-01-20T12:33:58.3595716Z` (ApiGewijzigdOp, UTC, 0–7 fraction digits) or
 * `2022-01-20T10:58:21.743+01:00` (GewijzigdOp, local offset). Watermarks are compared as strings, so they
 * are kept in one fixed form: UTC with exactly 7 fraction digits, which is also a valid OData literal.
 */
export function normalizeInstant(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(value.trim());
  if (!m) throw new Error(`not a date or timestamp: ${value}`);
  const [, day, hh = '00', mm = '00', ss = '00', frac = '', zone = 'Z'] = m;
  const fraction = (frac + '0000000').slice(0, 7);
  if (zone === 'Z' || zone === '+00:00' || zone === '-00:00') return `${day}T${hh}:${mm}:${ss}.${fraction}Z`;
  // Shift to UTC through Date for the whole seconds; keep the fraction digits as they were.
  const shifted = new Date(`${day}T${hh}:${mm}:${ss}${zone}`).toISOString().slice(0, 19);
  return `${shifted}.${fraction}Z`;
}

/** `--since 2024-01-01` or a full timestamp → the watermark form. */
export function instantFromUserInput(value: string): string {
  try {
    return normalizeInstant(value);
  } catch {
    throw new Error(`"${value}" is not a date: use YYYY-MM-DD or an ISO timestamp`);
  }
}
