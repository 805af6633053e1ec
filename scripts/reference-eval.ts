/**
 * `npx tsx scripts/reference-eval.ts`: prints the precision and recall of motion-reference detection and resolution
 * on the labelled set, and every miss (the measurement is eval/referenceEval.ts).
 */
import { evaluateReferences } from '../eval/referenceEval.js';

const r = await evaluateReferences();
console.log(`labelled set: ${r.labels} motion references, evaluated over ${r.documents} documents (with those citing no motion)`);
console.log(
  `detection:  precision ${r.detection.precision} (${r.detection.tp}/${r.detection.tp + r.detection.fp}), recall ${r.detection.recall} (${r.detection.tp}/${r.detection.tp + r.detection.fn})`,
);
console.log(
  `resolution: precision ${r.resolution.precision} (${r.resolution.correct}/${r.resolution.correct + r.resolution.wrong}), recall ${r.resolution.recall} (${r.resolution.correct}/${r.resolution.resolvable} labelled references whose motion is in the corpus)`,
);
for (const m of r.misses) console.log(`  missed: ${m}`);
for (const f of r.falsePositives) console.log(`  false positive: ${f}`);
for (const w of r.wrongLinks) console.log(`  wrong link: ${w}`);
