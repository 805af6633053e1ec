/**
 * Extraction benchmark: ≥ 200 pages of real PDFs (the corpus PDFs, repeated as distinct copies), through
 * - bare `pdftotext` (one process per file, one after another): the baseline, run in the same benchmark;
 * - the whole extract stage (store, worker pool on all cores, engines, verdict, clean-up), pdftotext available;
 * - the pure-JS path (pdf.js only, same stage).
 * Prints pages/s for each, the ratios to the baseline, and peak memory (main process and worker processes).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pdftotextAvailable } from '../src/extract/pdf/pdftotextEngine.js';
import { extractStage, type ExtractReport } from '../src/pipeline/extractStage.js';
import { importPaths } from '../src/pipeline/importStage.js';
import { tempStore } from '../test/support/tempStore.js';

const SOURCE = 'fixtures/corpus/pdf';
// At least 200 pages (the acceptance bar); 500 so that starting the worker processes (about a second) weighs as in a real run.
const MIN_PAGES = 500;

function pagesOf(file: string): number {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? 0);
}

export async function run(): Promise<void> {
  if (!pdftotextAvailable()) {
    console.log('pdftotext is not installed: no baseline (apt-get install poppler-utils). Skipped.');
    return;
  }
  const t = tempStore();
  try {
    const originals = readdirSync(SOURCE, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.pdf'))
      .sort()
      .map((f) => ({ name: f.replace(/\.pdf$/, '').replace(/\W+/g, '_') + '.pdf', bytes: readFileSync(join(SOURCE, f)), pages: pagesOf(join(SOURCE, f)) }));
    const perRound = originals.reduce((s, o) => s + o.pages, 0);
    const rounds = Math.ceil(MIN_PAGES / perRound);
    // Distinct copies (a comment after %%EOF), so each is a document of its own in the store.
    const dir = join(t.dir, 'pdfs');
    mkdirSync(dir);
    const files: string[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const o of originals) {
        const file = join(dir, `${r}-${o.name}`);
        writeFileSync(file, Buffer.concat([o.bytes, Buffer.from(`\n%bench copy ${r}\n`)]));
        files.push(file);
      }
    }
    const pages = perRound * rounds;
    console.log(`${files.length} PDFs, ${pages} pages (${originals.length} corpus PDFs × ${rounds}), ${availableParallelism()} cores`);

    const bare = () => {
      const started = performance.now();
      for (const f of files) spawnSync('pdftotext', [f, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
      return (performance.now() - started) / 1000;
    };
    importPaths(t.store, [dir]);
    const stage = async (pdfEngine: 'auto' | 'pdfjs'): Promise<ExtractReport> => extractStage(t.store, { force: true, pdfEngine });

    const bare1 = bare();
    const whole = await stage('auto');
    const pureJs = await stage('pdfjs');
    const bare2 = bare();
    const baseline = pages / ((bare1 + bare2) / 2);
    const rate = (r: ExtractReport) => r.pages / r.seconds;
    const row = (label: string, pps: number, extra = '') =>
      console.log(`${label.padEnd(34)} ${pps.toFixed(1).padStart(7)} pages/s  ${(pps / baseline).toFixed(2)}× pdftotext${extra}`);
    console.log(`${'bare pdftotext (sequential)'.padEnd(34)} ${baseline.toFixed(1).padStart(7)} pages/s  (runs: ${bare1.toFixed(2)} s, ${bare2.toFixed(2)} s)`);
    row('extract stage (pdftotext + pdf.js)', rate(whole), `  target ≥ 0.50×  statuses ${JSON.stringify(whole.statuses)}`);
    row('extract stage, pure JS (pdf.js)', rate(pureJs), `  target ≥ 0.25×  statuses ${JSON.stringify(pureJs.statuses)}`);
    const mainPeak = Math.round(process.resourceUsage().maxRSS / 1024);
    console.log(
      `peak memory: main process ${mainPeak} MB, worker processes ${Math.max(whole.workerPeakRssMb, pureJs.workerPeakRssMb)} MB each (target < 300 MB)`,
    );
  } finally {
    t.cleanup();
  }
}
