import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderLetterPage } from '../publish/html/letterPage.js';
import { renderMotionPage } from '../publish/html/motionPage.js';
import { renderJekyllIndex } from '../publish/jekyll/indexPage.js';
import { jekyllFieldsFor, renderJekyllMotionPage } from '../publish/jekyll/motionPage.js';
import { summarise, type MotionSummary } from '../publish/model.js';
import { affectedGroups, writeOverviewPages, type LetterEntry } from '../publish/overviewPages.js';
import { closeSearchIndexer, letterSearchRecord, motionFacets, motionSearchRecord, motionSearchText, SearchShard, type SearchRecord } from '../publish/pagefindIndex.js';
import { SiteWriter } from '../publish/siteWriter.js';
import type { Db, Store } from '../store/db.js';
import { getDocument, listDocuments } from '../store/documentRepo.js';
import * as repo from '../store/publishRepo.js';
import { motionRow } from './exportRows.js';
import { shortHash as hash } from '../domain/hash.js';
import { planBuild, type PlannedMotion } from './buildPlan.js';
import { loadLetterView, loadMotionView, loadToezeggingEntries } from './views.js';
import { isToezeggingPath, writeToezeggingSite } from '../publish/toezeggingen/writeSite.js';
import { adoptedMotionFacts } from '../store/toezeggingRepo.js';

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
/** Motions rendered between two pauses in which the records queued for Pagefind reach its process. */
const BATCH = 100;
/**
 * Records sent to Pagefind and not yet indexed, at most: beyond it the build waits (memory stays flat). Enough for
 * the rendering to run a few seconds ahead, so that the work after the last motion overlaps Pagefind's backlog.
 */
const MAX_QUEUED_RECORDS = 5000;
/** Past this many changed motions the search filter values are rebuilt in one sorted pass (repo.rebuildFacets). */
const BULK_CHANGES = 5000;
export const DEFAULT_BASE_URL = 'http://127.0.0.1:8080/';

function writerFor(db: Db, dir: string, force: boolean): SiteWriter {
  return new SiteWriter(dir, {
    hashes: repo.getPageHashes(db, dir),
    save: (path, h) => repo.setPageHash(db, dir, path, h),
    remove: (path) => repo.deletePageHash(db, dir, path),
  }, force);
}

/**
 * Publishes the static site (and Jekyll pages), incrementally:
 *  1. a cheap fingerprint of every motion's stored data decides which motions are rendered again and which
 *     quarters ("shards": a search index and an export file each) are rebuilt;
 *  2. quarter by quarter, the motions are loaded and rendered, and the records of a rebuilt quarter are streamed to
 *     Pagefind, which indexes in its own process on the other core meanwhile;
 *  3. letters, overview pages, feeds and sitemaps are rendered from the stored summaries, written only when changed.
 */
export async function buildStage(store: Store, options: BuildOptions): Promise<BuildReport> {
  const started = Date.now();
  const db = store.db;
  const force = options.force ?? false;
  const out = resolve(options.out);
  const baseUrl = (options.baseUrl ?? process.env.MOTIEMONITOR_BASE_URL ?? DEFAULT_BASE_URL).replace(/\/?$/, '/');
  // A larger page cache for this connection: the fingerprint queries read every motion's rows each build, and the
  // publish tables' pages stay in it until the one commit of the motions.
  db.pragma('cache_size = -131072');
  const site = writerFor(db, out, force);
  const jekyll = options.jekyll ? writerFor(db, resolve(options.jekyll), force) : null;
  const indexing = options.searchIndex !== false;

  // 1. What changed.
  const plan = planBuild(db, {
    renderVersion: RENDER_VERSION,
    force,
    pagesPresent: (id) => site.has(motionHtmlPath(id)) && (!jekyll || jekyll.has(`moties/${id}.md`)),
  });
  const storedShards = repo.getShardHashes(db, out);
  const reindex = (shard: string, hash: string | undefined) =>
    indexing && (force || storedShards.get(shard) !== hash || !existsSync(join(out, 'zoekindex', shard, 'pagefind.js')));

  // 2. Motions, quarter by quarter.
  // Thousands of changes (a first build, a template change): the search filter values are rebuilt in one pass.
  const bulk = force || [...plan.shards.values()].reduce((n, list) => n + list.filter((m) => m.changed).length, 0) > BULK_CHANGES;
  // Summaries before and after each change: the overview pages of their groups are rendered again.
  // Past a few thousand changes (a first build, a template change) every group is affected anyway.
  const touched: MotionSummary[] = [];
  let touchedAll = bulk;
  const touch = (json: string | null) => {
    if (touchedAll || !json) return;
    touched.push(JSON.parse(json) as MotionSummary);
    if (touched.length > BULK_CHANGES) {
      touchedAll = true;
      touched.length = 0;
    }
  };
  const touchStored = (id: string) => {
    if (!touchedAll) touch(repo.getPublishedSummaryJson(db, id));
  };

  let summaries: MotionSummary[] | null = null;
  let changed = 0;
  const rebuilt: string[] = [];
  const writing: Promise<void>[] = [];
  try {
    // One transaction for all motions, held across the pauses below (nothing else uses this connection meanwhile):
    // the publish tables are keyed by document id, so every commit rewrote pages all over their indexes, and
    // committing per quarter cost 10 s of a 60,000-motion build. After a crash the next build starts over.
    db.exec('BEGIN');
    try {
      for (const [shard, motions] of plan.shards) {
        const index = reindex(shard, plan.shardHashes.get(shard)) ? await SearchShard.open() : null;
        // A quarter whose index is current has no changed motion: only pages that went missing are rendered.
        const todo = index ? motions : motions.filter((m) => m.render);
        site.unchanged += motions.length - todo.length;
        if (jekyll) jekyll.unchanged += motions.length - todo.length;
        const exportRows: string[] = [];
        for (let i = 0; i < todo.length; i += BATCH) {
          for (const m of todo.slice(i, i + BATCH)) {
            const doc = getDocument(db, m.id);
            if (!doc) continue;
            const view = loadMotionView(db, doc);
            const summary = summarise(view);
            if (m.render) {
              site.write(motionHtmlPath(m.id), renderMotionPage(view));
              jekyll?.write(`moties/${m.id}.md`, renderJekyllMotionPage(jekyllFieldsFor(view)));
            } else {
              site.unchanged++;
              if (jekyll) jekyll.unchanged++;
            }
            if (m.changed) {
              changed++;
              touchStored(m.id);
              touch(savePublished(db, m, shard, summary, !bulk));
            }
            if (index) {
              index.add(motionSearchRecord(summary, motionSearchText(view.parsed, view.text?.text ?? '')));
              exportRows.push(JSON.stringify(motionRow(view)));
            }
          }
          await index?.settle(MAX_QUEUED_RECORDS);
          // Lets the records queued above flow to the Pagefind process.
          await new Promise((r) => setImmediate(r));
        }
        if (!index) continue;
        writing.push(index.write(join(out, 'zoekindex', shard)));
        // The JSON export of the quarter: one motion per line inside a JSON array (valid JSON, easy to stream).
        site.write(`data/moties-${shard}.json`, `[\n${exportRows.join(',\n')}\n]\n`);
        rebuilt.push(shard);
      }

      // Motions that are gone (deleted, or no longer a motion): remove their pages.
      for (const id of plan.removed) {
        touchStored(id);
        site.remove(motionHtmlPath(id));
        jekyll?.remove(`moties/${id}.md`);
        repo.deletePublishedMotion(db, id);
      }
      if (bulk) {
        summaries = loadSummaries(db);
        repo.rebuildFacets(db, summaries.map((m) => ({ id: m.id, facets: motionFacets(m) })));
      }
      db.exec('COMMIT');
    } finally {
      if (db.inTransaction) db.exec('ROLLBACK');
    }

    // 3. Letters (and their search index) and the overview pages, from the stored summaries.
    const letters = writeLetters(db, site);
    const shardHashes = new Map(plan.shardHashes);
    if (letters.records.length) {
      shardHashes.set('brieven', hash(JSON.stringify(letters.records)));
      if (reindex('brieven', shardHashes.get('brieven'))) {
        const index = await SearchShard.open();
        for (const r of letters.records) index.add(r);
        writing.push(index.write(join(out, 'zoekindex', 'brieven')));
        rebuilt.push('brieven');
      }
    }
    // Toezeggingen (issue 15): their pages, lists, dashboard and feeds, after the motions' summaries are stored.
    const tz = writeToezeggingSite(site, { entries: loadToezeggingEntries(db), motions: adoptedMotionFacts(db), today: todayOf(options.today), baseUrl });
    if (tz.records.length) {
      shardHashes.set('toezeggingen', hash(JSON.stringify(tz.records)));
      if (reindex('toezeggingen', shardHashes.get('toezeggingen'))) {
        const index = await SearchShard.open();
        for (const r of tz.records) index.add(r);
        writing.push(index.write(join(out, 'zoekindex', 'toezeggingen')));
        rebuilt.push('toezeggingen');
      }
    }
    const shards = [...shardHashes.keys()].sort().reverse();
    const overview = writeOverviews(db, site, jekyll, {
      key: hash(JSON.stringify([RENDER_VERSION, baseUrl, !!jekyll, [...shardHashes].sort(), letters.entries, tz.paths, tz.figures.ministeries.map((m) => m.naam)])),
      current: !force && changed === 0 && plan.removed.length === 0,
      render: { letters: letters.entries, shards, baseUrl, affected: touchedAll ? 'all' : affectedGroups(touched), extraUrls: tz.paths, ministeries: tz.figures.ministeries.map((m) => m.naam) },
      summaries,
    });

    await Promise.all(writing);
    // Only now that every index is on disk: a failed write leaves the old hash, so the next build retries it.
    for (const shard of rebuilt) repo.setShardHash(db, out, shard, shardHashes.get(shard)!);
    if (indexing) {
      for (const shard of storedShards.keys()) {
        if (shardHashes.has(shard)) continue;
        site.remove(`data/moties-${shard}.json`);
        rmSync(join(out, 'zoekindex', shard), { recursive: true, force: true });
        repo.setShardHash(db, out, shard, null);
      }
    }
    site.write('data/index.json', JSON.stringify({
      beschrijving: 'Alle moties als JSON, één bestand per kwartaal; elk bestand is een array met één motie per regel (zelfde velden als `motiemonitor export`).',
      bestanden: repo.publishedShards(db).map((s) => ({ kwartaal: s.shard, moties: s.count, pad: `moties-${s.shard}.json` })),
    }, null, 1) + '\n');
    await site.flush();
    await jekyll?.flush();
    // Only once every page is on disk: a failed build renders the overviews again next time.
    if (overview.key) repo.setBuildState(db, out, 'overview', overview.key);
    return {
      pagesWritten: site.written,
      pagesUnchanged: site.unchanged,
      out,
      motions: overview.motions,
      motionsChanged: changed,
      motionsRemoved: plan.removed.length,
      searchShardsRebuilt: rebuilt,
      jekyll: jekyll ? { out: jekyll.outDir, pagesWritten: jekyll.written, pagesUnchanged: jekyll.unchanged } : null,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    // Pagefind runs until every index is written (or the build failed): then its process is stopped.
    await Promise.allSettled(writing);
    if (indexing) await closeSearchIndexer();
  }
}

/** YYYY-MM-DD: the option, else MOTIEMONITOR_TODAY, else today in Amsterdam (the build date). */
export function todayOf(option: string | undefined): string {
  const v = option ?? process.env.MOTIEMONITOR_TODAY;
  if (v !== undefined && v !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) throw new Error(`today must be a day as YYYY-MM-DD, not "${v}"`);
    return v;
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

const motionHtmlPath = (id: string) => `moties/${encodeURIComponent(id)}.html`;

/** Renders every letter page; returns the overview entries and search records of the letters. */
function writeLetters(db: Db, site: SiteWriter): { entries: LetterEntry[]; records: SearchRecord[] } {
  const views = listDocuments(db, { soort: 'brief' }).map((doc) => loadLetterView(db, doc));
  // The titles of the motions the letters refer to (not of all motions: that means reading every summary).
  const titles = new Map<string, string>();
  for (const view of views) {
    for (const ref of view.references) {
      if (!ref.motieId || titles.has(ref.motieId)) continue;
      const json = repo.getPublishedSummaryJson(db, ref.motieId);
      if (!json) continue;
      const m = JSON.parse(json) as MotionSummary;
      titles.set(m.id, m.onderwerp ?? m.titel ?? m.id);
    }
  }
  const entries: LetterEntry[] = [];
  const records: SearchRecord[] = [];
  db.transaction(() => {
    for (const view of views) {
      const doc = view.document;
      const titel = doc.onderwerp ?? view.letter?.onderwerp ?? doc.titel ?? 'Brief';
      const datum = doc.datum ?? view.letter?.datum ?? null;
      site.write(`brieven/${encodeURIComponent(doc.id)}.html`, renderLetterPage(view, titles));
      entries.push({ id: doc.id, titel, datum, motions: view.references.filter((r) => r.motieId).length });
      records.push(letterSearchRecord({ id: doc.id, titel, datum, tekst: view.text?.text ?? '', summary: view.summary }));
    }
  })();
  return { entries, records };
}

/**
 * The overview pages are made of the summaries (fingerprinted per shard), the letters, the base URL and the
 * templates: when none of these changed and every overview file is still there, they are not rendered again
 * (reading and grouping 60,000 summaries costs seconds). Returns the motion count, and the key to store once the
 * pages are on disk (null when nothing was rendered).
 */
function writeOverviews(
  db: Db,
  site: SiteWriter,
  jekyll: SiteWriter | null,
  o: { key: string; current: boolean; render: Omit<Parameters<typeof writeOverviewPages>[1], 'motions'>; summaries: MotionSummary[] | null },
): { motions: number; key: string | null } {
  const paths = site.known('').filter(isOverviewPath);
  const current = o.current && paths.length > 0 && repo.getBuildState(db, site.outDir, 'overview') === o.key &&
    paths.every((p) => site.has(p)) && (!jekyll || jekyll.has('index.md'));
  if (current) {
    site.unchanged += paths.length;
    if (jekyll) jekyll.unchanged++;
    return { motions: repo.countPublished(db), key: null };
  }
  repo.setBuildState(db, site.outDir, 'overview', null);
  const motions = o.summaries ?? loadSummaries(db);
  db.transaction(() => {
    writeOverviewPages(site, { ...o.render, motions });
    if (jekyll) {
      jekyll.write('index.md', renderJekyllIndex(motions.map((m) => ({ id: m.id, onderwerp: m.onderwerp ?? m.titel ?? m.id, implicatie: m.implicatie ?? '', pdfUrl: m.bronUrl ?? '', datum: m.datum }))));
    }
  })();
  return { motions: motions.length, key: o.key };
}

/** Pages written by writeOverviewPages (not motion or letter pages, nor the export files of the shards). */
function isOverviewPath(path: string): boolean {
  if (path.startsWith('moties/') || path.startsWith('data/') || isToezeggingPath(path)) return false;
  return !path.startsWith('brieven/') || path === 'brieven/index.html';
}

/** Stores what the overviews and the search API need of a motion (its filter values unless rebuilt in bulk); returns the summary JSON. */
function savePublished(db: Db, m: PlannedMotion, shard: string, summary: MotionSummary, facets: boolean): string {
  const summaryJson = JSON.stringify(summary);
  repo.savePublishedMotion(db, { id: m.id, fingerprint: m.fingerprint, shard, datum: summary.datum, summaryJson, facets: facets ? motionFacets(summary) : null });
  return summaryJson;
}

/** Every published summary, newest first. */
function loadSummaries(db: Db): MotionSummary[] {
  return [...repo.publishedSummaries(db)].map((s) => JSON.parse(s) as MotionSummary);
}
