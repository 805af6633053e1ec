import { isExplainable, UNREADABLE_STATUSES, type DocumentRecord, type Explanation, type MotionZaak, type ParsedMotion, type StoredExplanation } from '../domain/types.js';
import { CHECKS_VERSION, type CheckSource } from '../explain/checks.js';
import type { ModelCaller } from '../explain/llm/callModel.js';
import { explainerLabel, textHash, type LlmJob } from '../explain/llm/llmExplainer.js';
import type { MotionInput, PromptSet } from '../explain/llm/prompts.js';
import { runLlm } from '../explain/llm/runLlm.js';
import { explainWithRules, RULES_EXPLAINER } from '../explain/rulesExplainer.js';
import type { Store } from '../store/db.js';
import {
  deleteExplanation,
  getExplanations,
  getParsedMotion,
  getText,
  listDocuments,
  saveExplanation,
} from '../store/documentRepo.js';
import { loadMotionZaak } from './motionZaak.js';
import { inputHash } from './hash.js';

export interface ExplainReport {
  explained: number;
  unchanged: number;
  notExplained: { id: string; status: string }[];
}

/** Writes the offline rules explanation for every motion whose parse changed. */
export function explainStage(store: Store, options: { force?: boolean; ids?: string[] } = {}, onDocument: (id: string) => void = () => {}): ExplainReport {
  const report: ExplainReport = { explained: 0, unchanged: 0, notExplained: [] };
  for (const doc of listDocuments(store.db, { soort: 'motie', ids: options.ids })) {
    onDocument(doc.id);
    const text = getText(store.db, doc.id);
    const parsed = getParsedMotion(store.db, doc.id);
    // The fracties of the indieners (from sync) are part of the summary ("het lid De Roon (PVV)"), so of its key.
    const signers = (loadMotionZaak(store.db, doc.id)?.indieners ?? []).map((i) => ({ naam: i.naam, fractie: i.fractie }));
    const key = inputHash(parsed?.inputHash ?? null, text?.verdict.status ?? null, RULES_EXPLAINER, JSON.stringify(signers));
    const stored = getExplanations(store.db, doc.id);
    const storedRules = stored.find((e) => e.family === 'rules');
    if (!options.force && storedRules?.inputHash === key) {
      report.unchanged++;
      continue;
    }
    // A new rules explanation (another explainer version, parse or text) makes every stored LLM row outdated: its key
    // includes the rules key, and a reject or failure row holds a copy of the old rules text with status ok, which
    // chooseExplanation would keep showing (issue 12/13). The next `explain --provider` writes it anew.
    if (storedRules && storedRules.inputHash !== key && stored.some((e) => e.family === 'llm')) deleteExplanation(store.db, doc.id, 'llm');
    let explanation: Explanation;
    if (!text || !isExplainable(text.verdict)) {
      const why = !text ? 'geen tekst' : UNREADABLE_STATUSES.has(text.verdict.status) ? 'tekst onleesbaar' : 'tekst twijfelachtig';
      explanation = notExplained(`${why}: ${text?.verdict.reason ?? 'nog niet geëxtraheerd'}`);
      // An LLM explanation of an earlier, readable version of the text no longer holds.
      deleteExplanation(store.db, doc.id, 'llm');
    } else if (!parsed) {
      explanation = notExplained('geen motietekst herkend');
    } else {
      explanation = explainWithRules(parsed, doc, { signers });
    }
    saveExplanation(store.db, doc.id, 'rules', key, explanation);
    if (explanation.status === 'ok') report.explained++;
    else report.notExplained.push({ id: doc.id, status: explanation.status });
  }
  return report;
}

function notExplained(status: string): Explanation {
  return { samenvatting: '', implicatie: '', explainer: RULES_EXPLAINER, status, bron: null };
}

// ---------------------------------------------------------------- LLM path (`explain --provider openai`)

export interface LlmStageOptions {
  caller: ModelCaller;
  /** `openai`, for the explainer label. */
  providerName: string;
  model: string;
  prompt: PromptSet;
  concurrency: number;
  force?: boolean;
  ids?: string[];
  /** Ctrl-C: what finished is stored, the rest is left for the next run. */
  signal?: AbortSignal;
  onDocument?: (id: string) => void;
}

export interface LlmStageReport {
  explainer: string;
  /** Motions the LLM was asked about (cache hits included). */
  motions: number;
  explained: number;
  /** Of `explained`: passed only on the retry. */
  retried: number;
  unchanged: number;
  /** Rejected twice by the checks: the rules explanation is shown, marked `rules@3 (llm rejected: …)`. */
  rejected: { id: string; reason: string }[];
  /** No usable answer (time-out, server errors): the rules explanation is shown, and the next run tries again. */
  failed: { id: string; reason: string }[];
  interrupted: boolean;
  /** The server refused every request (bad key, unknown model or URL): the run stopped and nothing was stored for it. */
  fatal: string | null;
}

/**
 * Explains every readable, parsed motion with an LLM, after `explainStage` has written the rules explanations
 * (the fallback). Results go to family 'llm': the checked answer, or the rules explanation with the reject reason.
 */
export async function explainStageLlm(store: Store, options: LlmStageOptions): Promise<LlmStageReport> {
  const label = explainerLabel(options.providerName, options.model, options.prompt);
  const report: LlmStageReport = { explainer: label, motions: 0, explained: 0, retried: 0, unchanged: 0, rejected: [], failed: [], interrupted: false, fatal: null };
  const jobs: (LlmJob & { key: string; fallback: StoredExplanation | null })[] = [];
  for (const doc of listDocuments(store.db, { soort: 'motie', ids: options.ids })) {
    const text = getText(store.db, doc.id);
    const parsed = getParsedMotion(store.db, doc.id);
    if (!text || !isExplainable(text.verdict) || !parsed) {
      options.onDocument?.(doc.id);
      continue; // the rules stage has stored why it is not explained
    }
    const stored = getExplanations(store.db, doc.id);
    const fallback = stored.find((e) => e.family === 'rules') ?? null;
    const { input, source } = llmInput(doc, text.text, parsed, loadMotionZaak(store.db, doc.id));
    const key = inputHash(textHash(input), options.prompt.version, options.model, CHECKS_VERSION, fallback?.inputHash ?? null);
    if (!options.force && stored.some((e) => e.family === 'llm' && e.inputHash === key)) {
      report.unchanged++;
      options.onDocument?.(doc.id);
      continue;
    }
    jobs.push({ documentId: doc.id, input, source, key, fallback });
  }
  await runLlm(jobs, options.caller, options.prompt, options.model, { concurrency: options.concurrency, signal: options.signal }, (job, outcome) => {
    const { key, fallback } = job;
    options.onDocument?.(job.documentId);
    if (outcome.kind === 'failed' && outcome.stopped) return;
    report.motions++;
    if (outcome.kind === 'ok') {
      saveExplanation(store.db, job.documentId, 'llm', key, { ...outcome.fields, explainer: label, status: 'ok', bron: null });
      report.explained++;
      if (outcome.retried) report.retried++;
    } else if (outcome.kind === 'rejected') {
      saveExplanation(store.db, job.documentId, 'llm', key, rulesInstead(fallback, `llm rejected: ${outcome.reason}`));
      report.rejected.push({ id: job.documentId, reason: outcome.reason });
    } else {
      // Stored under another key, so that it is visible now and tried again next run.
      saveExplanation(store.db, job.documentId, 'llm', `failed:${key}`, rulesInstead(fallback, `llm failed: ${outcome.reason}`));
      report.failed.push({ id: job.documentId, reason: outcome.reason });
    }
  });
  report.interrupted = options.signal?.aborted ?? false;
  report.fatal = options.caller.fatal?.message ?? null;
  return report;
}

/** The rules explanation, labelled with why the LLM's was not used, so that the reject shows in export and on the site. */
function rulesInstead(rules: StoredExplanation | null, why: string): Explanation {
  if (!rules) return notExplained(`niet uitgelegd (${why})`);
  return { samenvatting: rules.samenvatting, implicatie: rules.implicatie, explainer: `${rules.explainer} (${why})`, status: rules.status, bron: rules.bron };
}

/** What the model sees (text and metadata) and what its output may draw on (the same, plus the signers and numbers). */
function llmInput(doc: DocumentRecord, text: string, parsed: ParsedMotion, zaak: MotionZaak | null): { input: MotionInput; source: CheckSource } {
  const indieners = zaak?.indieners.length
    ? zaak.indieners.map((i) => (i.fractie ? `${i.naam} (${i.fractie})` : i.naam))
    : parsed.indieners;
  const input: MotionInput = { titel: doc.titel ?? parsed.titel, onderwerp: doc.onderwerp, datum: parsed.datum ?? doc.datum, indieners, text };
  const metadata = [
    doc.titel, doc.onderwerp, doc.datum, parsed.titel, parsed.kop, parsed.datum, parsed.voorgesteld, parsed.kst, parsed.vergaderjaar,
    ...parsed.indieners, ...parsed.ondertekenaars, ...indieners, zaak?.nummer,
  ];
  return { input, source: { text, metadata } };
}
