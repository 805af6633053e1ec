/**
 * Who made an explanation, typed, and how it is written in the store and the export. The stored form is the one
 * Motiemonitor has always written (`rules@3`, `imported`, `openai:gpt-4o-mini@default-v2`,
 * `rules@3 (llm rejected: …)`, for letters `rules` and `rules (llm failed: …)`): `formatExplainer` writes exactly
 * that and `parseExplainer` reads it back, so old stores stay readable and nothing needs migrating.
 */

/** Which explainer made a stored explanation: an LLM, the rules, or an imported text (never shown). */
export type ExplainerFamily = 'llm' | 'rules' | 'imported';

/** Why an LLM's answer is not shown: the rules text stands in its place, with this reason. */
export interface FallbackReason {
  outcome: 'rejected' | 'failed';
  reason: string;
}

export type Explainer =
  /** The offline rules; `version` '3' for rules@3, null for the letters' rules summary. */
  | { family: 'rules'; version: string | null; fallbackReason: FallbackReason | null }
  /** A checked LLM answer: `version` is the prompt set's (`default-v2`, `letter-v1`). */
  | { family: 'llm'; provider: string; model: string; version: string }
  /** A moties-toegelicht text, imported unchecked. */
  | { family: 'imported' };

export function formatExplainer(e: Explainer): string {
  switch (e.family) {
    case 'imported':
      return 'imported';
    case 'llm':
      return `${e.provider}:${e.model}@${e.version}`;
    case 'rules': {
      const rules = e.version === null ? 'rules' : `rules@${e.version}`;
      return e.fallbackReason ? `${rules} (${formatFallbackReason(e.fallbackReason)})` : rules;
    }
  }
}

/** `llm rejected: <reason>`, `llm failed: <reason>`: how a fallback says why, in the label and in a not-explained reason. */
export function formatFallbackReason(why: FallbackReason): string {
  return `llm ${why.outcome}: ${why.reason}`;
}

/** The reason may hold anything, brackets included: it runs to the closing bracket at the very end. */
const RULES = /^rules(?:@([^\s(]+))?(?: \(llm (rejected|failed): ([\s\S]*)\))?$/;
/** The provider has no `:`, the prompt version no `@`; the model (`llama3.1:8b`) may hold either. */
const LLM = /^([^:@\s]+):([\s\S]+)@([^@\s]+)$/;

/** The stored form read back; a string no version of Motiemonitor wrote is an error that says so. */
export function parseExplainer(stored: string): Explainer {
  if (stored === 'imported') return { family: 'imported' };
  const rules = RULES.exec(stored);
  if (rules) {
    const fallbackReason = rules[2] ? { outcome: rules[2] as FallbackReason['outcome'], reason: rules[3] ?? '' } : null;
    return { family: 'rules', version: rules[1] ?? null, fallbackReason };
  }
  const llm = LLM.exec(stored);
  if (llm) return { family: 'llm', provider: llm[1]!, model: llm[2]!, version: llm[3]! };
  throw new Error(`explainer "${stored}" is not a label Motiemonitor writes (rules@N, imported, provider:model@prompt)`);
}

/** The rules explanation standing in for an LLM answer that was not used, saying why. */
export function withFallbackReason(rules: Explainer, fallbackReason: FallbackReason): Explainer {
  return rules.family === 'rules' ? { ...rules, fallbackReason } : rules;
}

/** `ok`, or not explained: then `Explanation.reason` says why ("tekst onleesbaar: …", "geen dictum gevonden"). */
export type ExplanationStatus = 'ok' | 'not-explained';

/** The stored `status` column: `ok`, or the reason itself (as it always was). */
export function formatStatus(e: { status: ExplanationStatus; reason: string | null }): string {
  return e.status === 'ok' ? 'ok' : (e.reason ?? '');
}

export function parseStatus(stored: string): { status: ExplanationStatus; reason: string | null } {
  return stored === 'ok' ? { status: 'ok', reason: null } : { status: 'not-explained', reason: stored };
}

export function rulesExplainer(version: string | null): Explainer {
  return { family: 'rules', version, fallbackReason: null };
}

export const IMPORTED_EXPLAINER: Explainer = { family: 'imported' };
