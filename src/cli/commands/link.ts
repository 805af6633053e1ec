import type { Command } from 'commander';
import type { ContextFactory } from '../main.js';
import { UserError } from '../context.js';

/** `motiemonitor link`. STUB until the Letters work (link/) lands. */
export function registerLink(program: Command, _ctx: ContextFactory): void {
  program
    .command('link')
    .description('(not yet available)')
    .action(() => {
      throw new UserError('link is not available yet');
    });
}
