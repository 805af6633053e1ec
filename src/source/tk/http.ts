import pLimit from 'p-limit';
import { REAL_CLOCK, type Clock } from '../../domain/clock.js';

/**
 * Every request to the Tweede Kamer goes through `request()` below: the User-Agent, the rate limit,
 * the concurrency limit, the timeout and the retries live there and nowhere else.
 *
 * Retried: 429 and 5xx (honouring Retry-After), connection resets, timeouts, bodies shorter than
 * their Content-Length or than the length the record announced, and JSON that does not parse
 * (a body cut off by a proxy). Not retried: other 4xx — they will not get better by asking again.
 */

export const USER_AGENT = 'motiemonitor/0.1 (+https://github.com/motiemonitor/motiemonitor; open-data sync of Tweede Kamer motions)';

export interface HttpOptions {
  userAgent?: string;
  /** Per attempt, headers and body together. */
  timeoutMs?: number;
  /** Attempts after the first. */
  retries?: number;
  /** First backoff step; doubles each attempt, with jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A Retry-After longer than this is treated as a failure rather than waited out. */
  maxRetryAfterMs?: number;
  /** Requests per second over all concurrent requests; 0 = unlimited. */
  rate?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Told about every retry, for the report and for tests. */
  onRetry?: (event: RetryEvent) => void;
  /** Time and waiting; tests pass one that records the waits instead of judging elapsed time. */
  clock?: Clock;
}

export interface RetryEvent {
  url: string;
  attempt: number;
  reason: string;
  delayMs: number;
}

export const POLITE_DEFAULTS = {
  timeoutMs: 60_000,
  retries: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  maxRetryAfterMs: 300_000,
  rate: 4,
  concurrency: 2,
} as const;

/** A request that failed for good; `status` is set when the server answered. */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status: number | null,
    readonly attempts: number,
  ) {
    super(message);
  }
}

/** A failure worth another attempt, with how long the server asked us to wait. */
class Retryable extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

export interface HttpStats {
  requests: number;
  retries: number;
  bytes: number;
}

export interface Fetched {
  status: number;
  bytes: Buffer;
  contentType: string | null;
}

export interface TkHttp {
  /** The body bytes; with `expectLength`, a body of another length is retried and finally an error. */
  get(url: string, options?: { accept?: string; expectLength?: number | null; retries?: number }): Promise<Fetched>;
  /** A JSON body (OData page, single entity, or `$count` number). */
  getJson(url: string): Promise<unknown>;
  /**
   * A body read by `parse`; when `parse` throws (a page cut off inside valid-looking bytes), the request
   * is retried like any other transient failure. `retries` overrides the attempts for this request.
   */
  getParsed<T>(url: string, accept: string, parse: (bytes: Buffer) => T, options?: { retries?: number }): Promise<T>;
  stats: HttpStats;
}

export function createHttp(options: HttpOptions = {}): TkHttp {
  const o = { ...POLITE_DEFAULTS, ...options };
  const clock = options.clock ?? REAL_CLOCK;
  const userAgent = options.userAgent ?? USER_AGENT;
  const limit = pLimit(Math.max(1, o.concurrency));
  const interval = o.rate > 0 ? 1000 / o.rate : 0;
  let nextSlot = 0;
  const stats: HttpStats = { requests: 0, retries: 0, bytes: 0 };

  /** Waits for this request's turn under the rate limit (slots are handed out in call order). */
  async function rateGate(): Promise<void> {
    if (interval === 0) return;
    const now = clock.now();
    const slot = Math.max(now, nextSlot);
    nextSlot = slot + interval;
    if (slot > now) await clock.sleep(slot - now);
  }

  async function attempt(url: string, accept: string, expectLength: number | null): Promise<Fetched> {
    await rateGate();
    stats.requests++;
    let response: Response;
    const signal = AbortSignal.timeout(o.timeoutMs);
    try {
      response = await fetch(url, { headers: { 'user-agent': userAgent, accept }, signal });
    } catch (err) {
      throw new Retryable(describeNetworkError(err, o.timeoutMs));
    }
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel().catch(() => {});
      throw new Retryable(`HTTP ${response.status}`, parseRetryAfter(response.headers.get('retry-after')));
    }
    if (response.status >= 400) {
      await response.body?.cancel().catch(() => {});
      throw new HttpError(`HTTP ${response.status} for ${url}`, url, response.status, 1);
    }
    let bytes: Buffer;
    try {
      bytes = Buffer.from(await response.arrayBuffer());
    } catch (err) {
      throw new Retryable(`body cut off: ${describeNetworkError(err, o.timeoutMs)}`);
    }
    stats.bytes += bytes.length;
    const announced = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(announced) && announced !== bytes.length) {
      throw new Retryable(`body cut off: ${bytes.length} of ${announced} bytes`);
    }
    if (expectLength != null && expectLength !== bytes.length) {
      throw new Retryable(`length ${bytes.length} differs from ContentLength ${expectLength}`);
    }
    return { status: response.status, bytes, contentType: response.headers.get('content-type') };
  }

  /** The one request function: attempts, backoff with jitter, Retry-After. */
  async function request<T>(
    url: string,
    accept: string,
    expectLength: number | null,
    parse: (fetched: Fetched) => T,
    retries: number = o.retries,
  ): Promise<T> {
    for (let n = 0; ; n++) {
      let reason: string;
      let retryAfterMs: number | null = null;
      try {
        const fetched = await limit(() => attempt(url, accept, expectLength));
        try {
          return parse(fetched);
        } catch (err) {
          throw new Retryable(err instanceof SyntaxError ? 'the JSON body does not parse (cut off?)' : (err as Error).message);
        }
      } catch (err) {
        if (err instanceof HttpError) throw new HttpError(err.message, url, err.status, n + 1);
        if (!(err instanceof Retryable)) throw err;
        reason = err.message;
        retryAfterMs = err.retryAfterMs;
      }
      if (n >= retries) throw new HttpError(`gave up after ${n + 1} attempts: ${reason} (${url})`, url, null, n + 1);
      if (retryAfterMs !== null && retryAfterMs > o.maxRetryAfterMs) {
        throw new HttpError(`the server asks to wait ${Math.round(retryAfterMs / 1000)} s: ${reason} (${url})`, url, null, n + 1);
      }
      const backoff = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** n);
      // Full jitter between half and all of the step, so that parallel clients do not retry in lockstep.
      const delayMs = Math.max(retryAfterMs ?? 0, Math.round(backoff * (0.5 + Math.random() * 0.5)));
      stats.retries++;
      o.onRetry?.({ url, attempt: n + 1, reason, delayMs });
      await clock.sleep(delayMs);
    }
  }

  return {
    stats,
    get: (url, options = {}) => request(url, options.accept ?? '*/*', options.expectLength ?? null, (f) => f, options.retries),
    getJson: (url) => request(url, 'application/json', null, (f) => JSON.parse(f.bytes.toString('utf8')) as unknown),
    getParsed: (url, accept, parse, options = {}) => request(url, accept, null, (f) => parse(f.bytes), options.retries),
  };
}

/** `Retry-After: 120` or an HTTP date → milliseconds; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function describeNetworkError(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(err);
}
