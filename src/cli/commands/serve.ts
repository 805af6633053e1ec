import type { Command } from 'commander';
import type { ContextFactory } from '../main.js';
import { UserError } from '../context.js';

/** `motiemonitor serve`. STUB until the Site work (serve/) lands. */
export function registerServe(program: Command, _ctx: ContextFactory): void {
  program
    .command('serve')
    .description('(not yet available)')
    .action(() => {
      throw new UserError('serve is not available yet');
    });
}
