import { describe, expect, it } from 'vitest';
import { looseReferences } from '../../../src/domain/dutch/looseReferences.js';

describe('loose references', () => {
  it('finds "deze X" whose X was not introduced, real cases from the corpus', () => {
    // kst-36410-V-46: the dictum alone.
    expect(looseReferences('verzoekt de regering om disciplinaire maatregelen te nemen tegen deze ambtenaren').map((r) => r.phrase)).toEqual(['deze ambtenaren']);
    // kst-31288-1012: "beheersingsinstrumenten" introduces "deze instrumenten".
    expect(looseReferences('de beheersingsinstrumenten in te voeren en over de invoering van deze instrumenten')).toEqual([]);
    // Pronouns and phrases of time are no references.
    expect(looseReferences('dit met de Kamer te delen, dit jaar nog, op deze wijze, deze te blijven ondersteunen, deze motie')).toEqual([]);
    expect(looseReferences('de meest genoemde noodkreten')).toEqual([]);
    expect(looseReferences('het ibo bespreekt deze nieuwe regeling').map((r) => r.noun)).toEqual(['regeling']);
  });
});
