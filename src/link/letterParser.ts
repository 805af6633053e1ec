import type { Footnote, ParsedLetter } from '../domain/types.js';
import { DUTCH_DATE, parseDutchDate } from '../domain/dutch/dates.js';
import { findFootnotes } from './footnotes.js';

/**
 * A Kamerbrief (or an answer to Kamervragen) read from its text: date, subject, kenmerk, sender, signatory,
 * the body without the letterhead, and the footnotes. Pure: text in, fields out; a field that is not printed is null.
 */
export interface LetterInput {
  text: string;
  /** Footnotes the extraction split off; when empty the footnotes are looked for in the text. */
  footnotes?: Footnote[];
  /** The letterhead the extraction split off, searched for date/kenmerk too. */
  letterhead?: string | null;
}

export const LETTER_PARSER_VERSION = 'letter@1';

/** Letterhead and page-furniture lines: never body text. */
const LETTERHEAD_LINE = new RegExp(
  [
    String.raw`^>?\s*Retouradres\b`,
    String.raw`^Aan de Voorzitter van de Tweede Kamer`,
    String.raw`^der Staten-Generaal$`,
    String.raw`^Postbus \d+`,
    String.raw`^\d{4} ?[A-Z]{2}\s+\S`,
    String.raw`^[A-Z]{2}\s+(?:DEN HAAG|Den Haag)`,
    String.raw`^www\.`,
    String.raw`^(?:Ons|Uw) kenmerk\b`,
    String.raw`^Bijlage\(?n?\)?\b`,
    String.raw`^Datum\b`,
    String.raw`^Onderwerp\b`,
    String.raw`^Bij beantwoording de datum`,
    String.raw`^en ons kenmerk vermelden`,
    String.raw`^Wilt u slechts één zaak`,
    String.raw`^brief behandelen\.?$`,
    String.raw`^Pagina \d+ van \d+$`,
    String.raw`^Directoraat[- ]Generaal\b`,
    String.raw`^Turfmarkt \d+`,
    String.raw`^\d{1,3}$`,
  ].join('|'),
);

const OPENING_LINE = /^\s*(?:In reactie op|In antwoord op|Hierbij (?:informeer|bied|stuur|zend|ontvangt|geef)|Met deze brief|Graag informeer ik|Geachte)\b/;

const SENDER = /^(?:De|Het)\s+((?:Minister(?:-President)?|Staatssecretaris|Minister voor [^,]+|Ministers?)(?:\s+(?:van|voor)\s+[^,\n]+)?),?\s*$/i;
const SIGNATORY = /^(?:\p{Lu}\.){1,5}\s*(?:\p{Ll}+\s+)*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$|^\p{Lu}\p{Ll}+\s+(?:\p{Ll}+\s+)*\p{Lu}[\p{L}'’-]+$/u;

function cleanLines(text: string): string[] {
  return text.replace(/\f/g, '\n').replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n').split('\n');
}

function findDatum(lines: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    const inline = new RegExp(String.raw`^Datum\s+(${DUTCH_DATE.source})`, 'i').exec(l);
    if (inline) return parseDutchDate(inline[1]!);
    if (/^Datum$/i.test(l)) {
      const next = lines.slice(i + 1, i + 4).find((x) => x.trim())?.trim() ?? '';
      const d = new RegExp(String.raw`^(${DUTCH_DATE.source})`, 'i').exec(next);
      if (d) return parseDutchDate(d[1]!);
    }
  }
  // Answers to Kamervragen: "(ontvangen 5 april 2024)".
  const joined = lines.join(' ').replace(/\s+/g, ' ');
  const received = new RegExp(String.raw`\(ontvangen (${DUTCH_DATE.source})\)`, 'i').exec(joined);
  return received ? parseDutchDate(received[1]!) : null;
}

function findOnderwerp(lines: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    const m = /^Onderwerp(?:\s+(.*))?$/.exec(l);
    if (!m) continue;
    const parts: string[] = [];
    let j = i + 1;
    if (m[1]) parts.push(m[1].trim());
    else {
      while (j < lines.length && !lines[j]!.trim()) j++;
      if (j < lines.length) parts.push(lines[j++]!.trim());
    }
    // A subject wrapped over two lines continues with a lower-case word, possibly after one empty line.
    for (let k = j; k < Math.min(lines.length, j + 3); k++) {
      const next = lines[k]!.trim();
      if (!next) continue;
      if (/^\p{Ll}/u.test(next) && !/[.?!]$/.test(parts[parts.length - 1] ?? '')) parts.push(next);
      break;
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim() || null;
  }
  return null;
}

function findKenmerk(lines: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const m = /^Ons kenmerk\s*(\S.*)?$/.exec(lines[i]!.trim());
    if (!m) continue;
    const value = m[1]?.trim() || lines.slice(i + 1, i + 4).find((x) => x.trim())?.trim() || '';
    if (/\d/.test(value) && value.length < 40) return value;
  }
  return null;
}

/** The signature block: "De Staatssecretaris van Justitie en Veiligheid," then the name. The last one in the letter counts. */
function findSender(lines: string[]): { afzender: string | null; ondertekenaar: string | null; line: number } {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = SENDER.exec(lines[i]!.trim());
    if (!m) continue;
    const afzender = lines[i]!.trim().replace(/,\s*$/, '');
    const next = lines.slice(i + 1, i + 10).find((x) => x.trim())?.trim() ?? '';
    return { afzender, ondertekenaar: SIGNATORY.test(next) ? next : null, line: i };
  }
  // Answers to Kamervragen: "Antwoord van Staatssecretaris Gräper-van Koolwijk (Onderwijs, Cultuur en Wetenschap)".
  const joined = lines.join(' ').replace(/\s+/g, ' ');
  const a = /Antwoord van (?:de )?(Minister|Staatssecretaris|minister|staatssecretaris) ([\p{Lu}][\p{L}'’ -]+?) \(([^)]+)\)/u.exec(joined);
  if (a) return { afzender: `De ${a[1]!.toLowerCase()} van ${a[3]}`, ondertekenaar: a[2]!.trim(), line: -1 };
  return { afzender: null, ondertekenaar: null, line: -1 };
}

export function parseLetter(input: LetterInput): ParsedLetter {
  const lines = cleanLines(input.text);
  const headLines = input.letterhead ? [...cleanLines(input.letterhead), ...lines] : lines;
  const footnotes = input.footnotes?.length ? input.footnotes : findFootnotes(lines.join('\n')).map((f) => ({ marker: f.marker, text: f.text }));
  const footnoteTexts = new Set(footnotes.map((f) => f.text.trim()));
  const sender = findSender(lines);
  // The letterhead stands before the opening paragraph ("In reactie op …", "Hierbij …", "Geachte …"): the body starts there.
  const openingLine = lines.findIndex((l) => OPENING_LINE.test(l));
  const body = lines
    .filter((l, i) => {
      const t = l.trim();
      if (i === sender.line) return true;
      if (openingLine > 0 && i < openingLine) return false;
      return !LETTERHEAD_LINE.test(t) && !footnoteTexts.has(t.replace(/^\d{1,2}[ \t)]+/, '')) && !/^[ \t]{20,}$/.test(l);
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return {
    datum: findDatum(headLines),
    onderwerp: findOnderwerp(headLines),
    kenmerk: findKenmerk(headLines),
    afzender: sender.afzender,
    ondertekenaar: sender.ondertekenaar,
    body,
    footnotes,
  };
}
