import type { Explanation } from '../domain/types.js';
import { explainWithRules, RULES_EXPLAINER } from '../explain/rulesExplainer.js';
import type { Store } from '../store/db.js';
import { getExplanations, getParsedMotion, getText, listDocuments, saveExplanation } from '../store/documentRepo.js';
import { inputHash } from './hash.js';

export interface ExplainReport {
  explained: number;
  unchanged: number;
  notExplained: { id: string; status: string }[];
}

/** Texts too damaged to explain: stored and listed, never explained as if they were fine. */
const UNREADABLE = new Set(['garbled', 'empty', 'unreadable']);

/** Writes the offline rules explanation for every motion whose parse changed. */
export function explainStage(store: Store, options: { force?: boolean; ids?: string[] } = {}, onDocument: (id: string) => void = () => {}): ExplainReport {
  const report: ExplainReport = { explained: 0, unchanged: 0, notExplained: [] };
  for (const doc of listDocuments(store.db, { soort: 'motie', ids: options.ids })) {
    onDocument(doc.id);
    const text = getText(store.db, doc.id);
    const parsed = getParsedMotion(store.db, doc.id);
    const key = inputHash(parsed?.inputHash ?? null, text?.verdict.status ?? null, RULES_EXPLAINER);
    if (!options.force && getExplanations(store.db, doc.id).some((e) => e.family === 'rules' && e.inputHash === key)) {
      report.unchanged++;
      continue;
    }
    let explanation: Explanation;
    if (!text || UNREADABLE.has(text.verdict.status)) {
      explanation = notExplained(`tekst onleesbaar: ${text?.verdict.reason ?? 'geen tekst'}`);
    } else if (!parsed) {
      explanation = notExplained('geen motietekst herkend');
    } else {
      explanation = explainWithRules(parsed, doc);
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
