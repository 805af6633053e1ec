import type { KamerstukNummer } from '../domain/types.js';
import { parseKamerstuk } from '../domain/kamerstuk.js';
import { surnameKey } from '../domain/dutch/names.js';
import type { FoundReference } from './referenceFinder.js';

/**
 * Resolves a found reference to a stored motion.
 * 1. Exact kamerstuk match → `zeker: true`.
 * 2. Otherwise, for a reference by name: motions whose first indiener is the first name and whose indieners include every name, submitted before the letter
 *    (and at most a year before a date hint such as "de op 10 april 2018 aangenomen motie"), ranked by the subject
 *    words they share with the reference's sentence and the letter's subject. Only a single best candidate is taken,
 *    marked probable (`zeker: false`).
 */
export interface MotionCandidate {
  id: string;
  datum: string | null;
  /** Surnames of the indieners (and ondertekenaars) as in the motion, the first indiener first. */
  names: string[];
  /** Titel, onderwerp and dictum words. */
  words: Set<string>;
}

export interface ResolveContext {
  byKamerstuk: (k: KamerstukNummer) => string | null;
  candidates: MotionCandidate[];
  /** The letter's date, YYYY-MM-DD. */
  letterDatum: string | null;
  /** The letter's subject, for shared words. */
  onderwerp: string | null;
}

export interface Resolution {
  motieId: string | null;
  zeker: boolean;
  confidence: number;
}

const STOPWORDS = new Set(
  'de het een en van in op te dat die dit deze met voor naar over door bij aan als ook niet wordt worden zijn heeft hebben kan kunnen zal zullen motie moties regering kabinet kamer verzoekt leden lid uw onze'.split(' '),
);

/** Content words (5+ letters, lower case, no stopwords) for subject overlap. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}{5,}/gu)) if (!STOPWORDS.has(m[0])) out.add(m[0]);
  return out;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

export function resolveReference(ref: FoundReference, ctx: ResolveContext): Resolution {
  if (ref.kamerstuk) {
    const k = parseKamerstuk(ref.kamerstuk);
    const id = k ? ctx.byKamerstuk(k) : null;
    if (id) return { motieId: id, zeker: true, confidence: Math.max(ref.confidence, 0.95) };
    // A cited kamerstuk that is not stored is not matched by name: the name would find a different motion.
    return { motieId: null, zeker: false, confidence: ref.confidence };
  }
  if (ref.names.length === 0) return { motieId: null, zeker: false, confidence: ref.confidence };
  const wanted = ref.names.map(surnameKey);
  const words = contentWords(`${ref.snippet} ${ctx.onderwerp ?? ''}`);
  const scored: { id: string; score: number }[] = [];
  for (const c of ctx.candidates) {
    // A motion is named after its first indiener ("motie-Leijten" is not a motion Leijten co-signed).
    const have = new Set(c.names.map(surnameKey));
    if (c.names.length === 0 || surnameKey(c.names[0]!) !== wanted[0] || !wanted.every((w) => have.has(w))) continue;
    // Cited motions come before the citing document: a motion of the same day was not yet voted on.
    if (c.datum && ctx.letterDatum && c.datum >= ctx.letterDatum) continue;
    if (ref.dateHint && c.datum) {
      const d = daysBetween(c.datum, ref.dateHint);
      if (d < 0 || d > 366) continue;
    }
    let shared = 0;
    for (const w of words) if (c.words.has(w)) shared++;
    scored.push({ id: c.id, score: shared + (ref.dateHint && c.datum ? 2 : 0) });
  }
  scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const best = scored[0];
  // Probable only when one motion stands out, with at least two shared subject words (or a matching date hint).
  if (!best || best.score < 2 || (scored.length > 1 && best.score === scored[1]!.score)) {
    return { motieId: null, zeker: false, confidence: ref.confidence };
  }
  return { motieId: best.id, zeker: false, confidence: Math.min(0.8, ref.confidence) };
}
