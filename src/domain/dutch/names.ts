import { foldDiacritics } from './fold.js';

/**
 * Dutch personal names: the tussenvoegsels ("van", "de", "ter", "'t", …), and what follows from them: how a name
 * printed in capitals is written ("VAN DER PLAS" → "Van der Plas"), where the surname starts ("Inge van Dijk" →
 * "van Dijk") and the part that identifies a member ("Van Zanten" → "zanten").
 */

/**
 * The tussenvoegsels, lower case: the Dutch ones and the foreign ones members carry ("la", "du", "von" …).
 * Lower case inside a name ("Inge van Dijk"), capitalised at its start ("Van der Plas").
 */
export const TUSSENVOEGSELS: ReadonlySet<string> = new Set([
  'van', 'der', 'den', 'de', 'het', 'te', 'ter', 'ten', 'in', "'t", '’t', 'op',
  'la', 'le', 'du', 'di', 'da', 'del', 'von', 'zu', 'vom',
]);

/** Is the word a tussenvoegsel, whatever its case ("Van", "van", "VAN")? */
export function isTussenvoegsel(word: string): boolean {
  return TUSSENVOEGSELS.has(word.toLowerCase());
}

/**
 * Capitalises a name printed in capitals by the Dutch rule: "VAN DER PLAS" → "Van der Plas",
 * "INGE VAN DIJK" → "Inge van Dijk", "RIKKERS-OOSTERKAMP" → "Rikkers-Oosterkamp".
 */
export function capitaliseName(upper: string): string {
  const words = upper.toLowerCase().split(/\s+/).filter(Boolean);
  return words
    .map((w, i) => {
      const laterSurname = words.slice(i + 1).some((x) => !TUSSENVOEGSELS.has(x));
      if (i > 0 && TUSSENVOEGSELS.has(w) && laterSurname) return w;
      return w.replace(/(^|[-‐])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}

/** The surname in a full name as motions sign them: "Inge van Dijk" → "van Dijk", "Van Zanten" → "Van Zanten". */
export function surnameOf(fullName: string): string {
  const tokens = fullName.trim().split(/\s+/);
  const i = tokens.findIndex((t, k) => isTussenvoegsel(t) && k < tokens.length - 1);
  return i >= 0 ? tokens.slice(i).join(' ') : (tokens[tokens.length - 1] ?? '');
}

/** A leading run of tussenvoegsels, each followed by space: "van der " of "van der plas". */
const LEADING_TUSSENVOEGSELS = new RegExp(`^(?:(?:${[...TUSSENVOEGSELS].join('|')})\\s+)+`);

/** "Van Zanten" → "zanten", "Martens-America" → "martens-america": the part that identifies a member. */
export function surnameKey(name: string): string {
  return foldDiacritics(name.toLowerCase().replace(LEADING_TUSSENVOEGSELS, '')).trim();
}

/** Tussenvoegsels that are everyday words as well ("motie op de agenda", "in het debat", "het"). */
const PROSE_WORDS = new Set(['het', 'in', 'op']);

/**
 * A regex source for the tussenvoegsels before a surname in running text: one or more, the first capitalised or not
 * ("Van der", "van de", "ter"). A word of `PROSE_WORDS` is one only before "'t" ("in 't Veld"): "motie op de agenda"
 * names no one.
 */
export function proseTussenvoegselPattern(): string {
  const cap = (w: string) => (/^\p{L}/u.test(w) ? `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}` : w);
  const names = [...TUSSENVOEGSELS].filter((w) => !PROSE_WORDS.has(w)).sort((a, b) => b.length - a.length);
  const prose = [...PROSE_WORDS].map(cap).join('|');
  return String.raw`(?:(?:(?:${prose})\s+(?=['’]t\s))?(?:${names.map(cap).join('|')})(?:\s+(?:${names.join('|')}))*)`;
}
