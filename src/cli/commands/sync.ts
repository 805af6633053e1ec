import type { Command } from 'commander';
import type { ContextFactory } from '../context.js';
import { UserError, type Progress } from '../context.js';
import type { AnySyncReport } from '../../pipeline/runPipeline.js';
import { syncFeedStage, type SyncFeedReport } from '../../pipeline/syncFeedStage.js';
import { syncStage, DEFAULT_GRACE_DAYS, type SyncReport } from '../../pipeline/syncStage.js';
import { createHttp, POLITE_DEFAULTS, type HttpStats, type TkHttp } from '../../source/tk/http.js';
import { instantFromUserInput } from '../../domain/instant.js';
import { checkOdataRoot, odataSource, OdataRetiredError } from '../../source/tk/odataSource.js';
import { probeSources } from '../../source/tk/probes.js';
import { DEFAULT_BASE_URL as DEFAULT_ODATA_URL, DEFAULT_SOORTEN } from '../../source/tk/queries.js';
import { DEFAULT_SYNCFEED_URL } from '../../source/tk/syncfeed/client.js';
import { SYNC_ROUNDS } from '../../source/tk/syncfeed/keep.js';
import type { Context } from '../context.js';
import type { Store } from '../../store/db.js';

export interface SyncCliOptions {
  source: string;
  since?: string;
  until?: string;
  soort?: string;
  limit?: string;
  baseUrl?: string;
  rate: string;
  concurrency: string;
  timeout: string;
  grace?: string;
}

/** `motiemonitor sync`: motions, letters, votes, members and fracties from the Tweede Kamer open data. */
export function registerSync(program: Command, ctx: ContextFactory): void {
  addSyncOptions(program.command('sync'))
    .description('fetch new and changed motions, letters, votes, members, fracties and toezeggingen from the Tweede Kamer (SyncFeed; resumable)')
    .option('--check', 'probe each source (SyncFeed, one Resources file, OData) and say what works; changes nothing', false)
    .action(async (opts: SyncCliOptions & { check: boolean }) => {
      const c = ctx();
      if (opts.check) return runCheck(c, opts);
      const { report, stats } = await runSync(c, c.store(), opts);
      c.result({ ...report, requests: stats.requests, retries: stats.retries }, syncSummary(report, stats));
      if (report.failures.length > 0) process.exitCode = 1;
    });
}

/** The sync options, shared with `motiemonitor run`. */
export function addSyncOptions(command: Command): Command {
  return command
    .option('--source <name>', 'syncfeed (the Tweede Kamer SyncFeed 2.0) or odata (the retired OData v4/2.0 API, or a root you name)', 'syncfeed')
    .option('--since <date>', 'syncfeed: keep motions and letters from this day on (YYYY-MM-DD; kept for later syncs); odata: records changed since this date')
    .option('--until <date>', 'odata only: records changed before this date')
    .option('--soort <list>', `Document.Soort values to keep, comma-separated (default: ${DEFAULT_SOORTEN.join(',')})`)
    .option('--limit <n>', 'at most this many records per feed or category (a trial run)')
    .option('--base-url <url>', `the source's root (default: ${DEFAULT_SYNCFEED_URL} for syncfeed, ${DEFAULT_ODATA_URL} for odata)`)
    .option('--rate <n>', 'requests per second (0 = unlimited)', String(POLITE_DEFAULTS.rate))
    .option('--concurrency <n>', 'requests in flight at once', String(POLITE_DEFAULTS.concurrency))
    .option('--timeout <s>', 'seconds per request attempt', String(POLITE_DEFAULTS.timeoutMs / 1000))
    .option('--grace <days>', `odata only: days of recent motions re-read every sync (default ${DEFAULT_GRACE_DAYS}; the SyncFeed re-emits what changed)`);
}

function number(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new UserError(`--${name} must be a number ≥ ${min}, not "${value}"`);
  return n;
}

function sourceOf(opts: SyncCliOptions): 'syncfeed' | 'odata' {
  if (opts.source !== 'syncfeed' && opts.source !== 'odata') throw new UserError(`--source must be syncfeed or odata, not "${opts.source}"`);
  return opts.source;
}

function baseUrlOf(opts: SyncCliOptions, source: 'syncfeed' | 'odata'): string {
  const url = opts.baseUrl ?? (source === 'syncfeed' ? DEFAULT_SYNCFEED_URL : DEFAULT_ODATA_URL);
  try {
    new URL(url);
  } catch {
    throw new UserError(`--base-url is not a URL: ${url}`);
  }
  return url;
}

function httpFor(c: Context, opts: SyncCliOptions): TkHttp {
  return createHttp({
    rate: number(opts.rate, 'rate', 0),
    concurrency: number(opts.concurrency, 'concurrency', 1),
    timeoutMs: number(opts.timeout, 'timeout', 1) * 1000,
    onRetry: (e) => c.info(`retry ${e.attempt} in ${(e.delayMs / 1000).toFixed(1)} s: ${e.reason} (${e.url})`),
  });
}

/** `sync --check`: exit 0 only when the default source (SyncFeed, with its files) works. */
async function runCheck(c: Context, opts: SyncCliOptions): Promise<void> {
  const source = sourceOf(opts);
  const syncFeedBase = source === 'syncfeed' ? baseUrlOf(opts, source) : DEFAULT_SYNCFEED_URL;
  // An OData root given with --source odata is probed as given; otherwise the retired root beside the SyncFeed's.
  const odataBase = source === 'odata' ? baseUrlOf(opts, source) : new URL('../../OData/v4/2.0', `${syncFeedBase.replace(/\/+$/, '')}/`).toString().replace(/\/$/, '');
  const probes = await probeSources(httpFor(c, { ...opts, concurrency: '1' }), syncFeedBase, odataBase);
  const ok = probes.filter((p) => p.source !== 'OData').every((p) => p.ok);
  c.result({ ok, probes }, probes.map((p) => `${p.source.padEnd(9)} ${p.ok ? 'ok' : 'failed'}: ${p.detail} (${p.url})`).join('\n'));
  if (!ok) process.exitCode = 1;
}

export async function runSync(c: Context, store: Store, opts: SyncCliOptions): Promise<{ report: AnySyncReport; stats: HttpStats }> {
  const source = sourceOf(opts);
  const base = baseUrlOf(opts, source);
  const soorten = opts.soort ? opts.soort.split(',').map((s) => s.trim()).filter(Boolean) : DEFAULT_SOORTEN;
  if (soorten.length === 0) throw new UserError('--soort is empty');
  const limit = opts.limit ? number(opts.limit, 'limit', 1) : null;
  const http = httpFor(c, opts);
  let bar: Progress | null = null;
  // Ctrl-C stops after the page in hand, so the next sync resumes from a clean token (SIGKILL is safe too).
  const stop = new AbortController();
  const onSigint = (): void => {
    c.info('stopping after the current page (Ctrl-C again to quit at once)');
    stop.abort();
    process.once('SIGINT', () => process.exit(130));
  };
  process.once('SIGINT', onSigint);
  const finish = <T>(p: Promise<T>): Promise<T> =>
    p
      .catch((err: Error) => {
        if (stop.signal.aborted) throw new UserError('sync stopped; run it again to continue where it stopped');
        if (err instanceof OdataRetiredError) throw new UserError(err.message);
        throw err;
      })
      .finally(() => {
        bar?.done();
        process.removeListener('SIGINT', onSigint);
      });

  if (source === 'syncfeed') {
    if (opts.until || opts.grace) throw new UserError('--until and --grace are for --source odata; the SyncFeed is read to its end and re-emits every change');
    if (opts.since && !/^\d{4}-\d{2}-\d{2}$/.test(opts.since)) throw new UserError(`--since must be a day (YYYY-MM-DD), not "${opts.since}"`);
    // A feed's length is not known before its end: the bar counts categories read to their end; the text, the entries.
    const categories = new Set<string>();
    const report = await finish(
      syncFeedStage(store, {
        http,
        base,
        soorten,
        since: opts.since ?? null,
        limit,
        concurrency: number(opts.concurrency, 'concurrency', 1),
        signal: stop.signal,
        onInfo: (m) => c.info(m),
        onProgress: (e) => {
          bar ??= c.progress('sync (categories)', SYNC_ROUNDS.flat().length);
          if (e.finished && !categories.has(e.category)) {
            categories.add(e.category);
            bar.tick(`${e.total} entries`);
          } else bar.detail(`${e.category}: ${e.entries} entries (${e.total} in all)`);
        },
      }),
    );
    return { report, stats: http.stats };
  }

  let since: string | null = null;
  let until: string | null = null;
  try {
    since = opts.since ? instantFromUserInput(opts.since) : null;
    until = opts.until ? instantFromUserInput(opts.until) : null;
  } catch (err) {
    throw new UserError((err as Error).message);
  }
  if (since && until && since >= until) throw new UserError('--since must be before --until');
  let shown = 0;
  const report = await finish(
    checkOdataRoot(http, base).then(() =>
      syncStage(store, {
        signal: stop.signal,
        source: odataSource(http, base),
        soorten,
        since,
        until,
        limit,
        graceDays: number(opts.grace ?? String(DEFAULT_GRACE_DAYS), 'grace', 0),
        concurrency: number(opts.concurrency, 'concurrency', 1),
        onProgress: (e) => {
          if (e.expected === null) return;
          bar ??= c.progress('sync', e.expected);
          for (; shown < e.done; shown++) bar.tick(e.phase);
        },
      }),
    ),
  );
  return { report, stats: http.stats };
}

export function syncSummary(r: AnySyncReport, stats: HttpStats): string {
  const failed = r.failures.length
    ? `; ${r.failures.length} failed (tried again next sync):\n${r.failures.map((f) => `  ${f.kind} ${f.entityId}: ${f.message}`).join('\n')}`
    : '; nothing failed';
  return r.source === 'syncfeed' ? syncFeedSummary(r, stats, failed) : odataSummary(r, stats, failed);
}

function syncFeedSummary(r: SyncFeedReport, stats: HttpStats, failed: string): string {
  const entries = Object.values(r.entries).reduce((a, b) => a + b, 0);
  const rejected = r.rejected.length ? `, ${r.rejected.length} rejected by the schema (see tk_rejected)` : '';
  return (
    `sync (SyncFeed): ${entries} entries in ${r.pages} pages: ${r.stored} stored, ${r.dropped} not needed, ${r.unchanged} unchanged, ${r.deleted} deleted${rejected}; ` +
    `${r.documents} documents, ${r.filesDownloaded} files downloaded (${(r.bytesDownloaded / 1e6).toFixed(1)} MB)` +
    `${r.filesMissing ? `, ${r.filesMissing} without a file` : ''}, ${r.fetched} records fetched one by one, ` +
    `${stats.requests} requests, ${stats.retries} retries in ${r.seconds.toFixed(1)} s${failed}`
  );
}

function odataSummary(r: SyncReport, stats: HttpStats, failed: string): string {
  return (
    `sync (OData): ${r.zaken} zaken (${r.besluiten} besluiten, ${r.stemmingen} stemmingen), ${r.documents} documents (${r.changedDocuments} new or changed), ` +
    `${r.filesDownloaded} files + ${r.xmlDownloaded} XML downloaded (${(r.bytesDownloaded / 1e6).toFixed(1)} MB)` +
    `${r.filesMissing ? `, ${r.filesMissing} without a file at the API` : ''}, ${r.deleted} deleted, ` +
    `${r.recentZaken} recent zaken re-read, ${stats.requests} requests, ${stats.retries} retries in ${r.seconds.toFixed(1)} s${failed}`
  );
}
