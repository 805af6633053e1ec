import { proseTussenvoegselPattern } from '../domain/dutch/names.js';
/**
 * Motions named after their submitters: "motie Becker c.s.", "de motie-Fritsma", "motie van het lid Fritsma",
 * "motie van de leden Stoffer en Bisschop", "motie Hagen/Sneller", "motie van Nispen1" (footnote marker glued on).
 * Upper-case headings ("MOTIE VAN HET LID …") are the motion itself, not a reference to it, and are not matched.
 */
export interface NameMention {
  /** As the text names it, normalised: "motie Becker c.s.", "motie van het lid Fritsma". */
  naam: string;
  /** Surnames with their tussenvoegsels: ["Becker"], ["Van Zanten"], ["Hagen", "Sneller"]. */
  names: string[];
  cs: boolean;
  start: number;
  end: number;
  /** A footnote number glued to the end of the mention ("Brekelmans1", "c.s.2"), if any. */
  marker: number | null;
}

const TUSSENVOEGSEL = proseTussenvoegselPattern();
/** One surname: optional tussenvoegsel, then capitalised parts joined by hyphens ("Martens-America", "Gräper-van Koolwijk"). */
const SURNAME = String.raw`(?!Kamerstuk|Kamer\b|Tweede\b|Handelingen\b)(?:${TUSSENVOEGSEL}\s+)?\p{Lu}[\p{Ll}'’]+(?:-(?:${TUSSENVOEGSEL}\s+)?\p{Lu}[\p{Ll}'’]+)*`;
const NAMES = String.raw`${SURNAME}(?:\s*\/\s*${SURNAME}|,\s*${SURNAME}|\s+en\s+${SURNAME})*`;
const CS = String.raw`(?:\s*c\.?\s?s\b\.?)?`;

/** "motie van het lid X", "motie van de leden X en Y", "Motie van lid X". */
const FORMAL = new RegExp(String.raw`\b([Mm]otie)[- \t]+van[ \t]+(?:(?:het|de)[ \t]+)?(lid|leden)\s+(${NAMES})(${CS})`, 'gu');
/** "motie-Fritsma", "motie Becker c.s.", "motie Hagen/Sneller", "motie van Nispen". */
const SHORT = new RegExp(String.raw`\b([Mm]otie)(?:-|[ \t]+|[ \t]*\n[ \t]*)(${NAMES})(${CS})`, 'gu');

/** Capitalised words that follow "motie" but are not names. */
const NOT_NAMES = new Set(
  [
    'kamer', 'regering', 'kabinet', 'minister', 'staatssecretaris', 'voorzitter', 'tweede', 'eerste', 'europese', 'nederland',
    'in', 'op', 'deze', 'die', 'dit', 'het', 'een', 'ook', 'zij', 'hij', 'wij', 'ik', 'dan', 'maar', 'en', 'de', 'zoals', 'over',
    'aangenomen', 'verworpen', 'motie', 'moties', 'lid', 'leden', 'uw', 'onze', 'gewijzigde', 'nader',
  ].map((w) => w.toLowerCase()),
);

function lastWord(name: string): string {
  return (name.split(/\s+/).pop() ?? '').toLowerCase();
}

function splitNames(names: string): string[] {
  return names
    .split(/\s*\/\s*|,\s*|\s+en\s+/)
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((n) => n.charAt(0).toUpperCase() + n.slice(1));
}

function markerAfter(text: string, end: number): number | null {
  const m = /^[.)?]?(\d{1,2})(?!\d)/.exec(text.slice(end, end + 4));
  return m ? Number(m[1]) : null;
}

export function findNameMentions(text: string): NameMention[] {
  const out: NameMention[] = [];
  const take = (m: RegExpMatchArray, formal: boolean): void => {
    const rawNames = formal ? m[3]! : m[2]!;
    const csPart = formal ? m[4]! : m[3]!;
    const names = splitNames(rawNames);
    if (names.length === 0 || names.some((n) => NOT_NAMES.has(lastWord(n)))) return;
    // "motie van de" + a non-name is the FORMAL pattern's business, not a surname "van De …".
    if (!formal && /^van\s+(?:het|de)\s+(?:lid|leden)\b/i.test(rawNames)) return;
    const start = m.index!;
    const end = start + m[0].length;
    if (out.some((o) => start < o.end && end > o.start)) return;
    const cs = csPart.trim().length > 0;
    const who = formal ? `van ${m[2] === 'lid' ? 'het lid' : 'de leden'} ${joinNames(names)}` : names.join('/');
    out.push({ naam: `motie ${who}${cs ? ' c.s.' : ''}`, names, cs, start, end, marker: markerAfter(text, end) });
  };
  for (const m of text.matchAll(FORMAL)) take(m, true);
  for (const m of text.matchAll(SHORT)) take(m, false);
  return out.sort((a, b) => a.start - b.start);
}

function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}
