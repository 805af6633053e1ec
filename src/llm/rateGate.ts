import { REAL_CLOCK, type Clock } from '../domain/clock.js';

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
