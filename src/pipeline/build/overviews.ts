import { renderJekyllIndex } from '../../publish/jekyll/indexPage.js';
import type { MotionSummary } from '../../publish/model.js';
import { writeOverviewPages, type LetterEntry } from '../../publish/overviewPages.js';
import { isToezeggingPath } from '../../publish/toezeggingen/writeSite.js';
import type { Db } from '../../store/db.js';
import * as repo from '../../store/publishRepo.js';
import { shortHash } from '../../domain/hash.js';
import type { BuildContext } from './context.js';

/** What the overview pages are made of, besides the summaries. */
export interface OverviewInputs {
  renderVersion: string;
  /** The hash of every search shard (the motions' quarters fingerprint their summaries). */
  shardHashes: Map<string, string>;
  letters: LetterEntry[];
  /** The toezeggingen's pages (the sitemap lists them) and the ministeries (the search page's filter). */
  toezeggingen: { paths: string[]; ministeries: string[] };
  /** No motion changed or went since the last build. */
  motionsCurrent: boolean;
  affected: Parameters<typeof writeOverviewPages>[1]['affected'];
  /** The summaries, when the build read them all already. */
  summaries: MotionSummary[] | null;
}

/**
 * The overview pages are made of the summaries (fingerprinted per shard), the letters, the base URL and the
 * templates: when none of these changed and every overview file is still there, they are not rendered again
 * (reading and grouping 60,000 summaries costs seconds). Returns the motion count, and the key to store once the
 * pages are on disk (null when nothing was rendered).
 */
export function writeOverviews(ctx: BuildContext, o: OverviewInputs): { motions: number; key: string | null } {
  const { db, site, jekyll } = ctx;
  const key = shortHash(JSON.stringify([o.renderVersion, ctx.baseUrl, !!jekyll, [...o.shardHashes].sort(), o.letters, o.toezeggingen.paths, o.toezeggingen.ministeries]));
  const paths = site.known('').filter(isOverviewPath);
  const current = !ctx.force && o.motionsCurrent && paths.length > 0 && repo.getBuildState(db, site.outDir, 'overview') === key &&
    paths.every((p) => site.has(p)) && (!jekyll || jekyll.has('index.md'));
  if (current) {
    site.unchanged += paths.length;
    if (jekyll) jekyll.unchanged++;
    return { motions: repo.countPublished(db), key: null };
  }
  repo.setBuildState(db, site.outDir, 'overview', null);
  const motions = o.summaries ?? loadSummaries(db);
  const shards = [...o.shardHashes.keys()].sort().reverse();
  db.transaction(() => {
    writeOverviewPages(site, {
      letters: o.letters, shards, baseUrl: ctx.baseUrl, affected: o.affected, extraUrls: o.toezeggingen.paths, ministeries: o.toezeggingen.ministeries, motions,
    });
    if (jekyll) {
      jekyll.write('index.md', renderJekyllIndex(motions.map((m) => ({ id: m.id, onderwerp: m.onderwerp ?? m.titel ?? m.id, implicatie: m.implicatie ?? '', pdfUrl: m.bronUrl ?? '', datum: m.datum }))));
    }
  })();
  return { motions: motions.length, key };
}

/** Once every page is on disk: a build that failed before renders the overviews again next time. */
export function markOverviewsWritten(ctx: BuildContext, key: string | null): void {
  if (key) repo.setBuildState(ctx.db, ctx.out, 'overview', key);
}

/** Pages written by writeOverviewPages (not motion or letter pages, nor the export files of the shards). */
function isOverviewPath(path: string): boolean {
  if (path.startsWith('moties/') || path.startsWith('data/') || isToezeggingPath(path)) return false;
  return !path.startsWith('brieven/') || path === 'brieven/index.html';
}

/** Every published summary, newest first. */
export function loadSummaries(db: Db): MotionSummary[] {
  return [...repo.publishedSummaries(db)].map((s) => JSON.parse(s) as MotionSummary);
}
