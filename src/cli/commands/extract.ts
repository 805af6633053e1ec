import type { Command } from 'commander';
import type { ContextFactory } from '../main.js';
import { UserError } from '../context.js';

/** `motiemonitor extract`. STUB until the Text extraction work (extract/) lands. */
export function registerExtract(program: Command, _ctx: ContextFactory): void {
  program
    .command('extract')
    .description('(not yet available)')
    .action(() => {
      throw new UserError('extract is not available yet');
    });
}
