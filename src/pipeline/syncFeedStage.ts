import pLimit from 'p-limit';
import type { TkHttp } from '../source/tk/http.js';
import type { TkDocument } from '../domain/tkRecords.js';
import { parseEntityXml, type FeedEntry } from '../source/tk/syncfeed/atomPage.js';
import { feedPages, fetchEntity, fetchResource, resourceUrl } from '../source/tk/syncfeed/client.js';
import type { TkCategory, TkEntities } from '../source/tk/syncfeed/entities.js';
import { SYNC_ROUNDS, verdict, type KeepContext } from '../source/tk/syncfeed/keep.js';
import type { Store } from '../store/db.js';
import { getRaw } from '../store/documentRepo.js';
import {
  clearRejected,
  forgetDropped,
  getFeedToken,
  getSyncSetting,
  isReferenced,
  hasRejected,
  markAbsent,
  missingReferences,
  refreshBesluitDatums,
  resetFeedTokens,
  seen,
  setFeedToken,
  setSyncSetting,
} from '../store/tkFeedRepo.js';
import { clearFailure, listFailures, type SyncFailure } from '../store/tk/syncState.js';
import { getTkDocumentState } from '../store/tk/documents.js';
import { fetchFiles, storeDocument, type FileSource } from './apiDocuments.js';
import { emptyFeedCounts, feedWriter, TRACKED, type FeedCounts } from './feedWriter.js';

/**
 * The sync over SyncFeed 2.0: every category's feed from its stored resume token to its end, page by
 * page. A page's files are downloaded first (blob store, atomic), then the page's records and the
 * category's new token are written in ONE transaction: a kill at any moment loses at most the page in
 * hand, and the next sync reads that page again (every write is an upsert by id, and an entry whose
 * version is already stored is skipped, so reading a page twice changes nothing).
 *
 * Categories are read in rounds (keep.ts): parents a round before their children, the categories of a
 * round side by side. Relations are resolved in the store by id, so the order entries arrive in only
 * decides when a child can be judged, never what the store ends up holding.
 */

export interface SyncFeedOptions {
  http: TkHttp;
  /** The SyncFeed root, e.g. https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0 */
  base: string;
  /** Document.Soort values to keep. */
  soorten: string[];
  /** Keep motions (and letters) from this day on (YYYY-MM-DD); default: what the last sync was told, else everything. */
  since?: string | null;
  /** At most this many entries per category (a trial run); the tokens stay exact. */
  limit?: number | null;
  /** File downloads in flight at once (the HTTP layer also limits requests). */
  concurrency?: number;
  onProgress?: (event: SyncFeedProgress) => void;
  /** Told about things worth a line: settings changed, a rejected record. */
  onInfo?: (message: string) => void;
  signal?: AbortSignal;
}

export interface SyncFeedProgress {
  category: string;
  /** Entries of this category read in this sync so far. */
  entries: number;
  /** Entries of all categories read in this sync so far. */
  total: number;
  /** The category's feed has been read to its end. */
  finished: boolean;
}

export interface SyncFeedReport extends FeedCounts {
  source: 'syncfeed';
  /** Feed entries read, per category. */
  entries: Record<string, number>;
  pages: number;
  /** Entries whose version was already stored (a page read again). */
  unchanged: number;
  /** Records fetched one by one (Entiteiten/<id>) because a kept record pointed at them. */
  fetched: number;
  failures: SyncFailure[];
  seconds: number;
}

/** At most this many records per category are fetched one by one per sync (a store missing more needs the feed). */
const MAX_FETCH_PER_KIND = 500;

export async function syncFeedStage(store: Store, options: SyncFeedOptions): Promise<SyncFeedReport> {
  const started = Date.now();
  const db = store.db;
  const report: SyncFeedReport = {
    ...emptyFeedCounts(),
    source: 'syncfeed',
    entries: {},
    pages: 0,
    unchanged: 0,
    fetched: 0,
    failures: [],
    seconds: 0,
  };
  const { http, base } = options;
  const info = options.onInfo ?? (() => {});
  const checkAbort = (): void => {
    if (options.signal?.aborted) throw new Error('sync aborted');
  };
  const files: FileSource = {
    documentFile: (id, expectLength) => fetchResource(http, base, id, expectLength),
    documentFileUrl: (id) => resourceUrl(base, id),
    // The XML publication is an OData-only path; SyncFeed documents are read from their own file.
    publicatieFile: () => Promise.reject(new Error('no DocumentPublicatie over SyncFeed')),
    publicatieFileUrl: (id) => resourceUrl(base, id),
  };
  const downloads = pLimit(Math.max(1, options.concurrency ?? 4));
  const settings = applySettings(store, options, info);
  const ctx: KeepContext = {
    soorten: new Set(settings.soorten),
    since: settings.since,
    parent(id) {
      const s = seen(db, id);
      return s === null ? 'unseen' : s.kept ? 'kept' : 'dropped';
    },
    referenced: (category, id) => isReferenced(db, category, id),
  };

  const writer = feedWriter(store, { keep: ctx, files, counts: report, info });
  const { typed, write } = writer;
  // A record rejected earlier is cleared when a valid version arrives; most stores hold none, so most syncs skip the check.
  const hadRejected = hasRejected(db);

  // 1. Files that failed last time.
  await retryFailedFiles(store, files, report, typed);

  // 2. The feeds, round by round; the categories of a round side by side.
  let total = 0;
  for (const round of SYNC_ROUNDS) await Promise.all(round.map((category) => readCategory(category)));

  // 3. What kept records point at but the feeds did not bring (an agendapunt read before its besluit existed).
  for (let pass = 0; pass < 3; pass++) {
    const missing = missingReferences(db, MAX_FETCH_PER_KIND);
    const todo = (['Zaak', 'Agendapunt', 'Activiteit'] as const).flatMap((category) => missing[category].map((id) => ({ category, id })));
    if (todo.length === 0) break;
    const got = await Promise.all(todo.map((t) => downloads(() => fetchEntity(http, base, t.id))));
    checkAbort();
    db.transaction(() => {
      todo.forEach((t, i) => {
        const e = got[i];
        const r = e ? typed(t.category, e) : null;
        if (!r || r.Verwijderd) return markAbsent(db, t.id);
        // Fetched because something kept points at it: stored whatever the keep rules say of it alone.
        writer.store(t.category, r, e!.raw, seen(db, t.id)?.token ?? 0);
        report.fetched++;
      });
      writer.flush();
    })();
  }

  // 4. The vote dates, from wherever their chain came from.
  db.transaction(() => refreshBesluitDatums(db))();

  report.failures = listFailures(db);
  report.seconds = (Date.now() - started) / 1000;
  return report;

  /** One category's feed from its stored token to its end, a page per transaction. */
  async function readCategory(category: TkCategory): Promise<void> {
    report.entries[category] ??= 0;
    let taken = 0;
    for await (const page of feedPages(http, base, category, getFeedToken(db, category))) {
      checkAbort();
      report.pages++;
      const entries = options.limit == null ? page.entries : page.entries.slice(0, Math.max(0, options.limit - taken));
      const records = entries.map((e) => typed(category, e));
      // Downloads first, outside the transaction: for documents that will be kept (fetchFiles skips a file it holds).
      const docFiles = await Promise.all(
        records.map((r, i) => {
          if (category !== 'Document' || !r || r.Verwijderd || isCurrentVersion(entries[i]!, category)) return undefined;
          return verdict('Document', r as TkDocument, ctx) === 'keep' ? downloads(() => fetchFiles(store, files, r as TkDocument)) : undefined;
        }),
      );
      checkAbort();
      db.transaction(() => {
        records.forEach((r, i) => {
          const e = entries[i]!;
          if (!r || e.token === null) return;
          if (isCurrentVersion(e, category)) {
            report.unchanged++;
            return;
          }
          if (hadRejected) clearRejected(db, category, e.id);
          write(category, r, e.raw, e.token, docFiles[i]);
        });
        writer.flush();
        const resumeAfter = entries.length < page.entries.length ? entries.at(-1)?.token : page.resumeAfter;
        if (resumeAfter != null) setFeedToken(db, category, resumeAfter);
      })();
      taken += entries.length;
      total += entries.length;
      report.entries[category] += entries.length;
      options.onProgress?.({ category, entries: report.entries[category], total, finished: false });
      if (options.limit != null && taken >= options.limit) break;
    }
    options.onProgress?.({ category, entries: report.entries[category], total, finished: true });
  }

  /** The entry's version is the one stored (a page read again after a kill, a stale page); known for the tracked parents. */
  function isCurrentVersion(e: FeedEntry, category: TkCategory): boolean {
    const s = e.token === null || !TRACKED.has(category) ? null : seen(db, e.id);
    return s !== null && e.token !== null && s.token >= e.token;
  }
}

/**
 * The keep rules' settings: `--since` and `--soort` as given, else as the last sync was told. A wider
 * set than before (an earlier --since, another soort) needs what earlier syncs dropped: the feeds are
 * read again from the start, once.
 */
function applySettings(store: Store, options: SyncFeedOptions, info: (m: string) => void): { since: string | null; soorten: string[] } {
  const db = store.db;
  const storedSince = getSyncSetting(db, 'since') || null;
  const storedSoorten = getSyncSetting(db, 'soorten');
  const since = options.since ?? storedSince;
  const soorten = [...options.soorten].sort();
  const earlier = storedSince !== null && (since === null || since < storedSince);
  const wider = storedSoorten !== null && (earlier || soorten.some((s) => !(JSON.parse(storedSoorten) as string[]).includes(s)));
  db.transaction(() => {
    if (wider) {
      resetFeedTokens(db);
      forgetDropped(db);
      info('the sync now keeps more than before (an earlier --since or another --soort): the feeds are read again from the start');
    }
    setSyncSetting(db, 'since', since ?? '');
    setSyncSetting(db, 'soorten', JSON.stringify(soorten));
  })();
  return { since, soorten };
}

/** Downloads that failed in an earlier sync, tried again first, from the record as it was received. */
async function retryFailedFiles(
  store: Store,
  files: FileSource,
  report: SyncFeedReport,
  typed: (category: TkCategory, e: FeedEntry) => TkEntities[TkCategory] | null,
): Promise<void> {
  const db = store.db;
  for (const f of listFailures(db)) {
    const state = getTkDocumentState(db, f.entityId);
    const raw = getRaw(db, f.entityId);
    const entry = raw?.trimStart().startsWith('<') ? parseEntityXml(raw, `the stored record of document ${f.entityId}`) : null;
    const d = entry ? (typed('Document', entry) as TkDocument | null) : null;
    if (!state || state.verwijderd || !d) {
      if (!raw?.trimStart().startsWith('{')) clearFailure(db, f.kind, f.entityId); // an OData record is the OData sync's to retry
      continue;
    }
    // The stored record is the entity without its feed entry: the entry's time is the one stored.
    d.ApiGewijzigdOp = state.apiGewijzigdOp;
    const got = await fetchFiles(store, files, d);
    db.transaction(() => storeDocument(store, files, d, got, report, true, raw!))();
  }
}
