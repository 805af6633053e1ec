import { describe, expect, it } from 'vitest';
import { OPERATIVE_VERBS, pluralOf } from '../../../src/domain/dutch/operativeVerbs.js';
import { splitClauses } from '../../../src/parse/clauses.js';

describe('operative verbs', () => {
  it('every operative verb has its own plural', () => {
    for (const v of OPERATIVE_VERBS) {
      expect([v.singular, v.plural.endsWith('en') && v.plural !== v.singular]).toEqual([v.singular, true]);
      expect(pluralOf(v.singular)).toBe(v.plural);
    }
    expect(new Set(OPERATIVE_VERBS.map((v) => v.singular)).size).toBe(OPERATIVE_VERBS.length);
    expect(pluralOf('gaat')).toBe('gaat');
  });

  it('the parser opens an operative clause with each of them, of its kind', () => {
    for (const v of OPERATIVE_VERBS) {
      const { operative } = splitClauses(['constaterende dat het regent;', `${v.singular} de regering dit te doen,`]);
      expect([v.singular, operative.map((c) => c.kind)]).toEqual([v.singular, [v.kind]]);
    }
  });
});
