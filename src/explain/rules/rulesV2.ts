import { pluralOf } from '../../domain/dutch/operativeVerbs.js';
import { countWords, sentenceEnds } from '../../domain/dutch/sentences.js';
import { IMPLICATIE_PREFIX } from '../../domain/types.js';
import type { Clause, DocumentRecord, Explanation, ParsedMotion } from '../../domain/types.js';
import { rulesExplainer, type Explainer } from '../../domain/explainer.js';

/**
 * FROZEN: the rules@2 explainer as it was published until issue 13, kept unchanged so that `scripts/plain-language.ts`
 * can measure rules@3 beside it. The pipeline uses rules@3 (`./explainer.ts`); do not change this file.
 */
const MAX_IMPLICATIE_WORDS = 50;
const MAX_SAMENVATTING_WORDS = 80;

/**
 * The offline explainer: a summary and a one-sentence implication built ONLY from the motion's parsed
 * operative clauses (never from the considerations), so it cannot state what the motion does not say.
 * The motion's own words are kept; the only changes are grammatical, and they are all in this file:
 *   - the subject: "Het lid X verzoekt …", "Het lid X c.s. verzoekt …", "De leden X en Y verzoeken …";
 *   - "verzoekt <addressee> (om) … te <infinitief> …" → "moet <addressee> … <infinitief> …"
 *     (the "te" of the main infinitives is dropped, separable verbs are written together: "op te stellen" → "opstellen");
 *   - every other operative clause is inverted after "dan": "spreekt uit dat …" → "dan spreekt de Kamer uit dat …",
 *     "draagt de regering op …" → "dan draagt de Kamer de regering op …", "roept … op …" → "dan roept de Kamer … op …".
 * The output keeps to the limits of the publication checks (`checks.ts`: implication ≤ 50 words, summary ≤ 80), because
 * it is what is published when an LLM answer is rejected. Long motions are shortened, never reworded, in this order
 * (`fitWords`): whole operative clauses are left out at the end; then the first clause loses a trailing part that is a
 * complete request or subordinate clause of its own (", en …", ", zodat …", ", waarbij …", ", teneinde …"); only when
 * no such part can go, it is cut at the last phrase boundary that fits (a comma, ";" before a list item, a subordinate
 * opener, "en"/"of" before a new phrase; else before a preposition), after its main verb, never inside brackets, quotes
 * or an aside between dashes, never on a function word, and the cut is marked with " (…)" (`CUT_MARK`), so a reader
 * sees that the motion says more.
 *
 * rules@2: fits the word limits (rules@1 cut implications only above 600 characters); output within the limits is unchanged.
 */
export const RULES_V2_EXPLAINER: Explainer = rulesExplainer('2');

export function explainWithRulesV2(parsed: ParsedMotion, _doc: DocumentRecord): Explanation {
  const clauses = parsed.operative.filter((c) => c.text.trim().length > 0);
  if (clauses.length === 0) {
    return { samenvatting: '', implicatie: '', explainer: RULES_V2_EXPLAINER, status: 'not-explained', reason: 'geen dictum gevonden', bron: null };
  }
  return {
    samenvatting: summarise(parsed, clauses),
    implicatie: implication(clauses),
    explainer: RULES_V2_EXPLAINER,
    status: 'ok',
    reason: null,
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
  const parts = clauses.map((clause, i): Piece => {
    const { verb, rest } = splitVerb(clause);
    const finite = subject.plural ? pluralOf(verb) : verb;
    const prev = clauses[i - 1];
    const text =
      prev && prev.kind === clause.kind && prev.addressee && prev.addressee === clause.addressee
        ? stripAddressee(rest, clause.addressee).replace(/^,\s*/, '')
        : `${finite} ${rest}`.trim();
    return { text, keepUntil: verbatimVerbEnd(text) };
  });
  return fitWords(parts, (body) => endSentence(`${subject.text} ${body}`), MAX_SAMENVATTING_WORDS);
}

// ---------------------------------------------------------------- implicatie

function implication(clauses: Clause[]): string {
  let prevModal: string | null = null; // addressee of the previous part when it read "moet <addressee> …"
  const parts = clauses.map((clause): Piece => {
    const c = consequence(clause);
    const shared = c.modalFor !== null && c.modalFor === prevModal;
    prevModal = c.modalFor;
    // Only the first part is ever cut inside (`fitWords`), and the first part is never a shared one.
    return { text: shared ? c.action : c.text, keepUntil: shared ? 0 : c.keepUntil };
  });
  return fitWords(parts, (body) => endSentence(firstSentence(`${IMPLICATIE_PREFIX}${body}`)), MAX_IMPLICATIE_WORDS);
}

/** A clause can itself contain a full stop before a capital ("… 2.500 euro. De …"): the sentence ends there. */
function firstSentence(sentence: string): string {
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
function verbatimVerbEnd(text: string): number {
  for (const m of text.matchAll(/(?<=\s|^)te\s+(\S+)/g)) {
    if (isInfinitive(m[1])) return m.index + m[0].replace(/[,;:.)]+$/, '').length;
  }
  const comma = text.indexOf(',');
  return comma >= 0 ? comma : text.length;
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
  return rephraseInfinitives(clause)?.text ?? null;
}

/** `mainInfinitives`, with the offset in the text where its first main infinitive ends. */
function rephraseInfinitives(clause: string): { text: string; verbEnd: number } | null {
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
        const auxiliary = /^(?:laten|gaan|blijven|kunnen|moeten|willen)$/.test(words[i + 1] ?? '');
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

// ---------------------------------------------------------------- fitting the word limits

/** A clause as it will be written, and the offset before which it may not be cut (the end of its main verb). */
interface Piece {
  text: string;
  keepUntil: number;
}

/**
 * A place to cut a clause: it keeps `text.slice(0, at)`. A `clean` cut leaves a complete statement and is not marked;
 * the others are tried in this order, each marked: a phrase boundary, before a preposition, and (never needed on the
 * corpus) between any two words.
 */
interface Cut {
  at: number;
  kind: 'clean' | 'phrase' | 'preposition' | 'word';
}

/** The mark of a clause cut inside: the motion says more here. */
export const CUT_MARK = ' (…)';

/**
 * Joins the parts and finishes the text (`finish`: subject or prefix, full stop); when that is longer than `maxWords`
 * (counted as the checks count), leaves out whole parts at the end, and when the first part alone is too long, cuts it:
 * at the longest clean cut that fits, else at the longest phrase boundary that fits, marked with `CUT_MARK`.
 */
function fitWords(parts: Piece[], finish: (body: string) => string, maxWords: number): string {
  const fits = (s: string) => countWords(s) <= maxWords;
  for (let k = parts.length; k >= 1; k--) {
    const text = finish(joinParts(parts.slice(0, k).map((p) => p.text)));
    if (fits(text)) return text;
  }
  const first = parts[0]!;
  // The last try (never reached on the corpora) gives up keeping the main verb: a main verb beyond the word limit.
  for (const keepUntil of [first.keepUntil, 0]) {
    const cuts = cutsOf(first.text, keepUntil);
    for (const kind of ['clean', 'phrase', 'preposition', 'word'] as const) {
      // Longest first: the cut that keeps the most of the motion's words.
      for (const cut of cuts.filter((c) => c.kind === kind).sort((x, y) => y.at - x.at)) {
        const text = finish(keptBefore(first.text, cut.at) + (kind === 'clean' ? '' : CUT_MARK));
        if (fits(text)) return text;
      }
    }
  }
  return finish(CUT_MARK.trim());
}

/** A trailing part that is a request or a subordinate clause of its own: leaving it out leaves a complete statement. */
const CLEAN_CUT = /,\s+(?=(?:en|zodat|opdat|waarbij|waarmee|waardoor|waarin|teneinde|om|daarbij|met als doel|met het doel)\s)/gu;
/**
 * Phrase boundaries: a comma, ";" (list items), ":" before a dash or bullet list, a subordinate opener, and "en"/"of"
 * when what follows starts a new phrase ("en de Kamer …", "en zich …", "en daarnaast …"), not when it joins two words
 * ("tijd en budget", "in Nederland en Europa", "toekennen of intrekken"): cutting there would narrow what the motion says.
 */
const PHRASE_CUT =
  /,\s|;\s|:\s+(?=[–•-]\s)|\s(?=(?:en|of)\s+(?:of|de|het|een|dit|deze|dat|die|zich|zij|ze|hun|haar|daarnaast|daarbij|tevens|ook|voorts|verder|hierover|daarover|hiervoor|waar|indien|wanneer|zo|te|om)\s)|\s(?=(?:dat|die|waarin|waarbij|waarmee|waardoor|waarvan|waarop|zodat|opdat|omdat|wanneer|indien|alvorens|hoe|welke|totdat|voordat|nadat|zodra|tenzij|mits|om|teneinde|zonder|zoals|inclusief|met als doel)\s)/gu;

/** Before a prepositional phrase: "… voor het toekennen of intrekken | van juridisch houdbare Wnb-vergunningen". */
const PREPOSITION_CUT = /\s(?=(?:van|voor|over|met|in|op|aan|bij|naar|tot|uit|door|tegen|onder|binnen|na|vanuit|tussen|rond|per|via|sinds|tijdens)\s)/gu;

/** Words a cut text may not end on: it would read as cut off mid-phrase. */
const DANGLING = new Set([
  'en', 'of', 'zoals', 'als', 'de', 'het', 'een', 'van', 'voor', 'met', 'in', 'op', 'aan', 'te', 'om', 'dat', 'die', 'door', 'bij',
  'naar', 'over', 'tot', 'uit', 'zowel', 'waaronder', 'namelijk', 'bijvoorbeeld', 'inclusief', 'onder', 'tegen', 'ook', 'dan',
  'maar', 'doch', 'nog', 'zo', 'hun', 'haar', 'deze', 'dit', 'welke', 'waarin', 'waarbij', 'tussen', 'binnen', 'vanuit',
  'hoe', 'wat', 'waar', 'wie', 'hoeverre', 'ja', 'nee', 'nodig', 'zonder', 'teneinde',
]);

/** A part after a comma that opens with these is fronted ("of, indien X, Y doen"): its main clause follows, so no cut there. */
const FRONTED = /^(?:(?:en|of)\s+)?(?:indien|wanneer|als|zodra|nadat|voordat|alvorens|tenzij|mits|omdat|hoewel|zolang|zo ja|zo nee|zo nodig|waar nodig|indien nodig)\b/u;

function bareWord(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Every place the clause may be cut: after its main verb, at a boundary, leaving no open bracket, quote or dash pair. */
function cutsOf(text: string, keepUntil: number): Cut[] {
  const cuts = new Map<number, Cut['kind']>();
  const add = (re: RegExp, kind: Cut['kind']) => {
    for (const m of text.matchAll(re)) if (!cuts.has(m.index)) cuts.set(m.index, kind);
  };
  add(CLEAN_CUT, 'clean');
  add(PHRASE_CUT, 'phrase');
  add(PREPOSITION_CUT, 'preposition');
  add(/\s/g, 'word');
  return [...cuts]
    .map(([at, kind]) => ({ at, kind }))
    .filter(({ at }) => at >= keepUntil && at < text.length && endsCleanly(keptBefore(text, at)));
}

/** The text before a cut, without the punctuation or list mark it ended on. */
function keptBefore(text: string, at: number): string {
  // A hyphen attached to a word stays: "terug- of overplaatsing".
  return text.slice(0, at).replace(/(?:[\s,;:–•]|\s-)+$/u, '');
}

function endsCleanly(kept: string): boolean {
  const last = bareWord(kept.slice(kept.lastIndexOf(' ') + 1));
  if (!last || DANGLING.has(last)) return false;
  if (FRONTED.test(kept.slice(kept.lastIndexOf(',') + 1).trim())) return false;
  // "om in de samenwerkingsverbanden …, in goede afstemming …" without its "te overleggen": an open infinitive clause.
  const om = kept.search(/\s(?:om|teneinde|zonder)\s(?!dat\s)(?!.*\s(?:om|teneinde|zonder)\s)/su);
  if (om >= 0 && !/\ste\s+\p{L}/u.test(kept.slice(om))) return false;
  const count = (re: RegExp) => (kept.match(re) ?? []).length;
  // A dash that is not a list mark (after ";" or ":") opens or closes an aside: "alle varianten – … – worden betrokken".
  const asideDashes = count(/(?<![;:])\s–\s/gu);
  return count(/\(/g) === count(/\)/g) && count(/«/g) === count(/»/g) && asideDashes % 2 === 0;
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
