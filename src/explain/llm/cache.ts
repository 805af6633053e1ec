/**
 * Answers already paid for. Keyed by (text hash, prompt version, model, request), so that a re-run, or a run with
 * `--force`, makes zero calls for motions whose text and prompt did not change. The store keeps it in SQLite
 * (`store/llmRepo.ts`).
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

