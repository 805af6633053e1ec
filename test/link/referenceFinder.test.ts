import { describe, expect, it } from 'vitest';
import { findReferences } from '../../src/link/referenceFinder.js';

describe('which citations are motions', () => {
  it('takes a citation the text calls a motion and leaves a cited letter alone', () => {
    const refs = findReferences(
      'In uw Kamerbrief over Leveringszekerheid (Kamerstuk 29 023, nr. 487) schrijft u iets. Dit is in lijn met de aangenomen motie (Kamerstuk 36 197, nr. 15).',
    );
    expect(refs.map((r) => r.kamerstuk)).toEqual(['36197-15']);
  });

  it('takes any citation of a stored motion', () => {
    const text = 'Zie het verslag (Kamerstuk 29 023, nr. 487).';
    expect(findReferences(text)).toEqual([]);
    expect(findReferences(text, { isStoredMotion: (k) => k === '29023-487' }).map((r) => r.kamerstuk)).toEqual(['29023-487']);
  });

  it('joins a name and the citation in its footnote into one reference that stands in the body', () => {
    const text = 'Het kabinet handelt conform de motie van het lid Van Zanten c.s.2, zoals gevraagd.\n\n1\n2\n\nKamerstuk 36 410 VIII, nr. 106\nKamerstuk 36 410 VIII, nr. 82\n';
    expect(findReferences(text)).toEqual([
      expect.objectContaining({ kamerstuk: '36410-VIII-82', naam: 'motie van het lid Van Zanten c.s.', inFootnote: false }),
    ]);
  });
});
