import type { DocumentRecord, ExtractedText, KamerstukNummer, LinkedReference, ParsedLetter, ParsedMotion } from '../domain/types.js';
import { UNREADABLE_STATUSES } from '../domain/types.js';
import { parseKamerstuk } from '../domain/kamerstuk.js';
import { LETTER_PARSER_VERSION, parseLetter } from './letterParser.js';
import { SUMMARY_VERSION, summarizeLetter } from './letterSummary.js';
import { surnameOf } from '../domain/dutch/names.js';
import { FINDER_VERSION, findReferences, normaliseText } from './referenceFinder.js';
import { contentWords, resolveReference, type MotionCandidate } from './resolver.js';
import { findStanceAt, STANCE_VERSION } from './stance.js';

/**
 * The link stage's one entry point for a document: a letter is parsed and summarised, every document (letter or
 * 'overig') has its motion references found, resolved against the stored motions and given the letter's stance.
 * Domain types in, domain types out: `pipeline/linkStage.ts` loads, calls this, stores.
 */

/** Bump any of these when its output changes: every document is relinked on the next run. */
export const LINK_VERSION = [FINDER_VERSION, LETTER_PARSER_VERSION, SUMMARY_VERSION, STANCE_VERSION, 'resolve@1'];

/** What a document is linked against: the stored motions, by kamerstuk and (asked for once, when first needed) by name. */
export interface LinkContext {
  byKamerstuk: (k: KamerstukNummer) => string | null;
  candidates: () => MotionCandidate[];
}

export interface DocumentLinks {
  /** The parsed letter; null for a document that is not a letter. */
  letter: ParsedLetter | null;
  /** The rules summary; null for garbled text (only its references are trusted) and for non-letters. */
  summary: string | null;
  references: LinkedReference[];
}

/**
 * Why a text is not linked, or null when it is. A garbled text is linked: its readable parts may cite motions, and each
 * reference found in it is checked on its own; an empty or unreadable one has nothing to find.
 */
export function notLinkable(text: ExtractedText | null): string | null {
  if (!text) return 'geen tekst';
  return UNREADABLE_STATUSES.has(text.verdict.status) && text.verdict.status !== 'garbled' ? `tekst ${text.verdict.status}` : null;
}

export function linkDocument(doc: DocumentRecord, text: ExtractedText, ctx: LinkContext): DocumentLinks {
  const isLetter = doc.soort === 'brief';
  const letter = isLetter ? parseLetter({ text: text.text, footnotes: text.footnotes, letterhead: text.letterhead }) : null;
  const garbled = text.verdict.status === 'garbled';
  const isStoredMotion = (label: string): boolean => {
    const k = parseKamerstuk(label);
    return k !== null && ctx.byKamerstuk(k) !== null;
  };
  const found = findReferences(text.text, { footnotes: text.footnotes, garbled: garbled ? true : undefined, isStoredMotion });
  const resolve = {
    byKamerstuk: ctx.byKamerstuk,
    candidates: ctx.candidates(),
    letterDatum: doc.datum ?? letter?.datum ?? null,
    onderwerp: doc.onderwerp ?? letter?.onderwerp ?? null,
  };
  // The finder's offsets point into its normalised text: the stance is read from the same text.
  const searched = normaliseText(text.text);
  const references = found.map((f): LinkedReference => {
    const r = resolveReference(f, resolve);
    // A document never answers itself (a motion text scanned as 'overig' cites its own number).
    const self = r.motieId === doc.id;
    return {
      kamerstuk: f.kamerstuk,
      naam: f.naam,
      snippet: f.snippet,
      confidence: r.confidence,
      motieId: self ? null : r.motieId,
      zeker: r.zeker && !self,
      stance: findStanceAt(searched, f.positions.length ? f.positions : [f.position], letter?.onderwerp ?? null),
      inFootnote: f.inFootnote,
      fromGarbled: f.fromGarbled,
      dateHint: f.dateHint,
    };
  });
  // Garbled text gives no summary: only its references are trusted, each checked on its own.
  const summary = letter && !garbled ? summarizeLetter(letter.body) : null;
  return { letter, summary, references };
}

/** A stored motion as name resolution sees it: indiener surnames (the first indiener first), date, subject words. */
export function motionCandidate(motion: { id: string; datum: string | null; titel: string | null; onderwerp: string | null }, parsed: ParsedMotion): MotionCandidate {
  const names = [...parsed.indieners, ...parsed.ondertekenaars].map(surnameOf);
  const words = contentWords([motion.titel, motion.onderwerp, ...parsed.operative.map((c) => c.text)].filter(Boolean).join(' '));
  return { id: motion.id, datum: motion.datum, names, words };
}
