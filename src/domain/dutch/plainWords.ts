/**
 * The fixed list of plainer words the rules explainer may use instead of the motion's own (issue 13): the only
 * rewording it does. Every entry keeps the meaning and the word order of the sentence it is in (a formal word for an
 * everyday one of the same kind: a preposition for a preposition, an infinitive for an infinitive), so the result is
 * still the motion's statement. Entries are matched as whole words, lower or capitalised; a capital stays a capital.
 * Each is tested in test/domain/dutch/plainWords.test.ts.
 */
export interface PlainWord {
  /** Whole words, lower case, separated by single spaces. */
  from: string;
  to: string;
}

export const PLAIN_WORDS: readonly PlainWord[] = [
  // verbs of the dictum
  { from: 'verzoekt', to: 'vraagt' },
  { from: 'verzoeken', to: 'vragen' },
  // "zorg dragen voor/dat" → "zorgen voor/dat", with and without "te" and "er … voor"
  { from: 'er zorg voor te dragen dat', to: 'ervoor te zorgen dat' },
  { from: 'er zorg voor dragen dat', to: 'ervoor zorgen dat' },
  { from: 'ervoor zorg te dragen dat', to: 'ervoor te zorgen dat' },
  { from: 'ervoor zorg dragen dat', to: 'ervoor zorgen dat' },
  { from: 'zorg te dragen voor', to: 'te zorgen voor' },
  { from: 'zorg dragen voor', to: 'zorgen voor' },
  { from: 'zorg te dragen dat', to: 'ervoor te zorgen dat' },
  { from: 'zorg dragen dat', to: 'ervoor zorgen dat' },
  { from: 'te bewerkstelligen dat', to: 'ervoor te zorgen dat' },
  { from: 'bewerkstelligen dat', to: 'ervoor zorgen dat' },
  { from: 'te doen toekomen', to: 'te sturen' },
  { from: 'doen toekomen', to: 'sturen' },
  { from: 'te trachten', to: 'te proberen' },
  { from: 'trachten', to: 'proberen' },
  // conjunctions and adverbs
  { from: 'teneinde', to: 'om' },
  { from: 'ten einde', to: 'om' },
  { from: 'indien', to: 'als' },
  { from: 'alsmede', to: 'en' },
  { from: 'dan wel', to: 'of' },
  { from: 'danwel', to: 'of' },
  { from: 'c.q.', to: 'of' },
  { from: 'tevens', to: 'ook' },
  { from: 'eveneens', to: 'ook' },
  { from: 'reeds', to: 'al' },
  { from: 'thans', to: 'nu' },
  { from: 'derhalve', to: 'daarom' },
  { from: 'wederom', to: 'opnieuw' },
  { from: 'voorts', to: 'verder' },
  { from: 'hetgeen', to: 'wat' },
  { from: 'zo spoedig mogelijk', to: 'zo snel mogelijk' },
  { from: 'onverwijld', to: 'direct' },
  { from: 'te allen tijde', to: 'altijd' },
  { from: 'ten minste', to: 'minstens' },
  { from: 'hieromtrent', to: 'hierover' },
  { from: 'daaromtrent', to: 'daarover' },
  // prepositions
  { from: 'met betrekking tot', to: 'over' },
  { from: 'inzake', to: 'over' },
  { from: 'omtrent', to: 'over' },
  { from: 'aangaande', to: 'over' },
  { from: 'door middel van', to: 'met' },
  { from: 'middels', to: 'met' },
  { from: 'ten behoeve van', to: 'voor' },
  { from: 'voorafgaand aan', to: 'voor' },
  { from: 'gedurende', to: 'tijdens' },
  { from: 'ten tijde van', to: 'tijdens' },
  { from: 'conform', to: 'volgens' },
  { from: 'ingevolge', to: 'volgens' },
  { from: 'jegens', to: 'tegenover' },
  { from: 'in samenspraak met', to: 'samen met' },
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Longest first, so "er zorg voor te dragen dat" wins over "zorg te dragen".
const SORTED = [...PLAIN_WORDS].sort((a, b) => b.from.length - a.from.length);
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${SORTED.map((w) => escapeRe(w.from).replace(/^(\p{L})/u, (c) => `[${c}${c.toUpperCase()}]`).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);
const BY_FROM = new Map(PLAIN_WORDS.map((w) => [w.from, w.to]));

/** The text with every listed formal word replaced by its plainer one. */
export function plainWords(text: string): string {
  return text.replace(PATTERN, (m) => {
    const to = BY_FROM.get(m.toLowerCase().replace(/\s+/g, ' '));
    if (to === undefined) return m;
    return /^\p{Lu}/u.test(m) ? to[0]!.toUpperCase() + to.slice(1) : to;
  });
}
