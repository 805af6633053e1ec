import { foldKey } from '../../domain/dutch/fold.js';
import { IMPLICATIE_PREFIX } from '../../domain/types.js';
import {
  checkExplanation,
  countSentences,
  countWords,
  looksDutch,
  MAX_IMPLICATIE_WORDS,
  MAX_SAMENVATTING_WORDS,
  type CheckSource,
  type ExplanationFields,
  type ProblemCode,
} from '../checks.js';

/** One motion of an eval file (the moties-toegelicht JSONL schema). */
export interface EvalMotion {
  id: string;
  titel: string | null;
  onderwerp: string | null;
  datum: string | null;
  tekst: string;
  samenvatting_gpt35?: string;
  implicatie_gpt35?: string;
}

export interface EvalScores {
  explainer: string;
  motions: number;
  /** Motions the explainer gave an explanation for. */
  explained: number;
  prefixOk: number;
  /** Starts with "Als de motie wordt aangenomen" with or without the comma (the prompt moties-toegelicht used had none). */
  prefixLoose: number;
  implicatieOneSentence: number;
  meanImplicatieSentences: number;
  meanImplicatieWords: number;
  implicatieWithinLimit: number;
  meanSamenvattingWords: number;
  samenvattingWithinLimit: number;
  dutch: number;
  /** Explanations with at least one name, number, date or amount that is not in the source. */
  unfaithful: number;
  violations: Partial<Record<ProblemCode, number>>;
  voteClaims: number;
  markup: number;
  passAll: number;
  /** Mean ROUGE-L F1 against the GPT-3.5 references; null when the references are what is scored. */
  rougeLSamenvatting: number | null;
  rougeLImplicatie: number | null;
}

const FAITHFULNESS: ProblemCode[] = ['naam', 'getal', 'datum', 'bedrag'];

export function evalSource(m: EvalMotion): CheckSource {
  return { text: m.tekst, metadata: [m.titel, m.onderwerp, m.datum] };
}

/** Scores explanations (null = not explained) with the same checks the pipeline applies before publishing. */
export function scoreExplanations(explainer: string, motions: EvalMotion[], outputs: (ExplanationFields | null)[], withRouge: boolean): EvalScores {
  const s: EvalScores = {
    explainer, motions: motions.length, explained: 0, prefixOk: 0, prefixLoose: 0, implicatieOneSentence: 0, meanImplicatieSentences: 0,
    meanImplicatieWords: 0, implicatieWithinLimit: 0, meanSamenvattingWords: 0, samenvattingWithinLimit: 0, dutch: 0,
    unfaithful: 0, violations: {}, voteClaims: 0, markup: 0, passAll: 0, rougeLSamenvatting: withRouge ? 0 : null, rougeLImplicatie: withRouge ? 0 : null,
  };
  let rougeS = 0;
  let rougeI = 0;
  let rougeN = 0;
  motions.forEach((m, i) => {
    const out = outputs[i];
    if (!out) return;
    s.explained++;
    const problems = checkExplanation(out, evalSource(m));
    const codes = new Set(problems.map((p) => p.code));
    if (out.implicatie.startsWith(IMPLICATIE_PREFIX)) s.prefixOk++;
    if (/^Als de motie wordt aangenomen\b/.test(out.implicatie)) s.prefixLoose++;
    const sentences = countSentences(out.implicatie);
    if (sentences === 1) s.implicatieOneSentence++;
    s.meanImplicatieSentences += sentences;
    const iw = countWords(out.implicatie);
    const sw = countWords(out.samenvatting);
    s.meanImplicatieWords += iw;
    s.meanSamenvattingWords += sw;
    if (iw <= MAX_IMPLICATIE_WORDS) s.implicatieWithinLimit++;
    if (sw <= MAX_SAMENVATTING_WORDS) s.samenvattingWithinLimit++;
    if (looksDutch(out.samenvatting)) s.dutch++;
    if (FAITHFULNESS.some((c) => codes.has(c))) s.unfaithful++;
    for (const p of problems) if (FAITHFULNESS.includes(p.code)) s.violations[p.code] = (s.violations[p.code] ?? 0) + 1;
    if (codes.has('stemuitslag')) s.voteClaims++;
    if (codes.has('opmaak')) s.markup++;
    if (problems.length === 0) s.passAll++;
    if (withRouge && m.samenvatting_gpt35 && m.implicatie_gpt35) {
      rougeS += rougeL(out.samenvatting, m.samenvatting_gpt35);
      rougeI += rougeL(out.implicatie, m.implicatie_gpt35);
      rougeN++;
    }
  });
  const n = Math.max(1, s.explained);
  s.meanImplicatieSentences /= n;
  s.meanImplicatieWords /= n;
  s.meanSamenvattingWords /= n;
  if (withRouge) {
    s.rougeLSamenvatting = rougeN ? rougeS / rougeN : null;
    s.rougeLImplicatie = rougeN ? rougeI / rougeN : null;
  }
  return s;
}

/** ROUGE-L F1 on words (folded: lower case, no diacritics, punctuation dropped): the longest common subsequence. */
export function rougeL(candidate: string, reference: string): number {
  const a = foldKey(candidate).match(/[\p{L}\p{N}]+/gu) ?? [];
  const b = foldKey(reference).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) row[j] = word === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  const lcs = prev[b.length]!;
  if (lcs === 0) return 0;
  const precision = lcs / a.length;
  const recall = lcs / b.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The scores as a Markdown table, one column per explainer. */
export function scoreTable(all: EvalScores[]): string {
  const pct = (x: number, s: EvalScores) => (s.explained ? `${((100 * x) / s.explained).toFixed(1)}%` : '–');
  const num = (x: number | null, digits = 1) => (x === null ? '–' : x.toFixed(digits));
  const rows: [string, (s: EvalScores) => string][] = [
    ['motions / explained', (s) => `${s.motions} / ${s.explained}`],
    [`implication starts with "${IMPLICATIE_PREFIX.trim()}"`, (s) => pct(s.prefixOk, s)],
    ['… "Als de motie wordt aangenomen" with or without the comma', (s) => pct(s.prefixLoose, s)],
    ['implication is one sentence', (s) => pct(s.implicatieOneSentence, s)],
    ['implication sentences (mean)', (s) => num(s.meanImplicatieSentences, 2)],
    ['implication words (mean)', (s) => num(s.meanImplicatieWords)],
    [`implication ≤ ${MAX_IMPLICATIE_WORDS} words`, (s) => pct(s.implicatieWithinLimit, s)],
    ['summary words (mean)', (s) => num(s.meanSamenvattingWords)],
    [`summary ≤ ${MAX_SAMENVATTING_WORDS} words`, (s) => pct(s.samenvattingWithinLimit, s)],
    ['summary is Dutch', (s) => pct(s.dutch, s)],
    ['faithfulness: outputs with a name/number/date/amount not in the source', (s) => `${s.unfaithful} (${pct(s.unfaithful, s)})`],
    ['… names / numbers / dates / amounts', (s) => FAITHFULNESS.map((c) => s.violations[c] ?? 0).join(' / ')],
    ['claims a vote result', (s) => String(s.voteClaims)],
    ['contains markup', (s) => String(s.markup)],
    ['passes every check (publishable)', (s) => pct(s.passAll, s)],
    ['ROUGE-L F1 summary vs GPT-3.5', (s) => num(s.rougeLSamenvatting, 3)],
    ['ROUGE-L F1 implication vs GPT-3.5', (s) => num(s.rougeLImplicatie, 3)],
  ];
  const header = `| | ${all.map((s) => s.explainer).join(' | ')} |\n|---|${all.map(() => '---:').join('|')}|`;
  return [header, ...rows.map(([label, f]) => `| ${label} | ${all.map(f).join(' | ')} |`)].join('\n');
}
