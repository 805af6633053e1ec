import { isTussenvoegsel, TUSSENVOEGSELS } from '../domain/dutch/names.js';
import { nameKey, sameNameOcr, splitNameList } from './names.js';

/**
 * The names signed under a motion. On a typeset text every line after "en gaat over tot de orde van de dag"
 * is one signature. On an OCR'd form, handwritten co-signatures come out as noise ("VELDUANE", "Prelee Lucas",
 * "Tews"), so only names that are certain are kept:
 *  - a heading name, also when OCR split it over lines ("De" / "Roon") or misread it ("Tulinman" → "Tuinman");
 *  - a typed name in the unbroken run of lines that starts with the first signer (no blank line, no noise line
 *    in between), written like a name (capital, then lower-case letters; all-capitals is handwriting read by OCR);
 *  - the names of the typed note "Later toegevoegde medeindiener(s): Ceder".
 */

/** "Van der Lee", "Inge van Dijk", "Rikkers-Oosterkamp", "Gündoğan", "Den Haan". */
const NAME_LINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}\.)(?:[ -](?:\p{Lu}[\p{Ll}\p{M}]+|${[...TUSSENVOEGSELS].join('|')}|\p{Lu}\.)|[-]\p{Lu}[\p{Ll}\p{M}]+)*$`,
  'u',
);

export function looksLikeName(line: string): boolean {
  return line.length >= 3 && line.length <= 40 && NAME_LINE.test(line) && /\p{Ll}{2}/u.test(line);
}

/** A signature line without the punctuation some texts put after it ("Tielen.", "Stoffer,", "Van der Plas en"). */
function signatureLine(line: string): string {
  return line.replace(/(?:[.,]|\s+en)$/, '').trim();
}

/** "Inge van" / "De": the first part of a name that OCR split over lines, not a signature by itself. */
function endsInTussenvoegsel(line: string): boolean {
  const m = /^(?:\p{Lu}\p{Ll}*\s+)?(\S+)$/u.exec(line);
  return m !== null && isTussenvoegsel(m[1]!);
}

export function typesetSignatures(lines: string[]): string[] {
  return lines.map(signatureLine).filter((l) => l && looksLikeName(l));
}

/** The typed note on a submitted form: "Later toegevoegde medeindiener(s): Ceder". */
const LATER_ADDED = /^Later toegevoegde medeindiener\(?s?\)?:\s*(.+)$/i;

export function ocrSignatures(lines: string[], headingNames: string[]): string[] {
  const found: string[] = [];
  const laterAdded = lines.flatMap((l) => {
    const m = LATER_ADDED.exec(l.trim());
    return m ? splitNameList(m[1]!).filter(looksLikeName) : [];
  });
  const add = (n: string) => {
    if (!found.some((f) => nameKey(f) === nameKey(n))) found.push(n);
  };
  let chainOpen = false; // true while we are in the unbroken run that starts with an accepted signature
  let seenSignature = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/^[“”"|\\(]+\s*/, '').trim();
    if (!line) {
      chainOpen = false;
      continue;
    }
    // A heading name, possibly split over up to three non-blank lines.
    const nonBlank = lines.slice(i).map((l, k) => ({ l: l.trim(), k })).filter((x) => x.l).slice(0, 3);
    let matched: { name: string; span: number } | null = null;
    for (let n = nonBlank.length; n >= 1 && !matched; n--) {
      const joined = nonBlank.slice(0, n).map((x) => x.l).join(' ');
      const name = headingNames.find((h) => sameNameOcr(joined, h));
      if (name && (n === 1 || nonBlank.slice(0, n).every((x) => /^[\p{L} .'-]+$/u.test(x.l)))) matched = { name, span: nonBlank[n - 1]!.k };
    }
    if (matched) {
      add(matched.name);
      i += matched.span;
      chainOpen = true;
      seenSignature = true;
      continue;
    }
    if ((chainOpen || !seenSignature) && looksLikeName(line) && !endsInTussenvoegsel(line)) {
      add(line);
      chainOpen = true;
      seenSignature = true;
      continue;
    }
    chainOpen = false;
  }
  laterAdded.forEach(add);
  return found;
}

/**
 * Where the signatures begin in an OCR'd form that lacks "en gaat over tot de orde van de dag": the first line that
 * is a heading name, or the first word of one on a line of its own ("Leon" / "de Jong"). -1 when there is none.
 */
export function signatureStart(lines: string[], headingNames: string[]): number {
  return lines.findIndex(
    (l) => headingNames.some((n) => sameNameOcr(l, n)) || (/^\p{Lu}\p{Ll}+$/u.test(l) && headingNames.some((n) => n.startsWith(`${l} `))),
  );
}
