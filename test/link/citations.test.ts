import { describe, expect, it } from 'vitest';
import { findKamerstukCitations } from '../../src/link/kamerstukCitation.js';
import { findNameMentions } from '../../src/link/motionNames.js';
import { findReferences } from '../../src/link/referenceFinder.js';

describe('kamerstuk citations', () => {
  it.each([
    ['Kamerstuk 19 637, nr. 2380', '19637-2380'],
    ['Kamerstukken II 2019/20, 35 300 VI, nr. 37', '35300-VI-37'],
    ['Kamerstukken 2022/2023, 36200, nr. 24', '36200-24'],
    ['Tweede Kamer, vergaderjaar 2017–2018, 26 485, nr. 267', '26485-267'],
    ['de aangenomen motie (36 200-XII,\nnr. 101)', '36200-XII-101'],
    ['de motie Dassen/Van der Lee (35 663\nnr. 27)', '35663-27'],
    ['zie 36410-V-49', '36410-V-49'],
    ['kst-32317-816', '32317-816'],
    ['kst-21501-02-3121', '21501-02-3121'],
    ['Zij krijgt nr. 456 (36800-XVI).', '36800-XVI-456'],
    ['Zij krijgt nr. 1136 (32847).', '32847-1136'],
  ])('%s → %s', (text, label) => {
    expect(findKamerstukCitations(text).map((c) => c.label)).toEqual([label]);
  });

  it('ignores numbers that are not kamerstukken', () => {
    expect(findKamerstukCitations('het nummer 0900-0904, 2500 EA Den Haag, in 2019-20 en 12.000 banen')).toEqual([]);
  });

  it('normalises a numeric series as the motion parser does: 21 501-2 is 21501-02', () => {
    expect(findKamerstukCitations('Kamerstuk 21 501-2, nr. 3121').map((c) => c.label)).toEqual(['21501-02-3121']);
  });
});

describe('motions by name', () => {
  it.each([
    ['In reactie op de motie Becker c.s. verstrekken wij', 'motie Becker c.s.', ['Becker']],
    ['conform de motie-Fritsma.', 'motie Fritsma', ['Fritsma']],
    ['de motie van het lid Fritsma (Kamerstuk', 'motie van het lid Fritsma', ['Fritsma']],
    ['de motie van de leden Stoffer en Bisschop over', 'motie van de leden Stoffer en Bisschop', ['Stoffer', 'Bisschop']],
    ['de opvolging van de motie Hagen/Sneller.3 Ik', 'motie Hagen/Sneller', ['Hagen', 'Sneller']],
    ['aangenomen motie van het lid Van\nZanten c.s.2, waarmee', 'motie van het lid Van Zanten c.s.', ['Van Zanten']],
    ['de motie-Ceder/Dekker-Abdulaziz heeft', 'motie Ceder/Dekker-Abdulaziz', ['Ceder', 'Dekker-Abdulaziz']],
  ])('%s', (text, naam, names) => {
    const m = findNameMentions(text);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ naam, names });
  });

  it('keeps the glued footnote marker apart from the name', () => {
    expect(findNameMentions('de motie Brekelmans1. In een')[0]).toMatchObject({ names: ['Brekelmans'], marker: 1 });
  });

  it('does not take headings, anaphora or parties for names', () => {
    expect(findNameMentions('MOTIE VAN HET LID FRITSMA\nMotie\nDe Kamer,\ndeze motie, de motie van uw Kamer, de motie van de SP')).toEqual([]);
  });
});

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
