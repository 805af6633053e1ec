import { kamerstukNummer, kstId, LABEL_PARTS, parseKstId, PRINTED_DOSSIER, TOEVOEGING } from '../domain/kamerstuk.js';
import type { KamerstukNummer } from '../domain/types.js';
import { isDateLine, parseDutchDate, parseLastDutchDate } from '../domain/dutch/dates.js';

/**
 * The kamerstuk number, vergaderjaar, dossier title and proposal date of a motion, from whichever
 * place the text prints them. Sources, most reliable first:
 *  1. the `kst-36410-XVI-115` trailer of an official PDF;
 *  2. the typeset header: "36 410 XVI" / "21 501-02" / "29 984" on its own line, then "Nr. 816";
 *  3. the running footer "Tweede Kamer, vergaderjaar 2022–2023, 25 087, nr. 310";
 *  4. the number at the top of an OCR'd submitted form: "36410-V-49", "21501-02-2833".
 */
export interface KamerstukHeader {
  kamerstuk: KamerstukNummer | null;
  kst: string | null;
  vergaderjaar: string | null;
  titel: string | null;
  /** YYYY-MM-DD */
  datum: string | null;
  /** The "Voorgesteld …" line as printed. */
  voorgesteld: string | null;
  /** True for the OCR'd "ingediende" forms: no typeset header at all. */
  ocrForm: boolean;
}

const HEADER_DOSSIER = new RegExp(`^(${PRINTED_DOSSIER})(?:[ -](${TOEVOEGING}))?$`);
const HEADER_NR = /^Nr\.\s*(\d{1,5})$/i;
const RUNNING_FOOTER = new RegExp(
  `Tweede Kamer, vergaderjaar (\\d{4})\\s*[–-]\\s*(\\d{4}), (${PRINTED_DOSSIER})(?:[ -](${TOEVOEGING}))?, nr\\. ?(\\d{1,5})`,
  'i',
);
const OCR_NUMBER = new RegExp(`^${LABEL_PARTS}$`);
const VERGADERJAAR = /^Vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})$/i;
const KAMER_HEADER = /^Tweede Kamer der Staten-Generaal$/i;
const HEADING = /^(?:(?:NADER\s+)?GEWIJZ\w*\s+)?MOTIE\s+(?:VAN|HET|DE)\b/i;

export function parseKamerstukHeader(lines: string[]): KamerstukHeader {
  const header: KamerstukHeader = {
    kamerstuk: null, kst: null, vergaderjaar: null, titel: null, datum: null, voorgesteld: null, ocrForm: false,
  };
  const headingAt = lines.findIndex((l) => HEADING.test(l));
  const top = headingAt >= 0 ? lines.slice(0, headingAt) : lines.slice(0, 20);

  // 1. trailer
  for (const line of lines) {
    const k = parseKstId(line);
    if (k) {
      header.kamerstuk = k;
      break;
    }
  }

  // 2. typeset header (PDF, DOCX, official XML): dossier line, title lines, "Nr. N".
  const dossierAt = top.findIndex((l) => HEADER_DOSSIER.test(l));
  const nrAt = top.findIndex((l, i) => i > dossierAt && HEADER_NR.test(l));
  if (dossierAt >= 0 && nrAt > dossierAt) {
    const d = HEADER_DOSSIER.exec(top[dossierAt]!)!;
    header.kamerstuk ??= kamerstukNummer(d[1]!, d[2], HEADER_NR.exec(top[nrAt]!)![1]!);
    // A kamerstuk can belong to several dossiers ("36 200 VII" + "36 200 B"): the title is the first dossier's.
    const nextDossier = top.findIndex((l, i) => i > dossierAt && i < nrAt && HEADER_DOSSIER.test(l));
    header.titel = joinTitle(top.slice(dossierAt + 1, nextDossier > 0 ? nextDossier : nrAt));
  }

  // 3. running footer
  const footer = lines.map((l) => RUNNING_FOOTER.exec(l)).find((m) => m);
  if (footer) {
    header.kamerstuk ??= kamerstukNummer(footer[3]!, footer[4], footer[5]!);
    header.vergaderjaar = `${footer[1]}–${footer[2]}`;
  }

  // 4. OCR'd submitted form: the number on a line of its own near the top, the title up to the heading.
  const ocrAt = top.findIndex((l) => OCR_NUMBER.test(l));
  const typeset = top.some((l) => KAMER_HEADER.test(l) || VERGADERJAAR.test(l)) || header.kamerstuk !== null && dossierAt >= 0;
  if (ocrAt >= 0 && !typeset) {
    header.ocrForm = true;
    const m = OCR_NUMBER.exec(top[ocrAt]!)!;
    header.kamerstuk ??= kamerstukNummer(m[1]!, m[2], m[3]!);
    header.titel ??= joinTitle(top.slice(ocrAt + 1).filter((l) => !isDateLine(l)));
  } else if (!typeset) {
    header.ocrForm = true;
  }

  const vj = top.map((l) => VERGADERJAAR.exec(l)).find((m) => m);
  if (vj) header.vergaderjaar = `${vj[1]}–${vj[2]}`;

  header.kst = header.kamerstuk ? kstId(header.kamerstuk) : null;

  // Proposal date: "Voorgesteld 9 februari 2023", "Voorgesteld tijdens het Wetgevingsoverleg van 12 februari 2024",
  // "Ingediend op 15 februari 2023 tijdens …"; an OCR'd form has the date on a line of its own.
  const vAt = lines.findIndex((l) => /^Voorgesteld\b/i.test(l));
  if (vAt >= 0) {
    let printed = lines[vAt]!;
    // A long occasion can wrap; the date completes it.
    if (!parseDutchDate(printed) && lines[vAt + 1] && parseDutchDate(`${printed} ${lines[vAt + 1]}`)) printed = `${printed} ${lines[vAt + 1]}`;
    header.voorgesteld = printed;
    header.datum = parseLastDutchDate(printed);
  }
  if (!header.datum) {
    const ingediend = lines.find((l) => /^Ingediend op\b/i.test(l));
    const dateLine = lines.find((l) => isDateLine(l));
    header.datum = (ingediend && parseDutchDate(ingediend)) || (dateLine ? parseDutchDate(dateLine) : null);
  }
  return header;
}

function joinTitle(lines: string[]): string | null {
  const t = lines.filter((l) => l && !/^\d{1,2}$/.test(l)).join(' ').replace(/\s+/g, ' ').trim();
  return t || null;
}

/**
 * The vergaderjaar a date falls in, for forms that do not print it. A vergaderjaar starts on the
 * third Tuesday of September (Prinsjesdag), so September itself is left undecided.
 */
export function vergaderjaarOf(isoDate: string): string | null {
  const m = /^(\d{4})-(\d{2})/.exec(isoDate);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month === 9) return null;
  return month >= 10 ? `${year}–${year + 1}` : `${year - 1}–${year}`;
}
