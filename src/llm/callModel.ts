import type { AnswerCache, CacheKey, CallRecord } from '../domain/llm.js';

export type { CallRecord };
import { MAX_ANSWER_CHARS } from './answer.js';
import { LlmCallError, type ChatRequest, type LlmProvider } from './provider.js';
import { REAL_CLOCK, type Clock } from '../domain/clock.js';
import { RateGate } from './rateGate.js';


export interface CallPolicy {
  /** How often a 429 is waited out before the motion fails. */
  maxRateLimitRetries: number;
  /** How often a 5xx, time-out or dropped connection is retried. */
  maxServerRetries: number;
  /** A `Retry-After` longer than this is cut to it (a misconfigured server must not stall the run for hours). */
  maxWaitMs: number;
  /** First back-off after a 5xx without `Retry-After`; doubles each time. */
  backoffMs: number;
}

export const DEFAULT_POLICY: CallPolicy = { maxRateLimitRetries: 5, maxServerRetries: 2, maxWaitMs: 120_000, backoffMs: 1_000 };

export interface CallStats {
  calls: number;
  tokensIn: number;
  tokensOut: number;
  cacheHits: number;
  rateLimited: number;
  /** True when a server sent no `usage`, so some token counts are estimates. */
  tokensEstimated: boolean;
}

/**
 * Asks the model, or the cache: the one place where calls are made, waited for, retried, counted and logged.
 * Answers are cached as soon as they arrive, so Ctrl-C loses nothing that was paid for.
 */
export class ModelCaller {
  readonly stats: CallStats = { calls: 0, tokensIn: 0, tokensOut: 0, cacheHits: 0, rateLimited: 0, tokensEstimated: false };
  readonly gate: RateGate;
  /**
   * Set by an answer that no retry can fix and that will be the same for every motion (401/403: the key;
   * 404: the model or URL; 429 "insufficient_quota": the account has no credit). Later requests fail at once instead of repeating it hundreds of times.
   */
  fatal: LlmCallError | null = null;

  constructor(
    private readonly provider: LlmProvider,
    private readonly cache: AnswerCache,
    private readonly log: (record: CallRecord) => void = () => {},
    private readonly policy: CallPolicy = DEFAULT_POLICY,
    /** The gate's and the back-off's time; the log's `ms` stays the real duration of the call. */
    private readonly clock: Clock = REAL_CLOCK,
  ) {
    this.gate = new RateGate(clock);
  }

  async ask(documentId: string, key: CacheKey, request: ChatRequest, signal?: AbortSignal): Promise<string> {
    const cached = this.cache.get(key);
    if (cached) {
      this.stats.cacheHits++;
      return cached.content;
    }
    let rateLimits = 0;
    let failures = 0;
    for (;;) {
      if (this.fatal) throw this.fatal;
      if (signal?.aborted) throw new LlmCallError('afgebroken', 'aborted');
      await this.gate.pass(signal);
      if (signal?.aborted) throw new LlmCallError('afgebroken', 'aborted');
      const started = Date.now();
      try {
        const answer = await this.provider.complete(request, signal);
        this.count(answer.calls, answer.tokensIn, answer.tokensOut);
        this.stats.tokensEstimated ||= answer.tokensEstimated;
        this.log({ ...this.base(documentId, key), outcome: 'ok', httpStatus: 200, tokensIn: answer.tokensIn, tokensOut: answer.tokensOut, ms: Date.now() - started });
        // A huge answer is kept cut (still too long, so it is judged the same way when read back).
        const content = answer.content.slice(0, MAX_ANSWER_CHARS + 1);
        this.cache.put(key, { content, tokensIn: answer.tokensIn, tokensOut: answer.tokensOut });
        return content;
      } catch (err) {
        const error = err instanceof LlmCallError ? err : new LlmCallError(String(err), 'network');
        this.count(error.calls, 0, 0);
        if (signal?.aborted) throw new LlmCallError('afgebroken', 'aborted');
        this.log({ ...this.base(documentId, key), outcome: error.kind, httpStatus: error.httpStatus, tokensIn: 0, tokensOut: 0, ms: Date.now() - started });
        if (error.kind === 'rate-limit' && rateLimits < this.policy.maxRateLimitRetries) {
          rateLimits++;
          this.stats.rateLimited++;
          // Everyone waits, not just this request: the limit is per key.
          this.gate.closeFor(Math.min(error.retryAfterMs ?? this.policy.backoffMs * 2 ** (rateLimits - 1), this.policy.maxWaitMs));
          continue;
        }
        if (error.kind === 'client' && [401, 403, 404, 429].includes(error.httpStatus ?? 0)) {
          this.fatal ??= error;
          throw error;
        }
        if ((error.kind === 'server' || error.kind === 'timeout' || error.kind === 'network') && failures < this.policy.maxServerRetries) {
          failures++;
          await this.clock.sleep(Math.min(error.retryAfterMs ?? this.policy.backoffMs * 2 ** (failures - 1), this.policy.maxWaitMs), signal);
          continue;
        }
        throw error;
      }
    }
  }

  private count(calls: number, tokensIn: number, tokensOut: number): void {
    this.stats.calls += calls;
    this.stats.tokensIn += tokensIn;
    this.stats.tokensOut += tokensOut;
  }

  private base(documentId: string, key: CacheKey) {
    return { documentId, model: key.model, promptVersion: key.promptVersion, request: key.request };
  }
}
