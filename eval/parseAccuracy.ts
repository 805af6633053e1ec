/**
 * Measures the motion parser and the rules explainer on every motion of
 * fixtures/corpus/moties-toegelicht/moties.jsonl (issue 2's acceptance):
 *   - kst id, dossier and nummer parsed, for motions whose text shows them (target ≥ 99%);
 *   - indieners equal to the names in the API's onderwerp, compared without case/accents (target ≥ 97%), with the
 *     onderwerp given to the parser (as the pipeline does) and without it (heading and signatures only);
 *   - implications that start with the prefix and are one sentence (target 100%);
 *   - implication ≤ 50 words and summary ≤ 80 words (target 100%);
 *   - names, numbers, dates or amounts in samenvatting/implicatie that are not in the motion (target 0);
 *   - explanations that pass every publication check of src/explain/checks.ts (target 100%): the rules explanation is
 *     what is published when an LLM answer is rejected, so it must pass the same checks.
 * Form and faithfulness are judged by checks.ts itself (one implementation, shared with the LLM checks and the eval).
 * The measurement only: `npx tsx scripts/parse-accuracy.ts` (add `--failures` to list the misses) prints it and exits 1
 * when a target is missed; `test/parse/accuracy.test.ts` runs the same measurement, so CI enforces the targets.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMPLICATIE_PREFIX, type DocumentRecord } from '../src/domain/types.js';
import { checkExplanation, countSentences, countWords, FAITHFULNESS_CODES, MAX_IMPLICATIE_WORDS, MAX_SAMENVATTING_WORDS } from '../src/explain/checks.js';
import { explainWithRules } from '../src/explain/rulesExplainer.js';
import { parseMotion } from '../src/parse/motionParser.js';
import { nameKey, namesFromOnderwerp } from '../src/parse/names.js';

export const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'corpus', 'moties-toegelicht', 'moties.jsonl');

interface CorpusMotion {
  id: string;
  titel: string;
  onderwerp: string;
  tekst: string;
  datum: string;
  bron_url: string;
}

export interface Measure {
  label: string;
  hits: number;
  total: number;
  /** Fraction required (hits/total ≥ target), or for `maxMisses` measures the number of misses allowed. */
  target: number;
  kind: 'ratio' | 'maxMisses';
  failures: string[];
}

export interface AccuracyReport {
  motions: number;
  measures: Measure[];
}

export function loadCorpus(path = CORPUS): CorpusMotion[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusMotion);
}

/** "36 410 XVI" / "kst-36410-XVI-115" / "36410-V-49": does the text itself print a kamerstuk number? */
function textHasNumber(text: string): boolean {
  return /^kst-\d+/m.test(text) || (/^\d{2} ?\d{3}(?:[ -]\S+)?$/m.test(text) && /^Nr\. ?\d+$/im.test(text)) || /^\d{5}-(?:[A-Z]+-|\d{2}-)?\d+$/m.test(text);
}

function docOf(m: CorpusMotion): DocumentRecord {
  return {
    id: m.id, soort: 'motie', apiSoort: 'Motie', titel: m.titel, onderwerp: m.onderwerp, datum: m.datum,
    bronUrl: m.bron_url, herkomst: 'fixtures', verwijderd: false,
  };
}

export function measureParseAccuracy(motions: CorpusMotion[] = loadCorpus()): AccuracyReport {
  const kst: Measure = { label: 'kst, dossier, nummer parsed (text has them)', hits: 0, total: 0, target: 0.99, kind: 'ratio', failures: [] };
  const ind: Measure = { label: 'indieners = names in onderwerp', hits: 0, total: 0, target: 0.97, kind: 'ratio', failures: [] };
  const alone: Measure = { label: 'indieners from the text alone (no onderwerp given)', hits: 0, total: 0, target: 0.97, kind: 'ratio', failures: [] };
  const imp: Measure = { label: 'implicatie: prefix + one sentence', hits: 0, total: 0, target: 1, kind: 'ratio', failures: [] };
  const length: Measure = { label: `implicatie ≤ ${MAX_IMPLICATIE_WORDS} words, samenvatting ≤ ${MAX_SAMENVATTING_WORDS}`, hits: 0, total: 0, target: 1, kind: 'ratio', failures: [] };
  const faith: Measure = { label: 'names/numbers/dates/amounts not in the motion', hits: 0, total: 0, target: 0, kind: 'maxMisses', failures: [] };
  const publishable: Measure = { label: 'passes every publication check (checks.ts)', hits: 0, total: 0, target: 1, kind: 'ratio', failures: [] };
  const explained: Measure = { label: 'explained (status ok)', hits: 0, total: 0, target: 0.97, kind: 'ratio', failures: [] };

  for (const m of motions) {
    const parsed = parseMotion(m.tekst, { onderwerp: m.onderwerp, datum: m.datum, titel: m.titel });
    if (textHasNumber(m.tekst)) {
      kst.total++;
      if (parsed?.kst && parsed.kamerstuk?.dossier && parsed.kamerstuk.nummer) kst.hits++;
      else kst.failures.push(m.id);
    }
    const expected = namesFromOnderwerp(m.onderwerp);
    if (expected.length) {
      ind.total++;
      const got = (parsed?.indieners ?? []).map(nameKey);
      if (got.join('|') === expected.map(nameKey).join('|')) ind.hits++;
      else ind.failures.push(`${m.id}: ${JSON.stringify(parsed?.indieners)} ≠ ${JSON.stringify(expected)}`);
      // The same without the onderwerp: heading and signatures only (the onderwerp only ever helps capitalise).
      alone.total++;
      const fromText = parseMotion(m.tekst, {})?.indieners ?? [];
      if (fromText.map(nameKey).join('|') === expected.map(nameKey).join('|')) alone.hits++;
      else alone.failures.push(`${m.id}: ${JSON.stringify(fromText)} ≠ ${JSON.stringify(expected)}`);
    }
    explained.total++;
    if (!parsed) {
      explained.failures.push(`${m.id}: not parsed`);
      continue;
    }
    const e = explainWithRules(parsed, docOf(m));
    if (e.status !== 'ok') {
      explained.failures.push(`${m.id}: ${e.reason}`);
      continue;
    }
    explained.hits++;
    imp.total++;
    if (e.implicatie.startsWith(IMPLICATIE_PREFIX) && countSentences(e.implicatie) === 1) imp.hits++;
    else imp.failures.push(`${m.id}: ${e.implicatie}`);
    length.total++;
    const words = [countWords(e.implicatie), countWords(e.samenvatting)] as const;
    if (words[0] <= MAX_IMPLICATIE_WORDS && words[1] <= MAX_SAMENVATTING_WORDS) length.hits++;
    else length.failures.push(`${m.id}: ${words[0]} / ${words[1]} words`);
    // The source the eval and the LLM checks use: the motion's text and its metadata.
    const problems = checkExplanation(e, { text: m.tekst, metadata: [m.titel, m.onderwerp, m.datum] });
    const unfaithful = problems.filter((p) => FAITHFULNESS_CODES.includes(p.code));
    faith.total++;
    if (unfaithful.length === 0) faith.hits++;
    else faith.failures.push(`${m.id}: ${unfaithful.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    publishable.total++;
    if (problems.length === 0) publishable.hits++;
    else publishable.failures.push(`${m.id}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  }
  return { motions: motions.length, measures: [kst, ind, alone, imp, length, faith, publishable, explained] };
}

export function passes(m: Measure): boolean {
  return m.kind === 'ratio' ? m.total > 0 && m.hits / m.total >= m.target : m.total - m.hits <= m.target;
}

export function formatReport(report: AccuracyReport, withFailures = false): string {
  const rows = report.measures.map((m) => {
    const value = m.kind === 'ratio' ? `${((100 * m.hits) / Math.max(1, m.total)).toFixed(1)}% (${m.hits}/${m.total})` : `${m.total - m.hits} of ${m.total}`;
    const target = m.kind === 'ratio' ? `≥ ${(m.target * 100).toFixed(0)}%` : `≤ ${m.target}`;
    return `| ${m.label} | ${value} | ${target} | ${passes(m) ? 'ok' : 'MISSED'} |`;
  });
  const lines = [`Motions: ${report.motions}`, '', '| measure | value | target | |', '| --- | --- | --- | --- |', ...rows];
  if (withFailures) {
    for (const m of report.measures) if (m.failures.length) lines.push('', `${m.label}:`, ...m.failures.map((f) => `  ${f}`));
  }
  return lines.join('\n');
}

