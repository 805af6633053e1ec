/** Bounds on one file's extraction: every bad file ends within these, with a clear message. */
export interface ExtractLimits {
  /** Wall-clock limit for one file (worker pool: the worker is killed; in process: checked between pages). */
  timeoutMs: number;
  /** Files larger than this are refused before parsing. */
  maxBytes: number;
  /** Only the first `maxPages` pages are read; the verdict says so. */
  maxPages: number;
  /** Heap limit of a pool worker, in MB (a PDF bomb hits this and the worker is replaced). */
  maxMemoryMb: number;
}

export const DEFAULT_LIMITS: ExtractLimits = {
  timeoutMs: 60_000,
  maxBytes: 50 * 1024 * 1024,
  maxPages: 500,
  maxMemoryMb: 256,
};

export function resolveLimits(partial: Partial<ExtractLimits> = {}): ExtractLimits {
  const pick = (v: number | undefined, d: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : d);
  return {
    timeoutMs: pick(partial.timeoutMs, DEFAULT_LIMITS.timeoutMs),
    maxBytes: pick(partial.maxBytes, DEFAULT_LIMITS.maxBytes),
    maxPages: pick(partial.maxPages, DEFAULT_LIMITS.maxPages),
    maxMemoryMb: pick(partial.maxMemoryMb, DEFAULT_LIMITS.maxMemoryMb),
  };
}

/** A file we refuse or cannot read: becomes status `unreadable` with this message as the reason. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

/** Throws when the deadline has passed; called between pages so a slow file stops in bounded time. */
export function checkDeadline(deadline: number, limits: ExtractLimits): void {
  if (Date.now() > deadline) throw new UnreadableFileError(`timed out after ${limits.timeoutMs / 1000} s (raise with --timeout)`);
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`;
}
