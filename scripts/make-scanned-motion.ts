/**
 * Makes fixtures/scanned/kst-21501-02-3121-scan.pdf: a real motion turned into an image-only PDF, as a scanner makes
 * one. Source: fixtures/corpus/pdf/motie/d7a5dc6c-3636-4acd-8630-96c14e97dcce.pdf (kst-21501-02-3121, Ceder; see
 * fixtures/corpus/pdf/README.md). Steps: poppler renders the page at 200 dpi in grey, ImageMagick tilts it 0.6° and
 * adds scanner noise (fixed seed, so a re-run gives the same image) and stores it as JPEG, pdf-lib wraps the JPEG in a
 * PDF page of the same physical size with no text layer.
 *
 *   npx tsx scripts/make-scanned-motion.ts      (needs poppler-utils and imagemagick)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';

const SOURCE = 'fixtures/corpus/pdf/motie/d7a5dc6c-3636-4acd-8630-96c14e97dcce.pdf';
const OUT = 'fixtures/scanned/kst-21501-02-3121-scan.pdf';
const DPI = 200;

const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-scan-'));
try {
  execFileSync('pdftoppm', ['-r', String(DPI), '-gray', '-png', '-singlefile', SOURCE, join(dir, 'page')]);
  const jpg = join(dir, 'scan.jpg');
  execFileSync('convert', [join(dir, 'page.png'), '-seed', '14', '-background', 'white', '-rotate', '0.6', '-attenuate', '0.4', '+noise', 'Gaussian', '-colorspace', 'Gray', '-strip', '-quality', '70', jpg]);
  const pdf = await PDFDocument.create();
  // No producer or dates that change between runs: the same input gives the same bytes.
  pdf.setProducer('motiemonitor scripts/make-scanned-motion.ts');
  pdf.setCreator('motiemonitor');
  pdf.setCreationDate(new Date('2025-04-11T00:00:00Z'));
  pdf.setModificationDate(new Date('2025-04-11T00:00:00Z'));
  const image = await pdf.embedJpg(readFileSync(jpg));
  const [w, h] = [(image.width * 72) / DPI, (image.height * 72) / DPI];
  pdf.addPage([w, h]).drawImage(image, { x: 0, y: 0, width: w, height: h });
  writeFileSync(OUT, await pdf.save());
  console.log(`${OUT}: 1 image-only page, ${image.width}×${image.height} px at ${DPI} dpi`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
