import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Where the writer keeps the hash of each file it wrote (the store, in the build). */
export interface PageHashStore {
  hashes: Map<string, string>;
  save(path: string, hash: string): void;
  remove(path: string): void;
}

/**
 * Writes files below a folder, but only those whose content changed since the last build (or that are missing),
 * and counts both. Paths use '/' and are relative to the folder.
 */
export class SiteWriter {
  written = 0;
  unchanged = 0;
  private readonly made = new Set<string>();
  /** Writes in flight: file creation is slow on some file systems, so it overlaps with rendering (bounded). */
  private readonly pending = new Set<Promise<void>>();
  private failure: Error | null = null;
  /**
   * The file names of each folder, read once: asking the file system about 60,000 motion pages one by one
   * costs more than half a second per build. Kept up to date by write() and remove().
   */
  private readonly listings = new Map<string, Set<string>>();
  private static readonly MAX_PENDING = 512;

  constructor(
    readonly outDir: string,
    private readonly state: PageHashStore,
    private readonly force = false,
  ) {}

  write(path: string, content: string): boolean {
    const hash = createHash('sha256').update(content).digest('base64url').slice(0, 22);
    const file = join(this.outDir, path);
    if (!this.force && this.state.hashes.get(path) === hash && this.exists(file)) {
      this.unchanged++;
      return false;
    }
    const dir = dirname(file);
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
    if (this.pending.size < SiteWriter.MAX_PENDING) {
      const p: Promise<void> = writeFile(file, content)
        .catch((err: Error) => {
          this.failure ??= err;
        })
        .finally(() => this.pending.delete(p));
      this.pending.add(p);
    } else {
      writeFileSync(file, content);
    }
    this.listings.get(dir)?.add(basename(file));
    this.state.hashes.set(path, hash);
    this.state.save(path, hash);
    this.written++;
    return true;
  }

  /** Waits for the writes in flight; throws the first write error (the page hashes are then not trusted). */
  async flush(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
    if (this.failure) throw new Error(`could not write the site in ${this.outDir}: ${this.failure.message}`);
  }

  /** True when the file was written by an earlier build and is still there. */
  has(path: string): boolean {
    return this.state.hashes.has(path) && this.exists(join(this.outDir, path));
  }

  private exists(file: string): boolean {
    const dir = dirname(file);
    let names = this.listings.get(dir);
    if (!names) {
      try {
        names = new Set(readdirSync(dir));
      } catch {
        names = new Set();
      }
      this.listings.set(dir, names);
    }
    return names.has(basename(file));
  }

  remove(path: string): void {
    const file = join(this.outDir, path);
    rmSync(file, { force: true });
    this.listings.get(dirname(file))?.delete(basename(file));
    this.state.hashes.delete(path);
    this.state.remove(path);
  }

  /** Paths written by earlier builds that match a prefix (to remove pages whose group disappeared). */
  known(prefix: string): string[] {
    return [...this.state.hashes.keys()].filter((p) => p.startsWith(prefix));
  }
}
