const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "10 april 2018" → "2018-04-10"; null when it is not a Dutch date. */
export function parseDutchDate(s: string): string | null {
  const m = /^\s*(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s*$/u.exec(s);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  const day = Number(m[1]);
  if (month < 0 || day < 1 || day > 31) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The pattern of a Dutch date in running text, for callers that search. */
export const DUTCH_DATE = String.raw`\d{1,2}\s+(?:${MONTHS.join('|')})\s+\d{4}`;
