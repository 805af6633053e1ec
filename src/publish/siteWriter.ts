import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { shortHash } from '../domain/hash.js';
import { FileWriterThread } from './fileWriterThread.js';

/** A relative path's folder ('moties/', or '' at the top) and file name. */
function splitPath(path: string): [string, string] {
  const i = path.lastIndexOf('/');
  return [path.slice(0, i + 1), path.slice(i + 1)];
}

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
  /** File creation is slow on some file systems: it runs on a thread of its own, overlapping with rendering. */
  private readonly files = new FileWriterThread();
  /**
   * The file names of each folder (by relative path), read once: asking the file system about 60,000 motion pages one by one
   * costs more than half a second per build. Kept up to date by write() and remove().
   */
  private readonly listings = new Map<string, Set<string>>();
  /** Files queued for the writer thread at most (~15 MB); beyond it this thread writes them itself. */
  private static readonly MAX_QUEUED = 2000;

  constructor(
    readonly outDir: string,
    private readonly state: PageHashStore,
    private readonly force = false,
  ) {}

  write(path: string, content: string): boolean {
    const hash = shortHash(content);
    if (!this.force && this.state.hashes.get(path) === hash && this.exists(path)) {
      this.unchanged++;
      return false;
    }
    const file = join(this.outDir, path);
    const dir = dirname(file);
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
    }
    if (this.files.queued < SiteWriter.MAX_QUEUED) this.files.write(file, content);
    else writeFileSync(file, content);
    const [folder, name] = splitPath(path);
    this.listings.get(folder)?.add(name);
    this.state.hashes.set(path, hash);
    this.state.save(path, hash);
    this.written++;
    return true;
  }

  /** Waits for the writes in flight; throws the first write error (the page hashes are then not trusted). */
  async flush(): Promise<void> {
    const errors = await this.files.finish();
    if (errors.length) throw new Error(`could not write the site in ${this.outDir}: ${errors[0]}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`);
  }

  /** True when the file was written by an earlier build and is still there. */
  has(path: string): boolean {
    return this.state.hashes.has(path) && this.exists(path);
  }

  /** By relative path, without building the absolute one: a build asks this for each of 60,000 pages. */
  private exists(path: string): boolean {
    const [folder, name] = splitPath(path);
    let names = this.listings.get(folder);
    if (!names) {
      try {
        names = new Set(readdirSync(join(this.outDir, folder)));
      } catch {
        names = new Set();
      }
      this.listings.set(folder, names);
    }
    return names.has(name);
  }

  remove(path: string): void {
    rmSync(join(this.outDir, path), { force: true });
    const [folder, name] = splitPath(path);
    this.listings.get(folder)?.delete(name);
    this.state.hashes.delete(path);
    this.state.remove(path);
  }

  /** Paths written by earlier builds that match a prefix (to remove pages whose group disappeared). */
  known(prefix: string): string[] {
    return [...this.state.hashes.keys()].filter((p) => p.startsWith(prefix));
  }
}
