import type { StoredExplanation } from '../store/documentRepo.js';

/**
 * Which explanation a motion shows when there are several. One rule: checked beats unchecked.
 *  1. an LLM explanation that passed every check (status `ok`);
 *  2. the rules explanation (faithful by construction: built only from the motion's own operative clauses);
 *  3. an imported explanation (e.g. the GPT-3.5 text of a moties-toegelicht page: unchecked, shown with its source);
 *  4. otherwise whatever there is (an LLM reject first, so that it stays visible), so that a status such as
 *     "tekst onleesbaar" or "llm rejected" is shown.
 */
export function chooseExplanation(all: StoredExplanation[]): StoredExplanation | null {
  const ok = (family: StoredExplanation['family']) => all.find((e) => e.family === family && e.status === 'ok');
  return (
    ok('llm') ??
    ok('rules') ??
    ok('imported') ??
    all.find((e) => e.family === 'llm') ??
    all.find((e) => e.family === 'rules') ??
    all[0] ??
    null
  );
}
