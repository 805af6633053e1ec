import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let available: boolean | null = null;

/** True when Debian's tesseract-ocr (with the Dutch model, tesseract-ocr-nld) and poppler's pdftoppm are installed. */
export function ocrAvailable(): boolean {
  if (available !== null) return available;
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 5000 });
  const ppm = spawnSync('pdftoppm', ['-v'], { stdio: 'ignore', timeout: 5000 });
  available = langs.status === 0 && /\bnld\b/.test(`${langs.stdout}${langs.stderr}`) && ppm.status === 0;
  return available;
}

/**
 * OCR of image-only pages: pdftoppm renders each page at 300 dpi, tesseract reads it as Dutch.
 * Optional path: only called when `ocrAvailable()`; each step is bounded by the remaining time.
 */
export function ocrPdf(bytes: Uint8Array, maxPages: number, deadline: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-ocr-'));
  try {
    const pdf = join(dir, 'in.pdf');
    writeFileSync(pdf, bytes);
    const left = () => Math.max(1000, deadline - Date.now());
    spawnSync('pdftoppm', ['-r', '300', '-gray', '-png', '-l', String(maxPages), pdf, join(dir, 'p')], { timeout: left() });
    return readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => spawnSync('tesseract', [join(dir, f), '-', '-l', 'nld'], { encoding: 'utf8', timeout: left() }).stdout ?? '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
