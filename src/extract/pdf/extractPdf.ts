import type { ExtractedText, QualityStatus } from '../../domain/types.js';
import { cleanPages } from '../cleanup/cleanPages.js';
import { formatBytes, UnreadableFileError, type ExtractLimits } from '../limits.js';
import { judgeText } from '../quality/verdict.js';
import { better, statusRank } from './chooseBest.js';
import type { PdfEngineResult } from './engineResult.js';
import { ocrAvailable, ocrPages, type OcrResult } from './ocr.js';
import { runPdfjs } from './pdfjsEngine.js';
import { pdftotextAvailable, runPdftotext } from './pdftotextEngine.js';

export type PdfEngineChoice = 'auto' | 'pdftotext' | 'pdfjs';

/**
 * PDF → clean text. pdftotext first where installed (fast; its reading order is the one the corpus texts have),
 * judged; when the verdict is not `ok`, or the first page looks like a Kamerbrief with a margin column that only
 * positions can set apart, pdf.js runs too and the better result wins. The verdict's reason says who won.
 */
export async function extractPdf(bytes: Uint8Array, limits: ExtractLimits, deadline: number, choice: PdfEngineChoice = 'auto'): Promise<ExtractedText> {
  checkIsPdf(bytes, limits);
  const engines: ('pdftotext' | 'pdfjs')[] =
    choice === 'pdfjs' ? ['pdfjs'] : choice === 'pdftotext' ? ['pdftotext'] : pdftotextAvailable() ? ['pdftotext', 'pdfjs'] : ['pdfjs'];
  if (choice === 'pdftotext' && !pdftotextAvailable()) throw new UnreadableFileError('pdftotext is not installed (apt-get install poppler-utils)');

  let best: ExtractedText | null = null;
  const tried: string[] = [];
  let firstError: Error | null = null;
  let letter = false;
  for (const engine of engines) {
    let raw: PdfEngineResult;
    try {
      raw = engine === 'pdftotext' ? await runPdftotext(bytes, limits, deadline) : await runPdfjs(bytes, limits, deadline);
    } catch (err) {
      firstError ??= err as Error;
      tried.push(`${engine}: ${(err as Error).message}`);
      // A timeout spends the whole budget, and no engine opens an encrypted file: do not start the other one.
      if (/timed out|encrypted/.test((err as Error).message)) break;
      continue;
    }
    const { result, textStatus } = toExtracted(raw, bytes, deadline);
    tried.push(`${engine}: ${result.verdict.status} ${result.verdict.score.toFixed(2)}`);
    // A letter whose margin column pdf.js could set apart reads better from pdf.js, at an equal verdict.
    const keepsMarginApart = letter && engine === 'pdfjs' && raw.letterhead.length > 0;
    best = !best ? result : keepsMarginApart && statusRank(result.verdict.status) >= statusRank(best.verdict.status) ? result : better(best, result);
    letter ||= engine === 'pdftotext' && looksLikeLetter(raw);
    // Judged on the text alone: a page limit that was hit is no reason to run the other engine.
    if ((best === result ? textStatus : best.verdict.status) === 'ok' && !letter) break;
    if (best.verdict.status === 'empty') break; // no text layer: the other engine finds none either
    if (result.engine.endsWith('+tesseract')) break; // OCR'd: the other engine would OCR the same images
  }
  if (!best) throw firstError ?? new UnreadableFileError('no PDF engine could read the file');
  if (tried.length > 1) best.verdict = { ...best.verdict, reason: `${best.verdict.reason} (tried ${tried.join('; ')}; ${best.engine} kept)` };
  return best;
}

function toExtracted(
  raw: PdfEngineResult,
  bytes: Uint8Array,
  deadline: number,
): { result: ExtractedText; textStatus: QualityStatus } {
  // Pages without a text layer that carry an image are scans: OCR them where tesseract is installed.
  const blank = raw.pages.flatMap((p, i) => (p.trim() === '' ? [i + 1] : []));
  const ocr = blank.length > 0 && ocrAvailable() ? ocrPages(bytes, blank, deadline) : null;
  const pages = ocr && ocr.read.size > 0 ? raw.pages.map((p, i) => ocr.read.get(i + 1) ?? p) : raw.pages;
  const cleaned = cleanPages(pages);
  const text = cleaned.text;
  const engine = ocr && ocr.read.size > 0 ? `${raw.engine}+tesseract` : raw.engine;
  let verdict = judgeText(text);
  const stillBlank = blank.length - (ocr?.read.size ?? 0);
  if (stillBlank === raw.pages.length && raw.pages.length > 0) {
    verdict = { status: 'empty', score: 0, reason: `no text layer (${noTextReason(ocr)})` };
  } else if (ocr && ocr.read.size > 0) {
    const of = ocr.read.size === raw.pages.length ? '' : ` (of ${raw.pages.length} pages)`;
    verdict = { ...verdict, reason: `OCR of ${ocr.read.size} image-only page${ocr.read.size === 1 ? '' : 's'}${of}; ${verdict.reason}` };
  } else if (stillBlank > 0) {
    verdict = { ...verdict, reason: `${verdict.reason}; ${stillBlank} of ${raw.pages.length} pages have no text layer` };
  }
  if (ocr && ocr.notReached > 0) {
    // Part of the scan is missing from the text: never `ok`.
    verdict = {
      ...verdict,
      status: verdict.status === 'ok' ? 'suspect' : verdict.status,
      reason: `OCR stopped at the time limit with ${ocr.notReached} of ${ocr.imagePages} image pages unread (raise with --timeout); ${verdict.reason}`,
    };
  }
  const textStatus = verdict.status;
  if (raw.pageCount > raw.pages.length) {
    verdict = {
      ...verdict,
      status: verdict.status === 'ok' ? 'suspect' : verdict.status,
      reason: `only the first ${raw.pages.length} of ${raw.pageCount} pages were read (raise with --max-pages); ${verdict.reason}`,
    };
  }
  const letterhead = [...raw.letterhead, ...cleaned.letterhead].join('\n').trim();
  return {
    result: {
      text,
      verdict,
      engine,
      rendition: 'pdf',
      pages: raw.pageCount,
      footnotes: cleaned.footnotes,
      letterhead: letterhead || null,
      trailer: cleaned.trailer,
    },
    textStatus,
  };
}

function noTextReason(ocr: OcrResult | null): string {
  if (!ocr) return 'image-only pages; OCR needs tesseract-ocr and tesseract-ocr-nld';
  if (ocr.imagePages === 0) return 'and no page carries an image, so there is nothing to OCR';
  return `OCR found no text on the ${ocr.imagePages} image page${ocr.imagePages === 1 ? '' : 's'}`;
}

function checkIsPdf(bytes: Uint8Array, limits: ExtractLimits): void {
  if (bytes.length === 0) throw new UnreadableFileError('the file is empty (0 bytes)');
  if (bytes.length > limits.maxBytes) {
    throw new UnreadableFileError(`the file is too large: ${formatBytes(bytes.length)} > ${formatBytes(limits.maxBytes)} (raise with --max-bytes)`);
  }
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new UnreadableFileError('not a PDF (no %PDF- header)');
}

/** A Kamerbrief's first page: its margin column ("Ons kenmerk", "Datum") reads into the body in pdftotext's output. */
function looksLikeLetter(raw: PdfEngineResult): boolean {
  const first = raw.pages[0] ?? '';
  return /\b(Ons kenmerk|Onze referentie|Retouradres|Uw kenmerk)\b/.test(first);
}
