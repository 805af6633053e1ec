import type { Clock } from '../domain/clock.js';
import { DEFAULT_POLICY, ModelCaller, type CallPolicy } from '../llm/callModel.js';
import type { LlmProvider } from '../llm/provider.js';
import type { Store } from '../store/db.js';
import { llmCallLogger, sqliteAnswerCache } from '../store/llmRepo.js';

/** The caller of an LLM run over the store: answers cached in the store (a re-run makes no calls), every call logged there. */
export function storeModelCaller(store: Store, provider: LlmProvider, policy: CallPolicy = DEFAULT_POLICY, clock?: Clock): ModelCaller {
  return new ModelCaller(provider, sqliteAnswerCache(store.db), llmCallLogger(store.db), policy, clock);
}
