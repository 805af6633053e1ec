/** Name handling shared by the heading, the signatures and the onderwerp. */
import { foldKey } from '../domain/dutch/fold.js';

/** Compare key: no accents, no dots, lower-case, single spaces. "LÉON DE JONG" and "Leon de Jong" are equal. */
export function nameKey(name: string): string {
  return foldKey(name)
    .replace(/[.’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits "X, Y EN Z" / "X, Y en Z" into names. */
export function splitNameList(list: string): string[] {
  return list
    .split(/\s*,\s*|\s+en\s+/i)
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The names of "Motie van het lid X c.s. over …" / "Gewijzigde motie van de leden X en Y (t.v.v. …) over …". */
export function namesFromOnderwerp(onderwerp: string | null | undefined): string[] {
  if (!onderwerp) return [];
  const m = /motie van (?:het lid|de leden)\s+(.+?)(?:\s+c\.s\.|\s+\(|\s+over\s|$)/i.exec(onderwerp.trim());
  return m ? splitNameList(m[1]!) : [];
}

/** Edit distance, to recognise an OCR'd signature ("Tulinman") as a heading name ("Tuinman"). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Close enough to be the same name misread by OCR: at most one error per five letters, never for short names. */
export function sameNameOcr(candidate: string, name: string): boolean {
  const a = nameKey(candidate);
  const b = nameKey(name);
  if (a === b) return true;
  if (b.length < 5) return false;
  return editDistance(a, b) <= Math.floor(b.length / 5);
}
