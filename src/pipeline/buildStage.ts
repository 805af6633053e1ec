import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MotionView } from '../domain/types.js';
import { renderLetterPage } from '../publish/html/letterPage.js';
import { renderMotionPage } from '../publish/html/motionPage.js';
import { renderJekyllIndex } from '../publish/jekyll/indexPage.js';
import { jekyllFieldsFor, renderJekyllMotionPage } from '../publish/jekyll/motionPage.js';
import { shardOf, summarise, type MotionSummary } from '../publish/model.js';
import { affectedGroups, writeOverviewPages, type LetterEntry } from '../publish/overviewPages.js';
import { closeSearchIndexer, letterSearchRecord, motionSearchRecord, writeSearchShard, type SearchRecord } from '../publish/pagefindIndex.js';
import { SiteWriter } from '../publish/siteWriter.js';
import type { Db, Store } from '../store/db.js';
import { getDocument, getText, listDocuments } from '../store/documentRepo.js';
import { getAnsweringLetters } from '../store/linkRepo.js';
import * as repo from '../store/publishRepo.js';
import { getMotionZaak } from '../store/tkRepo.js';
import { motionRow } from './exportRows.js';
import { loadLetterView, loadMotionView } from './views.js';

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
const RENDER_VERSION = 'site@3';
export const DEFAULT_BASE_URL = 'http://127.0.0.1:8080/';

const hash = (s: string) => createHash('sha256').update(s).digest('base64url').slice(0, 22);

function writerFor(db: Db, dir: string, force: boolean): SiteWriter {
  return new SiteWriter(dir, {
    hashes: repo.getPageHashes(db, dir),
    save: (path, h) => repo.setPageHash(db, dir, path, h),
    remove: (path) => repo.deletePageHash(db, dir, path),
  }, force);
}

/**
 * Publishes the static site (and Jekyll pages), incrementally:
 *  1. a cheap fingerprint of every motion's stored data decides which motions are loaded and rendered again;
 *  2. overview pages, feeds and sitemaps are rendered from the stored summaries, and written only when changed;
 *  3. search shards (one Pagefind index per quarter) and export files are rebuilt only where motions changed.
 */
export async function buildStage(store: Store, options: BuildOptions): Promise<BuildReport> {
  const started = Date.now();
  const db = store.db;
  const force = options.force ?? false;
  const out = resolve(options.out);
  const baseUrl = (options.baseUrl ?? process.env.MOTIEMONITOR_BASE_URL ?? DEFAULT_BASE_URL).replace(/\/?$/, '/');
  // A larger page cache for this connection: the fingerprint queries read every motion's rows each build.
  db.pragma('cache_size = -65536');
  const site = writerFor(db, out, force);
  const jekyll = options.jekyll ? writerFor(db, resolve(options.jekyll), force) : null;

  // 1. Motions: find what changed, render those.
  const previous = repo.getPublishedFingerprints(db);
  let external = repo.externalFingerprints(db);
  const externalOf = (id: string) =>
    external ? (external.get(id) ?? '') : `${JSON.stringify(getMotionZaak(db, id))}|${JSON.stringify(getAnsweringLetters(db, id))}`;
  // Hashed right away: the raw fingerprint strings (imported pages, vote stamps) are large and short-lived.
  const current = [...repo.motionFingerprintRows(db)].map((r) => ({ id: r.id, fingerprint: hash(`${RENDER_VERSION}|${r.fp}|${externalOf(r.id)}`) }));
  external = null;
  let changed = 0;
  // Summaries before and after each change: the overview pages of their groups are rendered again.
  // Past a few thousand changes (a first build, a template change) every group is affected anyway.
  const touched: MotionSummary[] = [];
  let touchedAll = force;
  const touch = (json: string | null) => {
    if (touchedAll || !json) return;
    touched.push(JSON.parse(json) as MotionSummary);
    if (touched.length > 5000) {
      touchedAll = true;
      touched.length = 0;
    }
  };
  const batch = db.transaction((rows: typeof current) => {
    for (const r of rows) {
      const fingerprint = r.fingerprint;
      const htmlPath = `moties/${encodeURIComponent(r.id)}.html`;
      const mdPath = `moties/${r.id}.md`;
      const same = previous.get(r.id)?.fingerprint === fingerprint;
      if (!force && same && site.has(htmlPath) && (!jekyll || jekyll.has(mdPath))) {
        site.unchanged++;
        if (jekyll) jekyll.unchanged++;
        continue;
      }
      const doc = getDocument(db, r.id);
      if (!doc) continue;
      const view = loadMotionView(db, doc);
      site.write(htmlPath, renderMotionPage(view));
      jekyll?.write(mdPath, renderJekyllMotionPage(jekyllFieldsFor(view)));
      if (!same || force) {
        changed++;
        touch(repo.getPublishedSummaryJson(db, r.id));
        touch(savePublished(db, view, fingerprint));
      }
    }
  });
  for (let i = 0; i < current.length; i += 1000) batch(current.slice(i, i + 1000));

  // Motions that are gone (deleted, or no longer a motion): remove their pages.
  const seen = new Set(current.map((r) => r.id));
  let removed = 0;
  db.transaction(() => {
    for (const id of previous.keys()) {
      if (seen.has(id)) continue;
      touch(repo.getPublishedSummaryJson(db, id));
      site.remove(`moties/${encodeURIComponent(id)}.html`);
      jekyll?.remove(`moties/${id}.md`);
      repo.deletePublishedMotion(db, id);
      removed++;
    }
  })();

  // 2. Letters and overview pages, from the stored summaries.
  const letterViews = listDocuments(db, { soort: 'brief' }).map((doc) => loadLetterView(db, doc));
  // The titles of the motions the letters refer to (not of all motions: that means reading every summary).
  const titles = new Map<string, string>();
  for (const view of letterViews) {
    for (const ref of view.references) {
      if (!ref.motieId || titles.has(ref.motieId)) continue;
      const json = repo.getPublishedSummaryJson(db, ref.motieId);
      if (!json) continue;
      const m = JSON.parse(json) as MotionSummary;
      titles.set(m.id, m.onderwerp ?? m.titel ?? m.id);
    }
  }
  const letters: LetterEntry[] = [];
  const letterRecords: SearchRecord[] = [];
  db.transaction(() => {
    for (const view of letterViews) {
      const doc = view.document;
      const titel = doc.onderwerp ?? view.letter?.onderwerp ?? doc.titel ?? 'Brief';
      site.write(`brieven/${encodeURIComponent(doc.id)}.html`, renderLetterPage(view, titles));
      letters.push({ id: doc.id, titel, datum: doc.datum ?? view.letter?.datum ?? null, motions: view.references.filter((r) => r.motieId).length });
      letterRecords.push(letterSearchRecord({ id: doc.id, titel, datum: doc.datum ?? view.letter?.datum ?? null, tekst: view.text?.text ?? '', summary: view.summary }));
    }
  })();

  // 3. Search shards and export files per year, rebuilt where their motions changed.
  const shardHashes = shardFingerprints(db);
  if (letterRecords.length) shardHashes.set('brieven', hash(JSON.stringify(letterRecords)));
  const shards = [...shardHashes.keys()].sort().reverse();
  // Pagefind indexes in its own process: the overview pages are rendered meanwhile.
  const shardsDone = options.searchIndex === false ? Promise.resolve([]) : writeShards(db, site, out, shardHashes, letterRecords, force);

  // The overview pages are made of the summaries (fingerprinted per shard), the letters, the base URL and the
  // templates: when none of these changed and every overview file is still there, they are not rendered again
  // (reading and grouping 60,000 summaries costs seconds).
  const overviewKey = hash(JSON.stringify([RENDER_VERSION, baseUrl, !!jekyll, [...shardHashes].sort(), letters]));
  const overviewPaths = site.known('').filter(isOverviewPath);
  const overviewCurrent = !force && changed === 0 && removed === 0 && overviewPaths.length > 0 &&
    repo.getBuildState(db, out, 'overview') === overviewKey &&
    overviewPaths.every((p) => site.has(p)) && (!jekyll || jekyll.has('index.md'));
  let motionCount: number;
  if (overviewCurrent) {
    motionCount = repo.countPublished(db);
    site.unchanged += overviewPaths.length;
    if (jekyll) jekyll.unchanged++;
  } else {
    repo.setBuildState(db, out, 'overview', null);
    const motions = [...repo.publishedSummaries(db)].map((s) => JSON.parse(s) as MotionSummary);
    motionCount = motions.length;
    db.transaction(() => {
      writeOverviewPages(site, { motions, letters, shards, baseUrl, affected: touchedAll ? 'all' : affectedGroups(touched) });
      if (jekyll) {
        jekyll.write('index.md', renderJekyllIndex(motions.map((m) => ({ id: m.id, onderwerp: m.onderwerp ?? m.titel ?? m.id, implicatie: m.implicatie ?? '', pdfUrl: m.bronUrl ?? '', datum: m.datum }))));
      }
    })();
  }
  const rebuilt = await shardsDone;

  await site.flush();
  await jekyll?.flush();
  // Only once every page is on disk: a failed build renders the overviews again next time.
  if (!overviewCurrent) repo.setBuildState(db, out, 'overview', overviewKey);
  return {
    pagesWritten: site.written,
    pagesUnchanged: site.unchanged,
    out,
    motions: motionCount,
    motionsChanged: changed,
    motionsRemoved: removed,
    searchShardsRebuilt: rebuilt,
    jekyll: jekyll ? { out: jekyll.outDir, pagesWritten: jekyll.written, pagesUnchanged: jekyll.unchanged } : null,
    seconds: (Date.now() - started) / 1000,
  };
}

/** Pages written by writeOverviewPages (not motion or letter pages, nor the export files of the shards). */
function isOverviewPath(path: string): boolean {
  if (path.startsWith('moties/') || path.startsWith('data/')) return false;
  return !path.startsWith('brieven/') || path === 'brieven/index.html';
}

/** Stores what the overviews and the export need of a motion; returns the summary JSON. */
function savePublished(db: Db, view: MotionView, fingerprint: string): string {
  const summary = summarise(view);
  const summaryJson = JSON.stringify(summary);
  repo.savePublishedMotion(db, {
    id: view.document.id,
    fingerprint,
    shard: shardOf(summary.datum),
    datum: summary.datum,
    summaryJson,
    rowJson: JSON.stringify(motionRow(view)),
    facets: motionSearchRecord(summary, '').filters,
  });
  return summaryJson;
}

/** The fingerprint of each quarter's motions: its search shard and export are rebuilt when it changes. */
function shardFingerprints(db: Db): Map<string, string> {
  const acc = new Map<string, ReturnType<typeof createHash>>();
  for (const r of db.prepare('SELECT shard, document_id, fingerprint FROM publish_motions ORDER BY shard, document_id').iterate() as Iterable<{ shard: string; document_id: string; fingerprint: string }>) {
    let h = acc.get(r.shard);
    if (!h) acc.set(r.shard, (h = createHash('sha256')));
    h.update(`${r.document_id}:${r.fingerprint};`);
  }
  return new Map([...acc].map(([k, h]) => [k, h.digest('base64url').slice(0, 22)]));
}

async function writeShards(db: Db, site: SiteWriter, out: string, wanted: Map<string, string>, letters: SearchRecord[], force: boolean): Promise<string[]> {
  const stored = repo.getShardHashes(db, out);
  const rebuilt: string[] = [];
  const writing: Promise<void>[] = [];
  try {
    for (const [shard, h] of wanted) {
      const dir = join(out, 'zoekindex', shard);
      if (!force && stored.get(shard) === h && existsSync(join(dir, 'pagefind.js'))) continue;
      // Pagefind writes one shard while we feed it the next.
      if (shard === 'brieven') {
        writing.push((await writeSearchShard(dir, letters)).written);
      } else {
        writing.push((await writeSearchShard(dir, motionRecords(db, shard))).written);
        // The JSON export of the quarter: one motion per line inside a JSON array (valid JSON, easy to stream).
        const rows = [...repo.publishedRows(db, shard)];
        site.write(`data/moties-${shard}.json`, `[\n${rows.join(',\n')}\n]\n`);
      }
      rebuilt.push(shard);
    }
    await Promise.all(writing);
    // Only now that every shard is on disk: a failed write leaves its old hash, so the next build retries it.
    for (const shard of rebuilt) repo.setShardHash(db, out, shard, wanted.get(shard)!);
    for (const shard of stored.keys()) {
      if (wanted.has(shard)) continue;
      site.remove(`data/moties-${shard}.json`);
      rmSync(join(out, 'zoekindex', shard), { recursive: true, force: true });
      repo.setShardHash(db, out, shard, null);
    }
    site.write('data/index.json', JSON.stringify({
      beschrijving: 'Alle moties als JSON, één bestand per kwartaal; elk bestand is een array met één motie per regel (zelfde velden als `motiemonitor export`).',
      bestanden: repo.publishedShards(db).map((s) => ({ kwartaal: s.shard, moties: s.count, pad: `moties-${s.shard}.json` })),
    }, null, 1) + '\n');
  } finally {
    if (rebuilt.length) await closeSearchIndexer();
  }
  return rebuilt;
}

function* motionRecords(db: Db, shard: string): Generator<SearchRecord> {
  const summaries = [...repo.publishedSummaries(db, shard)].map((s) => JSON.parse(s) as MotionSummary);
  for (const m of summaries) yield motionSearchRecord(m, getText(db, m.id)?.text ?? '');
}
