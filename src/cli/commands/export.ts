import type { Command } from 'commander';
import type { ContextFactory } from '../context.js';
import { exportRows, toCsv } from '../../pipeline/exportRows.js';
import { UserError } from '../context.js';

/** `motiemonitor export --format jsonl|csv`: every document, one row each, on stdout. */
export function registerExport(program: Command, ctx: ContextFactory): void {
  program
    .command('export')
    .description('write every document as JSON lines or CSV to stdout')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .action((opts: { format: string }) => {
      const db = ctx().store().db;
      if (opts.format === 'jsonl') {
        for (const row of exportRows(db)) process.stdout.write(JSON.stringify(row) + '\n');
      } else if (opts.format === 'csv') {
        process.stdout.write(toCsv(exportRows(db)));
      } else {
        throw new UserError(`unknown format "${opts.format}": use jsonl or csv`);
      }
    });
}
