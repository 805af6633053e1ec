import { safeMarkdownText } from './liquid.js';
import { safeUrl } from './motionPage.js';

export interface JekyllIndexRow {
  id: string;
  onderwerp: string;
  implicatie: string;
  pdfUrl: string;
  datum: string | null;
}

/** One table cell: a single line, pipes escaped so they cannot split the row. */
function cell(s: string): string {
  return safeMarkdownText(s.replace(/\s+/g, ' ').trim()).replace(/\|/g, '\\|');
}

/** `index.md`: the moties-toegelicht table, newest first (rows are given in that order). */
export function renderJekyllIndex(rows: Iterable<JekyllIndexRow>): string {
  let out = '---\nlayout: default\n---\n\n| Motie | Implicatie | Orgineel | Datum |\n| --- | --- | --- | --- |\n';
  for (const r of rows) {
    const link = `[${cell(r.onderwerp) || cell(r.id)}](moties/${encodeURIComponent(r.id)}.html)`;
    const pdf = safeUrl(r.pdfUrl);
    out += `| ${link} | ${cell(r.implicatie)} | ${pdf ? `[pdf](${pdf})` : ''} | ${cell(r.datum ?? '')} |\n`;
  }
  return out;
}
