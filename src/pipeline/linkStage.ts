import { UNREADABLE_STATUSES, type DocumentRecord, type ParsedMotion } from '../domain/types.js';
import { parseKamerstuk } from '../domain/kamerstuk.js';
import { LETTER_PARSER_VERSION, parseLetter } from '../link/letterParser.js';
import { SUMMARY_VERSION, summarizeLetter } from '../link/letterSummary.js';
import { surnameOf } from '../link/motionNames.js';
import { FINDER_VERSION, findReferences } from '../link/referenceFinder.js';
import { contentWords, resolveReference, type MotionCandidate } from '../link/resolver.js';
import { findStanceAt, STANCE_VERSION } from '../link/stance.js';
import { withFallbackReason } from '../domain/explainer.js';
import type { CheckSource } from '../explain/checks.js';
import { looksGarbled } from '../link/garbled.js';
import { letterPrompt, type LetterInput } from '../link/llm/letterPrompt.js';
import type { Store } from '../store/db.js';
import { findMotionByKamerstuk, getDocument, getText, listDocuments } from '../store/documentRepo.js';
import {
  getLinkInputHash,
  listLettersForLlm,
  listMotionCandidateRows,
  motionsStateHash,
  RULES_SUMMARY,
  saveLetterLlm,
  saveLink,
  type StoredReference,
} from '../store/linkRepo.js';
import { inputHash } from './hash.js';
import { runLlmStage, type LlmRunOptions, type LlmSkip, type LlmWork } from './llmStageRunner.js';

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
    const k = parseKamerstuk(label);
    return k !== null && byKamerstuk(k) !== null;
  };
  const documents: DocumentRecord[] = [...listDocuments(db, { soort: 'brief' }), ...listDocuments(db, { soort: 'overig' })];
  for (const doc of documents) {
    onDocument(doc.id);
    const text = getText(db, doc.id);
    if (!text || (UNREADABLE_STATUSES.has(text.verdict.status) && text.verdict.status !== 'garbled')) {
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

// ---------------------------------------------------------------- LLM letter summary (`link --provider openai`)

export type LinkLlmOptions = LlmRunOptions;

export interface LinkLlmReport {
  explainer: string;
  /** Letters the LLM was asked about (cache hits included). */
  letters: number;
  summarised: number;
  /** Of `summarised`: passed only on the retry. */
  retried: number;
  unchanged: number;
  /** Garbled or unreadable letters: never sent to the model (their rules summary is null too). */
  notSent: { id: string; reason: string }[];
  /** Rejected twice by the checks: the rules summary is shown, marked `rules (llm rejected: …)`. */
  rejected: { id: string; reason: string }[];
  /** No usable answer: the rules summary is shown, marked `rules (llm failed: …)`, and the next run tries again. */
  failed: { id: string; reason: string }[];
  interrupted: boolean;
  /** The server refused every request (bad key, unknown model or URL): nothing was stored for it. */
  fatal: string | null;
}

/**
 * Summarises every linked letter with an LLM, after `linkStage` has stored the parse and the rules summary (the fallback),
 * through the shared LLM stage runner (`llmStageRunner.ts`). Idempotent: a re-run makes zero calls.
 */
export async function linkStageLlm(store: Store, options: LinkLlmOptions): Promise<LinkLlmReport> {
  const db = store.db;
  const r = await runLlmStage(letterPrompt, options, letterWork(store, options.ids), (job, inputHash, result) => {
    saveLetterLlm(db, job.documentId, result.kind === 'ok'
      ? { inputHash, status: 'ok', summary: result.fields.samenvatting, explainer: result.explainer }
      : { inputHash, status: result.kind, summary: null, explainer: withFallbackReason(RULES_SUMMARY, { outcome: result.kind, reason: result.reason }) });
  });
  return {
    explainer: r.explainer, letters: r.asked, summarised: r.ok, retried: r.retried, unchanged: r.unchanged,
    notSent: r.notSent, rejected: r.rejected, failed: r.failed, interrupted: r.interrupted, fatal: r.fatal,
  };
}

/** Every linked letter (or those of `ids`) as the LLM sees it. Garbled or unreadable texts are never sent: what the model would summarise is not what the letter says. */
function* letterWork(store: Store, ids: string[] | undefined): Generator<LlmSkip | LlmWork<LetterInput, CheckSource>> {
  const db = store.db;
  for (const l of listLettersForLlm(db, ids)) {
    const text = getText(db, l.documentId);
    if (!text || UNREADABLE_STATUSES.has(text.verdict.status) || looksGarbled(text.text)) {
      yield { documentId: l.documentId, notSent: `tekst ${text && UNREADABLE_STATUSES.has(text.verdict.status) ? text.verdict.status : 'garbled'}` };
      continue;
    }
    const doc = getDocument(db, l.documentId);
    const footnotes = l.letter.footnotes.map((f) => `${f.marker} ${f.text}`).join('\n');
    const input: LetterInput = {
      onderwerp: doc?.onderwerp ?? l.letter.onderwerp,
      datum: doc?.datum ?? l.letter.datum,
      afzender: l.letter.afzender,
      ondertekenaar: l.letter.ondertekenaar,
      text: footnotes ? `${l.letter.body}\n\n${footnotes}` : l.letter.body,
    };
    // The output may draw on the whole text (letterhead and footnotes included) and everything the metadata says.
    const source = {
      text: [text.text, ...text.footnotes.map((f) => f.text), footnotes].join('\n'),
      metadata: [doc?.titel, doc?.onderwerp, doc?.datum, l.letter.onderwerp, l.letter.datum, l.letter.afzender, l.letter.ondertekenaar, l.letter.kenmerk],
    };
    yield { documentId: l.documentId, input, source, fallbackKey: l.rulesSummary, storedKey: l.llmInputHash };
  }
}
