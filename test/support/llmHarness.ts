import type { CallPolicy, ModelCaller } from '../../src/llm/callModel.js';
import { OpenAiProvider } from '../../src/llm/openAiProvider.js';
import { promptSet, type PromptName } from '../../src/explain/llm/prompts.js';
import { explainStage, explainStageLlm, type LlmStageReport } from '../../src/pipeline/explainStage.js';
import type { Store } from '../../src/store/db.js';
import type { StoredExplanation } from '../../src/domain/types.js';
import { getExplanations } from '../../src/store/documentRepo.js';
import { storeModelCaller } from '../../src/pipeline/storeModelCaller.js';
import type { Clock } from '../../src/domain/clock.js';
import type { FakeOpenAiServer } from './fakeOpenAiServer.js';

export const MODEL = 'test-model';
/** Retries as in production, back-off short so the tests stay fast. */
export const FAST_POLICY: CallPolicy = { maxRateLimitRetries: 5, maxServerRetries: 2, maxWaitMs: 5_000, backoffMs: 20 };

export interface StageRun {
  report: LlmStageReport;
  stats: ModelCaller['stats'];
}

/** The explain stage as `motiemonitor explain --provider openai` runs it: rules first, then the LLM, into a real store. */
export async function runStage(
  store: Store,
  server: FakeOpenAiServer,
  options: { prompt?: PromptName; timeoutMs?: number; concurrency?: number; force?: boolean; policy?: CallPolicy; signal?: AbortSignal; clock?: Clock } = {},
): Promise<StageRun> {
  explainStage(store, { force: options.force });
  const provider = new OpenAiProvider({ apiKey: 'sk-test-secret', baseURL: server.baseURL, model: MODEL, timeoutMs: options.timeoutMs ?? 5_000, responseFormat: 'json_schema' });
  const caller = storeModelCaller(store, provider, options.policy ?? FAST_POLICY, options.clock);
  const report = await explainStageLlm(store, {
    caller,
    providerName: provider.name,
    model: MODEL,
    prompt: promptSet(options.prompt ?? 'default'),
    concurrency: options.concurrency ?? 4,
    force: options.force,
    signal: options.signal,
  });
  return { report, stats: caller.stats };
}

export function llmRow(store: Store, id: string): StoredExplanation | undefined {
  return getExplanations(store.db, id).find((e) => e.family === 'llm');
}

export function rulesRow(store: Store, id: string): StoredExplanation | undefined {
  return getExplanations(store.db, id).find((e) => e.family === 'rules');
}
