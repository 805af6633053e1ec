import { Worker } from 'node:worker_threads';

/** The thread's code: plain JavaScript, so that it runs the same from the TypeScript sources and from dist/. */
const THREAD_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
parentPort.on('message', (batch) => {
  const errors = [];
  for (const [file, content] of batch) {
    try { writeFileSync(file, content); } catch (err) { errors.push(file + ': ' + err.message); }
  }
  parentPort.postMessage({ written: batch.length, errors });
});`;

const BATCH = 32;

/**
 * Writes files on a thread of its own, in batches. Creating tens of thousands of files costs the build's thread
 * ~100 µs each (fs.promises.writeFile still ran three callbacks per file on it): here that work moves to the other
 * core, where only the Pagefind indexer runs.
 */
export class FileWriterThread {
  private worker: Worker | null = null;
  private batch: [string, string][] = [];
  private inFlight = 0;
  private readonly errors: string[] = [];
  private whenIdle: (() => void) | null = null;

  /** Files handed over and not yet written. */
  get queued(): number {
    return this.inFlight + this.batch.length;
  }

  write(file: string, content: string): void {
    this.batch.push([file, content]);
    if (this.batch.length >= BATCH) this.post();
  }

  /** Waits until every file handed over is written, stops the thread and returns the write errors. */
  async finish(): Promise<string[]> {
    this.post();
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.whenIdle = resolve));
    await this.worker?.terminate();
    this.worker = null;
    return this.errors;
  }

  private post(): void {
    if (!this.batch.length) return;
    this.worker ??= this.start();
    this.inFlight += this.batch.length;
    this.worker.postMessage(this.batch);
    this.batch = [];
  }

  private start(): Worker {
    const worker = new Worker(THREAD_SOURCE, { eval: true });
    // An idle writer never keeps the process alive (a build that failed may not have called finish()).
    worker.unref();
    const settled = (written: number, errors: string[]) => {
      this.inFlight -= written;
      this.errors.push(...errors);
      if (this.inFlight <= 0) this.whenIdle?.();
    };
    worker.on('message', (m: { written: number; errors: string[] }) => settled(m.written, m.errors));
    worker.on('error', (err: Error) => settled(this.inFlight, [`file writer stopped: ${err.message}`]));
    return worker;
  }
}
