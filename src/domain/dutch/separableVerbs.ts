/**
 * Separable verbs ("opstellen", "overgaan"): once the "te" of "op te stellen" goes, particle and verb are written as
 * one word. The rules explainer joins them (`explain/rules/infinitives.ts`); `splitParticleVerbs` finds the mistake
 * "over gaan" in any text, for the tests that hold the explanations to correct Dutch.
 */
export const PARTICLES = new Set([
  'aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'om', 'op', 'over', 'terug', 'toe', 'uit', 'voor', 'weg', 'vast', 'los',
  'samen', 'tegen', 'achter', 'binnen', 'neer', 'voort', 'rond', 'plaats', 'deel', 'kennis', 'vrij', 'stop', 'bekend',
  'onder', 'voorop', 'tegemoet', 'uiteen', 'bijeen', 'vooruit', 'teweeg', 'tekort',
]);

/**
 * Places where `output` writes "<particle> <infinitive>" as two words while `source` has "<particle> te <infinitive>":
 * the verb was separable, and without "te" it must be written together ("over te gaan" → "overgaan").
 */
export function splitParticleVerbs(output: string, source: string): string[] {
  const separable = new Set<string>();
  for (const m of source.toLowerCase().matchAll(/(?<![\p{L}])(\p{L}+)\s+te\s+(\p{L}+)/gu)) {
    if (PARTICLES.has(m[1]!)) separable.add(`${m[1]} ${m[2]}`);
  }
  const found: string[] = [];
  const lower = output.toLowerCase();
  for (const m of lower.matchAll(/(?<![\p{L}])(\p{L}+)\s+(?=(\p{L}+)(?:\s+(\p{L}+))?)/gu)) {
    const pair = `${m[1]} ${m[2]}`;
    if (!separable.has(pair) || new RegExp(`${m[1]}\\s+te\\s+${m[2]}`).test(lower)) continue;
    // "mee laten wegen": the particle belongs to the last verb; "er … voor zorgen": the second half of "ervoor".
    if (/^(?:laten|gaan|blijven|kunnen|moeten|willen)$/.test(m[2]!) && /(?:en|aan|ien|oen|ijn)$/.test(m[3] ?? '')) continue;
    if (/(?:^|\s)(?:er|hier|daar|waar)(?:\s+\S+){0,5}\s*$/u.test(lower.slice(Math.max(0, m.index - 60), m.index))) continue;
    found.push(pair);
  }
  return found;
}

/** Words written twice in a row ("de de", "te te"); "dat dat" and "die die" can be right ("zegt dat dat klopt"). */
export function doubledWords(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}])(\p{L}+)\s+\1(?![\p{L}])/giu)].map((m) => m[0]).filter((w) => !/^(dat|die)\s/i.test(w));
}
