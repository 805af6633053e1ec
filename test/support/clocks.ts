/**
 * Clocks for code that takes one (`Clock` of src/domain/clock.ts): the test decides when time passes and sees every
 * wait, instead of judging elapsed time.
 */
import type { Clock } from '../../src/domain/clock.js';

/**
 * A clock that moves only when the test moves it: every sleep waits for `advance()`, so a test can see who is
 * waiting, and that nothing was sent meanwhile.
 */
export interface ManualClock extends Clock {
  /** Every sleep asked for, in order (ms). */
  waits: number[];
  /** Resolves once `n` sleeps are pending at the same time. */
  sleeping(n: number): Promise<void>;
  /** Moves time on by `ms` and wakes the sleeps that are due. */
  advance(ms: number): void;
}

export function manualClock(): ManualClock {
  let t = 0;
  const sleepers: { until: number; wake: () => void }[] = [];
  const watchers: { n: number; resolve: () => void }[] = [];
  const notify = () => {
    for (const w of [...watchers]) {
      if (sleepers.length < w.n) continue;
      watchers.splice(watchers.indexOf(w), 1);
      w.resolve();
    }
  };
  const clock: ManualClock = {
    waits: [],
    now: () => t,
    sleep(ms, signal) {
      clock.waits.push(ms);
      return new Promise<void>((resolve) => {
        if (signal?.aborted) return resolve();
        const sleeper = {
          until: t + ms,
          wake: () => {
            const i = sleepers.indexOf(sleeper);
            if (i >= 0) sleepers.splice(i, 1);
            signal?.removeEventListener('abort', sleeper.wake);
            resolve();
          },
        };
        signal?.addEventListener('abort', sleeper.wake, { once: true });
        sleepers.push(sleeper);
        notify();
      });
    },
    sleeping(n) {
      return new Promise<void>((resolve) => {
        watchers.push({ n, resolve });
        notify();
      });
    },
    advance(ms) {
      t += ms;
      for (const s of sleepers.filter((x) => x.until <= t)) s.wake();
    },
  };
  return clock;
}
