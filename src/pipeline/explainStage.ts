import { isExplainable, UNREADABLE_STATUSES, type DocumentRecord, type Explanation, type MotionZaak, type ParsedMotion, type StoredExplanation } from '../domain/types.js';
import { formatExplainer, formatFallbackReason, withFallbackReason, type FallbackReason } from '../domain/explainer.js';
import type { CheckSource } from '../explain/checks.js';
import type { MotionInput, MotionPromptSet } from '../explain/llm/prompts.js';
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
import { runLlmStage, type LlmRunOptions, type LlmRunReport, type LlmSkip, type LlmWork } from './llmStageRunner.js';

export interface ExplainReport {
  explained: number;
  unchanged: number;
  notExplained: { id: string; reason: string }[];
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
    const key = inputHash(parsed?.inputHash ?? null, text?.verdict.status ?? null, formatExplainer(RULES_EXPLAINER), JSON.stringify(signers));
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
    else report.notExplained.push({ id: doc.id, reason: explanation.reason ?? '' });
  }
  return report;
}

function notExplained(reason: string): Explanation {
  return { samenvatting: '', implicatie: '', explainer: RULES_EXPLAINER, status: 'not-explained', reason, bron: null };
}

// ---------------------------------------------------------------- LLM path (`explain --provider openai`)

export interface LlmStageOptions extends LlmRunOptions {
  prompt: MotionPromptSet;
}

/** The runner's report in the words of motions. A reject or failure shows the rules explanation, marked `rules@3 (llm rejected: …)`. */
export type LlmStageReport = Omit<LlmRunReport, 'asked' | 'ok' | 'notSent'> & {
  /** Motions the LLM was asked about (cache hits included). */
  motions: number;
  explained: number;
};

/**
 * Explains every readable, parsed motion with an LLM, after `explainStage` has written the rules explanations
 * (the fallback). Results go to family 'llm': the checked answer, or the rules explanation with the reject reason.
 */
export async function explainStageLlm(store: Store, options: LlmStageOptions): Promise<LlmStageReport> {
  const r = await runLlmStage(options.prompt, options, motionWork(store, options.ids), (job, key, result) => {
    const explanation = result.kind === 'ok'
      ? { ...result.fields, explainer: result.explainer, status: 'ok' as const, reason: null, bron: null }
      : rulesInstead(job.fallback, { outcome: result.kind, reason: result.reason });
    saveExplanation(store.db, job.documentId, 'llm', key, explanation);
  });
  return {
    explainer: r.explainer, motions: r.asked, explained: r.ok, retried: r.retried, unchanged: r.unchanged,
    rejected: r.rejected, failed: r.failed, interrupted: r.interrupted, fatal: r.fatal,
  };
}

/** Every motion of the store (or of `ids`) as the LLM sees it, beside its rules explanation (the fallback). */
function* motionWork(store: Store, ids: string[] | undefined): Generator<LlmSkip | (LlmWork<MotionInput, CheckSource> & { fallback: StoredExplanation | null })> {
  for (const doc of listDocuments(store.db, { soort: 'motie', ids })) {
    const text = getText(store.db, doc.id);
    const parsed = getParsedMotion(store.db, doc.id);
    // The rules stage has stored why it is not explained.
    if (!text || !isExplainable(text.verdict) || !parsed) {
      yield { documentId: doc.id, notSent: null };
      continue;
    }
    const stored = getExplanations(store.db, doc.id);
    const fallback = stored.find((e) => e.family === 'rules') ?? null;
    const { input, source } = llmInput(doc, text.text, parsed, loadMotionZaak(store.db, doc.id));
    const storedKey = stored.find((e) => e.family === 'llm')?.inputHash ?? null;
    yield { documentId: doc.id, input, source, fallbackKey: fallback?.inputHash ?? null, storedKey, fallback };
  }
}

/** The rules explanation, labelled with why the LLM's was not used, so that the reject shows in export and on the site. */
function rulesInstead(rules: StoredExplanation | null, why: FallbackReason): Explanation {
  if (!rules) return notExplained(`niet uitgelegd (${formatFallbackReason(why)})`);
  const { samenvatting, implicatie, status, reason, bron } = rules;
  return { samenvatting, implicatie, explainer: withFallbackReason(rules.explainer, why), status, reason, bron };
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
