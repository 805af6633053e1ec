import { describe, expect, it } from 'vitest';
import { countSentences, endsInAbbreviation, sentenceBounds, sentenceEnds, splitSentences } from '../../../src/domain/dutch/sentences.js';

describe('sentences', () => {
  it('knows abbreviations and initials before a full stop', () => {
    for (const before of ['zie nr', 'Becker c.s', 'december jl', 'K', 'J.F', 'bijv', 'Drs', 'd.d']) expect([before, endsInAbbreviation(before)]).toEqual([before, true]);
    for (const before of ['aangenomen', 'risico’s', 'regering']) expect([before, endsInAbbreviation(before)]).toEqual([before, false]);
  });

  it('counts the sentences of a text, abbreviations and initials inside one', () => {
    expect(splitSentences('Het lid Omtzigt c.s. vraagt dit. K. Putters zegt dat nr. 37 geldt.')).toEqual([
      'Het lid Omtzigt c.s. vraagt dit.',
      'K. Putters zegt dat nr. 37 geldt.',
    ]);
    expect(sentenceEnds('Zo is het. Dan')).toEqual([9]);
  });

  it('finds the sentence around a position in PDF text, over line breaks, with the same abbreviations', () => {
    const text = 'Eerste zin.\nIn de motie-Becker c.s. (Kamerstuk 36 200, nr. 37) wordt\ngevraagd om z.s.m. te komen. Derde zin.';
    const pos = text.indexOf('Becker');
    const [s, e] = sentenceBounds(text, pos);
    expect(text.slice(s, e)).toBe('\nIn de motie-Becker c.s. (Kamerstuk 36 200, nr. 37) wordt\ngevraagd om z.s.m. te komen.');
    // A blank line ends a sentence too (pdftotext puts one between paragraphs).
    const para = 'Kop zonder punt\n\nDe motie-Becker vraagt iets.';
    expect(para.slice(...sentenceBounds(para, para.indexOf('Becker')))).toBe('\nDe motie-Becker vraagt iets.');
  });

  it('abbreviations and initials do not end a sentence', () => {
    expect(splitSentences('Het lid K. Putters vraagt o.a. om 4.500 euro. Aanleiding: de kosten.')).toEqual([
      'Het lid K. Putters vraagt o.a. om 4.500 euro.',
      'Aanleiding: de kosten.',
    ]);
    expect(countSentences('Een zin zonder punt')).toBe(1);
  });
});
