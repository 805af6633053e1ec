import type { ChatRequest } from './provider.js';

/**
 * How to ask for one kind of answer and how to judge it: the contract between the shared LLM machinery (this folder)
 * and the prompt sets of the stages (motions in `explain/llm/prompts.ts`, letters in `link/llm/letterPrompt.ts`).
 * `I` is what a prompt is built from, `F` the fields of the answer, `S` what the checks compare the answer with.
 */
export interface PromptSet<I, F, S> {
  /** Part of the cache key and of the explainer label; bump it whenever a prompt's wording changes. */
  version: string;
  requests(input: I): PromptRequest[];
  /** The fields from the answers (in the order of `requests`), or why they cannot be used. */
  combine(answers: string[]): Combined<F>;
  /** The checks the fields must pass before they are published; none found is a pass. */
  check(fields: F, source: S): AnswerProblem[];
}

/** One conversation of a prompt set; motions' `default` has one, `classic` two. */
export interface PromptRequest {
  /** Part of the cache key: `json`, `samenvatting`, `implicatie`. */
  name: string;
  request: ChatRequest;
}

export type Combined<F> = { ok: true; fields: F } | { ok: false; reason: string };

/** What a check found wrong, in words: the field and the problem ("implicatie", "2 zinnen in plaats van één"). */
export interface AnswerProblem {
  field: string;
  message: string;
}

/** One line for the explainer label and the report: the first problems, shortened. */
export function describeProblems(problems: AnswerProblem[]): string {
  const text = problems.slice(0, 2).map((p) => `${p.field}: ${p.message}`).join('; ');
  const more = problems.length > 2 ? ` (+${problems.length - 2})` : '';
  return (text.length > 160 ? text.slice(0, 157) + '…' : text) + more;
}
