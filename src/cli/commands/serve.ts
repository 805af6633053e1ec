import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { ContextFactory } from '../context.js';
import { UserError } from '../context.js';
import { openStore } from '../../store/db.js';
import { startServer } from '../../serve/server.js';

/** `motiemonitor serve`: the built site plus the search API, on a read-only database handle. */
export function registerServe(program: Command, ctx: ContextFactory): void {
  program
    .command('serve')
    .description('serve the built site and the search API (GET /api/search, /api/moties/:id, /api/search.atom, /healthz)')
    .option('--host <host>', 'address to bind (only this machine by default)', '127.0.0.1')
    .option('--port <port>', 'port', '8080')
    .option('--site <dir>', 'site folder made by `build`', 'site')
    .action(async (opts: { host: string; port: string; site: string }) => {
      const c = ctx();
      const port = Number.parseInt(opts.port, 10);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`bad port "${opts.port}"`);
      if (!existsSync(c.options.db)) throw new UserError(`no database at ${c.options.db}: run \`motiemonitor run --sample\` or \`import\` first`);
      if (!existsSync(join(opts.site, 'index.html'))) throw new UserError(`no site in ${resolve(opts.site)}: run \`motiemonitor build --out ${opts.site}\` first`);
      const store = openStore(c.options.db, { readonly: true });
      const running = await startServer({ store, siteDir: opts.site, host: opts.host, port });
      c.info(`Motiemonitor serves ${resolve(opts.site)} at ${running.url} (search API: ${running.url}api/search?q=…). Stop with Ctrl-C.`);
      await new Promise<void>((done) => {
        const stop = () => void running.close().then(() => { store.close(); done(); });
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
