import { describe, expect, it } from 'vitest';
import { indienersOf, type ActorFacts } from '../../src/domain/indieners.js';

const actor = (o: Partial<ActorFacts>): ActorFacts => ({
  naam: null, actorFractie: null, relatie: null, functie: null, persoonId: null, zetelFractie: null, fractieById: null, fractielabel: null, ...o,
});

describe('indienersOf', () => {
  it('puts indieners before medeindieners, keeping the recorded order within each', () => {
    const names = indienersOf([
      actor({ naam: 'M1', relatie: 'Medeindiener' }),
      actor({ naam: 'I1', relatie: 'Indiener' }),
      actor({ naam: 'M2', relatie: 'Medeindiener' }),
      actor({ naam: 'I2', relatie: 'Indiener' }),
    ]).map((i) => i.naam);
    expect(names).toEqual(['I1', 'I2', 'M1', 'M2']);
  });

  it('leaves out actors of another relatie, and without one ministers, staatssecretarissen, commissies and nameless actors', () => {
    const names = indienersOf([
      actor({ naam: 'Gevraagd', relatie: 'Gericht aan' }),
      actor({ naam: 'minister X', functie: 'Minister' }),
      actor({ naam: 'Y', functie: 'Staatssecretaris' }),
      actor({ naam: 'vaste commissie voor Financiën' }),
      actor({ naam: null }),
      actor({ naam: 'Lid zonder relatie' }),
    ]).map((i) => i.naam);
    expect(names).toEqual(['Lid zonder relatie']);
  });

  it('takes the fractie from the actor, else the zetel at the date, else the Fractie_Id, else the Fractielabel', () => {
    const fracties = indienersOf([
      actor({ naam: 'a', relatie: 'Indiener', actorFractie: 'VVD', zetelFractie: 'SP', fractieById: 'PVV', fractielabel: 'CDA' }),
      actor({ naam: 'b', relatie: 'Indiener', zetelFractie: 'SP', fractieById: 'PVV', fractielabel: 'CDA' }),
      actor({ naam: 'c', relatie: 'Indiener', fractieById: 'PVV', fractielabel: 'CDA' }),
      actor({ naam: 'd', relatie: 'Indiener', fractielabel: 'CDA' }),
      actor({ naam: 'e', relatie: 'Indiener' }),
    ]).map((i) => i.fractie);
    expect(fracties).toEqual(['VVD', 'SP', 'PVV', 'CDA', null]);
  });

  it('gives the relatie only when recorded, and the persoon id as stored', () => {
    expect(indienersOf([actor({ naam: 'A', persoonId: 'p1' }), actor({ naam: 'B', relatie: 'Indiener' })])).toEqual([
      { naam: 'B', fractie: null, relatie: 'Indiener', persoonId: null },
      { naam: 'A', fractie: null, persoonId: 'p1' },
    ]);
  });
});
