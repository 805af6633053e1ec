import { SingleBar } from 'cli-progress';
import { openStore, DEFAULT_DB_PATH, type Store } from '../store/db.js';

/** Options every command gets: where the store is and how to print. */
export interface GlobalOptions {
  db: string;
  json: boolean;
}

export interface Context {
  options: GlobalOptions;
  /** Opens the store on first use; closed when the command ends. */
  store(): Store;
  /** A line for people (stderr in --json mode, so stdout stays machine-readable). */
  info(message: string): void;
  /** The command's result: JSON on stdout with --json, else the human text. */
  result(data: unknown, human: string): void;
  progress(label: string, total: number): Progress;
  close(): void;
}

export interface Progress {
  tick(detail?: string): void;
  /** Changes the text beside the bar without moving it (work whose size is not known in advance). */
  detail(text: string): void;
  done(): void;
}

/** A command's body gets the shared context; the context is created from the global options once per invocation. */
export type ContextFactory = () => Context;

/** A user-facing failure: printed without a stack trace, exit code 1. */
export class UserError extends Error {}

export function createContext(options: Partial<GlobalOptions>): Context {
  const opts: GlobalOptions = { db: options.db ?? process.env.MOTIEMONITOR_DB ?? DEFAULT_DB_PATH, json: options.json ?? false };
  let store: Store | null = null;
  return {
    options: opts,
    store() {
      store ??= openStore(opts.db);
      return store;
    },
    info(message) {
      (opts.json ? process.stderr : process.stdout).write(message + '\n');
    },
    result(data, human) {
      if (opts.json) process.stdout.write(JSON.stringify(data) + '\n');
      else if (human) process.stdout.write(human + '\n');
    },
    progress(label, total) {
      // A bar only where a person watches: not in --json mode, not into a pipe or CI log.
      if (opts.json || !process.stderr.isTTY || total < 2) return { tick() {}, detail() {}, done() {} };
      const bar = new SingleBar({
        format: `${label} [{bar}] {value}/{total} {detail}`,
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
      });
      bar.start(total, 0, { detail: '' });
      return {
        tick: (detail) => bar.increment(1, { detail: detail ?? '' }),
        detail: (text) => bar.increment(0, { detail: text }),
        done: () => bar.stop(),
      };
    },
    close() {
      store?.close();
      store = null;
    },
  };
}
