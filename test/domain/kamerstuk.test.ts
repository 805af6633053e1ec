import { describe, expect, it } from 'vitest';
import {
  CITED_TOEVOEGING,
  dossierLabel,
  kamerstukLabel,
  kamerstukNummer,
  kstId,
  LABEL_PARTS,
  parseKamerstuk,
  parseKstId,
  PRINTED_DOSSIER,
} from '../../src/domain/kamerstuk.js';

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

  it('reads a kst id only with its prefix', () => {
    expect(parseKstId('kst-21501-02-3121')).toEqual({ dossier: '21501', toevoeging: '02', nummer: 3121 });
    expect(parseKstId(' kst-36410-xvi-122 ')).toEqual({ dossier: '36410', toevoeging: 'XVI', nummer: 122 });
    expect(parseKstId('21501-02-3121')).toBeNull();
    expect(parseKstId('ah-tk-20232024-1786')).toBeNull();
  });

  it('gives the printed forms to the patterns of the header and the citations', () => {
    const dossier = new RegExp(`^${PRINTED_DOSSIER}$`);
    for (const d of ['36410', '36 410', '36\u00a0410']) expect([d, dossier.test(d)]).toEqual([d, true]);
    expect(dossier.test('3641')).toBe(false);
    expect(new RegExp(`^${LABEL_PARTS}$`).exec('36410-V-49')?.slice(1)).toEqual(['36410', 'V', '49']);
    const cited = new RegExp(`^(?:${CITED_TOEVOEGING})$`);
    for (const t of ['XVI', '02', '2', 'B']) expect([t, cited.test(t)]).toEqual([t, true]);
    expect(cited.test('EZK')).toBe(false); // a word in capitals after a dossier in prose is no toevoeging
  });
});
