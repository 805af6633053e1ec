import type { Command } from 'commander';
import type { ContextFactory } from '../main.js';
import { UserError } from '../context.js';

/** `motiemonitor sync`. STUB until the Sync work (source/) lands. */
export function registerSync(program: Command, _ctx: ContextFactory): void {
  program
    .command('sync')
    .description('(not yet available)')
    .action(() => {
      throw new UserError('sync is not available yet');
    });
}
