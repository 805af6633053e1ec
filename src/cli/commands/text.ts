import type { Command } from 'commander';
import type { ContextFactory } from '../main.js';
import { UserError } from '../context.js';

/** `motiemonitor text`. STUB until the Text extraction work (extract/) lands. */
export function registerText(program: Command, _ctx: ContextFactory): void {
  program
    .command('text')
    .description('(not yet available)')
    .action(() => {
      throw new UserError('text is not available yet');
    });
}
