/**
 * `npx tsx scripts/parse-accuracy.ts [--failures]`: prints the motion parser's and the rules explainer's figures on
 * the moties-toegelicht corpus against their targets, and exits 1 when one is missed (the measurement is
 * eval/parseAccuracy.ts).
 */
import { formatReport, measureParseAccuracy, passes } from '../eval/parseAccuracy.js';

const report = measureParseAccuracy();
console.log(formatReport(report, process.argv.includes('--failures')));
if (!report.measures.every(passes)) process.exitCode = 1;
