import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../../domain/hash.js';
import type { ExtractedText, RenditionKind } from '../../domain/types.js';
import { unreadable, type ExtractOptions } from '../extractRendition.js';
import { resolveLimits, type ExtractLimits } from '../limits.js';
import type { JobMessage, ResultMessage } from './messages.js';

interface Pending {
  job: JobMessage;
  resolve: (r: ExtractedText) => void;
}

interface Slot {
  child: ChildProcess | null;
  /** The child has loaded its modules: the clock for a job starts only then (start-up is not the file's fault). */
  ready: boolean;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
  stderr: string;
}

/**
 * A pool of child processes that extract files side by side (one per core by default).
 * Each child runs under a heap limit (`maxMemoryMb`) and is killed when a file overruns `timeoutMs`;
 * that file comes back `unreadable` with the reason, a fresh child takes its place, and the other files go on.
 */
export class ExtractPool {
  readonly size: number;
  readonly limits: ExtractLimits;
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  /** Highest peak RSS a worker reported, in MB. */
  maxWorkerRssMb = 0;

  constructor(size: number, limits: Partial<ExtractLimits> = {}) {
    this.size = Math.max(1, size);
    this.limits = resolveLimits(limits);
    this.slots = Array.from({ length: this.size }, () => ({ child: null, ready: false, busy: null, timer: null, stderr: '' }));
  }

  extract(bytes: Uint8Array, kind: RenditionKind, options: ExtractOptions = {}): Promise<ExtractedText> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise((resolve) => {
      // The pool's limits, overridden only by options actually given.
      const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as ExtractOptions;
      this.queue.push({ job: { id: this.nextId++, bytes, kind, options: { ...this.limits, ...given } }, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const slot of this.slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.child?.kill('SIGKILL');
      slot.child = null;
    }
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const next = this.queue.shift()!;
      this.start(slot, next);
    }
  }

  private start(slot: Slot, pending: Pending): void {
    slot.busy = pending;
    slot.stderr = '';
    if (slot.child && slot.ready) this.send(slot, slot.child, pending);
    else if (!slot.child) {
      // The child sends `ready` once loaded; the job goes out then.
      workerPath().then(
        (path) => {
          if (!this.closed && !slot.child) this.spawn(slot, path);
        },
        (err: Error) => this.finish(slot, unreadable(pending.job.kind, `could not start an extraction process: ${err.message}`)),
      );
    }
  }

  private send(slot: Slot, child: ChildProcess, pending: Pending): void {
    const timeoutMs = pending.job.options.timeoutMs ?? this.limits.timeoutMs;
    // The worker stops itself at the deadline; this is the hard stop for a parser stuck in a loop.
    slot.timer = setTimeout(
      () => this.fail(slot, `timed out after ${Math.round(timeoutMs / 1000)} s (raise with --timeout)`),
      timeoutMs + 2000,
    );
    child.send(pending.job);
  }

  private spawn(slot: Slot, path: string): ChildProcess {
    const child = fork(path, [], {
      execArgv: [`--max-old-space-size=${this.limits.maxMemoryMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child.stderr?.on('data', (b: Buffer) => {
      if (slot.stderr.length < 4000) slot.stderr += b.toString('utf8');
    });
    slot.ready = false;
    child.on('message', (msg: ResultMessage | { ready: true }) => {
      if (!('id' in msg)) {
        slot.ready = true;
        if (slot.busy && slot.child === child) this.send(slot, child, slot.busy);
        return;
      }
      if (slot.busy?.job.id !== msg.id) return;
      this.maxWorkerRssMb = Math.max(this.maxWorkerRssMb, msg.maxRssMb);
      this.finish(slot, msg.result);
    });
    child.on('exit', (code, signal) => {
      if (slot.child !== child) return;
      slot.child = null;
      if (!slot.busy) return;
      const oom = /heap out of memory|Allocation failed/i.test(slot.stderr);
      this.finish(
        slot,
        unreadable(
          slot.busy.job.kind,
          oom
            ? `ran out of memory (over ${this.limits.maxMemoryMb} MB; a PDF bomb?) (raise with --max-memory)`
            : `the extraction process stopped (${signal ?? `exit ${code}`})`,
        ),
      );
    });
    slot.child = child;
    return child;
  }

  private fail(slot: Slot, reason: string): void {
    const pending = slot.busy;
    if (!pending) return;
    const child = slot.child;
    slot.child = null;
    child?.kill('SIGKILL');
    this.finish(slot, unreadable(pending.job.kind, reason));
  }

  private finish(slot: Slot, result: ExtractedText): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const pending = slot.busy;
    slot.busy = null;
    pending?.resolve(result);
    if (!this.closed) this.pump();
  }
}

/**
 * The worker script. From the compiled dist/ it is extractWorker.js beside this file. Run from the TypeScript
 * sources (tests, `tsx`), the worker is bundled once with esbuild (a dependency of tsx) into a temporary .mjs that
 * plain node runs (kept in node_modules/.cache/motiemonitor): under the tsx loader pdf.js alone would take
 * some 450 MB instead of 140 MB.
 */
let workerScript: Promise<string> | null = null;

function workerPath(): Promise<string> {
  workerScript ??= (async () => {
    const self = fileURLToPath(import.meta.url);
    if (!self.endsWith('.ts')) return self.replace(/extractPool\.js$/, 'extractWorker.js');
    const esbuild = await import('esbuild');
    const built = await esbuild.build({
      entryPoints: [self.replace(/extractPool\.ts$/, 'extractWorker.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    const code = built.outputFiles[0]!.contents;
    // Inside the project, so that the worker's imports of packages resolve from its node_modules; named by content,
    // so processes share it and a changed worker gets a new file.
    const dir = join(self, '../../../../node_modules/.cache/motiemonitor');
    const outfile = join(dir, `extractWorker-${sha256(code).slice(0, 16)}.mjs`);
    if (!existsSync(outfile)) {
      mkdirSync(dir, { recursive: true });
      const tmp = `${outfile}.${process.pid}.tmp`;
      writeFileSync(tmp, code);
      renameSync(tmp, outfile);
    }
    return outfile;
  })();
  return workerScript;
}
