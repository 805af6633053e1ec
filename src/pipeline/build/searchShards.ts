import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { closeSearchIndexer, SearchShard, type SearchRecord } from '../../publish/pagefindIndex.js';
import type { Db } from '../../store/db.js';
import * as repo from '../../store/publishRepo.js';
import { shortHash } from '../../domain/hash.js';

/**
 * The search indexes of a build, one per shard (a quarter of motions, the letters, the toezeggingen): which ones are
 * indexed again (their hash changed, or their files are gone), the writes under way, and their hashes, stored only
 * once an index is on disk (a failed write leaves the old hash, so the next build retries it).
 */
export class SearchShards {
  /** The hash of every shard this build publishes: the quarters' from the plan, the other parts' as they are added. */
  readonly hashes: Map<string, string>;
  /** The shards indexed again in this build, in the order they were. */
  readonly rebuilt: string[] = [];
  private readonly stored: Map<string, string>;
  private readonly writing: Promise<void>[] = [];

  constructor(private readonly db: Db, private readonly out: string, private readonly o: { enabled: boolean; force: boolean; planned: Map<string, string> }) {
    this.hashes = new Map(o.planned);
    this.stored = repo.getShardHashes(db, out);
  }

  /** A new index for the shard when it is to be indexed again, else null. */
  async open(shard: string): Promise<SearchShard | null> {
    return this.isStale(shard) ? SearchShard.open() : null;
  }

  /** Starts writing a filled index to the shard's folder (awaited by commit()). */
  write(shard: string, index: SearchShard): void {
    this.writing.push(index.write(this.dir(shard)));
    this.rebuilt.push(shard);
  }

  /** A shard made of one part of the site (letters, toezeggingen): hashed by its records, indexed when they changed. */
  async addPart(shard: string, records: SearchRecord[]): Promise<void> {
    if (!records.length) return;
    this.hashes.set(shard, shortHash(JSON.stringify(records)));
    const index = await this.open(shard);
    if (!index) return;
    for (const r of records) index.add(r);
    this.write(shard, index);
  }

  /**
   * Waits for every index to be on disk, then stores the hashes of the rebuilt ones and removes the indexes of shards
   * this build no longer has. Returns those shards (their export files go too).
   */
  async commit(): Promise<string[]> {
    await Promise.all(this.writing);
    for (const shard of this.rebuilt) repo.setShardHash(this.db, this.out, shard, this.hashes.get(shard)!);
    if (!this.o.enabled) return [];
    const gone = [...this.stored.keys()].filter((shard) => !this.hashes.has(shard));
    for (const shard of gone) {
      rmSync(this.dir(shard), { recursive: true, force: true });
      repo.setShardHash(this.db, this.out, shard, null);
    }
    return gone;
  }

  /** Pagefind runs until every index is written (or the build failed): then its process is stopped. */
  async close(): Promise<void> {
    await Promise.allSettled(this.writing);
    if (this.o.enabled) await closeSearchIndexer();
  }

  private isStale(shard: string): boolean {
    const hash = this.hashes.get(shard);
    return this.o.enabled && (this.o.force || this.stored.get(shard) !== hash || !existsSync(join(this.dir(shard), 'pagefind.js')));
  }

  private dir(shard: string): string {
    return join(this.out, 'zoekindex', shard);
  }
}
