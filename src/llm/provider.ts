/**
 * What an LLM explainer needs from a model server: one chat completion at a time.
 * Retries, rate limiting and caching live above this interface (see `callModel.ts`), so that every provider
 * gets the same behaviour and the same report.
 */

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** How the answer's shape is asked for: a JSON schema, plain JSON mode, or nothing (free text, parsed tolerantly). */
export type ResponseFormat = 'json_schema' | 'json_object' | 'none';

export interface ChatRequest {
  messages: ChatMessage[];
  temperature: number;
  maxTokens: number;
  /** For JSON answers: the schema of the object asked for; absent for free-text prompts. */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
}

export interface ChatAnswer {
  content: string;
  tokensIn: number;
  tokensOut: number;
  /** True when the server sent no `usage` and the token counts are estimated from the length. */
  tokensEstimated: boolean;
  /** HTTP requests this answer took (normally 1; more when a server refused a response_format and was asked again). */
  calls: number;
}

export interface LlmProvider {
  /** `openai`, for labels such as `openai:gpt-4o-mini@default-v1`. */
  readonly name: string;
  readonly model: string;
  complete(request: ChatRequest, signal?: AbortSignal): Promise<ChatAnswer>;
}

/** A failed call, classified so that the caller can decide to wait, retry or give up. */
export class LlmCallError extends Error {
  constructor(
    message: string,
    readonly kind: 'rate-limit' | 'server' | 'timeout' | 'network' | 'client' | 'aborted',
    readonly httpStatus: number | null = null,
    /** From a 429/503 `Retry-After` (seconds or HTTP date) or `retry-after-ms` header. */
    readonly retryAfterMs: number | null = null,
    /** HTTP requests made before this failure. */
    public calls = 1,
  ) {
    super(message);
    this.name = 'LlmCallError';
  }
}
