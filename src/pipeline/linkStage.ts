import type { DocumentRecord, ParsedMotion } from '../domain/types.js';
import { parseKamerstukLabel } from '../link/kamerstukCitation.js';
import { LETTER_PARSER_VERSION, parseLetter } from '../link/letterParser.js';
import { SUMMARY_VERSION, summarizeLetter } from '../link/letterSummary.js';
import { surnameOf } from '../link/motionNames.js';
import { FINDER_VERSION, findReferences } from '../link/referenceFinder.js';
import { contentWords, resolveReference, type MotionCandidate } from '../link/resolver.js';
import { findStanceAt, STANCE_VERSION } from '../link/stance.js';
import type { Store } from '../store/db.js';
import { findMotionByKamerstuk, getText, listDocuments } from '../store/documentRepo.js';
import { getLinkInputHash, listMotionCandidateRows, motionsStateHash, saveLink, type StoredReference } from '../store/linkRepo.js';
import { inputHash } from './hash.js';

export interface LinkReport {
  letters: number;
  references: number;
  resolved: number;
  /** Documents whose link was up to date. */
  unchanged?: number;
  /** Documents without usable text, with the reason. */
  skipped?: { id: string; reason: string }[];
}

/** Bump any of these when its output changes: every document is relinked on the next run. */
const LINK_VERSION = [FINDER_VERSION, LETTER_PARSER_VERSION, SUMMARY_VERSION, STANCE_VERSION, 'resolve@1'];

/** Every stored motion as name resolution sees it: indiener surnames, date, subject words. */
export function motionCandidates(store: Store): MotionCandidate[] {
  return listMotionCandidateRows(store.db).map((row) => {
    const p = JSON.parse(row.parsedJson) as ParsedMotion;
    const names = [...p.indieners, ...p.ondertekenaars].map(surnameOf);
    const words = contentWords([row.titel, row.onderwerp, ...p.operative.map((c) => c.text)].filter(Boolean).join(' '));
    return { id: row.id, datum: row.datum, names, words };
  });
}

/**
 * Parses letters and links every letter (and every 'overig' document) to the motions it cites.
 * Idempotent: a document is relinked only when its text, the linker, or the set of stored motions changed,
 * so motions that arrive later are picked up by the next run.
 */
export function linkStage(store: Store, options: { force?: boolean } = {}, onDocument: (id: string) => void = () => {}): LinkReport {
  const report: LinkReport = { letters: 0, references: 0, resolved: 0, unchanged: 0, skipped: [] };
  const db = store.db;
  const motionsHash = motionsStateHash(db);
  let candidates: MotionCandidate[] | null = null;
  const byKamerstuk = (k: { dossier: string; toevoeging: string | null; nummer: number }): string | null =>
    findMotionByKamerstuk(db, k.dossier, k.toevoeging, k.nummer);
  const isStoredMotion = (label: string): boolean => {
    const k = parseKamerstukLabel(label);
    return k !== null && byKamerstuk(k) !== null;
  };
  const documents: DocumentRecord[] = [...listDocuments(db, { soort: 'brief' }), ...listDocuments(db, { soort: 'overig' })];
  for (const doc of documents) {
    onDocument(doc.id);
    const text = getText(db, doc.id);
    if (!text || text.verdict.status === 'empty' || text.verdict.status === 'unreadable') {
      report.skipped!.push({ id: doc.id, reason: text ? `tekst ${text.verdict.status}` : 'geen tekst' });
      continue;
    }
    const key = inputHash(text.text, text.footnotes, text.letterhead, text.verdict.status, doc.soort, doc.datum, LINK_VERSION, motionsHash);
    if (!options.force && getLinkInputHash(db, doc.id) === key) {
      report.unchanged!++;
      continue;
    }
    const isLetter = doc.soort === 'brief';
    const letter = isLetter ? parseLetter({ text: text.text, footnotes: text.footnotes, letterhead: text.letterhead }) : null;
    const garbled = text.verdict.status === 'garbled' ? true : undefined;
    const found = findReferences(text.text, { footnotes: text.footnotes, garbled, isStoredMotion });
    candidates ??= motionCandidates(store);
    const ctx = {
      byKamerstuk,
      candidates,
      letterDatum: doc.datum ?? letter?.datum ?? null,
      onderwerp: doc.onderwerp ?? letter?.onderwerp ?? null,
    };
    const normalised = text.text.replace(/\f/g, '\n').replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n');
    const references: StoredReference[] = found.map((f) => {
      const r = resolveReference(f, ctx);
      return {
        kamerstuk: f.kamerstuk,
        naam: f.naam,
        snippet: f.snippet,
        confidence: r.confidence,
        motieId: r.motieId === doc.id ? null : r.motieId,
        zeker: r.zeker && r.motieId !== doc.id,
        stance: findStanceAt(normalised, f.positions.length ? f.positions : [f.position], letter?.onderwerp ?? null),
        inFootnote: f.inFootnote,
        fromGarbled: f.fromGarbled,
        dateHint: f.dateHint,
      };
    });
    // Garbled text gives no summary: only its references are trusted, each checked on its own.
    const summary = letter && text.verdict.status !== 'garbled' ? summarizeLetter(letter.body) : null;
    saveLink(db, doc.id, { inputHash: key, letter, summary, references });
    if (isLetter) report.letters++;
    report.references += references.length;
    report.resolved += references.filter((r) => r.motieId).length;
  }
  return report;
}
