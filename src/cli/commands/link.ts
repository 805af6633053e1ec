import type { Command } from 'commander';
import type { ContextFactory } from '../context.js';
import { UserError, type Context } from '../context.js';
import type { CallStats } from '../../llm/callModel.js';
import { estimateCost } from '../../llm/prices.js';
import { extractStage } from '../../pipeline/extractStage.js';
import { linkStage, linkStageLlm, type LinkLlmReport, type LinkReport } from '../../pipeline/linkStage.js';
import { parseStage } from '../../pipeline/parseStage.js';
import { countDocuments } from '../../pipeline/documentLookup.js';
import type { Store } from '../../store/db.js';
import { addLlmFlags, checkLlmFlags, withLlmSession } from '../llmSession.js';

interface LinkFlags {
  provider: string;
  force: boolean;
  model?: string;
  baseUrl?: string;
  concurrency: string;
  timeout?: string;
}

/**
 * `motiemonitor link [--provider rules|openai] [--force]`: extracts and parses what is new, then links letters to the
 * motions they cite. With `--provider openai` every readable letter also gets a checked LLM summary (the rules summary
 * stays as the fallback). Letters whose text, and motions whose set, did not change since the last run are skipped.
 */
export function registerLink(program: Command, ctx: ContextFactory): void {
  addLlmFlags(
    program
      .command('link')
      .description('link government letters to the motions they cite (kamerstuk, name, footnotes) and build each motion\'s lifecycle'),
    'letters',
    'letter summaries',
  )
    .option('--force', 'relink documents that are up to date (LLM answers still come from the cache)', false)
    .action(async (opts: LinkFlags) => {
      const concurrency = checkLlmFlags(opts);
      const c = ctx();
      const store = c.store();
      await extractStage(store);
      parseStage(store);
      const total = countDocuments(store.db, { soort: 'brief' }) + countDocuments(store.db, { soort: 'overig' });
      const bar = c.progress('link', total);
      const report = linkStage(store, { force: opts.force }, (id) => bar.tick(id));
      bar.done();
      const skipped = report.skipped ?? [];
      for (const s of skipped) c.info(`skipped ${s.id}: ${s.reason}`);
      const rulesLine = linkLine(report);
      if (opts.provider === 'rules') {
        c.result(report, rulesLine);
        return;
      }
      const llm = await summariseWithOpenAi(c, store, opts, concurrency);
      c.result({ ...report, llm }, `${rulesLine}\n${llmLine(llm)}`);
      if (llm.fatal) {
        throw new UserError(`the model server refused the requests (${llm.fatal}); no LLM summary was stored. Check OPENAI_API_KEY, --model and --base-url.`);
      }
      if (llm.interrupted) process.exitCode = 130;
    });
}

function linkLine(report: LinkReport): string {
  const skipped = report.skipped ?? [];
  return (
    `${report.letters} letters linked, ${report.references} motion references, ${report.resolved} resolved to stored motions, ` +
    `${report.unchanged ?? 0} unchanged${skipped.length ? `, ${skipped.length} without usable text` : ''}`
  );
}

type LlmLinkReport = LinkLlmReport & CallStats & { model: string; estimatedCostUsd: number | null; seconds: number };

async function summariseWithOpenAi(c: Context, store: Store, opts: LinkFlags, concurrency: number): Promise<LlmLinkReport> {
  return withLlmSession(c, store, opts, 'letters', async ({ provider, caller, signal }) => {
    const started = Date.now();
    const bar = c.progress(`letter summaries (${provider.model})`, countDocuments(store.db, { soort: 'brief' }));
    try {
      const report = await linkStageLlm(store, {
        caller,
        providerName: provider.name,
        model: provider.model,
        concurrency,
        force: opts.force,
        signal,
        onDocument: () => bar.tick(),
      });
      const s = caller.stats;
      return { ...report, ...s, model: provider.model, estimatedCostUsd: estimateCost(provider.model, s.tokensIn, s.tokensOut), seconds: (Date.now() - started) / 1000 };
    } finally {
      bar.done();
    }
  });
}

function llmLine(r: LlmLinkReport): string {
  const cost = r.estimatedCostUsd === null ? `unknown (no price for "${r.model}")` : `$${r.estimatedCostUsd.toFixed(4)}`;
  return [
    `${r.explainer}: ${r.summarised} letters summarised (${r.retried} after a retry), ${r.rejected.length} rejected, ${r.failed.length} failed, ` +
      `${r.unchanged} unchanged, ${r.notSent.length} not sent (garbled or unreadable)${r.interrupted ? ', INTERRUPTED (finished work kept)' : ''}`,
    `calls ${r.calls}, cache hits ${r.cacheHits}, tokens in ${r.tokensIn} / out ${r.tokensOut}${r.tokensEstimated ? ' (partly estimated)' : ''}, 429s ${r.rateLimited}, estimated cost ${cost}, ${r.seconds.toFixed(1)} s`,
    ...r.rejected.map((x) => `  rejected ${x.id}: ${x.reason}`),
    ...r.failed.map((x) => `  failed ${x.id}: ${x.reason}`),
  ].join('\n');
}
