import { describe, expect, it } from 'vitest';
import { formatReport, measureParseAccuracy, passes } from '../../scripts/parse-accuracy.js';

describe('parser and rules explainer on all motions of moties-toegelicht (issue 2 acceptance)', () => {
  const report = measureParseAccuracy();

  it('covers every motion of the corpus', () => {
    expect(report.motions).toBe(387);
  });

  it.each(report.measures.map((m) => [m.label, m] as const))('%s meets its target', (_label, m) => {
    expect(passes(m), `${formatReport(report)}\n${m.failures.slice(0, 10).join('\n')}`).toBe(true);
  });
});
