/**
 * Letters: how fast motion references are found, and what a link run over a store costs.
 * Baselines in the same run: the bare kamerstuk regex scan (the least any finder must do), and a second link run
 * that finds everything up to date (the idempotent skip).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findKamerstukCitations } from '../src/link/kamerstukCitation.js';
import { findReferences } from '../src/link/referenceFinder.js';
import { extractStage } from '../src/pipeline/extractStage.js';
import { importPaths } from '../src/pipeline/importStage.js';
import { linkStage } from '../src/pipeline/linkStage.js';
import { parseStage } from '../src/pipeline/parseStage.js';
import { openStore } from '../src/store/db.js';
import { sourceText } from '../eval/referenceEval.js';

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export async function run(): Promise<void> {
  const texts = await Promise.all(readFileSync('fixtures/references/documents.txt', 'utf8').split('\n').filter(Boolean).map(sourceText));
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const rounds = 20;
  for (const t of texts) findReferences(t); // warm up
  const finder = time(() => {
    for (let i = 0; i < rounds; i++) for (const t of texts) findReferences(t);
  });
  const baseline = time(() => {
    for (let i = 0; i < rounds; i++) for (const t of texts) findKamerstukCitations(t);
  });
  const docs = texts.length * rounds;
  console.log(`findReferences: ${docs} documents (${(chars / 1000).toFixed(0)}k chars each round) in ${finder.toFixed(0)} ms = ${(finder / docs).toFixed(2)} ms/document`);
  console.log(`baseline, kamerstuk regex only: ${(baseline / docs).toFixed(2)} ms/document (finder costs ${(finder / baseline).toFixed(1)}×)`);

  // A store with 200 letters (the seed and corpus letters, each made distinct) and the 387 corpus motions.
  const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-bench-letters-'));
  try {
    const store = openStore(join(dir, 'bench.db'));
    const letterTexts = [
      'fixtures/seeds/002_1f48367c55694ea7.txt',
      'fixtures/seeds/003_45ed286d7100bb3b.txt',
      'fixtures/seeds/004_981b918f2eac9697.txt',
      ...readFileSync('fixtures/references/documents.txt', 'utf8').split('\n').filter((s) => s.startsWith('fixtures/corpus/brieven/')),
    ].map((f) => readFileSync(f, 'utf8'));
    const files: string[] = [];
    for (let i = 0; i < 200; i++) {
      const f = join(dir, `brief-${i}.txt`);
      writeFileSync(f, `${letterTexts[i % letterTexts.length]}\n\nKenmerk bench ${i}\n`);
      files.push(f);
    }
    importPaths(store, [...files, 'fixtures/corpus/moties-toegelicht/moties.jsonl']);
    await extractStage(store);
    parseStage(store);
    let report = linkStage(store);
    const first = time(() => (report = linkStage(store, { force: true })));
    const second = time(() => linkStage(store));
    console.log(
      `linkStage, 200 letters against 387 motions: ${first.toFixed(0)} ms (${(first / 200).toFixed(1)} ms/letter, ${report.references} references, ${report.resolved} resolved)`,
    );
    console.log(`baseline, second run with nothing changed: ${second.toFixed(0)} ms`);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
