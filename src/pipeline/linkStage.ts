import { withFallbackReason } from '../domain/explainer.js';
import type { DocumentRecord, ParsedMotion } from '../domain/types.js';
import type { CheckSource } from '../explain/checks.js';
import { linkDocument, LINK_VERSION, motionCandidate, notLinkable, type LinkContext } from '../link/linkDocument.js';
import { letterPrompt, notSentToModel, type LetterInput } from '../link/llm/letterPrompt.js';
import type { MotionCandidate } from '../link/resolver.js';
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
} from '../store/linkRepo.js';
import { inputHash } from './hash.js';
import { runLlmStage, type LlmRunOptions, type LlmRunReport, type LlmSkip, type LlmWork } from './llmStageRunner.js';

export interface LinkReport {
  letters: number;
  references: number;
  resolved: number;
  /** Documents whose link was up to date. */
  unchanged?: number;
  /** Documents without usable text, with the reason. */
  skipped?: { id: string; reason: string }[];
}

/** Every stored motion as name resolution sees it (`link/linkDocument.ts`). */
export function motionCandidates(store: Store): MotionCandidate[] {
  return listMotionCandidateRows(store.db).map((row) => motionCandidate(row, JSON.parse(row.parsedJson) as ParsedMotion));
}

/**
 * Parses letters and links every letter (and every 'overig' document) to the motions it cites (`link/linkDocument.ts`).
 * Idempotent: a document is relinked only when its text, the linker, or the set of stored motions changed,
 * so motions that arrive later are picked up by the next run.
 */
export function linkStage(store: Store, options: { force?: boolean } = {}, onDocument: (id: string) => void = () => {}): LinkReport {
  const report: LinkReport = { letters: 0, references: 0, resolved: 0, unchanged: 0, skipped: [] };
  const db = store.db;
  const motionsHash = motionsStateHash(db);
  let candidates: MotionCandidate[] | null = null;
  const ctx: LinkContext = {
    byKamerstuk: (k) => findMotionByKamerstuk(db, k.dossier, k.toevoeging, k.nummer),
    candidates: () => (candidates ??= motionCandidates(store)),
  };
  const documents: DocumentRecord[] = [...listDocuments(db, { soort: 'brief' }), ...listDocuments(db, { soort: 'overig' })];
  for (const doc of documents) {
    onDocument(doc.id);
    const text = getText(db, doc.id);
    const why = notLinkable(text);
    if (!text || why) {
      report.skipped!.push({ id: doc.id, reason: why ?? 'geen tekst' });
      continue;
    }
    const key = inputHash(text.text, text.footnotes, text.letterhead, text.verdict.status, doc.soort, doc.datum, LINK_VERSION, motionsHash);
    if (!options.force && getLinkInputHash(db, doc.id) === key) {
      report.unchanged!++;
      continue;
    }
    const { letter, summary, references } = linkDocument(doc, text, ctx);
    saveLink(db, doc.id, { inputHash: key, letter, summary, references });
    if (doc.soort === 'brief') report.letters++;
    report.references += references.length;
    report.resolved += references.filter((r) => r.motieId).length;
  }
  return report;
}

// ---------------------------------------------------------------- LLM letter summary (`link --provider openai`)

export type LinkLlmOptions = LlmRunOptions;

/**
 * The runner's report in the words of letters. A reject or failure shows the rules summary, marked
 * `rules (llm rejected: …)` / `rules (llm failed: …)`; garbled or unreadable letters are never sent (`notSent`).
 */
export type LinkLlmReport = Omit<LlmRunReport, 'asked' | 'ok'> & {
  /** Letters the LLM was asked about (cache hits included). */
  letters: number;
  summarised: number;
};

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

/** Every linked letter (or those of `ids`) as the LLM sees it; what it may not see is skipped with the reason (`notSentToModel`). */
function* letterWork(store: Store, ids: string[] | undefined): Generator<LlmSkip | LlmWork<LetterInput, CheckSource>> {
  const db = store.db;
  for (const l of listLettersForLlm(db, ids)) {
    const text = getText(db, l.documentId);
    const notSent = notSentToModel(text);
    if (!text || notSent) {
      yield { documentId: l.documentId, notSent: notSent ?? 'tekst garbled' };
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
