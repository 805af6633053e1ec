import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { resolveLimits } from '../../src/extract/limits.js';
import { runPdftotext } from '../../src/extract/pdf/pdftotextEngine.js';
import { needs } from './tools.js';

const poppler = needs('comparisons with bare pdftotext', 'pdftotext');

/** What pdf.js gives without our layout and clean-up: its text items joined in content order (for comparison). */
export async function naivePdfjsText(bytes: Uint8Array): Promise<string> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  let out = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) out += item.str + (item.hasEOL ? '\n' : '');
    out += '\n';
  }
  await doc.destroy();
  return out;
}

/** Bare `pdftotext` default output (null where poppler is not installed). */
export async function barePdftotext(bytes: Uint8Array): Promise<string | null> {
  if (!poppler) return null;
  const r = await runPdftotext(bytes, resolveLimits(), Date.now() + 30_000);
  return r.pages.join('\f');
}

/** Shows both engines' outputs in the test log, so a reader can see the difference. */
export function show(label: string, ...outputs: [string, string | null][]): void {
  for (const [name, text] of outputs) console.log(`--- ${label}: ${name}\n${text ?? '(not available)'}`);
}
