import { describe, expect, it } from 'vitest';
import { parseKstId } from '../../src/domain/kamerstuk.js';
import { vergaderjaarOf } from '../../src/parse/kamerstukHeader.js';
import { nameKey, namesFromOnderwerp, sameNameOcr } from '../../src/parse/names.js';
import { isPageNoise, toLines } from '../../src/parse/pageNoise.js';

describe('parse helpers', () => {
  it('kst ids and vergaderjaar', () => {
    expect(parseKstId('kst-21501-02-3121')).toEqual({ dossier: '21501', toevoeging: '02', nummer: 3121 });
    expect(parseKstId('kst-36410-xvi-122')).toEqual({ dossier: '36410', toevoeging: 'XVI', nummer: 122 });
    expect(parseKstId('ah-tk-20232024-1786')).toBeNull();
    expect(parseKstId('21501-02-3121')).toBeNull(); // a label without kst- is not a trailer
    expect(vergaderjaarOf('2024-02-14')).toBe('2023–2024');
    expect(vergaderjaarOf('2023-10-01')).toBe('2023–2024');
    expect(vergaderjaarOf('2023-09-20')).toBeNull();
  });

  it('names', () => {
    expect(nameKey('LÉON DE JONG')).toBe(nameKey('Leon de Jong'));
    expect(sameNameOcr('Tulinman', 'Tuinman')).toBe(true);
    expect(sameNameOcr('Tews', 'Teunissen')).toBe(false);
    expect(sameNameOcr('Pri', 'Piri')).toBe(false);
    expect(namesFromOnderwerp('Motie van de leden Léon de Jong en Kops over de energietoeslag')).toEqual(['Léon de Jong', 'Kops']);
    expect(namesFromOnderwerp('Motie van het lid Omtzigt c.s. over alsnog …')).toEqual(['Omtzigt']);
    expect(namesFromOnderwerp('Gewijzigde motie van de leden Van der Lee, Thijssen en Bromet (t.v.v. 36200-XII-18) over …')).toEqual(['Van der Lee', 'Thijssen', 'Bromet']);
    expect(namesFromOnderwerp('Motie van de leden Diederik van Dijk en Bikker')).toEqual(['Diederik van Dijk', 'Bikker']);
  });

  it('page furniture', () => {
    for (const l of ['kst-25087-310', 'ISSN 0921 - 7371', '’s-Gravenhage 2023', 'Tweede Kamer, vergaderjaar 2022–2023, 25 087, nr. 310', '1']) {
      expect([l, isPageNoise(l)]).toEqual([l, true]);
    }
    expect(isPageNoise('Tweede Kamer der Staten-Generaal')).toBe(false);
    expect(isPageNoise('2024')).toBe(false);
    expect(toLines('a\fb\r\nGu\u0308ndog\u0306an')).toEqual(['a', 'b', 'Gündoğan']);
  });
});
