#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { createContext, UserError, type Context, type ContextFactory } from './context.js';
import { registerBuild } from './commands/build.js';
import { registerExplain } from './commands/explain.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerImport } from './commands/import.js';
import { registerLink } from './commands/link.js';
import { registerRun } from './commands/run.js';
import { registerServe } from './commands/serve.js';
import { registerShow } from './commands/show.js';
import { registerSync } from './commands/sync.js';
import { registerText } from './commands/text.js';

function buildProgram(): Command {
  const program = new Command();
  let context: Context | null = null;
  const ctx: ContextFactory = () => {
    context ??= createContext(program.opts<{ db?: string; json?: boolean }>());
    return context;
  };
  program
    .name('motiemonitor')
    .description('Makes the Tweede Kamer\'s motions understandable and traceable.')
    .option('--db <path>', 'SQLite database (originals are kept in blobs/ beside it)', process.env.MOTIEMONITOR_DB ?? 'data/motiemonitor.db')
    .option('--json', 'machine-readable output on stdout', false)
    .showHelpAfterError()
    .hook('postAction', () => context?.close());

  registerImport(program, ctx);
  registerSync(program, ctx);
  registerExtract(program, ctx);
  registerText(program, ctx);
  registerExplain(program, ctx);
  registerLink(program, ctx);
  registerBuild(program, ctx);
  registerServe(program, ctx);
  registerExport(program, ctx);
  registerShow(program, ctx);
  registerRun(program, ctx);
  return program;
}

// `motiemonitor export | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

async function main(): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`motiemonitor: ${message}\n`);
    if (!(err instanceof UserError) && process.env.MOTIEMONITOR_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    process.exitCode = 1;
  }
}

await main();
