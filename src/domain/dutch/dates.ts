/** Dutch dates as Kamerstukken print them ("9 februari 2023"), read to ISO `YYYY-MM-DD` and written from it. */

/** The month names, January first. */
export const MONTHS: readonly string[] = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];

/** Matches one printed date; the month names are the only words allowed, so OCR noise does not pass. */
export const DUTCH_DATE = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTHS.join('|')})\s+(\d{4})\b`, 'i');

/** The ISO form of the first Dutch date in `text`, or null. */
export function parseDutchDate(text: string): string | null {
  const m = DUTCH_DATE.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  if (day < 1 || day > 31) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO form of the last Dutch date in `text` ("… van 12 februari 2024" names the occasion's date last). */
export function parseLastDutchDate(text: string): string | null {
  const all = text.match(new RegExp(DUTCH_DATE.source, 'gi'));
  return all && all.length ? parseDutchDate(all[all.length - 1]!) : null;
}

/** True when the whole line is just a date (the OCR'd forms print the submission date on a line of its own). */
export function isDateLine(line: string): boolean {
  return new RegExp(`^${DUTCH_DATE.source}$`, 'i').test(line.trim());
}

/** "2023-02-09" (a timestamp after it is ignored) → "9 februari 2023"; null for anything that does not start so. */
export function formatDutchDate(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}` : null;
}
