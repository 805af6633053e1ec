/** Dutch dates as printed in Kamerstukken ("9 februari 2023") → ISO `YYYY-MM-DD`. */

const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6,
  juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12,
};

/** Matches one printed date; the month names are the only words allowed, so OCR noise does not pass. */
export const DUTCH_DATE = /\b(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(\d{4})\b/i;

/** The ISO form of the first Dutch date in `text`, or null. */
export function parseDutchDate(text: string): string | null {
  const m = DUTCH_DATE.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = MONTHS[m[2]!.toLowerCase()]!;
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
