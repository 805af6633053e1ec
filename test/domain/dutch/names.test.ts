import { describe, expect, it } from 'vitest';
import {
  capitaliseName,
  isTussenvoegsel,
  proseTussenvoegselPattern,
  surnameKey,
  surnameOf,
  TUSSENVOEGSELS,
} from '../../../src/domain/dutch/names.js';

describe('Dutch names', () => {
  it('knows the tussenvoegsels, whatever their case', () => {
    for (const w of ['van', 'Van', 'DER', 'ter', "'t", '’t', 'op', 'la', 'von']) expect([w, isTussenvoegsel(w)]).toEqual([w, true]);
    for (const w of ['en', 'Plas', 'vand', 'e']) expect([w, isTussenvoegsel(w)]).toEqual([w, false]);
    expect([...TUSSENVOEGSELS].every((w) => w === w.toLowerCase())).toBe(true);
  });

  it('capitalises a name printed in capitals by the Dutch rule', () => {
    expect(capitaliseName('VAN DER PLAS')).toBe('Van der Plas');
    expect(capitaliseName('INGE VAN DIJK')).toBe('Inge van Dijk');
    expect(capitaliseName('RIKKERS-OOSTERKAMP')).toBe('Rikkers-Oosterkamp');
    expect(capitaliseName('DE ROON')).toBe('De Roon');
    expect(capitaliseName('FEMKE IN ’T VELD')).toBe('Femke in ’t Veld');
  });

  it('finds the surname and its compare key', () => {
    expect(surnameOf('Inge van Dijk')).toBe('van Dijk');
    expect(surnameOf('Van Zanten')).toBe('Van Zanten');
    expect(surnameOf('Omtzigt')).toBe('Omtzigt');
    expect(surnameOf('Jan op den Akker')).toBe('op den Akker');
    expect(surnameKey('Van der Plas')).toBe('plas');
    expect(surnameKey("in 't Veld")).toBe('veld');
    expect(surnameKey('Martens-America')).toBe('martens-america');
    expect(surnameKey('Gündoğan')).toBe('gundogan');
    expect(surnameKey('Van')).toBe('van'); // a tussenvoegsel alone is the name
  });

  it('reads tussenvoegsels in running text, but not everyday words', () => {
    const re = new RegExp(String.raw`^${proseTussenvoegselPattern()}\s+\p{Lu}`, 'u');
    for (const s of ['Van der Plas', 'van de Kamp', 'ter Horst', "in 't Veld", 'de la Rie']) expect([s, re.test(s)]).toEqual([s, true]);
    for (const s of ['op de Agenda', 'in de Kamer', 'het Kabinet', 'en Bisschop']) expect([s, re.test(s)]).toEqual([s, false]);
  });
});
