import { renderMotionPage } from '../../publish/html/motionPage.js';
import { jekyllFieldsFor, renderJekyllMotionPage } from '../../publish/jekyll/motionPage.js';
import { summarise, type MotionSummary } from '../../publish/model.js';
import { motionFacets, motionSearchRecord, motionSearchText, type SearchShard } from '../../publish/pagefindIndex.js';
import { getDocument } from '../../store/documentRepo.js';
import * as repo from '../../store/publishRepo.js';
import type { BuildPlan, PlannedMotion } from '../buildPlan.js';
import { motionRow } from '../exportRows.js';
import { loadMotionView } from '../views.js';
import { countUnchanged, type BuildContext } from './context.js';
import { writeShardExport } from './exportFiles.js';
import { loadSummaries } from './overviews.js';
import type { SearchShards } from './searchShards.js';
import { TouchedGroups } from './touchedGroups.js';

/** Motions rendered between two pauses in which the records queued for Pagefind reach its process. */
const BATCH = 100;
/**
 * Records sent to Pagefind and not yet indexed, at most: beyond it the build waits (memory stays flat). Enough for
 * the rendering to run a few seconds ahead, so that the work after the last motion overlaps Pagefind's backlog.
 */
const MAX_QUEUED_RECORDS = 5000;
/** Past this many changed motions the search filter values are rebuilt in one sorted pass (repo.rebuildFacets). */
const BULK_CHANGES = 5000;

const motionHtmlPath = (id: string) => `moties/${encodeURIComponent(id)}.html`;
const motionJekyllPath = (id: string) => `moties/${id}.md`;

/** Whether a motion's pages are on disk (a missing one is rendered again, changed or not). */
export const motionPagesPresent = ({ site, jekyll }: BuildContext) => (id: string): boolean =>
  site.has(motionHtmlPath(id)) && (!jekyll || jekyll.has(motionJekyllPath(id)));

export interface PublishedMotions {
  /** Motions whose data changed. */
  changed: number;
  /** The overview groups those changes touched. */
  touched: TouchedGroups;
  /** Every published summary, when the build read them all (a bulk change); else null. */
  summaries: MotionSummary[] | null;
}

/** What the motions of one quarter are published with. */
interface ShardWork {
  shard: string;
  /** The quarter's new search index, when it is indexed again; then every motion gives a record and an export row. */
  index: SearchShard | null;
  exportRows: string[];
  touched: TouchedGroups;
  /** Store each changed motion's filter values (false when they are rebuilt in one pass at the end). */
  facets: boolean;
}

/**
 * The motions, quarter by quarter: pages rendered, summaries stored, the records of a rebuilt quarter streamed to
 * Pagefind (which indexes in its own process on the other core meanwhile); then the pages of motions that are gone
 * are removed. One transaction for all motions, held across the pauses for Pagefind (nothing else uses this
 * connection meanwhile): the publish tables are keyed by document id, so every commit rewrote pages all over their
 * indexes, and committing per quarter cost 10 s of a 60,000-motion build. After a crash the next build starts over.
 */
export async function publishMotions(ctx: BuildContext, plan: BuildPlan, search: SearchShards): Promise<PublishedMotions> {
  const { db } = ctx;
  // Thousands of changes (a first build, a template change): the search filter values are rebuilt in one pass,
  // and every overview group is affected anyway.
  const bulk = ctx.force || [...plan.shards.values()].reduce((n, list) => n + list.filter((m) => m.changed).length, 0) > BULK_CHANGES;
  const touched = new TouchedGroups(BULK_CHANGES, bulk);
  let changed = 0;
  let summaries: MotionSummary[] | null = null;
  db.exec('BEGIN');
  try {
    for (const [shard, motions] of plan.shards) {
      changed += await publishShard(ctx, search, motions, { shard, index: await search.open(shard), exportRows: [], touched, facets: !bulk });
    }
    removeMotions(ctx, plan.removed, touched);
    if (bulk) {
      summaries = loadSummaries(db);
      repo.rebuildFacets(db, summaries.map((m) => ({ id: m.id, facets: motionFacets(m) })));
    }
    db.exec('COMMIT');
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
  return { changed, touched, summaries };
}

/**
 * One quarter. A quarter whose index is current has no changed motion: only pages that went missing are rendered.
 * Returns the number of motions whose data changed.
 */
async function publishShard(ctx: BuildContext, search: SearchShards, motions: PlannedMotion[], work: ShardWork): Promise<number> {
  const { index } = work;
  const todo = index ? motions : motions.filter((m) => m.render);
  countUnchanged(ctx, motions.length - todo.length);
  let changed = 0;
  for (let i = 0; i < todo.length; i += BATCH) {
    for (const m of todo.slice(i, i + BATCH)) if (publishMotion(ctx, m, work)) changed++;
    await index?.settle(MAX_QUEUED_RECORDS);
    // Lets the records queued above flow to the Pagefind process.
    await new Promise((r) => setImmediate(r));
  }
  if (index) {
    search.write(work.shard, index);
    writeShardExport(ctx.site, work.shard, work.exportRows);
  }
  return changed;
}

/**
 * One motion: its pages when they are to be rendered, its published summary when its data changed, its search record
 * and export row when its quarter is indexed again. Returns whether its data changed.
 */
function publishMotion(ctx: BuildContext, m: PlannedMotion, work: ShardWork): boolean {
  const { db, site, jekyll } = ctx;
  const doc = getDocument(db, m.id);
  if (!doc) return false;
  const view = loadMotionView(db, doc);
  const summary = summarise(view);
  if (m.render) {
    site.write(motionHtmlPath(m.id), renderMotionPage(view));
    jekyll?.write(motionJekyllPath(m.id), renderJekyllMotionPage(jekyllFieldsFor(view)));
  } else {
    countUnchanged(ctx, 1);
  }
  if (m.changed) {
    work.touched.addStored(db, m.id);
    work.touched.add(savePublished(ctx, m, work.shard, summary, work.facets));
  }
  if (work.index) {
    work.index.add(motionSearchRecord(summary, motionSearchText(view.parsed, view.text?.text ?? '')));
    work.exportRows.push(JSON.stringify(motionRow(view)));
  }
  return m.changed;
}

/** Stores what the overviews and the search API need of a motion (its filter values unless rebuilt in bulk); returns the summary JSON. */
function savePublished({ db }: BuildContext, m: PlannedMotion, shard: string, summary: MotionSummary, facets: boolean): string {
  const summaryJson = JSON.stringify(summary);
  repo.savePublishedMotion(db, { id: m.id, fingerprint: m.fingerprint, shard, datum: summary.datum, summaryJson, facets: facets ? motionFacets(summary) : null });
  return summaryJson;
}

/** Motions that are gone (deleted, or no longer a motion): their pages removed, and their published row. */
function removeMotions(ctx: BuildContext, ids: string[], touched: TouchedGroups): void {
  for (const id of ids) {
    touched.addStored(ctx.db, id);
    ctx.site.remove(motionHtmlPath(id));
    ctx.jekyll?.remove(motionJekyllPath(id));
    repo.deletePublishedMotion(ctx.db, id);
  }
}
