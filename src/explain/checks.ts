import { formatDutchDate, MONTHS } from '../domain/dutch/dates.js';
import { foldKey } from '../domain/dutch/fold.js';
import { looseReferences } from '../domain/dutch/looseReferences.js';
import { countSentences, countWords, splitSentences } from '../domain/dutch/sentences.js';
import { IMPLICATIE_PREFIX } from '../domain/types.js';

/**
 * The checks an explanation must pass before it is published, shared by the LLM explainers, the rules explainer
 * (it fits its output to the same limits, with the same sentence and word counters), `npm run eval` and
 * `scripts/parse-accuracy.ts`: the one implementation of "one sentence", "word count" and "faithful".
 * They are deliberately mechanical: a reader cannot see a model's mistakes, so anything the checks cannot
 * vouch for (a name, a number, a vote result that is not in the motion) is a reject, and the rules
 * explanation is shown instead.
 */

/**
 * Bump when a check changes, so stored LLM verdicts are re-judged. checks@2: "GGD'en" is the name GGD.
 * checks@3 (issue 13): the limits of rules@3 for motions: implication ≤ 25 words, no summary sentence over 25 words,
 * no loose references ("deze ambtenaren" never introduced); "NOC*NSF" is one name; "Aanleiding" is no name.
 */
export const CHECKS_VERSION = 'checks@3';

export const MAX_IMPLICATIE_WORDS = 25;
export const MAX_SAMENVATTING_WORDS = 80;
export const MAX_SENTENCE_WORDS = 25;

/** The limits a motion explanation is held to. */
export interface ExplanationLimits {
  implicatieWords: number;
  samenvattingWords: number;
  /** Longest summary sentence, or null for no limit. */
  sentenceWords: number | null;
  looseReferences: boolean;
}

/** Plain Dutch (issue 13): what rules@3 keeps to, and what the default prompt asks of a model. */
export const PLAIN_LIMITS: ExplanationLimits = {
  implicatieWords: MAX_IMPLICATIE_WORDS,
  samenvattingWords: MAX_SAMENVATTING_WORDS,
  sentenceWords: MAX_SENTENCE_WORDS,
  looseReferences: true,
};

/** The limits of checks@2, for the `classic` prompt set that reproduces the seed site (and for frozen rules@2). */
export const CLASSIC_LIMITS: ExplanationLimits = { implicatieWords: 50, samenvattingWords: 80, sentenceWords: null, looseReferences: false };

export type ProblemCode =
  | 'leeg'
  | 'prefix'
  | 'zinnen'
  | 'lengte'
  | 'taal'
  | 'opmaak'
  | 'naam'
  | 'getal'
  | 'datum'
  | 'bedrag'
  | 'stemuitslag'
  | 'zinlengte'
  | 'verwijzing';

/** The problems that mean "says something the motion does not": a name, number, date or amount not in the source. */
export const FAITHFULNESS_CODES: readonly ProblemCode[] = ['naam', 'getal', 'datum', 'bedrag'];

export interface Problem {
  code: ProblemCode;
  field: 'samenvatting' | 'implicatie';
  /** In Dutch: it is shown on the site (`rules@3 (llm rejected: …)`) and told to the model on the retry. */
  message: string;
}

/** What the output may draw on: the motion's text and everything the metadata says about it. */
export interface CheckSource {
  text: string;
  /** Titel, onderwerp, datum, indieners, fracties, kamerstuk number … */
  metadata: (string | null | undefined)[];
}

export interface ExplanationFields {
  samenvatting: string;
  implicatie: string;
}

export function checkExplanation(e: ExplanationFields, source: CheckSource, limits: ExplanationLimits = PLAIN_LIMITS): Problem[] {
  const problems: Problem[] = [];
  const index = sourceIndex(source);
  checkImplicatieForm(e.implicatie, problems, limits.implicatieWords);
  checkSamenvattingForm(e.samenvatting, problems, limits.samenvattingWords);
  if (limits.sentenceWords !== null) checkSentenceLength(e.samenvatting, limits.sentenceWords, problems);
  for (const field of ['samenvatting', 'implicatie'] as const) {
    const value = e[field];
    if (!value.trim()) continue;
    if (limits.looseReferences) checkLooseReferences(value, field, problems);
    checkMarkup(value, field, problems);
    checkFaithful(value, field, index, problems);
    checkNoVoteClaim(value, field, index, problems);
  }
  return problems;
}

/**
 * The checks for a summary on its own (a letter's): not empty, ≤ 80 words, Dutch, no markup, every name, number, date and
 * amount in the source, no vote result the source does not state. `noun` names the source in the messages ("de brief").
 */
export function checkSummary(samenvatting: string, source: CheckSource, noun: string): Problem[] {
  const problems: Problem[] = [];
  checkSamenvattingForm(samenvatting, problems);
  if (!samenvatting.trim()) return problems;
  const index = sourceIndex(source);
  checkMarkup(samenvatting, 'samenvatting', problems);
  checkFaithful(samenvatting, 'samenvatting', index, problems, noun);
  checkNoVoteClaim(samenvatting, 'samenvatting', index, problems, noun);
  return problems;
}

/** One line for the explainer label and the report (the shared LLM machinery words rejects with it too). */
export { describeProblems } from '../llm/promptSet.js';

// ---------------------------------------------------------------- form

/** B1: short sentences. One summary sentence over the limit is a reject, with the sentence's length in the reason. */
function checkSentenceLength(samenvatting: string, max: number, problems: Problem[]): void {
  const longest = Math.max(0, ...splitSentences(samenvatting).map(countWords));
  if (longest > max) problems.push({ code: 'zinlengte', field: 'samenvatting', message: `een zin van ${longest} woorden, hoogstens ${max} per zin` });
}

/** "deze ambtenaren" whose ambtenaren the text never introduced: the reader cannot know who is meant. */
function checkLooseReferences(value: string, field: Problem['field'], problems: Problem[]): void {
  const loose = looseReferences(value);
  if (loose.length === 0) return;
  const list = loose.slice(0, 2).map((r) => `"${r.phrase}"`).join(', ');
  problems.push({ code: 'verwijzing', field, message: `losse verwijzing ${list}: zeg wie of wat er bedoeld wordt` });
}

function checkImplicatieForm(implicatie: string, problems: Problem[], maxWords = MAX_IMPLICATIE_WORDS): void {
  const field = 'implicatie';
  if (!implicatie.trim()) {
    problems.push({ code: 'leeg', field, message: 'ontbreekt' });
    return;
  }
  if (!implicatie.startsWith(IMPLICATIE_PREFIX)) {
    problems.push({ code: 'prefix', field, message: `begint niet met "${IMPLICATIE_PREFIX.trim()}"` });
  }
  const sentences = countSentences(implicatie);
  if (sentences !== 1) problems.push({ code: 'zinnen', field, message: `${sentences} zinnen in plaats van één` });
  const words = countWords(implicatie);
  if (words > maxWords) {
    problems.push({ code: 'lengte', field, message: `${words} woorden, hoogstens ${maxWords}` });
  }
}

function checkSamenvattingForm(samenvatting: string, problems: Problem[], maxWords = MAX_SAMENVATTING_WORDS): void {
  const field = 'samenvatting';
  if (!samenvatting.trim()) {
    problems.push({ code: 'leeg', field, message: 'ontbreekt' });
    return;
  }
  const words = countWords(samenvatting);
  if (words > maxWords) {
    problems.push({ code: 'lengte', field, message: `${words} woorden, hoogstens ${maxWords}` });
  }
  if (!looksDutch(samenvatting)) problems.push({ code: 'taal', field, message: 'niet in het Nederlands' });
}

/** Markup, template syntax or script URLs would reach the site (HTML, Jekyll/Liquid): never accept them. */
function checkMarkup(value: string, field: Problem['field'], problems: Problem[]): void {
  const markup = /<\s*[a-zA-Z!/?]|&[a-zA-Z#][a-zA-Z0-9]*;|\{\{|\{%|javascript:|\]\(|[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
  // The offending text is not quoted: the message ends up in the explainer label on the site.
  if (markup.test(value)) problems.push({ code: 'opmaak', field, message: 'bevat HTML, opmaak of code' });
}


// ---------------------------------------------------------------- sentences

/** The one sentence and word counter (`domain/dutch/sentences.ts`), re-exported for the callers of the checks. */
export { countSentences, countWords, sentenceEnds, splitSentences } from '../domain/dutch/sentences.js';

const DUTCH_WORDS = new Set(
  'de het een en van dat die te om voor met op in is zijn wordt worden niet aan bij door naar ook als dan of tot over zal zullen moet moeten kan kunnen deze dit er meer geen nog wel hun zij haar hij regering kamer verzoekt motie'.split(' '),
);
const ENGLISH_WORDS = new Set(
  'the and of to is that for with on are be will this it as by from an which should government house motion requests would not'.split(' '),
);

/** Dutch by its function words; enough to catch an answer in English or another language. */
export function looksDutch(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let nl = 0;
  let en = 0;
  for (const w of words) {
    if (DUTCH_WORDS.has(w)) nl++;
    if (ENGLISH_WORDS.has(w)) en++;
  }
  return words.length < 4 ? nl >= 1 : nl >= 2 && nl > en * 2;
}

// ---------------------------------------------------------------- faithfulness

interface SourceIndex {
  /** Every word of the source, folded (lower case, no diacritics). */
  words: Set<string>;
  /** The same words reduced to a rough stem, so "Europese" matches "Europees". */
  stems: Set<string>;
  /** Every number of the source, normalised ("1.000" → "1000", "25,8" → "25,8"). */
  numbers: Set<string>;
  /** The whole source folded, for phrase look-ups. */
  folded: string;
}

/** A rough Dutch stem: inflection endings off, doubled vowels single ("europees"/"europese" → "europe"). */
function stem(word: string): string {
  return word.replace(/(sche|se|en|e|s)$/, '').replace(/([aeou])\1/g, '$1');
}

function sourceIndex(source: CheckSource): SourceIndex {
  const all = [source.text, ...source.metadata.filter((m): m is string => !!m)];
  // ISO dates in the metadata are also written out, so "9 februari 2023" in the output matches 2023-02-09.
  for (const m of source.metadata) {
    if (m && /^\d{4}-\d{2}-\d{2}$/.test(m)) all.push(formatDutchDate(m)!);
  }
  const folded = foldKey(all.join('\n'));
  const words = new Set(folded.match(/[\p{L}\p{N}]+/gu) ?? []);
  const stems = new Set([...words].map(stem));
  const numbers = new Set(numbersIn(all.join('\n')));
  return { words, stems, numbers, folded };
}

/** Numbers as written, normalised so that "1.000", "1 000" and "1000" are the same and "25,8" keeps its decimals. */
function numbersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\d{1,3}(?:[. ]\d{3})+(?:,\d+)?(?![\p{N}])|(?<![\p{L}\p{N}.,])\d+(?:,\d+)?/gu)) {
    out.push(normaliseNumber(m[0]));
  }
  return out;
}

function normaliseNumber(n: string): string {
  return n.replace(/[. ](?=\d{3}(?!\d))/g, '').replace(/^0+(?=\d)/, '');
}

/** Capitalised words that are not names: the institutions every motion addresses, and sentence starters. */
const GENERIC_CAPITALISED = new Set(
  'kamer tweede eerste staten generaal regering kabinet minister ministers staatssecretaris staatssecretarissen ministerie nederland nederlandse rijksoverheid rijk motie aanleiding'.split(' '),
);
const SENTENCE_STARTERS = new Set(
  'de het een dit deze dat die als dan er zo om in met bij voor volgens indien wanneer zij hij ze men op door na tevens verder bovendien daarbij daarmee daarnaast hierdoor hiermee hierbij ook zodat mocht mochten zou zouden tenzij hoewel omdat terwijl nu toen ondanks eerder later daarna vervolgens inmiddels eveneens hiervoor daarvoor waardoor momenteel nog kortom concreet vooral zowel samen ieder iedereen niemand veel weinig meer minder nieuwe verschillende andere waarbij wat welke wie hoe waarom daarom dus maar en of ten tot van uit aan over onder tegen zonder binnen sinds vanaf alle iedere elke geen enkele beide'.split(' '),
);

function checkFaithful(value: string, field: Problem['field'], index: SourceIndex, problems: Problem[], noun = 'de motie'): void {
  const missing = { naam: new Set<string>(), getal: new Set<string>(), datum: new Set<string>(), bedrag: new Set<string>() };
  // The implication's fixed opening is ours, not the model's claim.
  const body = value.startsWith(IMPLICATIE_PREFIX) ? value.slice(IMPLICATIE_PREFIX.length) : value;

  for (const n of numbersIn(body)) if (!index.numbers.has(n)) missing.getal.add(n);
  for (const w of foldKey(body).match(/\p{L}+/gu) ?? []) {
    if (MONTHS.includes(w) && !index.words.has(w)) missing.datum.add(w);
    if (/^(miljoen|miljard|biljoen|mln|mld|mrd|euro|eur|procent)$/.test(w) && !index.words.has(w)) missing.bedrag.add(w);
  }
  if (/[€$£]/.test(body) && !/[€$£]|euro/.test(index.folded)) missing.bedrag.add('€');

  for (const { word, sentenceStart } of capitalisedWords(body, value === body)) {
    const f = foldKey(word);
    if (index.words.has(f) || index.stems.has(stem(f))) continue;
    if (GENERIC_CAPITALISED.has(f)) continue;
    if (sentenceStart && SENTENCE_STARTERS.has(f)) continue;
    missing.naam.add(word);
  }

  const labels = { naam: 'naam of partij', getal: 'getal', datum: 'datum', bedrag: 'bedrag' } as const;
  for (const code of ['naam', 'getal', 'datum', 'bedrag'] as const) {
    if (missing[code].size === 0) continue;
    const list = [...missing[code]].slice(0, 3).map((w) => `"${w}"`).join(', ');
    problems.push({ code, field, message: `${labels[code]} ${list} staat niet in ${noun}` });
  }
}

/**
 * Words that start with a capital letter, each part of a hyphenated word apart ("commissie-Ter Haar" → "Ter", "Haar").
 * The first word of a sentence is capitalised anyway: it is flagged so that "Hierdoor" is not taken for a name.
 */
function capitalisedWords(text: string, startsSentence: boolean): { word: string; sentenceStart: boolean }[] {
  const out: { word: string; sentenceStart: boolean }[] = [];
  let atStart = startsSentence;
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    // "NOC*NSF" and "AT&T" are one name each, checked by their parts like "commissie-Ter Haar".
    const parts = token.split(/[-–/*&+]/);
    parts.forEach((part, i) => {
      // "RMT's" is RMT, "GGD'en" is GGD (plurals with an apostrophe); "B.V." and initials are no names to check.
      const word = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’](?:s|en)$/, '');
      if (word.length > 1 && !word.includes('.') && /^\p{Lu}/u.test(word)) out.push({ word, sentenceStart: atStart && i === 0 });
    });
    atStart = /[.!?:]["'”’)]*$/.test(token);
  }
  return out;
}

/**
 * A vote result is not in a motion's text (it is decided later): the output may not say the motion was adopted or rejected.
 * Words about voting are allowed only where the motion itself uses them ("overwegende dat de motie-X is aangenomen").
 */
function checkNoVoteClaim(value: string, field: Problem['field'], index: SourceIndex, problems: Problem[], noun = 'de motie'): void {
  const rest = foldKey(value).replace(/(als|indien|wanneer|zodra) de(ze)? motie (wordt|zou worden) aangenomen/g, '');
  const claims = [
    /\b(aangenomen|verworpen)\b/g,
    /\bmotie\w*\s+(?:is|werd|wordt|zijn|werden)\s+(?:\p{L}+\s+){0,3}?(aangehouden|ingetrokken)\b/gu,
    /\b(stemden|gestemd|stemming|stemmingen|algemene stemmen|unaniem|kamermeerderheid)\b/g,
  ];
  for (const claim of claims) {
    for (const m of rest.matchAll(claim)) {
      if (index.folded.includes(m[1] ?? '')) continue;
      problems.push({ code: 'stemuitslag', field, message: `noemt een stemuitslag ("${m[1]}") die niet in ${noun} staat` });
      return;
    }
  }
}

