import type { Command } from 'commander';
import type { ModelCaller } from '../llm/callModel.js';
import { resolveOpenAiOptions, type LlmFlags } from '../llm/config.js';
import { OpenAiProvider } from '../llm/openAiProvider.js';
import type { Store } from '../store/db.js';
import { storeModelCaller } from '../pipeline/storeModelCaller.js';
import { UserError, type Context } from './context.js';

export interface LlmSession {
  provider: OpenAiProvider;
  caller: ModelCaller;
  /** Aborted by Ctrl-C: the stage stops after the work in hand. */
  signal: AbortSignal;
}

/**
 * An LLM run started from the CLI: the provider from flags and environment, answers cached in the store, and a
 * Ctrl-C that stops cleanly (every finished item is already stored; a second Ctrl-C quits at once).
 */
export async function withLlmSession<T>(
  c: Context,
  store: Store,
  flags: LlmFlags,
  items: string,
  run: (session: LlmSession) => Promise<T>,
): Promise<T> {
  const resolved = resolveOpenAiOptions(flags);
  if ('error' in resolved) throw new UserError(resolved.error);
  const provider = new OpenAiProvider(resolved);
  const caller = storeModelCaller(store, provider);
  const stop = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) process.exit(130);
    c.info(`stopping: finished ${items} are kept; Ctrl-C again to quit at once`);
    stop.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    return await run({ provider, caller, signal: stop.signal });
  } finally {
    process.off('SIGINT', onSigint);
  }
}

/** The flags every command that can call an LLM takes; `items` names what is sent ("motions", "letters"). */
export function addLlmFlags(command: Command, items: string, providerHelp: string): Command {
  return command
    .option('--provider <name>', `${providerHelp}: rules (offline, default) or openai (any OpenAI-compatible server; checked, rules as fallback)`, 'rules')
    .option('--model <name>', 'model name (default: $MOTIEMONITOR_MODEL or gpt-4o-mini)')
    .option('--base-url <url>', 'OpenAI-compatible server (default: $OPENAI_BASE_URL or OpenAI); Ollama: http://localhost:11434/v1')
    .option('--concurrency <n>', `${items} in flight at once`, '4')
    .option('--timeout <seconds>', 'per-request timeout', '60');
}

/** Checks the shared LLM flags; returns the concurrency as a number. */
export function checkLlmFlags(opts: { provider: string; concurrency: string }): number {
  if (opts.provider !== 'rules' && opts.provider !== 'openai') throw new UserError(`unknown provider "${opts.provider}": use rules or openai`);
  const concurrency = Number(opts.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UserError(`--concurrency "${opts.concurrency}" must be a whole number ≥ 1`);
  return concurrency;
}
