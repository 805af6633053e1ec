import { describe, expect, it } from 'vitest';
import { nameKey, namesFromOnderwerp, sameNameOcr } from '../../src/parse/names.js';

describe('names of indieners', () => {
  it('compares names without case or accents, and OCR misreadings of one letter', () => {
    expect(nameKey('LÉON DE JONG')).toBe(nameKey('Leon de Jong'));
    expect(sameNameOcr('Tulinman', 'Tuinman')).toBe(true);
    expect(sameNameOcr('Tews', 'Teunissen')).toBe(false);
    expect(sameNameOcr('Pri', 'Piri')).toBe(false);
  });

  it('reads the names from the onderwerp', () => {
    expect(namesFromOnderwerp('Motie van de leden Léon de Jong en Kops over de energietoeslag')).toEqual(['Léon de Jong', 'Kops']);
    expect(namesFromOnderwerp('Motie van het lid Omtzigt c.s. over alsnog …')).toEqual(['Omtzigt']);
    expect(namesFromOnderwerp('Gewijzigde motie van de leden Van der Lee, Thijssen en Bromet (t.v.v. 36200-XII-18) over …')).toEqual(['Van der Lee', 'Thijssen', 'Bromet']);
    expect(namesFromOnderwerp('Motie van de leden Diederik van Dijk en Bikker')).toEqual(['Diederik van Dijk', 'Bikker']);
  });
});
