import type { Command } from 'commander';
import type { ContextFactory } from '../context.js';
import { importPaths } from '../../pipeline/importStage.js';
import { UserError } from '../context.js';

/** `motiemonitor import <path...>`: files and folders (jsonl, seed pages, txt, pdf, docx, doc, xml). */
export function registerImport(program: Command, ctx: ContextFactory): void {
  program
    .command('import')
    .description('import files and folders: .jsonl motions, seed-format .md/.txt pages, .txt, .pdf, .docx, .doc, .xml')
    .argument('<paths...>', 'files or folders')
    .action((paths: string[]) => {
      const c = ctx();
      const report = importPaths(c.store(), paths, (file) => c.info(`importing ${file}`));
      for (const f of report.failures) {
        process.stderr.write(`motiemonitor: could not import ${f.file}${f.line ? ` line ${f.line}` : ''}: ${f.message}\n`);
      }
      c.result(
        report,
        `${report.documents} documents${report.apiRecords ? ` and ${report.apiRecords} API records` : ''} from ${report.files} files imported (${report.changed} new or changed, ${report.failures.length} failed)`,
      );
      if (report.files === 0 && report.failures.length > 0) throw new UserError('nothing could be imported');
    });
}
