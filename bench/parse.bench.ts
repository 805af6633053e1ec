/**
 * Parser and rules explainer throughput on the 387 real motions of moties-toegelicht.
 * Baseline in the same run: splitting each text into lines and dropping page furniture (the least any parse does).
 */
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../eval/parseAccuracy.js';
import type { DocumentRecord } from '../src/domain/types.js';
import { explainWithRules } from '../src/explain/rulesExplainer.js';
import { detectSoort } from '../src/domain/documentKind.js';
import { parseMotion } from '../src/parse/motionParser.js';
import { toLines, withoutPageNoise } from '../src/parse/pageNoise.js';

const ROUNDS = 20;

function timeIt(label: string, count: number, fn: () => void): number {
  fn(); // warm up
  const start = performance.now();
  for (let r = 0; r < ROUNDS; r++) fn();
  const ms = (performance.now() - start) / ROUNDS;
  const perSecond = (count / ms) * 1000;
  console.log(`${label.padEnd(36)} ${ms.toFixed(1).padStart(7)} ms / ${count} motions   ${Math.round(perSecond).toLocaleString('en').padStart(9)} motions/s`);
  return perSecond;
}

export async function run(): Promise<void> {
  const motions = loadCorpus();
  const doc: DocumentRecord = { id: 'bench', soort: 'motie', apiSoort: 'Motie', titel: null, onderwerp: null, datum: null, bronUrl: null, herkomst: 'bench', verwijderd: false };
  const parsed = motions.map((m) => parseMotion(m.tekst, { onderwerp: m.onderwerp, datum: m.datum, titel: m.titel })!);
  const baseline = timeIt('baseline: lines + page furniture', motions.length, () => {
    for (const m of motions) withoutPageNoise(toLines(m.tekst));
  });
  timeIt('detectSoort', motions.length, () => {
    for (const m of motions) detectSoort(m.tekst);
  });
  const parse = timeIt('parseMotion', motions.length, () => {
    for (const m of motions) parseMotion(m.tekst, { onderwerp: m.onderwerp, datum: m.datum, titel: m.titel });
  });
  timeIt('explainWithRules', motions.length, () => {
    for (const p of parsed) if (p) explainWithRules(p, doc);
  });
  console.log(`parseMotion runs at ${(parse / baseline).toFixed(2)}× the baseline's rate`);
}
