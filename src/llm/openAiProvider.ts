import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { LlmCallError, type ChatAnswer, type ChatRequest, type LlmProvider, type ResponseFormat } from './provider.js';

export interface OpenAiProviderOptions {
  /** Never logged. Servers that need none (Ollama, llama.cpp) get a placeholder. */
  apiKey: string | null;
  /** `https://api.openai.com/v1` when null; `http://localhost:11434/v1` for Ollama. */
  baseURL: string | null;
  model: string;
  timeoutMs: number;
  responseFormat: ResponseFormat;
}

/**
 * Any server that speaks OpenAI's chat-completions protocol (OpenAI, Azure OpenAI's v1 endpoint, Ollama, vLLM,
 * LM Studio, llama.cpp's server), through the official SDK. The SDK's own retries are off: retrying, waiting
 * out a 429 and counting calls happen in `callModel.ts`, the same for every provider.
 */
export class OpenAiProvider implements LlmProvider {
  readonly name = 'openai';
  readonly model: string;
  private readonly client: OpenAI;
  /** Lowered when a server refuses a response_format it does not know, and kept lowered for the rest of the run. */
  private responseFormat: ResponseFormat;
  /** Kept only to strike it out of error messages that echo it. */
  private readonly apiKey: string | null;

  constructor(options: OpenAiProviderOptions) {
    this.model = options.model;
    this.responseFormat = options.responseFormat;
    this.apiKey = options.apiKey;
    this.client = new OpenAI({
      apiKey: options.apiKey || 'not-needed',
      baseURL: options.baseURL ?? undefined,
      timeout: options.timeoutMs,
      maxRetries: 0,
    });
  }

  async complete(request: ChatRequest, signal?: AbortSignal): Promise<ChatAnswer> {
    let calls = 0;
    for (;;) {
      calls++;
      try {
        return { ...(await this.once(request, signal)), calls };
      } catch (err) {
        const error = classify(err, this.apiKey);
        // A server that does not know structured output says so with a 400: ask again with less, once per level.
        if (error.httpStatus === 400 && request.jsonSchema && this.responseFormat !== 'none' && /response_format|json_schema|json_object/i.test(error.message)) {
          this.responseFormat = this.responseFormat === 'json_schema' ? 'json_object' : 'none';
          continue;
        }
        error.calls = calls;
        throw error;
      }
    }
  }

  private async once(request: ChatRequest, signal?: AbortSignal): Promise<Omit<ChatAnswer, 'calls'>> {
    const params: ChatCompletionCreateParamsNonStreaming = {
      model: this.model,
      messages: request.messages,
      temperature: request.temperature,
      max_tokens: request.maxTokens,
    };
    if (request.jsonSchema && this.responseFormat === 'json_schema') {
      params.response_format = { type: 'json_schema', json_schema: { name: request.jsonSchema.name, schema: request.jsonSchema.schema, strict: true } };
    } else if (request.jsonSchema && this.responseFormat === 'json_object') {
      params.response_format = { type: 'json_object' };
    }
    const completion = await this.client.chat.completions.create(params, { signal });
    const content = completion.choices?.[0]?.message?.content ?? '';
    const usage = completion.usage;
    if (usage && Number.isFinite(usage.prompt_tokens) && Number.isFinite(usage.completion_tokens)) {
      return { content, tokensIn: usage.prompt_tokens, tokensOut: usage.completion_tokens, tokensEstimated: false };
    }
    // No usage from the server (some local servers): about four characters a token.
    const chars = request.messages.reduce((n, m) => n + m.content.length, 0);
    return { content, tokensIn: Math.ceil(chars / 4), tokensOut: Math.ceil(content.length / 4), tokensEstimated: true };
  }
}

function classify(err: unknown, apiKey: string | null): LlmCallError {
  const oneLine = (s: string) => redact(s, apiKey);
  if (err instanceof LlmCallError) return err;
  if (err instanceof APIUserAbortError) return new LlmCallError('afgebroken', 'aborted');
  if (err instanceof APIConnectionTimeoutError) return new LlmCallError('time-out: geen antwoord binnen de tijd', 'timeout');
  if (err instanceof APIError && err.status !== undefined) {
    const status = err.status;
    const headers = err.headers as Headers | undefined;
    const message = `HTTP ${status}: ${oneLine(err.message.replace(/^\d{3}\s+/, ''))}`;
    // OpenAI says 429 both for "slow down" and for "no credit left"; only the first passes by waiting.
    if (status === 429 && /insufficient_quota|exceeded your current quota/i.test(`${err.message} ${JSON.stringify(err.error ?? null)}`)) {
      return new LlmCallError(message, 'client', status);
    }
    if (status === 429) return new LlmCallError(message, 'rate-limit', status, retryAfterMs(headers));
    if (status >= 500 || status === 408 || status === 409) return new LlmCallError(message, 'server', status, retryAfterMs(headers));
    return new LlmCallError(message, 'client', status);
  }
  if (err instanceof Error) return new LlmCallError(`verbinding mislukt: ${oneLine(err.message)}`, 'network');
  return new LlmCallError(oneLine(String(err)), 'network');
}

/** One line, at most 200 characters, with the key (and anything shaped like a key) struck out: error texts reach logs and reports. */
function redact(s: string, apiKey: string | null): string {
  let line = s.replace(/\s+/g, ' ').trim();
  if (apiKey) line = line.split(apiKey).join('***');
  line = line.replace(/\b(sk-[A-Za-z0-9_-]{3})[A-Za-z0-9_-]{8,}/g, '$1***');
  return line.length > 200 ? line.slice(0, 197) + '…' : line;
}

/** `retry-after-ms`, or `Retry-After` in seconds or as an HTTP date (counted from `now`, a parameter for the tests). */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | null {
  const ms = headers?.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers?.get('retry-after');
  if (!value) return null;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.max(0, Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
