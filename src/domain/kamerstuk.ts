import type { KamerstukNummer } from './types.js';

/**
 * The one place for kamerstuk numbering: how a kamerstuk's parts are normalised, written and read back,
 * whatever printed them (a motion's header or trailer, a letter's citation, an export label).
 *
 *   35300-VI-37     dossier 35300, toevoeging VI (a budget chapter), nr. 37
 *   21501-02-3121   a numeric series is two digits: "21 501-2" is 21501-02
 *   kst-32317-816   the official document id: the label with "kst-" before it
 */

/** Dossier without spaces, a numeric toevoeging as two digits, letters upper case. */
export function kamerstukNummer(dossier: string, toevoeging: string | null | undefined, nummer: string | number): KamerstukNummer {
  const t = toevoeging ? (/^\d$/.test(toevoeging) ? `0${toevoeging}` : toevoeging.toUpperCase()) : null;
  return { dossier: dossier.replace(/[\s\u00a0]/g, ''), toevoeging: t, nummer: Number(nummer) };
}

/** `36410-XVI`, `21501-02`, `32317`: the dossier with its toevoeging. */
export function dossierLabel(k: KamerstukNummer | null): string | null {
  return k ? (k.toevoeging ? `${k.dossier}-${k.toevoeging}` : k.dossier) : null;
}

/** `35300-VI-37`. */
export function kamerstukLabel(k: KamerstukNummer): string {
  return `${dossierLabel(k)}-${k.nummer}`;
}

/** `kst-35300-VI-37`, the form the official trailers and document ids use. */
export function kstId(k: KamerstukNummer): string {
  return `kst-${kamerstukLabel(k)}`;
}

/** A toevoeging: Roman numerals or letters (XVI, V, A), or a one- or two-digit series (02). */
export const TOEVOEGING = String.raw`[A-Z]{1,6}|\d{1,2}`;
/**
 * A toevoeging as running text cites it: Roman numerals, a series, or one capital letter. Narrower than `TOEVOEGING`,
 * as in prose a word in capitals may follow the dossier ("36 200 EZK").
 */
export const CITED_TOEVOEGING = String.raw`[IVXL]{1,6}|\d{1,2}|[A-Z]`;
/** A dossier as printed: five digits, often with a (no-break) space after the second ("36 410"). */
export const PRINTED_DOSSIER = String.raw`\d{2}[ \u00a0]?\d{3}`;
/** The label without "kst-": dossier, toevoeging, nummer as groups 1–3 ("36410-V-49", "21501-02-2833"). */
export const LABEL_PARTS = String.raw`(\d{5,6})(?:-(${TOEVOEGING}))?-(\d{1,5})`;
const LABEL = new RegExp(`^(?:kst-)?${LABEL_PARTS}$`, 'i');

/** `35300-VI-37` or `kst-35300-VI-37` → its parts; null for anything else (an `ah-tk-…` id, noise). */
export function parseKamerstuk(label: string): KamerstukNummer | null {
  const m = LABEL.exec(label.trim());
  return m ? kamerstukNummer(m[1]!, m[2], m[3]!) : null;
}

/** `kst-36410-XVI-115` → its parts; null for anything else (a label without "kst-", an `ah-tk-…` id, noise). */
export function parseKstId(kst: string): KamerstukNummer | null {
  return /^kst-/i.test(kst.trim()) ? parseKamerstuk(kst) : null;
}
