import type { StoredExplanation } from '../domain/types.js';

/**
 * Which explanation a motion shows when there are several. One rule: only a checked explanation is published.
 *  1. an LLM explanation that passed every check (status `ok`);
 *  2. the rules explanation (faithful by construction: built only from the motion's own operative clauses);
 *  3. otherwise the reason there is none, an LLM reject first so that it stays visible
 *     ("rules@… (llm rejected: …)", "tekst onleesbaar: …", "geen dictum gevonden").
 * An imported explanation (the GPT-3.5 text of a moties-toegelicht page or JSONL line) is never chosen: it is unchecked.
 * It stays in the store with its source, and the Jekyll page of a seed motion is rendered from its own imported fields.
 */
export function chooseExplanation(all: StoredExplanation[]): StoredExplanation | null {
  const of = (family: StoredExplanation['family'], okOnly: boolean) =>
    all.find((e) => e.family === family && (!okOnly || e.status === 'ok'));
  return of('llm', true) ?? of('rules', true) ?? of('llm', false) ?? of('rules', false) ?? null;
}
