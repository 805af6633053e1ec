import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ContextFactory } from '../context.js';
import { runPipeline } from '../../pipeline/runPipeline.js';
import { SAMPLE_DIR } from '../../pipeline/sampleData.js';
import { addSyncOptions, runSync, syncSummary, type SyncCliOptions } from './sync.js';

/** `motiemonitor run`: the whole job. `--sample` runs it offline on the bundled sample motions. */
export function registerRun(program: Command, ctx: ContextFactory): void {
  addSyncOptions(program.command('run'))
    .description('the whole job: sync (unless --sample or --no-sync), import, extract, parse, explain, link, build the site')
    .option('--sample', 'use the bundled sample data (offline, no key, no network)', false)
    .option('--no-sync', 'do not fetch from the Tweede Kamer API')
    .option('--import <paths...>', 'import these files or folders first')
    .option('--out <dir>', 'site folder', 'site')
    .option('--jekyll <dir>', 'also write Jekyll pages here')
    .option('--force', 'redo work that is up to date', false)
    .action(async (opts: SyncCliOptions & { sample: boolean; sync: boolean; import?: string[]; out: string; jekyll?: string; force: boolean }) => {
      const c = ctx();
      const paths = [...(opts.sample ? [SAMPLE_DIR] : []), ...(opts.import ?? [])];
      const withSync = opts.sync && !opts.sample;
      const report = await runPipeline(c.store(), {
        importPaths: paths,
        sync: withSync
          ? async () => {
              const { report: synced, stats } = await runSync(c, c.store(), opts);
              c.info(syncSummary(synced, stats));
              return synced;
            }
          : undefined,
        out: opts.out,
        jekyll: opts.jekyll ?? null,
        force: opts.force,
        onStage: (s) => c.info(`· ${s}`),
      });
      for (const f of report.imported?.failures ?? []) c.info(`could not import ${f.file}${f.line ? ` line ${f.line}` : ''}: ${f.message}`);
      const summary =
        `${report.imported?.documents ?? 0} documents${report.imported?.apiRecords ? ` and ${report.imported.apiRecords} API records` : ''} imported, ${report.parsed.parsed} parsed, ` +
        `${report.explained.explained} explained, ${report.built.pagesWritten} pages written in ${report.seconds.toFixed(1)} s` +
        ` (${report.motions} motions in store). Open ${resolve(report.built.out, 'index.html')}`;
      c.result(report, summary);
    });
}
