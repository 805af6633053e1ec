import { resolve } from 'node:path';
import { SiteWriter } from '../../publish/siteWriter.js';
import type { Db } from '../../store/db.js';
import * as repo from '../../store/publishRepo.js';

/** What every step of a build works with: the store, the writers of the site (and of the Jekyll pages) and the settings. */
export interface BuildContext {
  db: Db;
  /** The HTML site folder, absolute. */
  out: string;
  force: boolean;
  /** Absolute, ending in "/". */
  baseUrl: string;
  site: SiteWriter;
  jekyll: SiteWriter | null;
}

/** The settings of a build resolved, its writers opened (each knows the hashes of the pages it wrote last time). */
export function openBuild(db: Db, o: { out: string; jekyll?: string | null; force?: boolean; baseUrl?: string; defaultBaseUrl: string }): BuildContext {
  const force = o.force ?? false;
  const out = resolve(o.out);
  const baseUrl = (o.baseUrl ?? process.env.MOTIEMONITOR_BASE_URL ?? o.defaultBaseUrl).replace(/\/?$/, '/');
  // A larger page cache for this connection: the fingerprint queries read every motion's rows each build, and the
  // publish tables' pages stay in it until the one commit of the motions.
  db.pragma('cache_size = -131072');
  const site = writerFor(db, out, force);
  const jekyll = o.jekyll ? writerFor(db, resolve(o.jekyll), force) : null;
  return { db, out, force, baseUrl, site, jekyll };
}

function writerFor(db: Db, dir: string, force: boolean): SiteWriter {
  return new SiteWriter(dir, {
    hashes: repo.getPageHashes(db, dir),
    save: (path, h) => repo.setPageHash(db, dir, path, h),
    remove: (path) => repo.deletePageHash(db, dir, path),
  }, force);
}

/** Counts pages that were not written again, in the site and in the Jekyll pages alike. */
export function countUnchanged(ctx: BuildContext, n: number): void {
  ctx.site.unchanged += n;
  if (ctx.jekyll) ctx.jekyll.unchanged += n;
}

/** Resolves once every page written is on disk. */
export async function flushPages(ctx: BuildContext): Promise<void> {
  await ctx.site.flush();
  await ctx.jekyll?.flush();
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
