import { looseReferences } from '../../domain/dutch/looseReferences.js';
import { pluralOf } from '../../domain/dutch/operativeVerbs.js';
import { plainWords } from '../../domain/dutch/plainWords.js';
import { countWords } from '../../domain/dutch/sentences.js';
import { MAX_SAMENVATTING_WORDS } from '../checks.js';
import { rulesExplainer, type Explainer } from '../../domain/explainer.js';
import { IMPLICATIE_PREFIX, type Clause, type DocumentRecord, type Explanation, type ParsedMotion } from '../../domain/types.js';
import { cutsOf, CUT_MARK, endSentence, fitWords, keptBefore } from './cuts.js';
import { consequence, firstSentence, splitVerb, verbatimVerbEnd } from './infinitives.js';
import { reasonSentence } from './reason.js';
import { resolveReferences } from './references.js';
import { requestsOf } from './requests.js';
import { subjectOf, type Signer, type Subject } from './subject.js';

/**
 * rules@3: the offline explainer in plain Dutch (issue 13), faithful by construction: only the motion's own words,
 * shortened, plus the fixed list of plainer words (`domain/dutch/plainWords.ts`) and the fixed frames below.
 *
 * samenvatting, a few short sentences:
 *   1. one sentence per request: "<wie> vraagt <addressee> …" (the first names who asks, with fractie where known;
 *      the next start "Ook vraagt het lid X …" / "Ook vragen zij …"), each cut to `MAX_SENTENCE_WORDS` at clause
 *      boundaries (`cuts.ts`, marked " (…)" when cut inside a clause);
 *   2. "Aanleiding: de indieners stellen vast dat …": the gist of the considerations (`reason.ts`).
 * implicatie: one sentence "Als de motie wordt aangenomen, dan …" naming the main request (the first "verzoekt" /
 *   "draagt op" / "roept op" over a "spreekt uit"), as "moet de regering … <infinitief>", cut to `MAX_IMPLICATIE_WORDS`.
 * No loose references: a "deze/dit/genoemde X" the text has not introduced is left out where a cut after the main verb
 * can drop it, else resolved from the considerations (`references.ts`).
 */
export const RULES_EXPLAINER: Explainer = rulesExplainer('3');

/** The limits rules@3 keeps to; the checks (`checks.ts`) hold LLM answers to the same. */
export const MAX_SENTENCE_WORDS = 18;
export const MAX_REASON_WORDS = 25;
export const MAX_IMPLICATIE_WORDS = 25;
/** No sentence of rules@3 is longer: a request may need up to this many words to keep its main verb. */
export const HARD_MAX_WORDS = 25;

/** What the explainer may know besides the parsed motion: the signers with their fractie, from the API. */
export interface RulesContext {
  signers?: readonly Signer[];
}

const REQUEST_KINDS = new Set<Clause['kind']>(['verzoekt', 'draagt op', 'roept op', 'besluit', 'dictum']);

export function explainWithRules(parsed: ParsedMotion, _doc: DocumentRecord, context: RulesContext = {}): Explanation {
  const requests = requestsOf(parsed.operative);
  if (requests.length === 0) {
    return { samenvatting: '', implicatie: '', explainer: RULES_EXPLAINER, status: 'not-explained', reason: 'geen dictum gevonden', bron: null };
  }
  return {
    samenvatting: summary(parsed, requests, context),
    implicatie: implication(requests, parsed.considerations),
    explainer: RULES_EXPLAINER,
    status: 'ok',
    reason: null,
    bron: null,
  };
}

// ---------------------------------------------------------------- samenvatting

function lowerFirst(s: string): string {
  return s.replace(/^(Het|De)\s/u, (m) => m.toLowerCase());
}

function finite(verb: string, plural: boolean): string {
  if (verb === 'verzoekt') return plural ? 'vragen' : 'vraagt';
  return plural ? pluralOf(verb) : verb;
}

/** "de regering tevens in Europees verband …" after "Ook vraagt …": the "tevens" is said by "Ook" already. */
function withoutAlso(rest: string, addressee: string | null): string {
  const adverb = /^(?:tevens|ook|voorts|daarnaast|eveneens|verder|mede)\s+/iu;
  if (addressee && rest.toLowerCase().startsWith(addressee.toLowerCase())) {
    const tail = rest.slice(addressee.length).trimStart();
    const t = tail.replace(adverb, '');
    return (/^[,;:]/.test(t) ? `${addressee}${t}` : `${addressee} ${t}`).trim();
  }
  return rest.replace(adverb, '');
}

function summary(parsed: ParsedMotion, requests: Clause[], context: RulesContext): string {
  const subject = subjectOf(parsed, context.signers ?? []);
  // "Deze motie is van het lid Omtzigt (NSC) c.s.": who asks, in a short sentence of its own.
  const who = parsed.indieners.length > 0 ? endSentence(`Deze motie is van ${lowerFirst(subject.text)}`) : null;
  const sentences: string[] = [];
  const referredTo: string[] = [];
  requests.forEach((clause, i) => {
    const { verb, rest } = splitVerb(clause);
    const head = i === 0 ? `De motie ${finite(verb, false)}` : `Ook ${finite(verb, false)} de motie`;
    const body = plainWords(i === 0 ? rest : withoutAlso(rest, clause.addressee));
    const before = [who ?? '', ...sentences].join(' ');
    referredTo.push(...looseReferences(`${before} ${head} ${body}`).filter((r) => r.index > before.length).map((r) => r.noun));
    sentences.push(shortened(head, body, verbatimVerbEnd, MAX_SENTENCE_WORDS, before, parsed.considerations));
  });
  // The whole summary keeps to the checks' limit: later requests go first, then the reason gets what is left.
  while (sentences.length > 1 && countWords([who ?? '', ...sentences].join(' ')) > MAX_SAMENVATTING_WORDS) sentences.pop();
  const budget = MAX_SAMENVATTING_WORDS - countWords([who ?? '', ...sentences].join(' '));
  const reason = reasonSentence(parsed.considerations, sentences.join(' '), referredTo, reasonWho(subject, parsed), Math.min(MAX_REASON_WORDS, budget));
  return [...(who ? [who] : []), ...sentences, ...(reason ? [reason] : [])].join(' ');
}

function reasonWho(subject: Subject, parsed: ParsedMotion): { who: string; plural: boolean } {
  if (parsed.indieners.length === 0) return { who: 'de Kamer', plural: false };
  const plural = parsed.indieners.length > 1 || parsed.cs;
  return { who: plural ? 'de indieners' : 'de indiener', plural: plural || subject.plural };
}

/**
 * `head` + `body` as one sentence of at most `maxWords`, shortened without rewording (`fitWords`), its loose
 * references left out (a cut before them, after the main verb) or resolved from the considerations.
 */
function shortened(head: string, body: string, keepOf: (text: string) => number, maxWords: number, before: string, considerations: readonly Clause[], finish?: (b: string) => string): string {
  const end = finish ?? ((b: string) => endSentence(`${head} ${b}`));
  const fit2 = (text: string, keep: number) => fitWords([{ text, keepUntil: keep }], end, maxWords, HARD_MAX_WORDS);
  const keepUntil = keepOf(body);
  let sentence = fit2(body, keepUntil);
  const isClean = (t: string) => looseReferences(`${before} ${t}`).every((r) => r.index <= before.length);
  if (isClean(sentence)) return sentence;
  const loose = looseReferences(`${before} ${sentence}`).filter((r) => r.index > before.length);
  // Resolved by the considerations' own words ("de ambtenaren van Buitenlandse Zaken (BZ)"), when that fits.
  const qualified = resolveReferences(body, `${before} ${head}`, considerations, { qualifiedOnly: true });
  if (qualified !== body) {
    const q = fit2(qualified, keepOf(qualified));
    if (isClean(q)) return q;
  }
  // Left out: the longest cut after the main verb and before the first loose reference.
  const firstAt = body.indexOf(loose[0]!.phrase);
  const cut = firstAt > 0 ? cutsOf(body, keepUntil).filter((c) => c.at <= firstAt && c.kind !== 'word').sort((x, y) => (x.kind === 'clean' ? 0 : 1) - (y.kind === 'clean' ? 0 : 1) || y.at - x.at)[0] : undefined;
  if (cut) {
    const kept = end(keptBefore(body, cut.at) + (cut.kind === 'clean' ? '' : CUT_MARK));
    if (countWords(kept) <= HARD_MAX_WORDS && isClean(kept)) return kept;
  }
  // Resolved: the demonstrative becomes the article, then fitted again.
  const resolved = resolveReferences(body, `${before} ${head}`, considerations);
  return fit2(resolved, keepOf(resolved));
}

// ---------------------------------------------------------------- implicatie

function implication(requests: Clause[], considerations: readonly Clause[]): string {
  const main = requests.find((c) => REQUEST_KINDS.has(c.kind)) ?? requests[0]!;
  let c = consequence(main);
  // "verzoekt de Minister X in te voeren, en dat traject in gang te zetten": when the whole clause cannot be put as
  // "moet de Minister … invoeren", its first request alone (cut at ", en") often can; the implication is cut anyway.
  for (const m of [...main.text.matchAll(/,\s+en\s/gu)].reverse()) {
    if (c.modalFor !== null || main.kind !== 'verzoekt') break;
    const shorter = consequence({ ...main, text: main.text.slice(0, m.index) });
    if (shorter.modalFor !== null) c = shorter;
  }
  const body = plainWords(c.text);
  // plainWords (and a resolved reference) may change the text before the main verb: its end is found again by the
  // verb's own words ("moet de regering … invoeren"), or kept where it was.
  const verbTail = c.text.slice(0, c.keepUntil).split(' ').slice(-1)[0] ?? '';
  const keepOf = (text: string) => {
    const at = text.indexOf(` ${verbTail}`);
    return at >= 0 ? at + verbTail.length + 1 : Math.min(c.keepUntil, text.length);
  };
  const finish = (b: string) => endSentence(firstSentence(`${IMPLICATIE_PREFIX}${b}`));
  return shortened('', body, keepOf, MAX_IMPLICATIE_WORDS, IMPLICATIE_PREFIX.trim(), considerations, finish);
}
