/**
 * `npm run plain-language -- [--json] [file.jsonl]` (also part of `npm run eval`): prints the plain-language figures
 * of rules@3 beside rules@2 and the GPT-3.5 references (the measurement is eval/plainLanguageCorpus.ts).
 */
import { parseArgs } from 'node:util';
import { CORPUS, explainCorpus, plainLanguageScores, readCorpus } from '../eval/plainLanguageCorpus.js';
import { plainLanguageTable } from '../src/explain/plainLanguage.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
const file = positionals[0] ?? CORPUS;
const motions = readCorpus(file);
const scores = plainLanguageScores(await explainCorpus(motions));
if (values.json) console.log(JSON.stringify({ file, motions: motions.length, scores }, null, 2));
else console.log(`Plain language on ${file} (${motions.length} motions)\n\n${plainLanguageTable(scores)}`);
