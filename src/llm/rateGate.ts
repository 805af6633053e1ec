/**
 * One gate for all workers: when the server says 429 with `Retry-After`, nobody sends anything until that time
 * has passed (sending more would only earn more 429s and could get the key blocked).
 */
export class RateGate {
  private openAt = 0;
  /** Total time requests were held back, for the report. */
  waitedMs = 0;

  closeFor(ms: number): void {
    this.openAt = Math.max(this.openAt, Date.now() + ms);
  }

  async pass(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const wait = this.openAt - Date.now();
      if (wait <= 0) return;
      const started = Date.now();
      await sleep(wait, signal);
      this.waitedMs += Date.now() - started;
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
