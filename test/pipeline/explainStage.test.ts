import { afterEach, describe, expect, it } from 'vitest';
import { chooseExplanation } from '../../src/explain/chooseExplanation.js';
import { RULES_EXPLAINER } from '../../src/explain/rulesExplainer.js';
import { explainStage } from '../../src/pipeline/explainStage.js';
import { getExplanations, saveExplanation } from '../../src/store/documentRepo.js';
import { addMotion, omtzigt, OMTZIGT_ID } from '../explain/llm/motionStore.js';
import { tempStore } from '../support/tempStore.js';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

/** The store as an older Motiemonitor left it: a rules@2 row, and an LLM reject row holding a copy of that text. */
function storeFromOlderVersion() {
  const tmp = tempStore();
  cleanup = tmp.cleanup;
  addMotion(tmp.store, omtzigt());
  const old = { samenvatting: 'Het lid Omtzigt c.s. verzoekt de regering alsnog de aanbeveling uit te voeren.', implicatie: 'Als de motie wordt aangenomen, dan moet de regering de aanbeveling uitvoeren.', bron: null };
  saveExplanation(tmp.store.db, OMTZIGT_ID, 'rules', 'key-made-by-rules@2', { ...old, explainer: 'rules@2', status: 'ok' });
  saveExplanation(tmp.store.db, OMTZIGT_ID, 'llm', 'key-made-under-checks@2', { ...old, explainer: 'rules@2 (llm rejected: implicatie: 2 zinnen in plaats van één)', status: 'ok' });
  return tmp.store;
}

describe('explainStage after an explainer version bump (issue 12/13)', () => {
  it('replaces every older stored explanation on the next explain: no page keeps showing rules@2', () => {
    const store = storeFromOlderVersion();
    // Before: the stale LLM row (a copy of rules@2, status ok) is what a page shows.
    expect(chooseExplanation(getExplanations(store.db, OMTZIGT_ID))!.explainer).toMatch(/^rules@2 /);

    const report = explainStage(store);
    expect(report.explained).toBe(1);
    const rows = getExplanations(store.db, OMTZIGT_ID);
    expect(rows.map((r) => [r.family, r.explainer])).toEqual([['rules', RULES_EXPLAINER]]);
    const shown = chooseExplanation(rows)!;
    expect(shown.explainer).toBe(RULES_EXPLAINER);
    expect(shown.samenvatting).toMatch(/^Deze motie is van het lid Omtzigt/);
  });

  it('an unchanged rules explanation keeps the LLM row (and --force does not drop it either)', () => {
    const store = storeFromOlderVersion();
    explainStage(store);
    saveExplanation(store.db, OMTZIGT_ID, 'llm', 'current', { samenvatting: 'x', implicatie: 'y', explainer: 'openai:m@default-v2', status: 'ok', bron: null });
    expect(explainStage(store).unchanged).toBe(1);
    explainStage(store, { force: true });
    expect(getExplanations(store.db, OMTZIGT_ID).map((r) => r.family)).toEqual(['llm', 'rules']);
  });
});
