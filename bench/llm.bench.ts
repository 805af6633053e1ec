/**
 * LLM explain stage against a fake OpenAI-compatible server on 127.0.0.1 that answers every request in 500 ms:
 * 100 real motions (moties-toegelicht corpus) with 8-way concurrency (acceptance: under 10 s, 1 call per motion),
 * against a 1-way baseline, the classic two-prompt set, and a re-run from the cache (0 calls).
 */
import { readFileSync } from 'node:fs';
import { OpenAiProvider } from '../src/llm/openAiProvider.js';
import { promptSet, type PromptName } from '../src/explain/llm/prompts.js';
import { explainStage, explainStageLlm } from '../src/pipeline/explainStage.js';
import { parseStage } from '../src/pipeline/parseStage.js';
import type { Store } from '../src/store/db.js';
import { saveText, upsertDocument } from '../src/store/documentRepo.js';
import { storeModelCaller } from '../src/pipeline/storeModelCaller.js';
import { extractRendition } from '../src/extract/extractRendition.js';
import { jsonAnswer, startFakeOpenAiServer } from '../test/support/fakeOpenAiServer.js';
import { tempStore } from '../test/support/tempStore.js';

const LATENCY_MS = 500;
const SAMENVATTING = 'De Kamer verzoekt de regering om in actie te komen.';
const IMPLICATIE = 'Als de motie wordt aangenomen, dan moet de regering in actie komen.';

interface Motion {
  id: string;
  titel: string;
  onderwerp: string;
  datum: string;
  tekst: string;
}

async function fill(store: Store, motions: Motion[]): Promise<void> {
  for (const m of motions) {
    upsertDocument(store.db, { id: m.id, soort: 'motie', apiSoort: 'Motie', titel: m.titel, onderwerp: m.onderwerp, datum: m.datum, bronUrl: null, herkomst: 'bench', verwijderd: false });
    saveText(store.db, m.id, 'bench', await extractRendition(Buffer.from(m.tekst, 'utf8'), 'txt'));
  }
  parseStage(store);
  explainStage(store);
}

async function timed(label: string, store: Store, baseURL: string, concurrency: number, prompt: PromptName, force = false): Promise<number> {
  const provider = new OpenAiProvider({ apiKey: null, baseURL, model: 'bench-model', timeoutMs: 30_000, responseFormat: 'json_schema' });
  const caller = storeModelCaller(store, provider);
  const started = performance.now();
  const r = await explainStageLlm(store, { caller, providerName: provider.name, model: provider.model, prompt: promptSet(prompt), concurrency, force });
  const seconds = (performance.now() - started) / 1000;
  const done = r.explained + r.rejected.length + r.failed.length;
  console.log(
    `${label.padEnd(44)} ${String(done).padStart(3)} motions  ${seconds.toFixed(2).padStart(6)} s  calls ${String(caller.stats.calls).padStart(3)} (${(caller.stats.calls / Math.max(1, done)).toFixed(1)}/motion)  cache hits ${caller.stats.cacheHits}  explained ${r.explained}, rejected ${r.rejected.length}`,
  );
  return seconds;
}

export async function run(): Promise<void> {
  const corpus = readFileSync('fixtures/corpus/moties-toegelicht/moties.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Motion);
  const server = await startFakeOpenAiServer((r) => ({
    content: r.body.response_format ? jsonAnswer(SAMENVATTING, IMPLICATIE) : /kort en bondig:$/.test(r.body.messages[0]!.content) ? SAMENVATTING : IMPLICATIE,
    delayMs: LATENCY_MS,
  }));
  const stores: (() => void)[] = [];
  const store = async (n: number, offset = 0) => {
    const t = tempStore();
    stores.push(t.cleanup);
    await fill(t.store, corpus.slice(offset, offset + n));
    return t.store;
  };
  try {
    console.log(`fake server: every answer after ${LATENCY_MS} ms`);
    const s100 = await store(100);
    const eight = await timed('default prompt, 100 motions, concurrency 8', s100, server.baseURL, 8, 'default');
    await timed('re-run, --force (answers from the cache)', s100, server.baseURL, 8, 'default', true);
    const baseline = await timed('baseline: concurrency 1, 20 motions', await store(20, 100), server.baseURL, 1, 'default');
    console.log(`  → 1-way would take ~${(baseline * 5).toFixed(1)} s for 100 motions; 8-way is ${((baseline * 5) / eight).toFixed(1)}× faster; acceptance (< 10 s): ${eight < 10 ? 'PASS' : 'FAIL'}`);
    await timed('classic prompt (2 calls/motion), concurrency 8', await store(100, 120), server.baseURL, 8, 'classic');
  } finally {
    for (const c of stores) c();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
