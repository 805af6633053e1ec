import type { Command } from 'commander';
import type { ContextFactory } from '../context.js';
import { extractStage } from '../../pipeline/extractStage.js';
import { countDocuments, unknownDocumentIds } from '../../pipeline/documentLookup.js';
import { UserError } from '../context.js';
import { addExtractFlags, extractOptionsFrom, type ExtractFlags } from './extractOptions.js';

/** `motiemonitor extract [--force] [ids…]`: text and verdict for every stored document that needs it. */
export function registerExtract(program: Command, ctx: ContextFactory): void {
  addExtractFlags(
    program
      .command('extract')
      .description('extract clean text (with a quality verdict) from the stored originals; PDFs in worker processes')
      .argument('[ids...]', 'only these documents')
      .option('--force', 'extract again even when up to date', false)
      .option('--workers <n>', 'worker processes for PDF/DOC/DOCX (default: one per core)'),
  ).action(async (ids: string[], flags: ExtractFlags & { force: boolean; workers?: string }) => {
    const c = ctx();
    const store = c.store();
    const unknown = unknownDocumentIds(store.db, ids);
    if (unknown.length > 0) throw new UserError(`unknown document id(s): ${unknown.join(', ')}`);
    const total = countDocuments(store.db, { ids });
    const workers = flags.workers === undefined ? undefined : Number(flags.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) throw new UserError('--workers must be a whole number ≥ 0');
    const bar = c.progress('extract', total);
    const report = await extractStage(store, { ...extractOptionsFrom(flags), force: flags.force, ids, workers }, (id, text) =>
      bar.tick(text ? `${id.slice(0, 8)} ${text.verdict.status}` : id.slice(0, 8)),
    );
    bar.done();
    for (const f of report.failed) c.info(`unreadable ${f.id}: ${f.message}`);
    const statuses = (['ok', 'suspect', 'garbled', 'empty', 'unreadable'] as const)
      .filter((s) => report.statuses[s])
      .map((s) => `${s} ${report.statuses[s]}`)
      .join(', ');
    c.result(
      report,
      `${report.extracted} extracted${statuses ? ` (${statuses})` : ''}, ${report.unchanged} up to date, ` +
        `${report.failed.length} unreadable; ${report.pages} PDF pages in ${report.seconds.toFixed(1)} s`,
    );
  });
}
