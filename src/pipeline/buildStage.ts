import type { Store } from '../store/db.js';
import { adoptedMotionFacts } from '../store/toezeggingRepo.js';
import { writeToezeggingSite } from '../publish/toezeggingen/writeSite.js';
import { planBuild } from './buildPlan.js';
import { flushPages, openBuild, todayOf, type BuildContext } from './build/context.js';
import { removeShardExport, writeExportIndex } from './build/exportFiles.js';
import { writeLetters } from './build/letters.js';
import { motionPagesPresent, publishMotions } from './build/motions.js';
import { markOverviewsWritten, writeOverviews } from './build/overviews.js';
import { SearchShards } from './build/searchShards.js';
import { loadToezeggingEntries } from './views.js';

export interface BuildOptions {
  /** HTML site folder. */
  out: string;
  /** Jekyll pages folder (DIR/moties/<id>.md and DIR/index.md), when wanted. */
  jekyll?: string | null;
  force?: boolean;
  /** Absolute URL the site will be served at (Atom feeds and sitemaps need absolute links). */
  baseUrl?: string;
  /** Skip the search index (tests of page content that do not need it). */
  searchIndex?: boolean;
  /**
   * The day the toezeggingen are judged on (YYYY-MM-DD: overdue = open with a deadline before it). Default:
   * MOTIEMONITOR_TODAY, else the build's date in Amsterdam. Tests set it: no test reads the clock.
   */
  today?: string;
}

export interface BuildReport {
  pagesWritten: number;
  pagesUnchanged: number;
  out: string;
  motions: number;
  /** Motions whose data changed since the last build (their pages were re-rendered, maybe to the same bytes). */
  motionsChanged: number;
  motionsRemoved: number;
  searchShardsRebuilt: string[];
  jekyll: { out: string; pagesWritten: number; pagesUnchanged: number } | null;
  seconds: number;
}

/**
 * Bump when templates change, so that every page is rendered again on the next build.
 * (The fingerprint of a motion is its stored data plus this version.)
 */
/** site@4 (issue 13): summaries as short sentences with the reason apart, a Begrippen block, the glossary page. */
/** site@5 (issue 15): toezeggingen on motion pages, navigation to toezeggingen and "Wat werd ervan", summary fields for the dashboard. */
const RENDER_VERSION = 'site@5';
export const DEFAULT_BASE_URL = 'http://127.0.0.1:8080/';

/**
 * Publishes the static site (and Jekyll pages), incrementally:
 *  1. a cheap fingerprint of every motion's stored data decides which motions are rendered again and which
 *     quarters ("shards": a search index and an export file each) are rebuilt;
 *  2. quarter by quarter, the motions are loaded and rendered, and the records of a rebuilt quarter are streamed to
 *     Pagefind, which indexes in its own process on the other core meanwhile;
 *  3. letters, toezeggingen, overview pages, feeds and sitemaps are rendered from the stored summaries, written only
 *     when changed;
 *  4. once the search indexes are on disk their hashes are stored, and the shards that are gone removed.
 */
export async function buildStage(store: Store, options: BuildOptions): Promise<BuildReport> {
  const started = Date.now();
  const ctx = openBuild(store.db, { ...options, defaultBaseUrl: DEFAULT_BASE_URL });
  const plan = planBuild(ctx.db, { renderVersion: RENDER_VERSION, force: ctx.force, pagesPresent: motionPagesPresent(ctx) });
  const search = new SearchShards(ctx.db, ctx.out, { enabled: options.searchIndex !== false, force: ctx.force, planned: plan.shardHashes });
  try {
    const motions = await publishMotions(ctx, plan, search);
    const letters = writeLetters(ctx);
    await search.addPart('brieven', letters.records);
    // Toezeggingen (issue 15): their pages, lists, dashboard and feeds, after the motions' summaries are stored.
    const tz = writeToezeggingSite(ctx.site, { entries: loadToezeggingEntries(ctx.db), motions: adoptedMotionFacts(ctx.db), today: todayOf(options.today), baseUrl: ctx.baseUrl });
    await search.addPart('toezeggingen', tz.records);
    const overview = writeOverviews(ctx, {
      renderVersion: RENDER_VERSION,
      shardHashes: search.hashes,
      letters: letters.entries,
      toezeggingen: { paths: tz.paths, ministeries: tz.figures.ministeries.map((m) => m.naam) },
      motionsCurrent: motions.changed === 0 && plan.removed.length === 0,
      affected: motions.touched.affected(),
      summaries: motions.summaries,
    });
    for (const shard of await search.commit()) removeShardExport(ctx.site, shard);
    writeExportIndex(ctx.db, ctx.site);
    await flushPages(ctx);
    markOverviewsWritten(ctx, overview.key);
    return report(ctx, { started, motions: overview.motions, changed: motions.changed, removed: plan.removed.length, rebuilt: search.rebuilt });
  } finally {
    await search.close();
  }
}

function report(ctx: BuildContext, r: { started: number; motions: number; changed: number; removed: number; rebuilt: string[] }): BuildReport {
  const { site, jekyll } = ctx;
  return {
    pagesWritten: site.written,
    pagesUnchanged: site.unchanged,
    out: ctx.out,
    motions: r.motions,
    motionsChanged: r.changed,
    motionsRemoved: r.removed,
    searchShardsRebuilt: r.rebuilt,
    jekyll: jekyll ? { out: jekyll.outDir, pagesWritten: jekyll.written, pagesUnchanged: jekyll.unchanged } : null,
    seconds: (Date.now() - r.started) / 1000,
  };
}
