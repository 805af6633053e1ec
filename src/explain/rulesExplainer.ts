import type { DocumentRecord, Explanation, ParsedMotion } from '../domain/types.js';

export const RULES_EXPLAINER = 'rules@1';

/** Offline, faithful explanation from the operative clauses only. STUB: replaced by the parser work. */
export function explainWithRules(_parsed: ParsedMotion, _doc: DocumentRecord): Explanation {
  return { samenvatting: '', implicatie: '', explainer: RULES_EXPLAINER, status: 'niet uitgelegd (stub)', bron: null };
}
