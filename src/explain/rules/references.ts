import { looseReferences, nounStem, type LooseReference } from '../../domain/dutch/looseReferences.js';
import type { Clause } from '../../domain/types.js';

/**
 * Loose references ("deze ambtenaren" whose ambtenaren only the considerations introduce) in a text of rules@3.
 * The explainer first tries to leave them out (`cutBefore` in explainer.ts); what cannot go is resolved here from the
 * considerations, in the motion's own words:
 *   - "in dit kader" / "in dat kader" points at the considerations as a whole and goes;
 *   - the noun with the "van …" phrase the consideration gives it: "deze ambtenaren" → "de ambtenaren van
 *     Buitenlandse Zaken (BZ)";
 *   - otherwise the demonstrative becomes the article ("deze adviezen" → "de adviezen", "dit voorstel" → "het
 *     voorstel"), and the summary's "Aanleiding" is the consideration that introduces the noun.
 */
const DROPPABLE = /\s(?:in|binnen)\s+(?:dit|dat)\s+kader(?=[\s,])/giu;

/** "van Buitenlandse Zaken (BZ)": a "van" phrase of names (capitals) after the noun, up to 6 words. */
function vanPhrase(words: string[], from: number): string | null {
  if (words[from]?.toLowerCase() !== 'van') return null;
  const out = ['van'];
  for (let i = from + 1; i < words.length && out.length < 7; i++) {
    const w = words[i]!;
    const bare = w.replace(/[,;:.]+$/u, '');
    if (/^(?:de|het|der|den)$/i.test(bare) || /^\p{Lu}/u.test(bare) || /^\(\p{Lu}+\)$/u.test(bare)) {
      out.push(bare);
      if (bare !== w) break;
    } else break;
  }
  // Only names count ("van Buitenlandse Zaken"); "van de" with nothing capitalised after is no qualifier.
  return out.some((w) => /^\p{Lu}/u.test(w)) && !/^(?:de|het|der|den)$/i.test(out[out.length - 1]!) ? out.join(' ') : null;
}

/** The noun as a consideration introduces it, with its "van …" phrase, or null when no consideration has it. */
export function qualifiedNoun(noun: string, considerations: readonly Clause[]): string | null {
  const stem = nounStem(noun);
  for (const c of considerations) {
    const words = c.text.split(' ');
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.replace(/[^\p{L}-]/gu, '');
      if (nounStem(w) !== stem) continue;
      const van = vanPhrase(words, i + 1);
      if (van) return `${noun} ${van}`;
    }
  }
  return null;
}

/** "deze" / "de genoemde" → "de", "dit" / "het genoemde" → "het". */
function article(ref: LooseReference): string {
  const lead = ref.phrase.split(/\s+/)[0]!.toLowerCase();
  if (lead === 'het' || ref.determiner === 'dit') return 'het';
  return 'de';
}

/** The text with its loose references (measured against `before` + the text itself) resolved. */
export function resolveReferences(text: string, before: string, considerations: readonly Clause[], o: { qualifiedOnly?: boolean } = {}): string {
  let out = text.replace(DROPPABLE, '');
  for (let guard = 0; guard < 5; guard++) {
    const loose = looseReferences(`${before} ${out}`).filter((r) => r.index > before.length);
    const ref = loose[0];
    if (!ref) break;
    const at = ref.index - before.length - 1;
    const qualified = qualifiedNoun(ref.noun, considerations);
    if (o.qualifiedOnly && !qualified) break;
    const replacement = `${article(ref)} ${qualified ?? ref.noun}`;
    const capital = /^\p{Lu}/u.test(out.slice(at));
    const rep = capital ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
    out = out.slice(0, at) + rep + out.slice(at + ref.phrase.length);
  }
  return out;
}
