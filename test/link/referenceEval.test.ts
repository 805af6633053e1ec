import { describe, expect, it } from 'vitest';
import { evaluateReferences } from '../../eval/referenceEval.js';

/** The labelled set (fixtures/references): detection must reach precision ≥ 0.95 and recall ≥ 0.90. */
describe('motion-reference detection on the labelled set', () => {
  it('meets the targets, and resolves without wrong links', async () => {
    const r = await evaluateReferences();
    expect(r.labels).toBeGreaterThanOrEqual(40);
    expect(r.detection.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.detection.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.resolution.wrong).toBe(0);
    expect(r.resolution.correct).toBeGreaterThanOrEqual(1);
  }, 60_000);
});
