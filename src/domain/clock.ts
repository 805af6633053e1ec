/**
 * Time and waiting, for code that waits (the HTTP retries of the sources, the LLM rate gate and back-off). Tests pass
 * one that records the waits and moves only when the test moves it, instead of judging elapsed time.
 */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or at once when the signal aborts (the caller checks the signal). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const REAL_CLOCK: Clock = { now: () => Date.now(), sleep: (ms, signal) => sleep(ms, signal) };

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
