import { UNREADABLE_STATUSES, type DocumentRecord, type ParsedMotion } from '../domain/types.js';
import { parseKamerstuk } from '../domain/kamerstuk.js';
import { LETTER_PARSER_VERSION, parseLetter } from '../link/letterParser.js';
import { SUMMARY_VERSION, summarizeLetter } from '../link/letterSummary.js';
import { surnameOf } from '../domain/dutch/names.js';
import { FINDER_VERSION, findReferences } from '../link/referenceFinder.js';
import { contentWords, resolveReference, type MotionCandidate } from '../link/resolver.js';
import { findStanceAt, STANCE_VERSION } from '../link/stance.js';
import { CHECKS_VERSION } from '../explain/checks.js';
import type { ModelCaller } from '../explain/llm/callModel.js';
import { explainerLabel, textHash, type LlmJob } from '../explain/llm/llmExplainer.js';
import { runLlm } from '../explain/llm/runLlm.js';
import { looksGarbled } from '../link/garbled.js';
import { letterPrompt, type LetterInput } from '../link/llm/letterPrompt.js';
import type { Store } from '../store/db.js';
import { findMotionByKamerstuk, getDocument, getText, listDocuments } from '../store/documentRepo.js';
import {
  getLinkInputHash,
  listLettersForLlm,
  listMotionCandidateRows,
  motionsStateHash,
  RULES_SUMMARY_LABEL,
  saveLetterLlm,
  saveLink,
  type StoredReference,
} from '../store/linkRepo.js';
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

export interface LinkLlmOptions {
  caller: ModelCaller;
  /** `openai`, for the explainer label. */
  providerName: string;
  model: string;
  concurrency: number;
  force?: boolean;
  ids?: string[];
  /** Ctrl-C: what finished is stored, the rest is left for the next run. */
  signal?: AbortSignal;
  onDocument?: (id: string) => void;
}

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

/** Texts the model never sees: what it would summarise is not what the letter says. */

/**
 * Summarises every linked letter with an LLM, after `linkStage` has stored the parse and the rules summary (the fallback).
 * The provider, cache, 429 gate, retry with the problems and the checks are the motion explainer's (`explain/llm/`).
 * Idempotent: the stored hash covers the prompt input, prompt version, model, checks and rules summary; a re-run makes
 * zero calls, and `--force` is answered from the cache.
 */
export async function linkStageLlm(store: Store, options: LinkLlmOptions): Promise<LinkLlmReport> {
  const db = store.db;
  const label = explainerLabel(options.providerName, options.model, letterPrompt);
  const report: LinkLlmReport = {
    explainer: label, letters: 0, summarised: 0, retried: 0, unchanged: 0, notSent: [], rejected: [], failed: [], interrupted: false, fatal: null,
  };
  const jobs: (LlmJob<LetterInput> & { key: string; rulesSummary: string | null })[] = [];
  for (const l of listLettersForLlm(db, options.ids)) {
    const text = getText(db, l.documentId);
    if (!text || UNREADABLE_STATUSES.has(text.verdict.status) || looksGarbled(text.text)) {
      report.notSent.push({ id: l.documentId, reason: `tekst ${text && UNREADABLE_STATUSES.has(text.verdict.status) ? text.verdict.status : 'garbled'}` });
      options.onDocument?.(l.documentId);
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
    const key = inputHash(textHash(input), letterPrompt.version, options.model, CHECKS_VERSION, l.rulesSummary);
    if (!options.force && l.llmInputHash === key) {
      report.unchanged++;
      options.onDocument?.(l.documentId);
      continue;
    }
    jobs.push({ documentId: l.documentId, input, source, key, rulesSummary: l.rulesSummary });
  }
  await runLlm(jobs, options.caller, letterPrompt, options.model, { concurrency: options.concurrency, signal: options.signal }, (job, outcome) => {
    options.onDocument?.(job.documentId);
    if (outcome.kind === 'failed' && outcome.stopped) return;
    report.letters++;
    if (outcome.kind === 'ok') {
      saveLetterLlm(db, job.documentId, { inputHash: job.key, status: 'ok', summary: outcome.fields.samenvatting, explainer: label });
      report.summarised++;
      if (outcome.retried) report.retried++;
    } else if (outcome.kind === 'rejected') {
      saveLetterLlm(db, job.documentId, { inputHash: job.key, status: 'rejected', summary: null, explainer: `${RULES_SUMMARY_LABEL} (llm rejected: ${outcome.reason})` });
      report.rejected.push({ id: job.documentId, reason: outcome.reason });
    } else {
      // Stored under another key, so that it is visible now and tried again next run.
      saveLetterLlm(db, job.documentId, { inputHash: `failed:${job.key}`, status: 'failed', summary: null, explainer: `${RULES_SUMMARY_LABEL} (llm failed: ${outcome.reason})` });
      report.failed.push({ id: job.documentId, reason: outcome.reason });
    }
  });
  report.interrupted = options.signal?.aborted ?? false;
  report.fatal = options.caller.fatal?.message ?? null;
  return report;
}
