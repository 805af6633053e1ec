import { foldKey } from '../domain/dutch/fold.js';
import { looseReferences } from '../domain/dutch/looseReferences.js';
import { fleschDoumaOf, readability, type Readability } from '../domain/dutch/readability.js';
import { countSentences } from '../domain/dutch/sentences.js';
import { IMPLICATIE_PREFIX, type ParsedMotion } from '../domain/types.js';
import { checkExplanation, FAITHFULNESS_CODES, type CheckSource, type ExplanationFields } from './checks.js';

/**
 * The plain-language figures of issue 13, one implementation for `scripts/plain-language.ts`, `npm run eval` and the
 * test that holds rules@3 to its targets (test/explain/plainLanguage.test.ts):
 * words per sentence, the longest sentence, Flesch-Douma, the share of long words, loose references, summaries that
 * give a reason, and the publication checks' prefix / one sentence / faithfulness.
 */
export interface PlainLanguageInput {
  explanation: ExplanationFields;
  parsed: ParsedMotion | null;
  source: CheckSource;
}

export interface PlainLanguageScores {
  explainer: string;
  explained: number;
  summaryWordsPerSentence: number;
  summaryLongestSentence: number;
  /** Summary sentences over 25 words. */
  summarySentencesOver25: number;
  summarySentences: number;
  implicatieWordsMean: number;
  implicatieWordsMax: number;
  doumaSummary: number;
  doumaImplicatie: number;
  /** Share of words of 13 letters or more, in summaries and implications together. */
  longWordShare: number;
  /** Explanations with a loose reference in the summary or the implication (each read on its own). */
  looseReferences: number;
  /** Summaries that give a reason: words of the considerations that the dictum does not have. */
  withReason: number;
  /** Of the explained motions: how many have considerations at all (a reason is possible). */
  withConsiderations: number;
  prefix: number;
  oneSentence: number;
  faithful: number;
}

const STOP = new Set(
  'de het een en van dat die te om voor met op in is zijn wordt worden niet aan bij door naar ook als dan of tot over er deze dit hun haar zich meer kamer regering kabinet motie minister verzoekt overwegende constaterende mening'.split(' '),
);

/** Content-word stems (first 6 letters of words of 4+ letters that are not function words). */
function stems(text: string): Set<string> {
  return new Set((foldKey(text).match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 6)));
}

/**
 * Does the summary say why? It has content words from the considerations (at least 2) that the dictum and the names
 * of the indieners do not have: the reason can only come from there.
 */
export function givesReason(samenvatting: string, parsed: ParsedMotion): boolean {
  const dictum = stems([...parsed.operative.map((c) => c.text), ...parsed.indieners].join(' '));
  const considerations = stems(parsed.considerations.map((c) => c.text).join(' '));
  const fromConsiderations = [...stems(samenvatting)].filter((s) => considerations.has(s) && !dictum.has(s));
  return fromConsiderations.length >= 2;
}

export function scorePlainLanguage(explainer: string, inputs: PlainLanguageInput[]): PlainLanguageScores {
  const summaries: Readability[] = [];
  const implications: Readability[] = [];
  const s: PlainLanguageScores = {
    explainer, explained: 0, summaryWordsPerSentence: 0, summaryLongestSentence: 0, summarySentencesOver25: 0, summarySentences: 0,
    implicatieWordsMean: 0, implicatieWordsMax: 0, doumaSummary: 0, doumaImplicatie: 0, longWordShare: 0, looseReferences: 0,
    withReason: 0, withConsiderations: 0, prefix: 0, oneSentence: 0, faithful: 0,
  };
  for (const { explanation: e, parsed, source } of inputs) {
    s.explained++;
    const rs = readability(e.samenvatting);
    const ri = readability(e.implicatie);
    summaries.push(rs);
    implications.push(ri);
    s.summarySentences += rs.sentences;
    s.summarySentencesOver25 += rs.sentenceWords.filter((n) => n > 25).length;
    s.summaryLongestSentence = Math.max(s.summaryLongestSentence, rs.longestSentence);
    s.implicatieWordsMax = Math.max(s.implicatieWordsMax, ri.words);
    if (looseReferences(e.samenvatting).length > 0 || looseReferences(e.implicatie).length > 0) s.looseReferences++;
    if (parsed && parsed.considerations.length > 0) s.withConsiderations++;
    if (parsed && givesReason(e.samenvatting, parsed)) s.withReason++;
    if (e.implicatie.startsWith(IMPLICATIE_PREFIX)) s.prefix++;
    if (countSentences(e.implicatie) === 1) s.oneSentence++;
    const problems = checkExplanation(e, source);
    if (!problems.some((p) => FAITHFULNESS_CODES.includes(p.code))) s.faithful++;
  }
  const total = (xs: Readability[], f: (r: Readability) => number) => xs.reduce((a, r) => a + f(r), 0);
  s.summaryWordsPerSentence = total(summaries, (r) => r.words) / Math.max(1, total(summaries, (r) => r.sentences));
  s.implicatieWordsMean = total(implications, (r) => r.words) / Math.max(1, s.explained);
  s.doumaSummary = fleschDoumaOf(summaries);
  s.doumaImplicatie = fleschDoumaOf(implications);
  const all = [...summaries, ...implications];
  s.longWordShare = total(all, (r) => r.longWords) / Math.max(1, total(all, (r) => r.letterWords));
  return s;
}

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);
const num = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

/** A Markdown table, one column per explainer. */
export function plainLanguageTable(scores: PlainLanguageScores[]): string {
  const rows: [string, (s: PlainLanguageScores) => string][] = [
    ['explained', (s) => String(s.explained)],
    ['summary: words per sentence (target ≤ 15)', (s) => num(s.summaryWordsPerSentence)],
    ['summary: longest sentence, words (target ≤ 25)', (s) => String(s.summaryLongestSentence)],
    ['summary: sentences over 25 words', (s) => `${s.summarySentencesOver25} of ${s.summarySentences}`],
    ['implication: words, mean / max (target ≤ 25)', (s) => `${num(s.implicatieWordsMean)} / ${s.implicatieWordsMax}`],
    ['Flesch-Douma, summary (target ≥ 50)', (s) => num(s.doumaSummary)],
    ['Flesch-Douma, implication', (s) => num(s.doumaImplicatie)],
    ['words of 13+ letters', (s) => pct(s.longWordShare, 1)],
    ['loose references (target 0)', (s) => `${s.looseReferences} of ${s.explained}`],
    ['summary gives a reason (target ≥ 80%)', (s) => `${s.withReason} (${pct(s.withReason, s.explained)}; ${s.withConsiderations} have considerations)`],
    ['implication starts with the prefix', (s) => pct(s.prefix, s.explained)],
    ['implication is one sentence', (s) => pct(s.oneSentence, s.explained)],
    ['faithful (no name/number/date/amount not in the motion)', (s) => pct(s.faithful, s.explained)],
  ];
  const head = `| | ${scores.map((s) => s.explainer).join(' | ')} |\n|---|${scores.map(() => '---:').join('|')}|`;
  return [head, ...rows.map(([label, f]) => `| ${label} | ${scores.map(f).join(' | ')} |`)].join('\n');
}
