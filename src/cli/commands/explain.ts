import type { Command } from 'commander';
import type { ContextFactory } from '../context.js';
import { UserError, type Context } from '../context.js';
import { explainStage, explainStageLlm, type LlmStageReport } from '../../pipeline/explainStage.js';
import { indexStage } from '../../pipeline/indexStage.js';
import { parseStage } from '../../pipeline/parseStage.js';
import { extractStage } from '../../pipeline/extractStage.js';
import { countDocuments } from '../../pipeline/documentLookup.js';
import type { Store } from '../../store/db.js';
import type { CallStats } from '../../llm/callModel.js';
import { estimateCost, loadPrices } from '../../llm/prices.js';
import { promptSet } from '../../explain/llm/prompts.js';
import { addLlmFlags, checkLlmFlags, withLlmSession } from '../llmSession.js';

interface ExplainFlags {
  provider: string;
  force: boolean;
  model?: string;
  baseUrl?: string;
  concurrency: string;
  prompt: string;
  timeout?: string;
  responseFormat?: string;
  prices?: string;
}

/** `motiemonitor explain`: extracts and parses what is new, explains every motion offline (rules), and with `--provider openai` also by a checked LLM. */
export function registerExplain(program: Command, ctx: ContextFactory): void {
  addLlmFlags(
    program.command('explain').description('explain motions: a summary and one sentence "Als de motie wordt aangenomen, dan …"'),
    'motions',
    'explainer',
  )
    .option('--prompt <name>', 'default (one JSON request per motion) or classic (the two moties-toegelicht prompts, for comparison)', 'default')
    .option('--response-format <kind>', 'json_schema, json_object or none (lowered automatically when the server refuses it)', 'json_schema')
    .option('--prices <file>', 'JSON price table {"model": {"in": USD per 1M tokens, "out": …}} for the cost estimate')
    .option('--force', 'redo work that is up to date (LLM answers still come from the cache)', false)
    .argument('[ids...]', 'only these documents')
    .action(async (ids: string[], opts: ExplainFlags) => {
      const concurrency = checkLlmFlags(opts);
      if (opts.prompt !== 'default' && opts.prompt !== 'classic') throw new UserError(`unknown prompt "${opts.prompt}": use default or classic`);
      const c = ctx();
      const store = c.store();
      const only = ids.length ? ids : undefined;
      await extractStage(store, { ids: only });
      parseStage(store, { ids: only });
      const total = countDocuments(store.db, { soort: 'motie', ids: only });
      const bar = c.progress('explain', total);
      const report = explainStage(store, { force: opts.force, ids: only }, () => bar.tick());
      bar.done();
      const rulesLine = `${report.explained} motions explained, ${report.unchanged} unchanged, ${report.notExplained.length} not explained`;
      if (opts.provider === 'rules') {
        indexStage(store);
        c.result(report, rulesLine);
        return;
      }
      const llm = await explainWithOpenAi(c, store, opts, concurrency, only, total);
      indexStage(store);
      c.result({ rules: report, llm }, `rules: ${rulesLine}\n${llmSummary(llm)}`);
      if (llm.fatal) {
        throw new UserError(`the model server refused the requests (${llm.fatal}); no LLM explanation was stored. Check OPENAI_API_KEY, --model and --base-url.`);
      }
      if (llm.interrupted) process.exitCode = 130;
    });
}

type LlmCommandReport = LlmStageReport & CallStats & { model: string; prompt: string; estimatedCostUsd: number | null; seconds: number };

async function explainWithOpenAi(c: Context, store: Store, opts: ExplainFlags, concurrency: number, only: string[] | undefined, total: number): Promise<LlmCommandReport> {
  let prices;
  try {
    prices = loadPrices(opts.prices ?? null);
  } catch (err) {
    throw new UserError(`--prices: ${(err as Error).message}`);
  }
  const prompt = promptSet(opts.prompt as 'default' | 'classic');
  return withLlmSession(c, store, opts, 'motions', async ({ provider, caller, signal }) => {
    const started = Date.now();
    const bar = c.progress(`explain (${provider.model})`, total);
    try {
      const report = await explainStageLlm(store, {
        caller,
        providerName: provider.name,
        model: provider.model,
        prompt,
        concurrency,
        force: opts.force,
        ids: only,
        signal,
        onDocument: () => bar.tick(),
      });
      const s = caller.stats;
      return {
        ...report,
        ...s,
        model: provider.model,
        prompt: prompt.version,
        estimatedCostUsd: estimateCost(provider.model, s.tokensIn, s.tokensOut, prices),
        seconds: (Date.now() - started) / 1000,
      };
    } finally {
      bar.done();
    }
  });
}

function llmSummary(r: LlmCommandReport): string {
  const cost = r.estimatedCostUsd === null ? `unknown (no price for "${r.model}"; see --prices)` : `$${r.estimatedCostUsd.toFixed(4)}`;
  const lines = [
    `${r.explainer}: ${r.explained} explained (${r.retried} after a retry), ${r.rejected.length} rejected, ${r.failed.length} failed, ${r.unchanged} unchanged${r.interrupted ? ', INTERRUPTED (finished work kept)' : ''}`,
    `calls ${r.calls}, cache hits ${r.cacheHits}, tokens in ${r.tokensIn} / out ${r.tokensOut}${r.tokensEstimated ? ' (partly estimated)' : ''}, 429s ${r.rateLimited}, estimated cost ${cost}, ${r.seconds.toFixed(1)} s`,
    ...r.rejected.map((x) => `  rejected ${x.id}: ${x.reason}`),
    ...r.failed.map((x) => `  failed ${x.id}: ${x.reason}`),
  ];
  return lines.join('\n');
}
