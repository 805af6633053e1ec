import type { Command } from 'commander';
import type { ContextFactory } from '../main.js';
import { UserError, type Progress } from '../context.js';
import { syncStage, DEFAULT_GRACE_DAYS, type SyncReport } from '../../pipeline/syncStage.js';
import { createHttp, POLITE_DEFAULTS, type HttpStats } from '../../source/tk/http.js';
import { instantFromUserInput } from '../../source/tk/instant.js';
import { odataSource } from '../../source/tk/odataSource.js';
import { DEFAULT_BASE_URL, DEFAULT_SOORTEN } from '../../source/tk/queries.js';
import type { Context } from '../context.js';
import type { Store } from '../../store/db.js';

export interface SyncCliOptions {
  since?: string;
  until?: string;
  soort?: string;
  limit?: string;
  baseUrl: string;
  rate: string;
  concurrency: string;
  timeout: string;
  grace: string;
}

/** `motiemonitor sync`: motions, letters, votes, members and fracties from the Tweede Kamer API. */
export function registerSync(program: Command, ctx: ContextFactory): void {
  addSyncOptions(program.command('sync'))
    .description('fetch new and changed motions, letters, votes, members and fracties from the Tweede Kamer API (resumable)')
    .action(async (opts: SyncCliOptions) => {
      const c = ctx();
      const { report, stats } = await runSync(c, c.store(), opts);
      c.result({ ...report, requests: stats.requests, retries: stats.retries }, syncSummary(report, stats));
      if (report.failures.length > 0) process.exitCode = 1;
    });
}

/** The sync options, shared with `motiemonitor run`. */
export function addSyncOptions(command: Command): Command {
  return command
    .option('--since <date>', 'fetch records changed since this date (default: where the last sync stopped)')
    .option('--until <date>', 'fetch records changed before this date')
    .option('--soort <list>', `Document.Soort values, comma-separated (default: ${DEFAULT_SOORTEN.join(',')})`)
    .option('--limit <n>', 'at most this many records per feed (a trial run)')
    .option('--base-url <url>', 'OData root', DEFAULT_BASE_URL)
    .option('--rate <n>', 'requests per second (0 = unlimited)', String(POLITE_DEFAULTS.rate))
    .option('--concurrency <n>', 'requests in flight at once', String(POLITE_DEFAULTS.concurrency))
    .option('--timeout <s>', 'seconds per request attempt', String(POLITE_DEFAULTS.timeoutMs / 1000))
    .option('--grace <days>', 'days of recent motions re-read every sync (late corrections)', String(DEFAULT_GRACE_DAYS));
}

function number(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new UserError(`--${name} must be a number ≥ ${min}, not "${value}"`);
  return n;
}

export async function runSync(c: Context, store: Store, opts: SyncCliOptions): Promise<{ report: SyncReport; stats: HttpStats }> {
  let since: string | null = null;
  let until: string | null = null;
  try {
    since = opts.since ? instantFromUserInput(opts.since) : null;
    until = opts.until ? instantFromUserInput(opts.until) : null;
  } catch (err) {
    throw new UserError((err as Error).message);
  }
  if (since && until && since >= until) throw new UserError('--since must be before --until');
  const soorten = opts.soort ? opts.soort.split(',').map((s) => s.trim()).filter(Boolean) : DEFAULT_SOORTEN;
  if (soorten.length === 0) throw new UserError('--soort is empty');
  try {
    new URL(opts.baseUrl);
  } catch {
    throw new UserError(`--base-url is not a URL: ${opts.baseUrl}`);
  }
  const http = createHttp({
    rate: number(opts.rate, 'rate', 0),
    concurrency: number(opts.concurrency, 'concurrency', 1),
    timeoutMs: number(opts.timeout, 'timeout', 1) * 1000,
    onRetry: (e) => c.info(`retry ${e.attempt} in ${(e.delayMs / 1000).toFixed(1)} s: ${e.reason} (${e.url})`),
  });
  let bar: Progress | null = null;
  let shown = 0;
  // Ctrl-C stops after the page in hand, so the next sync resumes from a clean checkpoint (SIGKILL is safe too).
  const stop = new AbortController();
  const onSigint = (): void => {
    c.info('stopping after the current page (Ctrl-C again to quit at once)');
    stop.abort();
    process.once('SIGINT', () => process.exit(130));
  };
  process.once('SIGINT', onSigint);
  const report = await syncStage(store, {
    signal: stop.signal,
    source: odataSource(http, opts.baseUrl),
    soorten,
    since,
    until,
    limit: opts.limit ? number(opts.limit, 'limit', 1) : null,
    graceDays: number(opts.grace, 'grace', 0),
    concurrency: number(opts.concurrency, 'concurrency', 1),
    onProgress: (e) => {
      if (e.expected === null) return;
      bar ??= c.progress('sync', e.expected);
      for (; shown < e.done; shown++) bar.tick(e.phase);
    },
  })
    .catch((err: Error) => {
      throw stop.signal.aborted ? new UserError('sync stopped; run it again to continue where it stopped') : err;
    })
    .finally(() => {
      bar?.done();
      process.removeListener('SIGINT', onSigint);
    });
  return { report, stats: http.stats };
}

export function syncSummary(r: SyncReport, stats: HttpStats): string {
  const failed = r.failures.length
    ? `; ${r.failures.length} failed (tried again next sync):\n${r.failures.map((f) => `  ${f.kind} ${f.entityId}: ${f.message}`).join('\n')}`
    : '; nothing failed';
  return (
    `sync: ${r.zaken} zaken (${r.besluiten} besluiten, ${r.stemmingen} stemmingen), ${r.documents} documents (${r.changedDocuments} new or changed), ` +
    `${r.filesDownloaded} files + ${r.xmlDownloaded} XML downloaded (${(r.bytesDownloaded / 1e6).toFixed(1)} MB)` +
    `${r.filesMissing ? `, ${r.filesMissing} without a file at the API` : ''}, ${r.deleted} deleted, ` +
    `${r.recentZaken} recent zaken re-read, ${stats.requests} requests, ${stats.retries} retries in ${r.seconds.toFixed(1)} s${failed}`
  );
}
