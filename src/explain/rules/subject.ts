import { foldKey } from '../../domain/dutch/fold.js';
import type { ParsedMotion } from '../../domain/types.js';

/** Who the API says signed the motion, for their fractie. */
export interface Signer {
  naam: string;
  fractie: string | null;
}

export interface Subject {
  /** "Het lid Omtzigt (NSC) en anderen", "De leden Stoffer en Bisschop (SGP)", "De Kamer". */
  text: string;
  /** "het lid Omtzigt" or "zij": how a later sentence names them ("Ook vragen zij …"). */
  again: string;
  /** Verb agreement of `text` ("Het lid X c.s. vraagt": the head is "het lid") and of `again` ("zij vragen"). */
  plural: boolean;
  againPlural: boolean;
}

/** A name's compare key: folded, single spaces ("C.  van der Plas" ~ "c. van der plas"). */
function fold(s: string): string {
  return foldKey(s).replace(/\s+/g, ' ').trim();
}

/** The fractie of a heading name ("Van der Plas") from the API's names ("C. van der Plas"), matched on the surname. */
export function fractieOf(name: string, signers: readonly Signer[]): string | null {
  const n = fold(name);
  for (const s of signers) {
    const f = fold(s.naam);
    if (s.fractie && (f === n || f.endsWith(` ${n}`) || n.endsWith(` ${f}`))) return s.fractie;
  }
  return null;
}

/**
 * The subject of the summary, with the fractie of each indiener where the API gave it: one fractie for all is written
 * once at the end ("De leden Stoffer en Bisschop (SGP)"), several after each name.
 */
export function subjectOf(parsed: Pick<ParsedMotion, 'indieners' | 'cs'>, signers: readonly Signer[] = []): Subject {
  const names = parsed.indieners;
  // "c.s." (cum suis) is written out: "en anderen" (it would also hide the end of a sentence from the sentence counter).
  const cs = parsed.cs ? ' en anderen' : '';
  if (names.length === 0) return { text: 'De Kamer', again: 'de Kamer', plural: false, againPlural: false };
  const fracties = names.map((n) => fractieOf(n, signers));
  const one = fracties.every((f) => f && f === fracties[0]) ? fracties[0]! : null;
  const named = names.map((n, i) => (!one && fracties[i] ? `${n} (${fracties[i]})` : n));
  const list = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} en ${named[named.length - 1]}`;
  const withOne = one ? `${list} (${one})` : list;
  if (names.length === 1) {
    return { text: `Het lid ${withOne}${cs}`, again: parsed.cs ? 'zij' : `het lid ${names[0]}`, plural: false, againPlural: parsed.cs };
  }
  return { text: `De leden ${withOne}${cs}`, again: 'zij', plural: true, againPlural: true };
}
