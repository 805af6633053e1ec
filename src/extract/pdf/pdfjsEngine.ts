import { checkDeadline, UnreadableFileError, type ExtractLimits } from '../limits.js';
import type { PdfEngineResult } from './engineResult.js';
import { layoutPage } from './layout/layoutPage.js';
import { uprightBoxes, type PlacedRun } from './upright.js';

interface PdfjsTextItem {
  str: string;
  transform: number[];
  width: number;
}

/**
 * pdf.js in process: text items with positions, laid out into reading order by `layoutPage`
 * (duplicate fake-bold runs dropped, stacked layers kept apart, margin column set aside).
 */
export async function runPdfjs(bytes: Uint8Array, limits: ExtractLimits, deadline: number): Promise<PdfEngineResult> {
  // Loaded on first use: a process that only runs pdftotext (or only reads XML) never pays for pdf.js.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes stay intact.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await withDeadline(task.promise, deadline, limits, () => void task.destroy());
  } catch (err) {
    throw describePdfjsError(err);
  }
  try {
    const pages: string[] = [];
    const letterhead: string[] = [];
    let emptyPages = 0;
    const n = Math.min(doc.numPages, limits.maxPages);
    for (let i = 1; i <= n; i++) {
      checkDeadline(deadline, limits);
      const page = await doc.getPage(i);
      // Unrotated view: the text's own direction decides which way is up (see `uprightBoxes`).
      const viewport = page.getViewport({ scale: 1, rotation: 0 });
      const content = await withDeadline(page.getTextContent(), deadline, limits, () => void task.destroy());
      const runs: PlacedRun[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const item = raw as PdfjsTextItem;
        if (item.str === '') continue;
        const tx = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
        runs.push({ text: item.str, tx, width: item.width });
      }
      const upright = uprightBoxes(runs, viewport.width, viewport.height);
      const boxes = upright.boxes;
      page.cleanup();
      if (boxes.every((b) => b.text.trim() === '')) emptyPages++;
      const laid = layoutPage(boxes, upright.width);
      pages.push(laid.lines.join('\n'));
      if (laid.margin.length) letterhead.push(laid.margin.join('\n'));
    }
    return { engine: 'pdfjs', pages, pageCount: doc.numPages, letterhead, emptyPages };
  } finally {
    await task.destroy();
  }
}

function withDeadline<T>(p: Promise<T>, deadline: number, limits: ExtractLimits, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        onTimeout();
        reject(new UnreadableFileError(`timed out after ${limits.timeoutMs / 1000} s (raise with --timeout)`));
      },
      Math.max(1, deadline - Date.now()),
    );
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

function describePdfjsError(err: unknown): Error {
  if (err instanceof UnreadableFileError) return err;
  const e = err as { name?: string; message?: string };
  if (e.name === 'PasswordException') return new UnreadableFileError('the PDF is encrypted (password protected)');
  if (e.name === 'InvalidPDFException') return new UnreadableFileError('not a readable PDF (damaged, truncated or not a PDF at all)');
  return new UnreadableFileError(`pdf.js could not read the PDF: ${e.message ?? String(err)}`);
}
