import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let available: boolean | null = null;

/** True when Debian's tesseract-ocr (with the Dutch model, tesseract-ocr-nld) and poppler's pdftoppm and pdfimages are installed. */
export function ocrAvailable(): boolean {
  if (available !== null) return available;
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 5000 });
  const poppler = ['pdftoppm', 'pdfimages'].every((tool) => spawnSync(tool, ['-v'], { stdio: 'ignore', timeout: 5000 }).status === 0);
  available = langs.status === 0 && /\bnld\b/.test(`${langs.stdout}${langs.stderr}`) && poppler;
  return available;
}

export interface OcrResult {
  /** The text read per page (1-based page number), only for pages where OCR found text. */
  read: Map<number, string>;
  /** How many of the candidate pages carry an image, and so were to be OCR'd. */
  imagePages: number;
  /** Image pages not reached before the deadline. */
  notReached: number;
}

/** Fewer letters than this on an OCR'd page is a logo or a stamp, not text: the page stays empty. */
const MIN_LETTERS = 20;

/**
 * OCR of the `candidates` (1-based pages without a text layer) that carry an image: a page that draws no image has
 * nothing a scanner could have put there, so it is not rendered at all (a 3,000-page PDF of blank pages costs one
 * `pdfimages -list`, not 3,000 renders). Each image page: pdftoppm at 300 dpi in grey, tesseract reads it as Dutch.
 * The page image is written as PGM, not PNG: compressing a noisy scan to PNG costs pdftoppm some 50× the render.
 * Each step is bounded by the time left; tesseract runs on one thread because the extract pool already fills the cores.
 */
export function ocrPages(bytes: Uint8Array, candidates: number[], deadline: number): OcrResult {
  const read = new Map<number, string>();
  if (candidates.length === 0) return { read, imagePages: 0, notReached: 0 };
  const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-ocr-'));
  try {
    const pdf = join(dir, 'in.pdf');
    writeFileSync(pdf, bytes);
    const left = () => Math.max(1000, deadline - Date.now());
    const withImages = pagesWithImages(pdf, Math.max(...candidates), left());
    // pdfimages could not list the images (an odd PDF): OCR every candidate, as before there was a list.
    const pages = withImages ? candidates.filter((p) => withImages.has(p)) : candidates;
    let done = 0;
    for (const page of pages) {
      if (Date.now() > deadline) break;
      done++;
      const image = join(dir, `p${page}`);
      spawnSync('pdftoppm', ['-r', '300', '-gray', '-singlefile', '-f', String(page), '-l', String(page), pdf, image], { timeout: left() });
      const ocr = spawnSync('tesseract', [`${image}.pgm`, '-', '-l', 'nld'], {
        encoding: 'utf8',
        timeout: left(),
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      });
      rmSync(`${image}.pgm`, { force: true }); // 9 MB a page at 300 dpi
      const text = (ocr.stdout ?? '').replace(/\f/g, '');
      if ((text.match(/\p{L}/gu)?.length ?? 0) >= MIN_LETTERS) read.set(page, text);
    }
    return { read, imagePages: pages.length, notReached: pages.length - done };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The pages (1-based, up to `lastPage`) that draw at least one image, from `pdfimages -list`; null when it fails. */
function pagesWithImages(pdf: string, lastPage: number, timeoutMs: number): Set<number> | null {
  const list = spawnSync('pdfimages', ['-list', '-l', String(lastPage), pdf], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  if (list.status !== 0) return null;
  const pages = new Set<number>();
  // After two header lines: "page num type width height …", one line per image.
  for (const line of (list.stdout ?? '').split('\n').slice(2)) {
    const page = Number(line.trim().split(/\s+/)[0]);
    if (Number.isInteger(page) && page > 0) pages.add(page);
  }
  return pages;
}
