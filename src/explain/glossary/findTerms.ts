import { foldKey } from '../../domain/dutch/fold.js';
import { TERMS, type Term } from './terms.js';

/** A term of the begrippenlijst, or an abbreviation the motion itself defines ("zeer zorgwekkende stoffen (ZZS)"). */
export interface FoundTerm {
  term: string;
  uitleg: string;
  /** Anchor on the glossary page; null for an abbreviation defined by the motion (it is not on that page). */
  slug: string | null;
  /** `abbr`: an abbreviation, written out by the motion itself. */
  kind: 'term' | 'abbr';
}

export function termSlug(term: string): string {
  return foldKey(term)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern per term, its forms included, whole words, case-insensitive (abbreviations: case-sensitive). */
const PATTERNS: { term: Term; re: RegExp }[] = TERMS.map((term) => {
  const forms = [term.term, ...(term.vormen ?? [])].sort((a, b) => b.length - a.length);
  const upper = /^[\p{Lu}\d]{2,}$/u.test(term.term);
  return { term, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, upper ? 'u' : 'iu') };
});

/** The glossary terms a text uses, in the order of the begrippenlijst. */
export function termsIn(text: string): FoundTerm[] {
  return PATTERNS.filter((p) => p.re.test(text)).map(({ term }) => ({ term: term.term, uitleg: term.uitleg, slug: termSlug(term.term), kind: 'term' }));
}

const FUNCTION_WORDS = new Set(['de', 'het', 'een', 'van', 'voor', 'en', 'op', 'in', 'der', 'te', 'tot', 'met']);

/**
 * Abbreviations the motion writes out before their first use: "aanvullende inkomensondersteuning ouderen (AIO)",
 * "Regeling voor Vervroegde Uittreding (RVU)". The words before the bracket are taken back to the one whose initial
 * is the abbreviation's first letter, at most one content word per letter (compounds such as "hartafwijking" count as one).
 */
export function definedAbbreviations(text: string): FoundTerm[] {
  const out = new Map<string, FoundTerm>();
  for (const m of text.replace(/\s+/g, ' ').matchAll(/((?:[\p{L}-]+ ){1,8})\((\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}[\p{Lu}\p{Ll}]*)\)/gu)) {
    const abbr = m[2]!;
    // "(VI)" after "Justitie en Veiligheid" is a Roman numeral of a begroting, not an abbreviation.
    if (out.has(abbr) || abbr.length > 8 || /^[IVXLC]+$/.test(abbr)) continue;
    const letters = abbr.replace(/\p{Ll}/gu, '').toLowerCase();
    const words = m[1]!.trim().split(' ');
    let content = 0;
    let start = -1;
    // The earliest word within the letter budget that starts with the first letter: "zeer zorgwekkende stoffen (ZZS)".
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i]!;
      if (FUNCTION_WORDS.has(w.toLowerCase())) continue;
      if (++content > letters.length) break;
      if (w[0]!.toLowerCase() === letters[0]) start = i;
    }
    if (start >= 0) out.set(abbr, { term: abbr, uitleg: words.slice(start).join(' '), slug: null, kind: 'abbr' });
  }
  return [...out.values()];
}
