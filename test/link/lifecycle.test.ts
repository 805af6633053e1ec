import { describe, expect, it } from 'vitest';
import type { DocumentRecord, MotionZaak, ParsedMotion } from '../../src/domain/types.js';
import { buildLifecycle } from '../../src/link/lifecycle.js';

const document: DocumentRecord = {
  id: 'm1',
  soort: 'motie',
  apiSoort: 'Motie',
  titel: 'Vreemdelingenbeleid',
  onderwerp: null,
  datum: '2018-03-08',
  bronUrl: null,
  herkomst: 'api',
  verwijderd: false,
};

const parsed = { datum: '2018-03-07', voorgesteld: 'Voorgesteld 7 maart 2018' } as ParsedMotion;

function zaak(uitslag: NonNullable<MotionZaak['vote']>['uitslag'] | null, appreciatie: string | null = null): MotionZaak {
  return {
    zaakId: 'z1',
    nummer: '2018Z04123',
    kabinetsappreciatie: appreciatie,
    indieners: [],
    vote: uitslag
      ? { uitslag, datum: '2018-04-10', zetelsVoor: 76, zetelsTegen: 74, hoofdelijk: false, stemmingen: [], besluitTekst: null }
      : null,
  };
}

const letter = { briefId: 'b1', datum: '2018-06-01', onderwerp: 'Kabinetsstandpunt motie Fritsma', snippet: 'Hierbij informeer ik …', stance: 'kabinetsstandpunt over de motie' };

describe('buildLifecycle', () => {
  it('a motion without vote or letter is ingediend, on its parsed date', () => {
    expect(buildLifecycle({ document, parsed, zaak: null, letters: [] })).toEqual({
      fase: 'ingediend',
      events: [{ datum: '2018-03-07', soort: 'ingediend', label: 'Ingediend (Voorgesteld 7 maart 2018)' }],
    });
    expect(buildLifecycle({ document, parsed: null, zaak: null, letters: [] }).events[0]!.datum).toBe('2018-03-08');
  });

  it.each(['aangenomen', 'verworpen', 'aangehouden', 'ingetrokken', 'onbekend'] as const)('the vote decides the fase: %s', (uitslag) => {
    expect(buildLifecycle({ document, parsed, zaak: zaak(uitslag), letters: [] }).fase).toBe(uitslag);
  });

  it('lists submission, appraisal, vote with seats and the answering letter, in that order; a letter makes it beantwoord', () => {
    const l = buildLifecycle({ document, parsed, zaak: zaak('aangenomen', 'Ontraden'), letters: [letter] });
    expect(l.fase).toBe('beantwoord');
    expect(l.events).toEqual([
      { datum: '2018-03-07', soort: 'ingediend', label: 'Ingediend (Voorgesteld 7 maart 2018)' },
      { datum: null, soort: 'kabinetsappreciatie', label: 'Kabinetsappreciatie: Ontraden' },
      { datum: '2018-04-10', soort: 'stemming', label: 'Aangenomen: 76 zetels voor, 74 tegen' },
      {
        datum: '2018-06-01',
        soort: 'brief',
        label: 'Brief: Kabinetsstandpunt motie Fritsma (kabinetsstandpunt over de motie)',
        documentId: 'b1',
        snippet: 'Hierbij informeer ik …',
      },
    ]);
  });
});
