import type { Command } from 'commander';
import type { ContextFactory } from '../main.js';
import { extractStage } from '../../pipeline/extractStage.js';
import { linkStage } from '../../pipeline/linkStage.js';
import { parseStage } from '../../pipeline/parseStage.js';
import { listDocuments } from '../../store/documentRepo.js';

/**
 * `motiemonitor link [--force]`: extracts and parses what is new, then links letters to the motions they cite.
 * Letters whose text, and motions whose set, did not change since the last run are skipped.
 */
export function registerLink(program: Command, ctx: ContextFactory): void {
  program
    .command('link')
    .description('link government letters to the motions they cite (kamerstuk, name, footnotes) and build each motion\'s lifecycle')
    .option('--force', 'relink documents that are up to date', false)
    .action(async (opts: { force: boolean }) => {
      const c = ctx();
      const store = c.store();
      await extractStage(store);
      parseStage(store);
      const total = listDocuments(store.db, { soort: 'brief' }).length + listDocuments(store.db, { soort: 'overig' }).length;
      const bar = c.progress('link', total);
      const report = linkStage(store, { force: opts.force }, (id) => bar.tick(id));
      bar.done();
      const skipped = report.skipped ?? [];
      for (const s of skipped) c.info(`skipped ${s.id}: ${s.reason}`);
      c.result(
        report,
        `${report.letters} letters linked, ${report.references} motion references, ${report.resolved} resolved to stored motions, ` +
          `${report.unchanged ?? 0} unchanged${skipped.length ? `, ${skipped.length} without usable text` : ''}`,
      );
    });
}
