import type { Command } from 'commander';
import type { ContextFactory } from '../main.js';
import { explainStage } from '../../pipeline/explainStage.js';
import { indexStage } from '../../pipeline/indexStage.js';
import { parseStage } from '../../pipeline/parseStage.js';
import { extractStage } from '../../pipeline/extractStage.js';
import { listDocuments } from '../../store/documentRepo.js';

/** `motiemonitor explain`: extracts and parses what is new, then explains every motion offline (rules@1). */
export function registerExplain(program: Command, ctx: ContextFactory): void {
  program
    .command('explain')
    .description('explain motions: a summary and one sentence "Als de motie wordt aangenomen, dan …"')
    .option('--provider <name>', 'rules (offline, default)', 'rules')
    .option('--force', 'redo work that is up to date', false)
    .argument('[ids...]', 'only these documents')
    .action(async (ids: string[], opts: { provider: string; force: boolean }) => {
      const c = ctx();
      const store = c.store();
      const only = ids.length ? ids : undefined;
      await extractStage(store, { ids: only });
      parseStage(store, { ids: only });
      const total = listDocuments(store.db, { soort: 'motie', ids: only }).length;
      const bar = c.progress('explain', total);
      const report = explainStage(store, { force: opts.force, ids: only }, () => bar.tick());
      bar.done();
      indexStage(store);
      c.result(
        report,
        `${report.explained} motions explained, ${report.unchanged} unchanged, ${report.notExplained.length} not explained`,
      );
    });
}
