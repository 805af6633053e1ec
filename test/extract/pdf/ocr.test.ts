import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractRendition } from '../../../src/extract/extractRendition.js';
import { ocrPages } from '../../../src/extract/pdf/ocr.js';
import { similarity } from '../../../src/extract/quality/similarity.js';
import { parseMotion } from '../../../src/parse/motionParser.js';
import { hasTool, needs } from '../../support/tools.js';

/** The scan of a real motion (fixtures/scanned/README.md) and the PDF it was made from. */
const SCAN = 'fixtures/scanned/kst-21501-02-3121-scan.pdf';
const ORIGINAL = 'fixtures/corpus/pdf/motie/d7a5dc6c-3636-4acd-8630-96c14e97dcce.pdf';
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A PDF of `n` pages with neither text nor images (a broken export, a blank scan batch). */
async function blankPages(n: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < n; i++) doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 20, height: 20 });
  // Without object streams the page tree's /Count is readable, so the verdict can say how many pages there are.
  return doc.save({ useObjectStreams: false });
}

/** Blank pages around the scanned page: only the page with the image has anything to OCR. */
async function scanBetweenBlanks(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const scan = await PDFDocument.load(readFileSync(SCAN));
  doc.addPage([595, 842]);
  const [page] = await doc.copyPages(scan, [0]);
  doc.addPage(page!);
  doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  return doc.save();
}

const ocr = needs('OCR of a scanned motion', 'tesseract', 'pdftoppm');

describe.skipIf(!ocr)('OCR of a scanned motion (tesseract, Dutch)', () => {
  it.each(['auto', 'pdfjs'] as const)('%s: reads the scan as the motion it was made from, and parses it the same', async (pdfEngine) => {
    const scanned = await extractRendition(readFileSync(SCAN), 'pdf', { pdfEngine });
    expect(scanned.engine).toBe(`${pdfEngine === 'auto' ? 'pdftotext' : 'pdfjs'}+tesseract`);
    expect(scanned.verdict.status).toBe('ok');
    expect(scanned.verdict.reason).toMatch(/^OCR of 1 image-only page; /);
    const original = await extractRendition(readFileSync(ORIGINAL), 'pdf', { pdfEngine });
    const s = similarity(fold(scanned.text), fold(original.text));
    console.log(`OCR (${pdfEngine}) against the text layer: character similarity ${s.toFixed(3)}`);
    expect(s).toBeGreaterThanOrEqual(0.95);
    const p = parseMotion(scanned.text)!;
    expect(p.kst).toBe('kst-21501-02-3121');
    expect(p.indieners).toEqual(['Ceder']);
    expect(p.datum).toBe('2025-04-10');
    expect(fold(p.operative.map((c) => c.text).join(' '))).toContain('verzoekt de regering Israël op te roepen tot onmiddellijke toelating van humanitaire hulp');
  });

  it('OCRs only the page that carries an image', async () => {
    const t = await extractRendition(await scanBetweenBlanks(), 'pdf');
    expect(t.pages).toBe(3);
    expect(t.engine).toBe('pdftotext+tesseract');
    expect(t.verdict.reason).toMatch(/^OCR of 1 image-only page \(of 3 pages\); /);
    expect(t.text).toContain('MOTIE VAN HET LID CEDER');
  });

  it('counts the image pages a passed deadline left unread, and reads none of them', async () => {
    const r = ocrPages(await scanBetweenBlanks(), [1, 2, 3], Date.now() - 1);
    expect(r).toEqual({ read: new Map(), imagePages: 1, notReached: 1 });
  });

  it('a 3,000-page PDF without text or images is `empty`: no page is rendered for OCR', async () => {
    const t = await extractRendition(await blankPages(3000), 'pdf');
    expect(t.verdict.status).toBe('empty');
    expect(t.pages).toBe(3000);
    expect(t.engine).not.toMatch(/tesseract/);
    expect(t.verdict.reason).toMatch(/no text layer \(and no page carries an image, so there is nothing to OCR\)$/);
    expect(t.verdict.reason).toMatch(/^only the first 500 of 3000 pages were read/);
  });
});

describe.skipIf(hasTool('tesseract'))('a scanned motion without tesseract', () => {
  it('is `empty`, and the reason names the packages that would read it', async () => {
    const t = await extractRendition(readFileSync(SCAN), 'pdf');
    expect(t.verdict.status).toBe('empty');
    expect(t.verdict.reason).toBe('no text layer (image-only pages; OCR needs tesseract-ocr and tesseract-ocr-nld)');
  });
});
