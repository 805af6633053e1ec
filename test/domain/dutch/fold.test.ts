import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldKey } from '../../../src/domain/dutch/fold.js';

describe('diacritic folding', () => {
  it('drops every combining mark, precomposed or not', () => {
    expect(foldDiacritics('Gündoğan')).toBe('Gundogan');
    expect(foldDiacritics('Gu\u0308ndog\u0306an')).toBe('Gundogan'); // as pdftotext writes it
    expect(foldDiacritics('financiële één')).toBe('financiele een');
    expect(foldDiacritics('Ελλάδα')).toBe('Ελλαδα');
  });

  it('keeps case and everything that is no mark', () => {
    expect(foldDiacritics('Van der Plas, 25,8%')).toBe('Van der Plas, 25,8%');
  });

  it('folds to one lower-case key', () => {
    expect(foldKey('EUROPÉSE')).toBe('europese');
    expect(foldKey('Léon de Jong')).toBe(foldKey('LEON DE JONG'));
  });
});
