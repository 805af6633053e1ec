import { foldKey } from './fold.js';

/**
 * Loose references: "deze ambtenaren", "dit voorstel", "de genoemde instrumenten" whose noun the text itself has not
 * introduced before. In a motion the noun comes from the considerations; an explanation built from the dictum alone
 * leaves the reader asking "which?". One detector for the rules explainer (which resolves or drops them), the LLM
 * checks and the plain-language metrics.
 */
export interface LooseReference {
  /** As written: "deze ambtenaren", "de genoemde beheersingsinstrumenten". */
  phrase: string;
  /** The noun referred to, as written: "ambtenaren". */
  noun: string;
  /** Offset of `phrase` in the text. */
  index: number;
  /** The determiner: "deze", "dit", "genoemde" … */
  determiner: string;
}

const DETERMINERS = 'deze|dit|genoemde|bovengenoemde|voornoemde|laatstgenoemde|desbetreffende|eerdergenoemde';
const REFERENCE = new RegExp(`(?<![\\p{L}])((?:(?:de|het)\\s+)?(?:${DETERMINERS}))\\s+([\\p{L}][\\p{L}-]*)(?:\\s+([\\p{L}][\\p{L}-]*))?`, 'giu');

/**
 * Words after "deze"/"dit" that show it is a pronoun ("dit met de Kamer te delen", "deze te blijven ondersteunen"),
 * or a phrase of time or manner that points at no earlier noun ("dit jaar", "op deze wijze", "in deze tijden").
 */
const NOT_A_NOUN = new Set(
  ('te met zo nauw moet moeten mag mogen kan kunnen zal zullen wil willen is zijn wordt worden werd heeft hebben had ' +
    'af aan op in uit bij door voor naar over tot om onder tegen ook niet nog wel al alleen daarom dan als en of maar ' +
    'jaar jaren week weken maand maanden dag dagen moment momenten tijd tijden periode kabinetsperiode eeuw voorjaar najaar ' +
    'zomer winter wijze manier keer kant termijn motie').split(' '),
);

/** Inflected adjectives ("nieuwe", "fiscale", "structurele", "huidige"): the noun is the next word. */
const ADJECTIVE = /(?:ische|ele|ale|ieve|ige|lijke|bare|ende|nde|ste|ere|uwe|ote|ine|ele|oude|ijke|ene|erde|ilde)$/iu;

/** A rough stem for matching a noun with its earlier mention: plural and inflection off ("studies" ~ "studie"). */
export function nounStem(noun: string): string {
  const f = foldKey(noun);
  const s = f.replace(/('s|s|en|es)$/u, '');
  return s.length >= 4 ? s : f;
}

/** Is the noun (or a compound ending in it, or a word it ends in) mentioned in `before`? */
export function introduces(before: string, noun: string): boolean {
  const stem = nounStem(noun);
  for (const w of foldKey(before).match(/\p{L}[\p{L}-]*/gu) ?? []) {
    if (w.includes(stem)) return true;
    const ws = nounStem(w);
    if (ws.length >= 5 && stem.endsWith(ws)) return true;
  }
  return false;
}

/** Every demonstrative reference in the text, introduced or not. */
export function demonstrativeReferences(text: string): LooseReference[] {
  const out: LooseReference[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const determiner = m[1]!.toLowerCase().replace(/^(?:de|het)\s+/, '');
    let noun = m[2]!;
    if (NOT_A_NOUN.has(noun.toLowerCase())) continue;
    // "deze nieuwe regeling": an inflected adjective before the noun.
    if (m[3] && ADJECTIVE.test(noun) && !NOT_A_NOUN.has(m[3].toLowerCase()) && /^\p{Ll}/u.test(m[3])) noun = m[3];
    if (NOT_A_NOUN.has(noun.toLowerCase())) continue;
    // "de meest genoemde noodkreten": "genoemde" as an adjective of frequency, not a reference.
    if (/\b(?:meest|vaak|veel)\s+$/i.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
    const phraseEnd = text.indexOf(noun, m.index + m[1]!.length) + noun.length;
    out.push({ phrase: text.slice(m.index, phraseEnd), noun, index: m.index, determiner });
  }
  return out;
}

/** The references whose noun the text has not introduced before them. */
export function looseReferences(text: string): LooseReference[] {
  return demonstrativeReferences(text).filter((r) => !introduces(text.slice(0, r.index), r.noun));
}
