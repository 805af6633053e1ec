/**
 * What the LLM machinery (explain/llm/) and the store (llmRepo.ts) share: the answer cache's shape and the call log's
 * record. Answers already paid for are keyed by (text hash, prompt version, model, request).
 */
export interface CacheKey {
  /** Hash of everything the prompt was built from (motion text and metadata). */
  textHash: string;
  promptVersion: string;
  model: string;
  /** Which conversation: `json`, `samenvatting`, `implicatie`, or a retry (`json#retry:<hash of the first answer>`). */
  request: string;
}

export interface CachedAnswer {
  content: string;
  tokensIn: number;
  tokensOut: number;
}

export interface AnswerCache {
  get(key: CacheKey): CachedAnswer | null;
  put(key: CacheKey, answer: CachedAnswer): void;
}

/** One HTTP call as the call log keeps it (never the key, never the text). */
export interface CallRecord {
  documentId: string;
  model: string;
  promptVersion: string;
  request: string;
  /** `ok`, or the kind of failure: rate-limit, server, timeout, network, client, aborted. */
  outcome: string;
  httpStatus: number | null;
  tokensIn: number;
  tokensOut: number;
  ms: number;
}
