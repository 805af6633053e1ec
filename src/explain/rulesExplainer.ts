import { IMPLICATIE_PREFIX } from '../domain/types.js';
import type { Clause, DocumentRecord, Explanation, ParsedMotion } from '../domain/types.js';

/**
 * The offline explainer: a summary and a one-sentence implication built ONLY from the motion's parsed
 * operative clauses (never from the considerations), so it cannot state what the motion does not say.
 * The motion's own words are kept; the only changes are grammatical, and they are all in this file:
 *   - the subject: "Het lid X verzoekt …", "Het lid X c.s. verzoekt …", "De leden X en Y verzoeken …";
 *   - "verzoekt <addressee> (om) … te <infinitief> …" → "moet <addressee> … <infinitief> …"
 *     (the "te" of the main infinitives is dropped, separable verbs are written together: "op te stellen" → "opstellen");
 *   - every other operative clause is inverted after "dan": "spreekt uit dat …" → "dan spreekt de Kamer uit dat …",
 *     "draagt de regering op …" → "dan draagt de Kamer de regering op …", "roept … op …" → "dan roept de Kamer … op …".
 * Long motions are shortened only by leaving out whole operative clauses at the end, never by rewording.
 */
export const RULES_EXPLAINER = 'rules@1';

/** An implication longer than this leaves out its last operative clauses (whole clauses only). */
const MAX_IMPLICATIE = 600;

export function explainWithRules(parsed: ParsedMotion, _doc: DocumentRecord): Explanation {
  const clauses = parsed.operative.filter((c) => c.text.trim().length > 0);
  if (clauses.length === 0) {
    return { samenvatting: '', implicatie: '', explainer: RULES_EXPLAINER, status: 'geen dictum gevonden', bron: null };
  }
  return {
    samenvatting: summarise(parsed, clauses),
    implicatie: implication(clauses),
    explainer: RULES_EXPLAINER,
    status: 'ok',
    bron: null,
  };
}

// ---------------------------------------------------------------- the subject

/** "Het lid Omtzigt c.s.", "De leden Stoffer en Bisschop"; "De Kamer" when the heading names no one. */
export function subjectOf(parsed: Pick<ParsedMotion, 'indieners' | 'cs'>): { text: string; plural: boolean } {
  const names = parsed.indieners;
  if (names.length === 0) return { text: 'De Kamer', plural: false };
  if (names.length === 1) return { text: `Het lid ${names[0]}${parsed.cs ? ' c.s.' : ''}`, plural: false };
  const list = `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
  return { text: `De leden ${list}${parsed.cs ? ' c.s.' : ''}`, plural: true };
}

/** Third person singular → plural, for every operative verb the parser recognises. */
const PLURAL: Record<string, string> = {
  verzoekt: 'verzoeken', spreekt: 'spreken', draagt: 'dragen', roept: 'roepen', besluit: 'besluiten',
  zegt: 'zeggen', wijst: 'wijzen', geeft: 'geven', dringt: 'dringen', vraagt: 'vragen', nodigt: 'nodigen',
  verklaart: 'verklaren', keurt: 'keuren', betreurt: 'betreuren', veroordeelt: 'veroordelen', steunt: 'steunen',
  benadrukt: 'benadrukken', beveelt: 'bevelen', verlangt: 'verlangen', wenst: 'wensen', ondersteunt: 'ondersteunen',
  stelt: 'stellen',
};

/** The clause without a leading "en", its verb split off: "verzoekt", "de regering te …". */
function splitVerb(clause: Clause): { verb: string; rest: string } {
  const m = /^(?:en\s+)?(\p{L}+)\s*(.*)$/su.exec(clause.text.trim());
  return { verb: (m?.[1] ?? '').toLowerCase(), rest: m?.[2] ?? '' };
}

// ---------------------------------------------------------------- samenvatting

/**
 * "De leden Stoffer en Bisschop verzoeken de regering te bevorderen dat …, en tevens in Europees verband voorstellen
 * te doen voor …". A clause with the same verb and addressee as the one before it drops the repeated
 * "verzoekt de regering"; otherwise the verb is repeated.
 */
function summarise(parsed: ParsedMotion, clauses: Clause[]): string {
  const subject = subjectOf(parsed);
  const parts = clauses.map((clause, i) => {
    const { verb, rest } = splitVerb(clause);
    const finite = subject.plural ? PLURAL[verb] ?? verb : verb;
    const prev = clauses[i - 1];
    if (prev && prev.kind === clause.kind && prev.addressee && prev.addressee === clause.addressee) {
      return stripAddressee(rest, clause.addressee).replace(/^,\s*/, '');
    }
    return `${finite} ${rest}`.trim();
  });
  return endSentence(`${subject.text} ${joinParts(parts)}`);
}

// ---------------------------------------------------------------- implicatie

function implication(clauses: Clause[]): string {
  const parts: string[] = [];
  let length = IMPLICATIE_PREFIX.length;
  let prevModal: string | null = null; // addressee of the previous part when it read "moet <addressee> …"
  for (const clause of clauses) {
    const c = consequence(clause);
    const part = c.modalFor !== null && c.modalFor === prevModal ? c.action : c.text;
    // Too long: the remaining clauses are left out, whole (never a clause in the middle, never part of one).
    if (parts.length > 0 && length + part.length > MAX_IMPLICATIE) break;
    prevModal = c.modalFor;
    parts.push(part);
    length += part.length + 5;
  }
  let sentence = `${IMPLICATIE_PREFIX}${joinParts(parts)}`;
  // A clause can itself contain a full stop before a capital ("… 2.500 euro. De …"): cut there, at a boundary.
  const firstEnd = sentenceEnds(sentence)[0];
  if (firstEnd !== undefined && firstEnd < sentence.length - 1) sentence = sentence.slice(0, firstEnd);
  return endSentence(sentence);
}

export interface Consequence {
  /** The clause as it reads after "dan": "moet de regering … bevorderen dat …", "spreekt de Kamer uit dat …". */
  text: string;
  /** For the "moet" form: the addressee, so a following clause to the same addressee can leave "moet <addressee>" out. */
  modalFor: string | null;
  /** For the "moet" form: the part after "moet <addressee>". */
  action: string;
}

/** One operative clause as the consequence after "dan". */
export function consequence(clause: Clause): Consequence {
  const { verb, rest } = splitVerb(clause);
  if (clause.kind === 'verzoekt' && clause.addressee) {
    const action = mainInfinitives(stripAddressee(rest, clause.addressee));
    // "verzoekt de regering en gemeenten …": the addressee goes on beyond what was recognised; keep the clause verbatim.
    if (action !== null && !/^en\s/i.test(action)) {
      const modal = /\sen\s+(?:de|het)\s/i.test(clause.addressee) ? 'moeten' : 'moet';
      const text = `${modal} ${clause.addressee}${action.startsWith(',') ? '' : ' '}${action}`;
      return { text, modalFor: clause.addressee.toLowerCase(), action: action.replace(/^,\s*/, '') };
    }
  }
  // The safe form for every verb: inversion after "dan", the clause otherwise verbatim.
  const text = `${verb} de Kamer ${rest}`.trim();
  return { text, modalFor: null, action: text };
}

/** The clause after its addressee ("tevens in Europees verband …"); the adverb before the addressee moves behind it. */
function stripAddressee(rest: string, addressee: string): string {
  const m = /^((?:(?:tevens|ook|voorts|daarnaast|eveneens|nogmaals|verder|mede|dan\s+ook)\s+)?)(.*)$/isu.exec(rest)!;
  const adverb = m[1]!;
  const tail = m[2]!;
  if (!tail.toLowerCase().startsWith(addressee.toLowerCase())) return rest;
  return `${adverb}${tail.slice(addressee.length)}`.trim();
}

/**
 * Words that open a subordinate clause: a "te" after them belongs to that clause and stays.
 * Infinitival openers ("om … te", "door … te") hold their "te" to the end of the clause; finite openers
 * ("dat", "die", "welke") end at the next "en" or comma (a "te <infinitief>" after it belongs to the main clause again).
 */
const INFINITIVAL_OPENERS = new Set(['om', 'teneinde', 'zonder', 'door']);
const FINITE_OPENERS = new Set([
  'dat', 'waarin', 'waarbij', 'waarmee', 'waardoor', 'waarvan', 'waarop', 'waaronder', 'die', 'zodat', 'opdat', 'omdat',
  'wanneer', 'indien', 'alvorens', 'hoe', 'hoeverre', 'of', 'welke', 'wat', 'waar', 'totdat', 'voordat', 'nadat', 'zodra', 'tenzij', 'mits',
]);

/** Particles written together with the verb once "te" goes: "op te stellen" → "opstellen". */
const PARTICLES = new Set([
  'aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'om', 'op', 'over', 'terug', 'toe', 'uit', 'voor', 'weg', 'vast', 'los',
  'samen', 'tegen', 'achter', 'binnen', 'neer', 'voort', 'rond', 'plaats', 'deel', 'kennis', 'vrij', 'stop', 'bekend',
  'onder', 'voorop', 'tegemoet', 'uiteen', 'bijeen', 'vooruit', 'teweeg', 'tekort',
]);

/** Prepositions that can stand after a split "er/hier/daar/waar" ("er zorg voor", "hier … over"). */
const PRONOMINAL_PARTS = new Set(['aan', 'bij', 'door', 'in', 'mee', 'na', 'om', 'op', 'over', 'toe', 'uit', 'voor', 'tegen', 'onder', 'achter']);

/**
 * Is the last word of `out` a particle of the verb that follows ("op" in "op te stellen"), rather than the second
 * half of a split "er … voor" ("er zorg voor te dragen", "hier voor het zomerreces over te informeren")?
 * After another preposition ("erop aan te dringen", "voor in te zetten") it is always the verb's particle.
 */
function isVerbParticle(out: string[]): boolean {
  const particle = out[out.length - 1]!;
  const before = out[out.length - 2]?.toLowerCase() ?? '';
  if (PRONOMINAL_PARTS.has(before)) return true;
  if (!PRONOMINAL_PARTS.has(particle)) return true;
  return !out.slice(-6, -1).some((x) => /^(?:er|hier|daar|waar)$/i.test(x));
}

/** A word that can be an infinitive after "te": "doen", "gaan", "zijn", "bevorderen" (not "te allen tijde"). */
const INFINITIVE = /^\p{Ll}+(?:en|aan|ien|oen|ijn)$/u;
const NOT_INFINITIVE = new Set(['allen', 'meen', 'binnen', 'buiten', 'tegen', 'boven', 'beneden', 'open']);

function isInfinitive(word: string | undefined): boolean {
  const w = (word ?? '').replace(/[,;:.)]+$/, '');
  return INFINITIVE.test(w) && !NOT_INFINITIVE.has(w);
}

/**
 * "(om) X te bevorderen dat Y" → "X bevorderen dat Y": drops the "te" of the main clause's infinitives and the
 * "om" that opens them, writing separable verbs together ("op te stellen" → "opstellen", but "er zorg voor te dragen"
 * → "er zorg voor dragen"). A "te" inside a subordinate clause ("…, om meer grip te krijgen") stays; ", en"
 * returns to the main clause. Returns null when a coordinated part of the main clause keeps a "te <infinitief>"
 * it could not place, or has none at all: then the caller keeps the clause verbatim, which is always correct Dutch.
 */
export function mainInfinitives(clause: string): string | null {
  // "verzoekt de regering om X te doen en om Y te laten": every "om" that opens a main infinitive goes.
  const openedWithOm = /^om\b/i.test(clause);
  const words = clause.replace(/^om\b\s*/i, '').split(' ').filter(Boolean);
  const out: string[] = [];
  let opener: string | null = null; // the word that opened the subordinate clause we are in
  let removedInPart = 0;
  let keptInPart = 0;
  let parts = 0;
  let firstMainAt = -1;
  let afterMainTe = false;
  const closePart = (): boolean => {
    parts++;
    return !(removedInPart === 0 && (keptInPart > 0 || parts === 1));
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const bare = w.toLowerCase().replace(/[^\p{L}]/gu, '');
    const prevWord = words[i - 1] ?? '';
    const coordinated = /[,;:]$/.test(prevWord) && (bare === 'en' || bare === 'of');
    if (bare === 'en' || bare === 'of') afterMainTe = false;
    const finiteEnds = opener !== null && FINITE_OPENERS.has(opener) && (bare === 'en' || /,$/.test(prevWord));
    if (coordinated || finiteEnds) {
      if (coordinated) {
        if (!closePart()) return null;
        removedInPart = 0;
        keptInPart = 0;
      }
      opener = null;
    }
    if (w === 'te' && isInfinitive(words[i + 1])) {
      // A second "te" after a main infinitive, not coordinated by "en", is that verb's complement:
      // "vliegmaatschappijen op te roepen de lonen te verhogen".
      if (opener === null && afterMainTe) opener = 'te';
      if (opener !== null) {
        keptInPart++;
      } else {
        removedInPart++;
        afterMainTe = true;
        if (firstMainAt < 0) firstMainAt = out.length;
        const particle = out[out.length - 1];
        // "op te laten stellen" → "op laten stellen": the particle belongs to the last verb, not to "laten".
        const auxiliary = /^(?:laten|gaan|blijven|kunnen|moeten|willen)$/.test(words[i + 1] ?? '');
        if (particle && PARTICLES.has(particle) && !auxiliary && isVerbParticle(out)) {
          out[out.length - 1] = particle + words[i + 1]!;
          i++;
        }
        continue;
      }
    }
    if (openedWithOm && bare === 'om' && opener === null && prevWord.toLowerCase() === 'en') continue;
    if (INFINITIVAL_OPENERS.has(bare) || FINITE_OPENERS.has(bare)) opener = bare;
    out.push(w);
  }
  if (!closePart()) return null;
  // "de regering, de RVU ook na 2025 te behouden, totdat …": a comma that only set off the addressee goes;
  // "de regering om, in samenspraak …, te komen" keeps its pair of commas.
  if (out[0] === ',' && !out.slice(1, firstMainAt).some((x) => x.endsWith(','))) out.shift();
  return out.join(' ');
}

// ---------------------------------------------------------------- sentences

/** Joins clause parts: "A en B", "A, B en C". */
function joinParts(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')}, en ${parts[parts.length - 1]}`;
}

function endSentence(s: string): string {
  return `${s.replace(/[\s,;:.]+$/, '')}.`;
}

/**
 * Abbreviations whose full stop does not end a sentence. With initials ("K. Putters") and numbers ("4.500",
 * "11.1") they are the only full stops allowed inside a sentence.
 */
const ABBREVIATIONS = new Set([
  'c.s', 'o.a', 'nr', 'nrs', 'bijv', 'bv', 'd.w.z', 'e.d', 'm.b.t', 't.a.v', 'i.v.m', 'etc', 'enz', 'art', 'blz', 'mr', 'dr',
  'drs', 'ir', 'prof', 'jl', 'z.s.m', 'm.n', 'p.p', 'vs', 'ca', 'incl', 'excl', 'min', 'max', 'mln', 'mld', 'mrd', 'resp',
  'e.a', 'zgn', 'o.m', 'i.p.v', 'n.a.v', 'm.u.v', 'a.s', 'jr', 'st', 'dhr', 'mevr', 't.v.v', 'vgl', 'o.b.v', 'i.o.m', 'i.s.m',
  'cf', 'ibid', 'par', 'lid', 'sub', 'p', 'ed', 'kst', 'stb', 'stcrt', 'nl', 'eu',
]);

/**
 * Offsets of the characters that end a sentence: a `.`, `!` or `?` followed by the end of the text, or by space and
 * a capital, digit or opening quote, unless the word before the full stop is an abbreviation (`ABBREVIATIONS`) or an
 * initial ("K."). A full stop followed by a lower-case word never ends a sentence.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const re = /[.!?]+(?=\s*$|\s+[\p{Lu}\d«“"‘'(])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].startsWith('.')) {
      const before = text.slice(0, m.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      const atEnd = text.slice(m.index + m[0].length).trim() === '';
      if (!atEnd && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word))) continue;
    }
    ends.push(m.index);
  }
  return ends;
}

/** How many sentences a text has, by `sentenceEnds`; a text without a final stop still counts as one. */
export function countSentences(text: string): number {
  const t = text.trim();
  if (!t) return 0;
  const ends = sentenceEnds(t);
  const last = ends[ends.length - 1];
  return ends.length + (last === undefined || last < t.length - 1 ? 1 : 0);
}

// ---------------------------------------------------------------- faithfulness

/** Words the templates add; they need not occur in the motion. */
const TEMPLATE_WORDS = new Set(['als', 'de', 'het', 'lid', 'leden', 'kamer', 'dan', 'moet', 'motie', 'c.s', 'en']);

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The names (capitalised words) and numbers in `output` that do not occur in `source`, compared without case
 * and accents ("Kröger" is in a text that prints "KROGER"). Empty means faithful on names and numbers.
 */
export function unsupportedNamesAndNumbers(output: string, source: string): string[] {
  const src = fold(source);
  const missing: string[] = [];
  const tokens = output.match(/\d+(?:[.,]\d+)*|\p{Lu}[\p{L}'’-]*/gu) ?? [];
  for (const token of tokens) {
    const t = fold(token).replace(/[.,]+$/, '');
    if (TEMPLATE_WORDS.has(t)) continue;
    if (!src.includes(t)) missing.push(token);
  }
  return [...new Set(missing)];
}
