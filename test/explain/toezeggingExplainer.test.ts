import { describe, expect, it } from 'vitest';
import { explainToezegging, problemsOf } from '../../src/explain/toezeggingExplainer.js';

describe('Wat is er beloofd (toezegging-rules@1)', () => {
  it('keeps the toezegging\'s own words, with the plainer words of the list', () => {
    expect(explainToezegging('De minister zegt toe de Kamer met betrekking tot de huurtoeslag een brief te sturen.').tekst)
      .toBe('De minister belooft de Kamer over de huurtoeslag een brief te sturen.');
    expect(explainToezegging('De staatssecretaris zegt de Kamer toe voor 1 september 2024 een brief te sturen. Dit naar aanleiding van vragen van het lid Jansen.').tekst)
      .toBe('De staatssecretaris belooft de Kamer voor 1 september 2024 een brief te sturen.');
  });

  it('shows no line rather than an unfaithful or long one', () => {
    const long = `De minister zegt toe de Kamer ${'uitgebreid '.repeat(30)}te informeren.`;
    expect(explainToezegging(long)).toMatchObject({ tekst: null, reden: expect.stringContaining('te lang') });
    expect(explainToezegging(null)).toMatchObject({ tekst: null, reden: 'de toezegging heeft geen tekst' });
    // The check itself: a word, name or number that is not in the toezegging is a reject.
    expect(problemsOf('De minister belooft de Kamer een brief over Schiphol.', 'De minister zegt toe de Kamer een brief te sturen.')).toMatch(/schiphol/i);
    expect(problemsOf('De minister belooft de Kamer 3 brieven te sturen.', 'De minister zegt toe de Kamer brieven te sturen.')).not.toBeNull();
    expect(problemsOf('De minister belooft de Kamer een brief te sturen.', 'De minister zegt toe de Kamer een brief te sturen.')).toBeNull();
  });
});
