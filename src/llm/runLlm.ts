import pLimit from 'p-limit';
import type { ModelCaller } from './callModel.js';
import { explainWithLlm, type LlmJob, type LlmOutcome } from './llmExplainer.js';
import type { PromptSet } from './promptSet.js';

export interface RunLlmOptions {
  /** Motions in flight at once (default 4). */
  concurrency: number;
  /** Ctrl-C: stop starting motions, abort those in flight; everything finished has been handed to `onDone`. */
  signal?: AbortSignal;
}

/** Explains many motions with bounded concurrency; each outcome is handed over as soon as it is there, so it can be stored at once. */
export async function runLlm<I, F, S, J extends LlmJob<I, S>>(
  jobs: J[],
  caller: ModelCaller,
  prompt: PromptSet<I, F, S>,
  model: string,
  options: RunLlmOptions,
  onDone: (job: J, outcome: LlmOutcome<F>) => void,
): Promise<void> {
  const limit = pLimit(Math.max(1, options.concurrency));
  await Promise.all(
    jobs.map((job) =>
      limit(async () => {
        if (options.signal?.aborted) return;
        // A signal per motion, linked to the run's: the SDK leaves a listener on the signal of every request it made,
        // and those must go with the motion, not pile up on the run's signal.
        const motion = new AbortController();
        const abort = () => motion.abort();
        options.signal?.addEventListener('abort', abort, { once: true });
        try {
          onDone(job, await explainWithLlm(job, caller, prompt, model, motion.signal));
        } finally {
          options.signal?.removeEventListener('abort', abort);
        }
      }),
    ),
  );
}
