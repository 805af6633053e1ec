import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatExplainer, parseExplainer } from '../../src/domain/explainer.js';
import { chooseExplanation } from '../../src/explain/chooseExplanation.js';
import { RULES_EXPLAINER } from '../../src/explain/rulesExplainer.js';
import { explainStage } from '../../src/pipeline/explainStage.js';
import { getExplanations, saveExplanation } from '../../src/store/documentRepo.js';
import { addMotion, omtzigt, OMTZIGT_ID } from '../support/motionStore.js';
import { buildSampleSite } from '../support/sampleSite.js';
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
  saveExplanation(tmp.store.db, OMTZIGT_ID, 'rules', 'key-made-by-rules@2', { ...old, explainer: parseExplainer('rules@2'), status: 'ok', reason: null });
  saveExplanation(tmp.store.db, OMTZIGT_ID, 'llm', 'key-made-under-checks@2', { ...old, explainer: parseExplainer('rules@2 (llm rejected: implicatie: 2 zinnen in plaats van één)'), status: 'ok', reason: null });
  return tmp.store;
}

describe('explainStage after an explainer version bump (issue 12/13)', () => {
  it('replaces every older stored explanation on the next explain: no page keeps showing rules@2', () => {
    const store = storeFromOlderVersion();
    // Before: the stale LLM row (a copy of rules@2, status ok) is what a page shows.
    expect(formatExplainer(chooseExplanation(getExplanations(store.db, OMTZIGT_ID))!.explainer)).toMatch(/^rules@2 /);

    const report = explainStage(store);
    expect(report.explained).toBe(1);
    const rows = getExplanations(store.db, OMTZIGT_ID);
    expect(rows.map((r) => [r.family, r.explainer])).toEqual([['rules', RULES_EXPLAINER]]);
    const shown = chooseExplanation(rows)!;
    expect(shown.explainer).toEqual(RULES_EXPLAINER);
    expect(shown.samenvatting).toMatch(/^Deze motie is van het lid Omtzigt/);
  });

  it('an unchanged rules explanation keeps the LLM row (and --force does not drop it either)', () => {
    const store = storeFromOlderVersion();
    explainStage(store);
    saveExplanation(store.db, OMTZIGT_ID, 'llm', 'current', { samenvatting: 'x', implicatie: 'y', explainer: parseExplainer('openai:m@default-v2'), status: 'ok', reason: null, bron: null });
    expect(explainStage(store).unchanged).toBe(1);
    explainStage(store, { force: true });
    expect(getExplanations(store.db, OMTZIGT_ID).map((r) => r.family)).toEqual(['llm', 'rules']);
  });
});

/** Every motion page of a built site, by file name. */
function motionPages(site: string): Map<string, string> {
  const dir = join(site, 'moties');
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('a rules version bump reaches every page (issue 12)', () => {
  it('every sample motion explained by an older rules version shows the current one after the next explain and build', async () => {
    const built = await buildSampleSite();
    cleanup = built.cleanup;
    const db = built.store.db;
    const current = motionPages(built.site);
    // The store as the previous rules version left it: every rules row made by rules@2 (under its own key), and for
    // each an LLM reject row holding a copy of it with status ok, the row a page shows first.
    const motions = db.prepare("SELECT id FROM documents WHERE soort = 'motie'").pluck().all() as string[];
    const bumped: string[] = [];
    for (const id of motions) {
      const rules = getExplanations(db, id).find((e) => e.family === 'rules' && e.status === 'ok');
      if (!rules) continue;
      const old = { ...rules, samenvatting: `Oud: ${rules.samenvatting}`, explainer: parseExplainer('rules@2') };
      saveExplanation(db, id, 'rules', 'made-by-rules@2', old);
      saveExplanation(db, id, 'llm', 'made-under-rules@2', { ...old, explainer: parseExplainer('rules@2 (llm rejected: samenvatting: te lang)') });
      bumped.push(id);
    }
    expect(bumped.length).toBeGreaterThanOrEqual(10);
    await built.rebuild();
    const stale = motionPages(built.site);
    const withOld = [...stale.values()].filter((html) => html.includes('regels (rules@2 (llm rejected: samenvatting: te lang))'));
    expect(withOld).toHaveLength(bumped.length);

    const report = explainStage(built.store);
    expect(report.unchanged).toBe(motions.length - bumped.length);
    await built.rebuild();
    const after = motionPages(built.site);
    // Every page that showed the old text changed back to the current rules explanation, byte for byte.
    expect([...after.keys()].sort()).toEqual([...current.keys()].sort());
    for (const [file, html] of after) {
      expect(html, file).not.toContain('rules@2');
      expect(html, file).toBe(current.get(file));
      if (stale.get(file)!.includes('rules@2')) expect(html, file).not.toBe(stale.get(file));
    }
    expect([...after.values()].filter((html) => html.includes(`regels (${formatExplainer(RULES_EXPLAINER)})`)).length).toBeGreaterThanOrEqual(bumped.length);
  }, 120_000);
});
