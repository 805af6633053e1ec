/**
 * Themes of a motion from a documented keyword list over its title, subject and text.
 *
 * Each theme has word stems; a motion gets a theme when a stem starts a word in the title or subject once,
 * or starts words in the text at least twice (a single passing mention in a long text is not a theme).
 * The list is in Dutch, in the Kamer's own words, and printed on the site's "uitleg" page.
 */
export const THEMES: readonly { naam: string; stems: readonly string[] }[] = [
  { naam: 'migratie en asiel', stems: ['migrat', 'asiel', 'vluchteling', 'vreemdeling', 'statushouder', 'ind ', 'coa ', 'terugkeer', 'naturalisat', 'gezinshereniging', 'arbeidsmigra'] },
  { naam: 'zorg', stems: ['zorgverzeker', 'zorgverle', 'zorgkost', 'zorginstelling', 'zorgmedewerker', 'zorgaanbieder', 'zorgsector', 'jeugdzorg', 'ouderenzorg', 'gezondheidszorg', 'ziekenhuis', 'gezondheid', 'patiënt', 'patient', 'huisarts', 'geneesmiddel', 'ggz', 'verpleeg', 'eigen risico', 'mantelzorg', 'pandemie', 'vaccin'] },
  { naam: 'klimaat en energie', stems: ['klimaat', 'energie', 'co2', 'stikstof', 'uitstoot', 'duurzaam', 'windpark', 'wind op zee', 'zonnepa', 'kernenergie', 'kerncentrale', 'aardgas', 'gaswinning', 'groningen', 'waterstof', 'fossiel', 'emissie'] },
  { naam: 'onderwijs', stems: ['onderwijs', 'school', 'scholen', 'leraar', 'leraren', 'docent', 'student', 'universiteit', 'hogeschool', 'mbo', 'leerling', 'studiefinanciering', 'kinderopvang'] },
  { naam: 'defensie', stems: ['defensie', 'krijgsmacht', 'militair', 'navo', 'wapen', 'leger', 'munitie', 'oekraïne', 'oekraine', 'veteraan'] },
  { naam: 'wonen', stems: ['woning', 'huur', 'wonen', 'woon', 'bouwen', 'nieuwbouw', 'dakloos', 'corporatie', 'hypothe', 'vastgoed'] },
  { naam: 'landbouw en natuur', stems: ['landbouw', 'boer', 'veehouder', 'natuur', 'mest', 'visserij', 'dierenwelzijn', 'gewasbescherming', 'voedsel'] },
  { naam: 'werk en inkomen', stems: ['arbeidsmarkt', 'werkgever', 'werknemer', 'minimumloon', 'uitkering', 'bijstand', 'pensioen', 'aow', 'armoede', 'koopkracht', 'toeslag', 'schulden', 'zzp'] },
  { naam: 'belastingen en financiën', stems: ['belasting', 'fiscal', 'begroting', 'btw', 'accijns', 'box 3', 'financiën', 'financien', 'staatsschuld', 'bank'] },
  { naam: 'justitie en veiligheid', stems: ['politie', 'justitie', 'strafrecht', 'rechter', 'rechtspraak', 'gevangen', 'criminal', 'ondermijning', 'terroris', 'veiligheid', 'straf', 'drugs', 'slachtoffer'] },
  { naam: 'verkeer en vervoer', stems: ['verkeer', 'vervoer', 'spoor', ' ns ', 'trein', 'schiphol', 'luchtvaart', 'snelweg', 'fiets', 'openbaar vervoer', 'infrastructuur', 'auto ', 'autoweg', 'automobilist'] },
  { naam: 'europa en buitenland', stems: ['europe', 'eu-', ' eu ', 'brussel', 'buitenland', 'ontwikkelingssamenwerking', 'handelsakkoord', 'verenigde naties', 'israël', 'israel', 'gaza', 'rusland', 'china'] },
  { naam: 'digitalisering', stems: ['digita', 'internet', 'algoritme', 'kunstmatige intelligentie', 'privacy', 'data', 'cyber', 'online'] },
  { naam: 'jeugd en gezin', stems: ['jeugd', 'kinderen', 'gezin', 'ouders', 'pleegzorg'] },
  { naam: 'bestuur en democratie', stems: ['gemeente', 'provincie', 'grondwet', 'verkiezing', 'democrat', 'transparantie', 'integriteit', 'discriminatie'] },
];

/**
 * The documented matching, as one regex per theme over the text folded to words separated by single spaces (the
 * form the test keeps as reference): ` (?:stem|…)` counted with a global regex, where a stem's spaces stand for the
 * separators between words. Done here in one pass over the lower-cased text itself, without folding it (folding
 * with a /[^\p{L}\p{N}-]+/u replace, then 15 regexes × 2 passes, cost ~65 µs per corpus text; this ~12 µs).
 * A word is a run of letters, digits and '-' (Unicode letters and digits, by code point).
 */
interface StemEntry {
  theme: number;
  /** The stem's words: "openbaar vervoer" → ["openbaar", "vervoer"]; a trailing space ("ns ") → ["ns", ""]. */
  parts: string[];
}

/** Stems by their first two characters, each list in theme order and within a theme in listed order. */
const STEMS_BY_START = new Map<string, StemEntry[]>();
THEMES.forEach((t, theme) => {
  for (const listed of t.stems) {
    const parts = listed.replace(/^ /, '').split(' ');
    if (parts[0]!.length < 2 || !parts.every((w, i) => /^[\p{L}\p{N}-]+$/u.test(w) || (w === '' && i === parts.length - 1 && i > 0))) {
      throw new Error(`theme stem "${listed}" must be words of letters, digits or '-' one space apart, the first of two or more`);
    }
    const key = parts[0]!.slice(0, 2);
    const entries = STEMS_BY_START.get(key) ?? [];
    entries.push({ theme, parts });
    STEMS_BY_START.set(key, entries);
  }
});

/**
 * Where a stem's first word begins, not right after an ASCII word character (what is left, a non-ASCII character
 * before it, is checked by isWordStart). A lookahead: matches inside another stem's match are visited too.
 */
const STEM_START = new RegExp(
  `(?<![a-z0-9\\-])(?=${[...new Set([...STEMS_BY_START.values()].flat().map((e) => e.parts[0]!))].join('|')})`,
  'g',
);

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const isWordCache = new Map<number, boolean>();

/** Whether a code point is part of a word: a letter, a digit or '-'. */
function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x2d || (cp >= 0x41 && cp <= 0x5a);
  let word = isWordCache.get(cp);
  if (word === undefined) isWordCache.set(cp, (word = LETTER_OR_DIGIT.test(String.fromCodePoint(cp))));
  return word;
}

/** The code point that ends just before `at` (a surrogate pair read as one). */
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

function isWordStart(text: string, at: number): boolean {
  return at === 0 || !isWordCodePoint(codePointBefore(text, at));
}

/** Past the separators that start at `at` (none when a word character is there). */
function skipSeparators(text: string, at: number): number {
  while (at < text.length) {
    const cp = text.codePointAt(at)!;
    if (isWordCodePoint(cp)) break;
    at += cp > 0xffff ? 2 : 1;
  }
  return at;
}

/**
 * Where the stem that begins at word start `at` leaves the text, as the start of the last word it reaches into
 * (another match of the same theme must begin after it); -1 when the stem is not there. Each word but the last
 * must be a whole word, followed by separators or the end of the text (the folded text ends with a space).
 */
function stemAt(text: string, at: number, parts: string[]): number {
  let word = at;
  for (let i = 0; ; i++) {
    if (!text.startsWith(parts[i]!, word)) return -1;
    if (i === parts.length - 1) return word;
    const end = word + parts[i]!.length;
    if (end < text.length && isWordCodePoint(text.codePointAt(end)!)) return -1;
    word = skipSeparators(text, end);
  }
}

/**
 * How many times each theme's stems start a word, counting up to `limit` per theme, as a global regex per theme
 * counts: at each word start the first listed stem that fits, and the next match searched from where it ended (a
 * stem with a space, "openbaar vervoer", "ns ", takes the word after it for its own theme).
 */
function countThemeMatches(text: string, limit: number): number[] {
  const counts = new Array<number>(THEMES.length).fill(0);
  const searchFrom = new Array<number>(THEMES.length).fill(0);
  const re = STEM_START;
  for (re.lastIndex = 0; ; ) {
    const m = re.exec(text);
    if (!m) break;
    const at = m.index;
    re.lastIndex = at + 1; // an empty match: move on by hand
    if (text.charCodeAt(at - 1) >= 0x80 && !isWordStart(text, at)) continue;
    for (const { theme, parts } of STEMS_BY_START.get(text.substr(at, 2))!) {
      // Once a theme's first listed stem fits here, its later stems are skipped by the moved searchFrom.
      if (at < searchFrom[theme]! || counts[theme]! >= limit) continue;
      const lastWord = stemAt(text, at, parts);
      if (lastWord < 0) continue;
      counts[theme]!++;
      searchFrom[theme] = lastWord + 1;
    }
  }
  return counts;
}

export function themesFor(fields: { titel: string | null; onderwerp: string | null; tekst: string }): string[] {
  const head = countThemeMatches(`${fields.titel ?? ''} ${fields.onderwerp ?? ''}`.toLowerCase(), 1);
  const body = countThemeMatches(fields.tekst.toLowerCase(), 2);
  return THEMES.filter((_, i) => head[i]! >= 1 || body[i]! >= 2).map((t) => t.naam);
}
