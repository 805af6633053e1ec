import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractRendition } from '../../src/extract/extractRendition.js';
import { ExtractPool } from '../../src/extract/pool/extractPool.js';
import { importPaths } from '../../src/pipeline/importStage.js';
import { extractStage, type ExtractReport } from '../../src/pipeline/extractStage.js';
import { getBlob } from '../../src/store/blobStore.js';
import { getRenditions, getText, listDocuments } from '../../src/store/documentRepo.js';
import type { ImportReport } from '../../src/pipeline/importStage.js';
import { tempStore } from '../support/tempStore.js';
import * as make from '../support/makePdfs.js';

/**
 * One import + extract run over good and hostile files side by side: every bad file gets a clear status and
 * message within bounded time, the good files come through, and every original stays in the store.
 */
describe('bad files in one import + extract run', () => {
  const t = tempStore();
  let imported: ImportReport;
  let report: ExtractReport;
  const byFile = new Map<string, string>();

  beforeAll(async () => {
    const good = await make.plainMotion();
    const files: Record<string, Uint8Array> = {
      'good-1.pdf': good,
      'good-2.pdf': await make.kamerbriefWithMargin(),
      'truncated.pdf': good.subarray(0, Math.floor(good.length * 0.4)),
      'empty.pdf': new Uint8Array(0),
      'encrypted.pdf': make.encryptedPdf(),
      'not-a-pdf.pdf': Buffer.from('<html><body><h1>404 Not Found</h1></body></html>'),
      'thousand-pages.pdf': await make.manyPages(1000),
      'bomb.pdf': make.pdfBomb(150),
      'good.txt': Buffer.from('MOTIE VAN HET LID BECKER\nDe Kamer,\ngehoord de beraadslaging,\nverzoekt de regering de Kamer te informeren over de voortgang van de aanpak,\nen gaat over tot de orde van de dag.\n'),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(t.dir, name), bytes);
    imported = importPaths(t.store, [t.dir]);
    report = await extractStage(t.store, { timeoutMs: 4000, workers: 2 });
    for (const d of listDocuments(t.store.db)) byFile.set(d.herkomst.replace('import:', ''), d.id);
  }, 120_000);
  afterAll(() => t.cleanup());

  const textOf = (file: string) => getText(t.store.db, byFile.get(file)!)!;

  it('imports every file but the empty one, which is refused with a clear message', () => {
    expect(imported.failures).toEqual([{ file: join(t.dir, 'empty.pdf'), message: 'the file is empty (0 bytes)' }]);
    expect(imported.documents).toBe(8);
  });

  it('extracts the good files', () => {
    for (const f of ['good-1.pdf', 'good-2.pdf', 'good.txt']) expect(textOf(f).verdict.status, f).toBe('ok');
    expect(report.extracted).toBe(8);
  });

  it.each([
    ['encrypted.pdf', 'unreadable', /^the PDF is encrypted \(password protected\)$/],
    ['not-a-pdf.pdf', 'unreadable', /^not a PDF \(no %PDF- header\)$/],
    ['truncated.pdf', 'unreadable', /not a readable PDF \(damaged, truncated or not a PDF at all\)|pdf\.js could not read/],
    ['bomb.pdf', 'unreadable', /^timed out after 4 s \(raise with --timeout\)$|ran out of memory/],
    ['thousand-pages.pdf', 'suspect', /^only the first 500 of 1000 pages were read \(raise with --max-pages\)/],
  ])('%s: %s, "%s"', (file, status, reason) => {
    const text = textOf(file);
    expect(text.verdict.status).toBe(status);
    expect(text.verdict.reason).toMatch(reason);
  });

  it('lists the unreadable files in the report, and keeps every original byte for byte', () => {
    expect(report.failed.map((f) => f.id).sort()).toEqual(['bomb.pdf', 'encrypted.pdf', 'not-a-pdf.pdf', 'truncated.pdf'].map((f) => byFile.get(f)).sort());
    for (const id of byFile.values()) {
      for (const r of getRenditions(t.store.db, id)) expect(getBlob(t.store.blobDir, r.sha256).length).toBe(r.byteLength);
    }
  });

  it('does not redo up-to-date work on the next run', async () => {
    const again = await extractStage(t.store, { timeoutMs: 4000, workers: 2 });
    expect(again).toMatchObject({ extracted: 0, unchanged: 8 });
  });
});

describe('limits on a single file', () => {
  it('refuses a file over the size cap, and an empty rendition', async () => {
    const big = await extractRendition(await make.plainMotion(), 'pdf', { maxBytes: 1000 });
    expect(big.verdict).toMatchObject({ status: 'unreadable', reason: expect.stringMatching(/^the file is too large: \d+ KB > 1 KB \(raise with --max-bytes\)$/) });
    const empty = await extractRendition(new Uint8Array(0), 'pdf');
    expect(empty.verdict).toEqual({ status: 'unreadable', score: 0, reason: 'the file is empty (0 bytes)' });
  });

  it('pure-JS path (pdf.js only): the worker pool stops the bomb at its time limit and goes on with the next file', async () => {
    // pdf.js parses a content stream in one go, so only a separate process can be stopped in the middle of it.
    const pool = new ExtractPool(1, { timeoutMs: 3000 });
    try {
      const bomb = await pool.extract(make.pdfBomb(60), 'pdf', { pdfEngine: 'pdfjs' });
      // Stopped by the pool's own limit (the reason names it), not by the test's patience.
      expect(bomb.verdict).toMatchObject({ status: 'unreadable', reason: expect.stringMatching(/^timed out after 3 s|ran out of memory/) });
      const next = await pool.extract(await make.plainMotion(), 'pdf', { pdfEngine: 'pdfjs' });
      expect(next.verdict.status).toBe('ok');
    } finally {
      await pool.close();
    }
  });
});
