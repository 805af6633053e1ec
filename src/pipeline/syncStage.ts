import pLimit from 'p-limit';
import type { Window } from '../source/tk/queries.js';
import type { TkDocument } from '../domain/tkRecords.js';
import type { Checkpoint } from '../domain/tkRecords.js';
import { advance, alreadyStored, shiftDays, type Stamped } from '../source/tk/watermark.js';
import type { Page, SmallEntitySet, TkSource } from '../source/tk/tkSource.js';
import type { Store } from '../store/db.js';
import { getRaw } from '../store/documentRepo.js';
import { fetchFiles, storeDocument } from './apiDocuments.js';
import { clearFailure, getCheckpoint, listFailures, missingZaakIds, saveCheckpoint, type SyncFailure } from '../store/tk/syncState.js';
import { getTkDocumentState } from '../store/tk/documents.js';
import { markDeleted } from '../store/tk/tombstones.js';
import { upsertFractie, upsertFractieZetel, upsertFractieZetelPersoon, upsertPersoon } from '../store/tk/persoonWrites.js';
import { upsertZaak } from '../store/tk/zaakWrites.js';

/**
 * The sync: Tweede Kamer API → store. Each feed (an entity set, read in ApiGewijzigdOp order) is
 * processed page by page; a page's files are downloaded first (into the blob store, atomically),
 * then the page's rows and the feed's new checkpoint are written in ONE transaction. A sync killed
 * at any point therefore restarts at the last committed page: nothing stored is lost, nothing is
 * stored twice (every write is an upsert by the API's Id), and no record is skipped.
 */

export interface SyncOptions {
  source: TkSource;
  /** Document.Soort values, as the API spells them. */
  soorten: string[];
  /** Normalised instants (instant.ts); `since` overrides the stored watermark. */
  since?: string | null;
  until?: string | null;
  /** At most this many records per feed (a trial run); the checkpoint stays exact. */
  limit?: number | null;
  /** Motion zaken started this many days back are re-read every sync (late vergissingen, kabinetsappreciatie). */
  graceDays?: number;
  /** "Today" for the grace period; tests pin it. */
  now?: Date;
  /** File downloads in flight at once (the HTTP layer also limits requests). */
  concurrency?: number;
  onProgress?: (event: SyncProgress) => void;
  signal?: AbortSignal;
}

export interface SyncProgress {
  phase: string;
  /** Records handled in this phase so far. */
  done: number;
  /** Records expected in the zaak and document feeds together, when the source could tell. */
  expected: number | null;
}

export interface SyncReport {
  source: 'odata';
  /** Records received per feed (records already stored at the watermark are not counted). */
  fetched: Record<string, number>;
  zaken: number;
  besluiten: number;
  stemmingen: number;
  actors: number;
  documents: number;
  /** Documents new or changed in the store. */
  changedDocuments: number;
  deleted: number;
  filesDownloaded: number;
  /** Documents whose file the API does not have (404): stored without a file, not retried. */
  filesMissing: number;
  xmlDownloaded: number;
  bytesDownloaded: number;
  /** Zaken re-read in the grace period. */
  recentZaken: number;
  failures: SyncFailure[];
  seconds: number;
}

export const DEFAULT_GRACE_DAYS = 30;

const SMALL_FEEDS: SmallEntitySet[] = ['Fractie', 'Persoon', 'FractieZetel', 'FractieZetelPersoon'];

export async function syncStage(store: Store, options: SyncOptions): Promise<SyncReport> {
  const started = Date.now();
  const report: SyncReport = {
    source: 'odata',
    fetched: {},
    zaken: 0,
    besluiten: 0,
    stemmingen: 0,
    actors: 0,
    documents: 0,
    changedDocuments: 0,
    deleted: 0,
    filesDownloaded: 0,
    filesMissing: 0,
    xmlDownloaded: 0,
    bytesDownloaded: 0,
    recentZaken: 0,
    failures: [],
    seconds: 0,
  };
  const { source, soorten } = options;
  const db = store.db;
  const downloads = pLimit(Math.max(1, options.concurrency ?? 4));
  const progress = options.onProgress ?? (() => {});
  const checkAbort = (): void => {
    if (options.signal?.aborted) throw new Error('sync aborted');
  };

  // 1. Files that failed last time.
  await retryFailures(store, source, report);

  // 2. Fracties, personen and their seats: small sets, read whole the first time.
  for (const set of SMALL_FEEDS) {
    await runFeed(store, set, options, (w) => source.changedEntities(set, w), async (records) => () => {
      for (const r of records) {
        if (set === 'Fractie') upsertFractie(db, r);
        else if (set === 'Persoon') upsertPersoon(db, r);
        else if (set === 'FractieZetel') upsertFractieZetel(db, r);
        else upsertFractieZetelPersoon(db, r);
      }
    }, report, checkAbort);
  }

  const expectedFor = async (): Promise<number | null> => {
    const w = windowFor(db, 'Zaak', options);
    const [z, d] = await Promise.all([source.count('Zaak', w), source.count('Document', windowFor(db, documentFeed(soorten), options), soorten)]);
    return z === null || d === null ? null : z + d;
  };
  const expected = options.onProgress ? await expectedFor() : null;
  let handled = 0;

  // 3. Motion zaken with actors, besluiten and stemmingen.
  await runFeed(store, 'Zaak', options, (w) => source.changedZaken(w), async (zaken) => () => {
    for (const z of zaken) {
      upsertZaak(db, z);
      countZaak(report, z);
    }
    handled += zaken.length;
    progress({ phase: 'zaken', done: handled, expected });
  }, report, checkAbort);

  // 4. Documents of the chosen soorten, with their files.
  await runFeed(store, documentFeed(soorten), options, (w) => source.changedDocuments(soorten, w), async (docs) => {
    const files = await Promise.all(docs.map((d) => downloads(() => fetchFiles(store, source, d))));
    return () => {
      docs.forEach((d, i) => storeDocument(store, source, d, files[i]!, report));
      handled += docs.length;
      progress({ phase: 'documenten', done: handled, expected });
    };
  }, report, checkAbort);

  // 5. Tombstones of records we hold. The first time, years of old deletions are of no interest: a record
  //    we hold can only be deleted after we stored it, so the feed starts a day before the records' feed.
  for (const set of ['Zaak', 'Document'] as const) {
    const recordsFeed = getCheckpoint(db, set === 'Zaak' ? 'Zaak' : documentFeed(soorten));
    const start = recordsFeed ? shiftDays(recordsFeed.watermark, -1) : null;
    await runFeed(store, `Verwijderd:${set}`, options, (w) => source.deleted(set, w), async (rows) => () => {
      for (const r of rows) if (markDeleted(db, set, r.Id)) report.deleted++;
    }, report, checkAbort, start);
  }

  // 6. Zaken that motion documents point at but the zaak feed did not bring (outside the window).
  for (const id of missingZaakIds(db)) {
    checkAbort();
    const z = await source.zaak(id);
    if (!z) continue; // the document's zaak does not exist (any more): nothing to show
    db.transaction(() => upsertZaak(db, z))();
    countZaak(report, z);
  }

  // 7. Recent motions again: vergissingen and kabinetsappreciaties arrive days after the vote.
  const graceDays = options.graceDays ?? DEFAULT_GRACE_DAYS;
  if (graceDays > 0 && !options.until) {
    const since = new Date((options.now ?? new Date()).getTime() - graceDays * 86_400_000).toISOString().slice(0, 10);
    for await (const page of source.recentZaken(since)) {
      checkAbort();
      db.transaction(() => page.records.forEach((z) => upsertZaak(db, z)))();
      report.recentZaken += page.records.length;
    }
  }

  report.failures = listFailures(db);
  report.seconds = (Date.now() - started) / 1000;
  return report;
}

export function documentFeed(soorten: string[]): string {
  return `Document[${[...soorten].sort().join('|')}]`;
}

function countZaak(report: SyncReport, z: { ZaakActor?: unknown[] | null; Besluit?: { Stemming?: unknown[] | null }[] | null }): void {
  report.zaken++;
  report.actors += z.ZaakActor?.length ?? 0;
  report.besluiten += z.Besluit?.length ?? 0;
  for (const b of z.Besluit ?? []) report.stemmingen += b.Stemming?.length ?? 0;
}

// ---------------------------------------------------------------- feeds and checkpoints

function windowFor(db: Store['db'], feed: string, options: SyncOptions): Window {
  return { since: options.since ?? getCheckpoint(db, feed)?.watermark ?? null, until: options.until ?? null };
}

/**
 * Reads one feed from its checkpoint. `prepare` does the slow part of a page outside the database
 * (downloads) and returns the writes; those run in one transaction with the new checkpoint.
 */
async function runFeed<T extends Stamped>(
  store: Store,
  feed: string,
  options: SyncOptions,
  open: (w: Window) => AsyncIterable<Page<T>>,
  prepare: (records: T[]) => Promise<() => void>,
  report: SyncReport,
  checkAbort: () => void,
  /** Where a feed without checkpoint starts (default: the beginning). */
  firstStart: string | null = null,
): Promise<void> {
  const db = store.db;
  const stored = getCheckpoint(db, feed);
  const w = windowFor(db, feed, options);
  if (!stored && !options.since && firstStart) w.since = firstStart;
  // A --since later than the stored watermark leaves a gap behind it: then the watermark must not move.
  const contiguous = !stored || !options.since || options.since <= stored.watermark;
  let checkpoint: Checkpoint | null = stored;
  let taken = 0;
  report.fetched[feed] ??= 0;
  for await (const page of open(w)) {
    checkAbort();
    let records = page.records.filter((r) => !alreadyStored(stored, r));
    if (options.limit != null) records = records.slice(0, Math.max(0, options.limit - taken));
    if (records.length === 0) {
      if (options.limit != null && taken >= options.limit) break;
      continue;
    }
    const write = await prepare(records);
    checkAbort();
    const next = advance(checkpoint, records);
    db.transaction(() => {
      write();
      if (contiguous && next && (!checkpoint || next.watermark >= checkpoint.watermark)) saveCheckpoint(db, feed, next);
    })();
    checkpoint = next ?? checkpoint;
    taken += records.length;
    report.fetched[feed] += records.length;
    if (options.limit != null && taken >= options.limit) break;
  }
}

/** Downloads that failed in an earlier sync, tried again before anything else. */
async function retryFailures(store: Store, source: TkSource, report: SyncReport): Promise<void> {
  const db = store.db;
  for (const f of listFailures(db)) {
    const state = getTkDocumentState(db, f.entityId);
    const raw = getRaw(db, f.entityId);
    if (!state || state.verwijderd || !raw) {
      clearFailure(db, f.kind, f.entityId);
      continue;
    }
    const d = JSON.parse(raw) as TkDocument;
    // Re-run the normal path: it downloads only what is not current and records the outcome.
    const files = await fetchFiles(store, source, d);
    db.transaction(() => storeDocument(store, source, d, files, report, true))();
  }
}
