import { spawn, spawnSync } from 'node:child_process';
import { UnreadableFileError, type ExtractLimits } from '../limits.js';
import type { PdfEngineResult } from './engineResult.js';
import { declaredPageCount } from './pageCount.js';

let available: boolean | null = null;

/** True when poppler's `pdftotext` can be run (it is optional: `apt-get install poppler-utils`). */
export function pdftotextAvailable(): boolean {
  if (process.env.MOTIEMONITOR_NO_PDFTOTEXT === '1') return false;
  available ??= spawnSync('pdftotext', ['-v'], { stdio: 'ignore', timeout: 5000 }).status === 0;
  return available;
}

/**
 * Runs `pdftotext` (default mode: poppler's reading order, the layout the corpus motion texts have) on the bytes via stdin.
 * Killed at the deadline; its stderr becomes the error message.
 */
export function runPdftotext(bytes: Uint8Array, limits: ExtractLimits, deadline: number): Promise<PdfEngineResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('pdftotext', ['-enc', 'UTF-8', '-l', String(limits.maxPages), '-', '-'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = '';
    let failure: Error | null = null;
    const timer = setTimeout(
      () => {
        failure = new UnreadableFileError(`timed out after ${limits.timeoutMs / 1000} s (raise with --timeout)`);
        child.kill('SIGKILL');
      },
      Math.max(1, deadline - Date.now()),
    );
    child.stdout.on('data', (b: Buffer) => {
      outBytes += b.length;
      // A bomb can expand into endless text: stop reading past a bound far above any real document.
      if (outBytes > limits.maxBytes * 20 + 50_000_000) {
        failure = new UnreadableFileError('the text expands beyond any sensible size (PDF bomb?)');
        child.kill('SIGKILL');
        return;
      }
      out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < 4000) err += b.toString('utf8');
    });
    child.stdin.on('error', () => {}); // pdftotext may exit before reading everything (not a PDF)
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failure) return reject(failure);
      if (code !== 0) return reject(new UnreadableFileError(describePopplerError(err, code)));
      const text = Buffer.concat(out).toString('utf8');
      const pages = text.split('\f');
      // pdftotext ends every page with a form feed, so the last piece is empty.
      if (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
      // pdftotext stops at -l: the page tree tells how many there were.
      const declared = pages.length >= limits.maxPages ? declaredPageCount(bytes) : null;
      resolve({
        engine: 'pdftotext',
        pages,
        pageCount: Math.max(pages.length, declared ?? 0),
        letterhead: [],
        emptyPages: pages.filter((p) => p.trim() === '').length,
      });
    });
    child.stdin.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}

function describePopplerError(stderr: string, code: number | null): string {
  if (/password/i.test(stderr)) return 'the PDF is encrypted (password protected)';
  if (/May not be a PDF|Couldn't find trailer|xref/i.test(stderr)) return 'not a readable PDF (damaged, truncated or not a PDF at all)';
  const first = stderr.split('\n').find((l) => l.trim()) ?? '';
  return `pdftotext failed (exit ${code})${first ? `: ${first.trim()}` : ''}`;
}
