/** Time and waiting, for the gate and the back-off; tests pass one that records the waits instead of judging elapsed time. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or at once when the signal aborts (the caller checks the signal). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const REAL_CLOCK: Clock = { now: () => Date.now(), sleep: (ms, signal) => sleep(ms, signal) };

/**
 * One gate for all workers: when the server says 429 with `Retry-After`, nobody sends anything until that time
 * has passed (sending more would only earn more 429s and could get the key blocked).
 */
export class RateGate {
  private openAt = 0;
  /** Total time requests were held back, for the report. */
  waitedMs = 0;

  constructor(private readonly clock: Clock = REAL_CLOCK) {}

  closeFor(ms: number): void {
    this.openAt = Math.max(this.openAt, this.clock.now() + ms);
  }

  async pass(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const wait = this.openAt - this.clock.now();
      if (wait <= 0) return;
      const started = this.clock.now();
      await this.clock.sleep(wait, signal);
      this.waitedMs += this.clock.now() - started;
      if (signal?.aborted) return;
    }
  }
}

/** Resolves after `ms`, or at once when the signal aborts (the caller checks the signal). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
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
