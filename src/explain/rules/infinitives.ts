import { sentenceEnds } from '../../domain/dutch/sentences.js';
import { PARTICLES } from '../../domain/dutch/separableVerbs.js';
import type { Clause } from '../../domain/types.js';

/**
 * The grammar of rules@3 (copied from rules@2, which stays frozen in rulesV2.ts): the verb of an operative clause, its
 * addressee, and "verzoekt <addressee> (om) … te <infinitief> …" → "moet <addressee> … <infinitief> …" with the "te" of
 * the main infinitives dropped and separable verbs written together ("op te stellen" → "opstellen").
 */

/** The clause without a leading "en", its verb split off: "verzoekt", "de regering te …". */
export function splitVerb(clause: Clause): { verb: string; rest: string } {
  const m = /^(?:en\s+)?(\p{L}+)\s*(.*)$/su.exec(clause.text.trim());
  return { verb: (m?.[1] ?? '').toLowerCase(), rest: m?.[2] ?? '' };
}

export function firstSentence(sentence: string): string {
  const firstEnd = sentenceEnds(sentence)[0];
  return firstEnd !== undefined && firstEnd < sentence.length - 1 ? sentence.slice(0, firstEnd) : sentence;
}

export interface Consequence {
  /** The clause as it reads after "dan": "moet de regering … bevorderen dat …", "spreekt de Kamer uit dat …". */
  text: string;
  /** For the "moet" form: the addressee, so a following clause to the same addressee can leave "moet <addressee>" out. */
  modalFor: string | null;
  /** For the "moet" form: the part after "moet <addressee>". */
  action: string;
  /** Offset in `text` where the main verb ends: a shortened clause keeps at least this much, so it keeps its verb. */
  keepUntil: number;
}

/** One operative clause as the consequence after "dan". */
export function consequence(clause: Clause): Consequence {
  const { verb, rest } = splitVerb(clause);
  if (clause.kind === 'verzoekt' && clause.addressee) {
    const rephrased = rephraseInfinitives(stripAddressee(rest, clause.addressee));
    // "verzoekt de regering en gemeenten …": the addressee goes on beyond what was recognised; keep the clause verbatim.
    if (rephrased && !/^en\s/i.test(rephrased.text)) {
      const action = rephrased.text;
      const modal = /\sen\s+(?:de|het)\s/i.test(clause.addressee) ? 'moeten' : 'moet';
      const head = `${modal} ${clause.addressee}${action.startsWith(',') ? '' : ' '}`;
      return {
        text: head + action,
        modalFor: clause.addressee.toLowerCase(),
        action: action.replace(/^,\s*/, ''),
        keepUntil: head.length + rephrased.verbEnd,
      };
    }
  }
  // The safe form for every verb: inversion after "dan", the clause otherwise verbatim.
  const text = `${verb} de Kamer ${rest}`.trim();
  return { text, modalFor: null, action: text, keepUntil: verbatimVerbEnd(text) };
}

/**
 * Where the main verb of a verbatim clause ends: after its first "te <infinitief>" ("verzoekt de regering … te
 * onderzoeken"), else at its first comma ("spreekt uit dat X, …"), else at its end (it is not cut inside).
 */
export function verbatimVerbEnd(text: string): number {
  for (const m of text.matchAll(/(?<=\s|^)te\s+(\S+)/g)) {
    if (isInfinitive(m[1])) return m.index + m[0].replace(/[,;:.)]+$/, '').length;
  }
  const comma = text.indexOf(',');
  return comma >= 0 ? comma : text.length;
}

/** The clause after its addressee ("tevens in Europees verband …"); the adverb before the addressee moves behind it. */
export function stripAddressee(rest: string, addressee: string): string {
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

export function isInfinitive(word: string | undefined): boolean {
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
  return rephraseInfinitives(clause)?.text ?? null;
}

/** `mainInfinitives`, with the offset in the text where its first main infinitive ends. */
export function rephraseInfinitives(clause: string): { text: string; verbEnd: number } | null {
  // "verzoekt de regering om X te doen en om Y te laten": every "om" that opens a main infinitive goes.
  const openedWithOm = /^om\b/i.test(clause);
  const words = clause.replace(/^om\b\s*/i, '').split(' ').filter(Boolean);
  const out: string[] = [];
  let opener: string | null = null; // the word that opened the subordinate clause we are in
  let removedInPart = 0;
  let keptInPart = 0;
  let parts = 0;
  let firstMainAt = -1;
  let firstVerbAt = -1; // index in `out` of the first main infinitive
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
        // rules@3: only when another infinitive follows ("op laten stellen"); "over te gaan tot" is "overgaan tot".
        const auxiliary = /^(?:laten|gaan|blijven|kunnen|moeten|willen)$/.test(words[i + 1] ?? '') && isInfinitive(words[i + 2]);
        if (particle && PARTICLES.has(particle) && !auxiliary && isVerbParticle(out)) {
          out[out.length - 1] = particle + words[i + 1]!;
          i++;
          if (firstVerbAt < 0) firstVerbAt = out.length - 1;
        } else if (firstVerbAt < 0) {
          firstVerbAt = out.length; // the infinitive is the next word pushed
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
  if (out[0] === ',' && !out.slice(1, firstMainAt).some((x) => x.endsWith(','))) {
    out.shift();
    firstVerbAt--;
  }
  const text = out.join(' ');
  if (firstVerbAt < 0) return { text, verbEnd: text.length };
  // The end of the verb itself, without the comma that may follow it ("bevorderen, zodat …" may be cut at the comma).
  return { text, verbEnd: out.slice(0, firstVerbAt + 1).join(' ').replace(/[,;:.)]+$/, '').length };
}
