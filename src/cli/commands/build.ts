import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ContextFactory } from '../context.js';
import { buildStage, DEFAULT_BASE_URL } from '../../pipeline/buildStage.js';
import { UserError } from '../context.js';

/** `motiemonitor build`: the static site (and Jekyll pages), incrementally. */
export function registerBuild(program: Command, ctx: ContextFactory): void {
  program
    .command('build')
    .description('write the static site (and Jekyll pages); only pages whose data changed are rewritten')
    .option('--out <dir>', 'site folder', 'site')
    .option('--jekyll <dir>', 'also write Jekyll pages: DIR/moties/<id>.md and DIR/index.md')
    .option('--base-url <url>', 'absolute URL the site is served at (for feeds and sitemaps)', process.env.MOTIEMONITOR_BASE_URL ?? DEFAULT_BASE_URL)
    .option('--no-search', 'skip the search index')
    .option('--force', 'render and write every page again', false)
    .option('--today <day>', 'judge toezeggingen on this day (YYYY-MM-DD; default MOTIEMONITOR_TODAY, else the build date)')
    .action(async (opts: { out: string; jekyll?: string; baseUrl: string; search: boolean; force: boolean; today?: string }) => {
      const c = ctx();
      if (opts.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) throw new UserError(`--today must be a day as YYYY-MM-DD, not "${opts.today}"`);
      const report = await buildStage(c.store(), { out: opts.out, jekyll: opts.jekyll ?? null, baseUrl: opts.baseUrl, force: opts.force, searchIndex: opts.search, today: opts.today });
      const jekyll = report.jekyll ? `; Jekyll: ${report.jekyll.pagesWritten} written, ${report.jekyll.pagesUnchanged} unchanged in ${report.jekyll.out}` : '';
      c.result(
        report,
        `${report.motions} motions (${report.motionsChanged} changed, ${report.motionsRemoved} removed): ` +
          `${report.pagesWritten} pages written, ${report.pagesUnchanged} unchanged, search shards rebuilt: ${report.searchShardsRebuilt.join(', ') || 'none'}` +
          `${jekyll} in ${report.seconds.toFixed(1)} s. Open ${resolve(report.out, 'index.html')}`,
      );
    });
}
