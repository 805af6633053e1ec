import { splitNameList } from './names.js';

/** The heading "MOTIE VAN DE LEDEN STOFFER EN BISSCHOP" / "GEWIJZIGDE MOTIE VAN HET LID X C.S. TER VERVANGING VAN …". */
export interface MotionHeading {
  kop: string;
  gewijzigd: boolean;
  /** Names as printed (capitals). */
  names: string[];
  cs: boolean;
  /** Index of the heading's first line. */
  line: number;
}

/** Tolerates the typos of real headings: "MOTIE HET LID", "MOTIE VAN DE HET LID", "GEWIJZGIDE MOTIE". */
const HEADING = /^(?:(?:NADER\s+)?GEWIJZ\p{Lu}*\s+)?MOTIE\s+(?:VAN\s+)?(?:DE\s+)?(?:HET\s+LID|LEDEN|LID)\b/u;
const HEADING_ANY_CASE = new RegExp(HEADING.source, 'iu');
/** A wrapped heading continues on capital-only lines ("EN PIRI", "C.S.", "TER VERVANGING VAN DIE GEDRUKT ONDER NR. 19"). */
const CONTINUATION = /^[\p{Lu}][\p{Lu}\s.,'’-]*(?:NR\.\s*\d+)?\.?$/u;
const STOP = /^(Voorgesteld|Plenair debat|De\s+Kamer|Ingediend)\b/i;

export function findHeading(lines: string[]): MotionHeading | null {
  let at = lines.findIndex((l) => HEADING.test(l));
  if (at < 0) at = lines.findIndex((l) => HEADING_ANY_CASE.test(l));
  if (at < 0) return null;
  const parts = [lines[at]!];
  // Continuation lines may follow after blank lines in OCR'd forms ("MOTIE VAN DE LEDEN PATERNOTTE\n\nEN PIRI").
  for (let i = at + 1; i < lines.length && i <= at + 4; i++) {
    const l = lines[i]!;
    if (!l) continue;
    if (STOP.test(l) || !CONTINUATION.test(l) || /^\d/.test(l)) break;
    parts.push(l);
  }
  const kop = parts.join(' ').replace(/\s+/g, ' ').trim();
  const gewijzigd = /^(?:NADER\s+)?GEWIJZ/i.test(kop);
  let rest = kop
    .replace(HEADING_ANY_CASE, '')
    .replace(/\s+TER\s+VERVANGING\s+VAN\b.*$/i, '')
    .trim();
  const cs = /\bC\.\s?S\.?$/i.test(rest);
  rest = rest.replace(/\s*\bC\.\s?S\.?$/i, '').trim();
  return { kop, gewijzigd, names: splitNameList(rest), cs, line: at };
}
