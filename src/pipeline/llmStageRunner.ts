import { CHECKS_VERSION } from '../explain/checks.js';
import type { ModelCaller } from '../llm/callModel.js';
import { formatExplainer, type Explainer } from '../domain/explainer.js';
import { llmExplainer, textHash, type LlmJob } from '../llm/llmExplainer.js';
import type { PromptSet } from '../llm/promptSet.js';
import { runLlm } from '../llm/runLlm.js';
import { inputHash } from './hash.js';

/**
 * The one way an LLM stage runs (`explain --provider`, `link --provider`): pick the work, skip what is up to date, ask
 * through the shared caller (cache, 429 gate, retries), check, store each outcome as soon as it is there, count.
 * The stage says what its documents are and how an outcome is stored; everything else is here, the same for both.
 */

/** What every LLM stage is run with. */
export interface LlmRunOptions {
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

/** A document the stage could send: what the prompt is built from, what the checks compare with, what it replaces. */
export interface LlmWork<I, S> extends LlmJob<I, S> {
  /** The input hash (or text) of the fallback the answer stands beside: a new fallback means a new answer. */
  fallbackKey: string | null;
  /** The input hash stored with the document's current LLM result, if any. */
  storedKey: string | null;
}

/** A document that is not sent, and why (null: nothing to report, the offline stage has stored why). */
export interface LlmSkip {
  documentId: string;
  notSent: string | null;
}

/** What is stored for one document: the checked fields, or why the fallback is shown instead. */
export type LlmResult<F> = { kind: 'ok'; fields: F; explainer: Explainer } | { kind: 'rejected' | 'failed'; reason: string };

export interface LlmRunReport {
  /** `openai:gpt-4o-mini@default-v2` */
  explainer: string;
  /** Documents the LLM was asked about (cache hits included). */
  asked: number;
  /** Passed every check. */
  ok: number;
  /** Of `ok`: passed only on the retry. */
  retried: number;
  unchanged: number;
  notSent: { id: string; reason: string }[];
  /** Rejected twice by the checks: the fallback is shown, with the reason. */
  rejected: { id: string; reason: string }[];
  /** No usable answer (time-out, server errors): the fallback is shown, and the next run tries again. */
  failed: { id: string; reason: string }[];
  interrupted: boolean;
  /** The server refused every request (bad key, unknown model or URL): the run stopped and nothing was stored for it. */
  fatal: string | null;
}

/**
 * Runs one LLM stage over `work`. Idempotent: the key stored with a result covers the prompt input, the prompt
 * version, the model, the checks and the fallback, so a re-run makes no calls and `--force` is answered from the cache.
 * A failure is stored under another key (`failed:<key>`): visible now, tried again next run.
 */
export async function runLlmStage<I, F, S, W extends LlmWork<I, S>>(
  prompt: PromptSet<I, F, S>,
  options: LlmRunOptions,
  work: Iterable<W | LlmSkip>,
  save: (item: W, key: string, result: LlmResult<F>) => void,
): Promise<LlmRunReport> {
  const explainer = llmExplainer(options.providerName, options.model, prompt);
  const report: LlmRunReport = {
    explainer: formatExplainer(explainer),
    asked: 0, ok: 0, retried: 0, unchanged: 0, notSent: [], rejected: [], failed: [], interrupted: false, fatal: null,
  };
  const jobs: (W & { key: string })[] = [];
  for (const item of work) {
    if ('notSent' in item) {
      if (item.notSent !== null) report.notSent.push({ id: item.documentId, reason: item.notSent });
      options.onDocument?.(item.documentId);
      continue;
    }
    const key = inputHash(textHash(item.input), prompt.version, options.model, CHECKS_VERSION, item.fallbackKey);
    if (!options.force && item.storedKey === key) {
      report.unchanged++;
      options.onDocument?.(item.documentId);
      continue;
    }
    jobs.push({ ...item, key });
  }
  await runLlm(jobs, options.caller, prompt, options.model, { concurrency: options.concurrency, signal: options.signal }, (job, outcome) => {
    options.onDocument?.(job.documentId);
    if (outcome.kind === 'failed' && outcome.stopped) return;
    report.asked++;
    if (outcome.kind === 'ok') {
      save(job, job.key, { kind: 'ok', fields: outcome.fields, explainer });
      report.ok++;
      if (outcome.retried) report.retried++;
    } else if (outcome.kind === 'rejected') {
      save(job, job.key, { kind: 'rejected', reason: outcome.reason });
      report.rejected.push({ id: job.documentId, reason: outcome.reason });
    } else {
      save(job, `failed:${job.key}`, { kind: 'failed', reason: outcome.reason });
      report.failed.push({ id: job.documentId, reason: outcome.reason });
    }
  });
  report.interrupted = options.signal?.aborted ?? false;
  report.fatal = options.caller.fatal?.message ?? null;
  return report;
}
