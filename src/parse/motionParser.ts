import type { ParsedMotion } from '../domain/types.js';
import { findBody, isEndLine } from './body.js';
import { splitClauses } from './clauses.js';
import { findHeading } from './heading.js';
import { resolveIndieners } from './indieners.js';
import { kstId, parseKstId } from '../domain/kamerstuk.js';
import { parseKamerstukHeader, vergaderjaarOf } from './kamerstukHeader.js';
import { namesFromOnderwerp } from './names.js';
import { toLines, withoutPageNoise } from './pageNoise.js';
import { ocrSignatures, signatureStart, typesetSignatures } from './signatures.js';

export interface MotionMetadata {
  titel?: string | null;
  onderwerp?: string | null;
  datum?: string | null;
  /** The `kst-…` id the extraction stage took out of the text as trailer metadata (`ExtractedText.trailer.kst`). */
  kst?: string | null;
}

/** Bump when the parser's output changes, so stored parses are redone. */
export const PARSER_VERSION = 'motion@1';

/**
 * Parses a motion's text into its structure.
 *
 * Contract:
 * - `text` is the plain text of one motion in any of the forms we meet: an official Kamerstuk PDF as extracted by
 *   pdftotext (one or two pages; the page-1 footer may sit inside the last clause), an OCR'd "ingediende" form
 *   (number like `36410-V-49` at the top, no `kst-` trailer, OCR noise), DOCX/DOC text (capital header, hyphen in the
 *   vergaderjaar), or the text rendered from the official XML (header lines, then one `<al>` paragraph per line).
 * - Returns null when the text has no motion heading ("MOTIE VAN …") and no operative clause: it is not a motion.
 * - Never invents: a field the text does not show is null/empty and a `warnings` entry says so; `meta.datum`,
 *   `meta.titel` and `meta.kst` only fill in the date, title and number when the text has none; `meta.onderwerp`
 *   only helps capitalise names (and corrects a heading typo that a signature confirms).
 * - Clause texts are the motion's own words with whitespace folded and page furniture removed.
 */
export function parseMotion(text: string, meta: MotionMetadata = {}): ParsedMotion | null {
  const rawLines = toLines(text);
  const header = parseKamerstukHeader(rawLines);
  if (!header.kamerstuk && meta.kst) {
    header.kamerstuk = parseKstId(meta.kst);
    header.kst = header.kamerstuk ? kstId(header.kamerstuk) : null;
  }
  const lines = withoutPageNoise(rawLines);
  const heading = findHeading(lines);

  const body = findBody(lines, heading ? heading.line + 1 : 0);
  const bodyEnd = body.end >= 0 ? body.end : lines.length;
  let bodyLines = lines.slice(body.start, bodyEnd);
  let tail = body.end >= 0 ? lines.slice(body.end + 1) : [];

  const headingNames = heading?.names ?? [];
  const onderwerpNames = namesFromOnderwerp(meta.onderwerp);
  const typesetTail = header.ocrForm ? [] : typesetSignatures(tail);
  const indieners = resolveIndieners(headingNames, onderwerpNames, typesetTail);

  // An OCR'd form without the closing line: the signatures start at the first line that is a heading name.
  if (body.end < 0 && header.ocrForm && indieners.length) {
    const sigAt = signatureStart(bodyLines, indieners);
    if (sigAt > 0) {
      tail = bodyLines.slice(sigAt);
      bodyLines = bodyLines.slice(0, sigAt);
    }
  }
  const { considerations, operative } = splitClauses(bodyLines.filter((l) => !isEndLine(l)));
  if (!heading && operative.length === 0) return null;

  const warnings: string[] = [];
  const ondertekenaars = header.ocrForm ? ocrSignatures(tail, indieners) : typesetTail;
  let vergaderjaar = header.vergaderjaar;
  const datum = header.datum ?? meta.datum ?? null;
  if (!vergaderjaar && datum) {
    vergaderjaar = vergaderjaarOf(datum);
    if (vergaderjaar) warnings.push('vergaderjaar afgeleid uit de datum');
  }
  if (!header.kamerstuk) warnings.push('geen kamerstuknummer gevonden');
  if (!heading) warnings.push('geen kop "MOTIE VAN …" gevonden');
  if (!header.datum) warnings.push(meta.datum ? 'datum uit de metadata' : 'geen datum gevonden');
  if (operative.length === 0) warnings.push('geen dictum gevonden');
  if (body.end < 0) warnings.push('slotzin "en gaat over tot de orde van de dag" ontbreekt');

  return {
    kamerstuk: header.kamerstuk,
    kst: header.kst,
    vergaderjaar,
    titel: header.titel ?? meta.titel ?? null,
    kop: heading?.kop ?? null,
    gewijzigd: heading?.gewijzigd ?? false,
    indieners,
    cs: heading?.cs ?? false,
    ondertekenaars,
    datum,
    voorgesteld: header.voorgesteld,
    considerations,
    operative,
    warnings,
  };
}
