import { sha256 } from '../domain/hash.js';
import type { Explainer } from '../domain/explainer.js';
import type { CacheKey } from '../domain/llm.js';
import type { ModelCaller } from './callModel.js';
import { retryRequest } from './prompting.js';
import { describeProblems, type PromptRequest, type PromptSet } from './promptSet.js';
import { LlmCallError } from './provider.js';

/** What became of one motion. */
export type LlmOutcome<F> =
  /** Passed every check (on the first answer, or on the retry). */
  | { kind: 'ok'; fields: F; retried: boolean }
  /** Failed the checks twice: the fallback (the rules) is shown, with this reason. */
  | { kind: 'rejected'; reason: string }
  /**
   * No usable answer from the server (time-out, 5xx after retries, …): tried again next run.
   * `stopped`: the run was interrupted (Ctrl-C) or the server refuses everything (bad key, unknown model): nothing to store.
   */
  | { kind: 'failed'; reason: string; stopped: boolean };

/** One document to explain: what the prompt is built from (`I`) and what the checks compare with (`S`). */
export interface LlmJob<I, S> {
  documentId: string;
  input: I;
  source: S;
}

export function textHash(input: unknown): string {
  return sha256(JSON.stringify(input)).slice(0, 32);
}

/** Who answers: the provider, the model and the prompt set's version (stored as `openai:gpt-4o-mini@default-v2`). */
export function llmExplainer(providerName: string, model: string, prompt: { version: string }): Explainer {
  return { family: 'llm', provider: providerName, model, version: prompt.version };
}

/**
 * One motion: ask (one request for `default`, two for `classic`), parse, check; on a failed check ask once more,
 * telling the model what was wrong; a second failure is a reject.
 */
export async function explainWithLlm<I, F, S>(
  job: LlmJob<I, S>,
  caller: ModelCaller,
  prompt: PromptSet<I, F, S>,
  model: string,
  signal?: AbortSignal,
): Promise<LlmOutcome<F>> {
  const hash = textHash(job.input);
  const key = (request: string): CacheKey => ({ textHash: hash, promptVersion: prompt.version, model, request });
  const askAll = (requests: PromptRequest[]) =>
    Promise.all(requests.map((r) => caller.ask(job.documentId, key(r.name), r.request, signal)));
  try {
    const requests = prompt.requests(job.input);
    const answers = await askAll(requests);
    const first = judge(prompt, answers, job.source);
    if (first.ok) return { kind: 'ok', fields: first.fields, retried: false };

    const retries = requests.map((r, i) => ({
      // The retry depends on the first answer: its hash is part of the key, so a cached retry always belongs to it.
      name: `${r.name}#retry:${sha256(answers[i] ?? '').slice(0, 12)}`,
      request: retryRequest(r.request, answers[i] ?? '', first.reason),
    }));
    const second = judge(prompt, await askAll(retries), job.source);
    if (second.ok) return { kind: 'ok', fields: second.fields, retried: true };
    return { kind: 'rejected', reason: second.reason };
  } catch (err) {
    const error = err instanceof LlmCallError ? err : new LlmCallError(String(err), 'network');
    return { kind: 'failed', reason: error.message, stopped: error.kind === 'aborted' || caller.fatal !== null };
  }
}

function judge<I, F, S>(prompt: PromptSet<I, F, S>, answers: string[], source: S): { ok: true; fields: F } | { ok: false; reason: string } {
  const combined = prompt.combine(answers);
  if (!combined.ok) return combined;
  const problems = prompt.check(combined.fields, source);
  return problems.length === 0 ? combined : { ok: false, reason: describeProblems(problems) };
}
