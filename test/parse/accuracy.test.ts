import { describe, expect, it } from 'vitest';
import { formatReport, measureParseAccuracy, passes } from '../../eval/parseAccuracy.js';

describe('parser and rules explainer on all motions of moties-toegelicht (issue 2 acceptance)', () => {
  const report = measureParseAccuracy();

  it('covers every motion of the corpus', () => {
    expect(report.motions).toBe(387);
  });

  it.each(report.measures.map((m) => [m.label, m] as const))('%s meets its target', (_label, m) => {
    expect(passes(m), `${formatReport(report)}\n${m.failures.slice(0, 10).join('\n')}`).toBe(true);
  });

  // The rules explanation is what is published when an LLM answer is rejected: every one with status ok must pass
  // the publication checks of src/explain/checks.ts as they are (prefix, one sentence, ≤ 50 / ≤ 80 words, Dutch,
  // names/numbers/dates/amounts in the motion, no vote result, no markup).
  it('every rules explanation with status ok passes every publication check', () => {
    const explained = report.measures.find((m) => m.label.startsWith('explained'))!;
    const publishable = report.measures.find((m) => m.label.startsWith('passes every publication check'))!;
    expect(publishable.failures).toEqual([]);
    expect(publishable.total).toBe(explained.hits);
    expect(publishable.hits).toBe(explained.hits);
  });
});
