/**
 * OCR benchmark (runs with `npm run bench -- extract`): the scanned motion (fixtures/scanned/, 1 image-only page),
 * as distinct copies, through
 * - bare `pdftoppm -r 300 -gray` + `tesseract -l nld` per page, one after another, tesseract's default threads:
 *   the baseline, run in the same benchmark (what one would type by hand); once more with OMP_THREAD_LIMIT=1, as the
 *   stage runs it, to show how much of the difference is threads and how much is the pool;
 * - the whole extract stage (store, worker pool on all cores, pdftotext finds no text, OCR of the image page).
 * And a 3,000-page PDF without text or images: the extract path against bare `pdftotext` on the same file
 * (it used to render 500 blank pages for OCR and time out after 60 s).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { extractRendition } from '../src/extract/extractRendition.js';
import { ocrAvailable } from '../src/extract/pdf/ocr.js';
import { extractStage } from '../src/pipeline/extractStage.js';
import { importPaths } from '../src/pipeline/importStage.js';
import { tempStore } from '../test/support/tempStore.js';

const SCAN = 'fixtures/scanned/kst-21501-02-3121-scan.pdf';
const COPIES = 12;

const seconds = (started: number) => (performance.now() - started) / 1000;

export async function run(): Promise<void> {
  if (!ocrAvailable()) {
    console.log('tesseract (with tesseract-ocr-nld) or poppler-utils is not installed: no OCR benchmark. Skipped.');
    return;
  }
  const t = tempStore();
  try {
    const dir = join(t.dir, 'scans');
    mkdirSync(dir);
    const bytes = readFileSync(SCAN);
    const files: string[] = [];
    for (let i = 0; i < COPIES; i++) {
      const file = join(dir, `scan-${i}.pdf`);
      writeFileSync(file, Buffer.concat([bytes, Buffer.from(`\n%bench copy ${i}\n`)]));
      files.push(file);
    }
    console.log(`${COPIES} scanned one-page motions (${SCAN}), ${availableParallelism()} cores`);

    const bare = (env: NodeJS.ProcessEnv = process.env) => {
      const started = performance.now();
      for (const f of files) {
        spawnSync('pdftoppm', ['-r', '300', '-gray', '-singlefile', f, join(dir, 'bare')], { stdio: 'ignore' });
        spawnSync('tesseract', [join(dir, 'bare.pgm'), '-', '-l', 'nld'], { stdio: 'ignore', env });
      }
      return seconds(started);
    };
    importPaths(t.store, [dir]);
    const bare1 = bare();
    const stage = await extractStage(t.store, { force: true });
    const bare2 = bare();
    const oneThread = bare({ ...process.env, OMP_THREAD_LIMIT: '1' });
    const baseline = COPIES / ((bare1 + bare2) / 2);
    const rate = stage.pages / stage.seconds;
    console.log(`${'bare pdftoppm + tesseract (sequential)'.padEnd(40)} ${baseline.toFixed(2).padStart(6)} pages/s  (runs: ${bare1.toFixed(1)} s, ${bare2.toFixed(1)} s)`);
    console.log(`${'bare, tesseract on one thread'.padEnd(40)} ${(COPIES / oneThread).toFixed(2).padStart(6)} pages/s  ${(COPIES / oneThread / baseline).toFixed(2)}× bare tesseract`);
    console.log(
      `${'extract stage, OCR (pool)'.padEnd(40)} ${rate.toFixed(2).padStart(6)} pages/s  ${(rate / baseline).toFixed(2)}× bare tesseract  statuses ${JSON.stringify(stage.statuses)}`,
    );

    // No text, no images: nothing to OCR, so it ends as fast as pdftotext reads it.
    const blank = await PDFDocument.create();
    for (let i = 0; i < 3000; i++) blank.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 20, height: 20 });
    const blankBytes = await blank.save({ useObjectStreams: false });
    const blankFile = join(t.dir, 'blank-3000.pdf');
    writeFileSync(blankFile, blankBytes);
    let started = performance.now();
    spawnSync('pdftotext', ['-l', '500', blankFile, '-'], { stdio: 'ignore' });
    const barePdftotext = seconds(started);
    started = performance.now();
    const r = await extractRendition(blankBytes, 'pdf');
    const ours = seconds(started);
    console.log(
      `3,000 pages without text or images: extract ${ours.toFixed(2)} s (${r.verdict.status}), bare pdftotext ${barePdftotext.toFixed(2)} s (first 500 pages)  target < 5 s`,
    );
  } finally {
    t.cleanup();
  }
}
