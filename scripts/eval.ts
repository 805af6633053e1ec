/**
 * `npm run eval -- [--explainer rules|gpt35-reference|openai …] [--json] [--limit N] [file.jsonl]`
 *
 * Scores explainers on a JSONL of motions with reference summaries (default: the moties-toegelicht corpus in
 * fixtures/) under the checks the pipeline applies before publishing (src/explain/checks.ts): prefix, sentence
 * count, length, Dutch, faithfulness (names/numbers/dates/amounts not in the source), vote claims, markup, and
 * ROUGE-L against the GPT-3.5 references. `openai` takes the same flags and environment as `explain --provider openai`
 * and caches its answers in `--cache` (default data/eval-cache.db), so a second run costs nothing.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ExplanationFields } from '../src/explain/checks.js';
import { ModelCaller } from '../src/llm/callModel.js';
import { resolveOpenAiOptions } from '../src/llm/config.js';
import { evalSource, scoreExplanations, scoreTable, type EvalMotion, type EvalScores } from '../src/explain/llm/evalMetrics.js';
import { formatExplainer, formatStatus } from '../src/domain/explainer.js';
import { llmExplainer } from '../src/llm/llmExplainer.js';
import { OpenAiProvider } from '../src/llm/openAiProvider.js';
import { estimateCost } from '../src/llm/prices.js';
import { promptSet } from '../src/explain/llm/prompts.js';
import { runLlm } from '../src/llm/runLlm.js';
import { plainLanguageTable } from '../src/explain/plainLanguage.js';
import { explainWithRules, RULES_EXPLAINER } from '../src/explain/rulesExplainer.js';
import { explainCorpus, plainLanguageScores } from '../eval/plainLanguageCorpus.js';
import { extractRendition } from '../src/extract/extractRendition.js';
import { parseMotion } from '../src/parse/motionParser.js';
import { openStore } from '../src/store/db.js';
import { llmCallLogger, sqliteAnswerCache } from '../src/store/llmRepo.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    explainer: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    limit: { type: 'string' },
    model: { type: 'string' },
    'base-url': { type: 'string' },
    concurrency: { type: 'string', default: '4' },
    prompt: { type: 'string', default: 'default' },
    cache: { type: 'string', default: 'data/eval-cache.db' },
  },
});

const file = positionals[0] ?? 'fixtures/corpus/moties-toegelicht/moties.jsonl';
const explainers = values.explainer ?? ['rules', 'gpt35-reference'];
const all = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l, i) => {
    const m = JSON.parse(l) as EvalMotion;
    if (typeof m.tekst !== 'string') throw new Error(`${file}:${i + 1}: no "tekst"`);
    return m;
  });
const motions = values.limit ? all.slice(0, Number(values.limit)) : all;
const texts = await Promise.all(motions.map((m) => extractRendition(Buffer.from(m.tekst, 'utf8'), 'txt')));

const scores: EvalScores[] = [];
const notes: string[] = [];
for (const name of explainers) {
  if (name === 'gpt35-reference') {
    const outputs = motions.map((m) => (m.samenvatting_gpt35 && m.implicatie_gpt35 ? { samenvatting: m.samenvatting_gpt35, implicatie: m.implicatie_gpt35 } : null));
    scores.push(scoreExplanations('GPT-3.5 references', motions, outputs, false));
  } else if (name === 'rules') {
    const reasons = new Map<string, number>();
    const outputs = motions.map((m, i): ExplanationFields | null => {
      const text = texts[i]!;
      const parsed = parseMotion(text.text, { titel: m.titel, onderwerp: m.onderwerp, datum: m.datum });
      const e = parsed
        ? explainWithRules(parsed, { id: m.id, soort: 'motie', apiSoort: 'Motie', titel: m.titel, onderwerp: m.onderwerp, datum: m.datum, bronUrl: null, herkomst: 'eval', verwijderd: false })
        : null;
      const status = e ? formatStatus(e) : 'geen motietekst herkend';
      if (status !== 'ok') reasons.set(status, (reasons.get(status) ?? 0) + 1);
      return e && e.status === 'ok' ? { samenvatting: e.samenvatting, implicatie: e.implicatie } : null;
    });
    scores.push(scoreExplanations(formatExplainer(RULES_EXPLAINER), motions, outputs, true));
    if (reasons.size) notes.push(`${formatExplainer(RULES_EXPLAINER)} not explained: ${[...reasons].map(([r, n]) => `${r} (${n})`).join(', ')}`);
  } else if (name === 'openai') {
    scores.push(await evalOpenAi());
  } else {
    throw new Error(`unknown explainer "${name}": use rules, gpt35-reference or openai`);
  }
}

// The plain-language figures of issue 13 (rules@3 beside rules@2 and the GPT-3.5 references), as scripts/plain-language.ts.
const plain = explainers.includes('rules') ? plainLanguageScores(await explainCorpus(motions)) : [];

if (values.json) console.log(JSON.stringify({ file, scores, notes, plainLanguage: plain }, null, 2));
else {
  console.log(`Eval on ${file} (${motions.length} motions), checks of src/explain/checks.ts\n`);
  console.log(scoreTable(scores));
  for (const n of notes) console.log(`\n${n}`);
  if (plain.length) console.log(`\nPlain language (scripts/plain-language.ts)\n\n${plainLanguageTable(plain)}`);
}

async function evalOpenAi(): Promise<EvalScores> {
  const resolved = resolveOpenAiOptions({ model: values.model, baseUrl: values['base-url'] });
  if ('error' in resolved) throw new Error(resolved.error);
  const provider = new OpenAiProvider(resolved);
  const store = openStore(values.cache);
  const caller = new ModelCaller(provider, sqliteAnswerCache(store.db), llmCallLogger(store.db));
  const prompt = promptSet(values.prompt === 'classic' ? 'classic' : 'default');
  const outputs: (ExplanationFields | null)[] = motions.map(() => null);
  const jobs = motions.map((m, i) => ({
    index: i,
    documentId: m.id,
    input: { titel: m.titel, onderwerp: m.onderwerp, datum: m.datum, indieners: [], text: texts[i]!.text },
    source: evalSource(m),
  }));
  let rejected = 0;
  let failed = 0;
  await runLlm(jobs, caller, prompt, provider.model, { concurrency: Number(values.concurrency) }, (job, outcome) => {
    if (outcome.kind === 'ok') outputs[job.index] = outcome.fields;
    else if (outcome.kind === 'rejected') rejected++;
    else failed++;
  });
  store.close();
  const s = caller.stats;
  const cost = estimateCost(provider.model, s.tokensIn, s.tokensOut);
  notes.push(
    `${formatExplainer(llmExplainer(provider.name, provider.model, prompt))}: ${rejected} rejected, ${failed} failed; calls ${s.calls}, cache hits ${s.cacheHits}, tokens ${s.tokensIn} in / ${s.tokensOut} out, cost ${cost === null ? 'unknown' : `$${cost.toFixed(4)}`}`,
  );
  return scoreExplanations(formatExplainer(llmExplainer(provider.name, provider.model, prompt)), motions, outputs, true);
}
