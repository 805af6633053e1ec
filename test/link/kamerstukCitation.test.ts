import { describe, expect, it } from 'vitest';
import { findKamerstukCitations } from '../../src/link/kamerstukCitation.js';

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
