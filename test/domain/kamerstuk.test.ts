import { describe, expect, it } from 'vitest';
import { dossierLabel, kamerstukLabel, kamerstukNummer, kstId, parseKamerstuk } from '../../src/domain/kamerstuk.js';

describe('kamerstuk numbering, one rule', () => {
  it('normalises the parts however they were printed', () => {
    expect(kamerstukNummer('21 501', '2', '3121')).toEqual({ dossier: '21501', toevoeging: '02', nummer: 3121 });
    expect(kamerstukNummer('36\u00a0410', 'xvi', 122)).toEqual({ dossier: '36410', toevoeging: 'XVI', nummer: 122 });
    expect(kamerstukNummer('32317', undefined, '816')).toEqual({ dossier: '32317', toevoeging: null, nummer: 816 });
  });

  it('writes one family of labels', () => {
    const k = kamerstukNummer('35300', 'VI', 37);
    expect([kamerstukLabel(k), kstId(k), dossierLabel(k)]).toEqual(['35300-VI-37', 'kst-35300-VI-37', '35300-VI']);
    expect(kstId(kamerstukNummer('32317', null, 816))).toBe('kst-32317-816');
    expect(dossierLabel(null)).toBeNull();
  });

  it('reads labels and kst ids back, with one grammar', () => {
    expect(parseKamerstuk('35300-VI-37')).toEqual({ dossier: '35300', toevoeging: 'VI', nummer: 37 });
    expect(parseKamerstuk('36200-24')).toEqual({ dossier: '36200', toevoeging: null, nummer: 24 });
    expect(parseKamerstuk('kst-21501-2-3121')).toEqual({ dossier: '21501', toevoeging: '02', nummer: 3121 });
    expect(parseKamerstuk('ah-tk-20232024-1786')).toBeNull();
    for (const label of ['35300-VI-37', '21501-02-3121', '32317-816']) expect(kamerstukLabel(parseKamerstuk(label)!)).toBe(label);
  });
});
