import { CITED_TOEVOEGING, kamerstukLabel, kamerstukNummer, PRINTED_DOSSIER } from '../domain/kamerstuk.js';
import type { KamerstukNummer } from '../domain/types.js';

/**
 * Kamerstuk citations as letters, answers and Handelingen print them, normalised to `<dossier>[-<toevoeging>]-<nr>`.
 *
 *   Kamerstuk 19 637, nr. 2380                      → 19637-2380
 *   Kamerstukken II 2019/20, 35 300 VI, nr. 37      → 35300-VI-37
 *   Kamerstukken 2022/2023, 36200, nr. 24           → 36200-24
 *   Tweede Kamer, vergaderjaar 2017–2018, 26 485, nr. 267 → 26485-267
 *   (36 200-XII, nr. 101), (35 663 nr. 27)          → 36200-XII-101, 35663-27
 *   36410-V-49, kst-32317-816, kst-21501-02-3121    → as written
 *   Zij krijgt nr. 456 (36800-XVI)                  → 36800-XVI-456 (Handelingen)
 */
export interface KamerstukCitation {
  kamerstuk: KamerstukNummer;
  /** Normalised `35300-VI-37`. */
  label: string;
  /** Where the citation starts and ends in the text searched. */
  start: number;
  end: number;
  /** The Handelingen form "Zij krijgt nr. …": by itself a motion. */
  handelingen: boolean;
}

/** A dossier number: five digits, often printed "36 410". */
const DOSSIER = `(${PRINTED_DOSSIER})`;
/** A toevoeging: Roman numerals (budget chapters), a series of one or two digits (21 501-02, 21 501-2) or one capital letter (A, B). */
const TOEVOEGING = String.raw`(?:[ \u00a0]*[-–]?[ \u00a0]*(${CITED_TOEVOEGING})(?![\p{L}\d]))?`;
/** "Kamerstuk(ken) II 2019/20," or "Tweede Kamer, vergaderjaar 2017–2018," before the number; optional. */
const PREFIX = String.raw`(?:(?:Kamerstuk(?:ken)?|Tweede Kamer)(?:[ ,]+(?:II|ll|I))?[ ,]*(?:vergaderjaar[ ]+)?(?:\d{4}[ ]*[/–-][ ]*\d{2,4}[ ]*,?[ ]*)?)?`;
/** ", nr. 37" / " nr 874" / ", nr.37"; whitespace may include one line break (pdftotext wraps). */
const NUMMER = String.raw`[ \u00a0]*,?\s{0,40}?nr\.?[ \u00a0]*(\d{1,5})(?!\d)`;

const LONG_FORM = new RegExp(String.raw`(?<![\d\p{L}])${PREFIX}${DOSSIER}${TOEVOEGING}${NUMMER}`, 'gu');
/** `kst-32317-816`, `kst-21501-02-3121`, `36410-V-49`, `36197-15` (the OData / kst spelling). */
const COMPACT_FORM = new RegExp(String.raw`(?<![\w-])(?:kst-)?(\d{5})-(?:(${CITED_TOEVOEGING})-)?(\d{1,5})(?![\w-])`, 'g');
/** Handelingen: "Zij krijgt nr. 1136 (32847)." / "Zij krijgt nr. 456 (36800-XVI)". */
const HANDELINGEN_FORM = new RegExp(String.raw`Zij krijgt nr\.\s*(\d{1,5})\s*\((\d{2}\s?\d{3})(?:[\s-]+(${CITED_TOEVOEGING}))?\)`, 'g');


/** Every kamerstuk citation in the text, in order; overlapping spellings of the same citation are reported once. */
export function findKamerstukCitations(text: string): KamerstukCitation[] {
  const found: KamerstukCitation[] = [];
  const push = (k: KamerstukNummer, start: number, end: number, handelingen: boolean): void => {
    if (found.some((c) => start < c.end && end > c.start)) return;
    found.push({ kamerstuk: k, label: kamerstukLabel(k), start, end, handelingen });
  };
  for (const m of text.matchAll(HANDELINGEN_FORM)) push(kamerstukNummer(m[2]!, m[3], m[1]!), m.index, m.index + m[0].length, true);
  for (const m of text.matchAll(LONG_FORM)) push(kamerstukNummer(m[1]!, m[2], m[3]!), m.index, m.index + m[0].length, false);
  for (const m of text.matchAll(COMPACT_FORM)) {
    // A bare "36197-15" is only taken when it is spelled as a kst id or has a toevoeging: "2019-20" and the like are not kamerstukken.
    if (!m[0].startsWith('kst-') && !m[2]) continue;
    push(kamerstukNummer(m[1]!, m[2], m[3]!), m.index, m.index + m[0].length, false);
  }
  return found.sort((a, b) => a.start - b.start);
}
