import type { Command } from 'commander';
import type { ContextFactory } from '../main.js';
import { UserError } from '../context.js';

/** `motiemonitor build`. STUB until the Site work (publish/) lands. */
export function registerBuild(program: Command, _ctx: ContextFactory): void {
  program
    .command('build')
    .description('(not yet available)')
    .action(() => {
      throw new UserError('build is not available yet');
    });
}
