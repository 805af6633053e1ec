import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractRendition } from '../../src/extract/extractRendition.js';
import { similarity } from '../../src/extract/quality/similarity.js';
import { comparableText, compare } from '../support/comparable.js';
import { barePdftotext, show } from '../support/engineOutputs.js';
import { hasTool, needs } from '../support/tools.js';

const DIR = 'fixtures/corpus/pdf';
const PDFS = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.pdf'))
  .sort();
/** Tables and a two-column page, where poppler's default order is column-wise or scrambled and ours is row- or column-correct. */
const LAYOUT_DIFFERS = new Set(['besluitenlijst/besluitenlijst_example1.pdf', 'handelingen/40993d1c-f887-482d-89f7-33e41f6f7ed9.pdf']);
const sortedWords = (s: string) => s.split(' ').sort().join(' ');

describe.skipIf(!needs('real PDFs against pdftotext', 'pdftotext'))('real PDFs: pdf.js layout against pdftotext', () => {
  it('has the corpus PDFs', () => expect(PDFS.length).toBeGreaterThanOrEqual(21));

  it.each(PDFS)('%s: character similarity to pdftotext ≥ 0.97', async (file) => {
    const bytes = readFileSync(join(DIR, file));
    const ours = await comparableText(bytes, 'pdfjs');
    const poppler = await comparableText(bytes, 'pdftotext');
    const s = compare(ours, poppler);
    const words = similarity(sortedWords(ours.text), sortedWords(poppler.text));
    console.log(`${file}: in order ${s.inOrder.toFixed(4)}, sorted lines ${s.sortedLines.toFixed(4)}, sorted words ${words.toFixed(4)}`);
    if (LAYOUT_DIFFERS.has(file)) expect(words).toBeGreaterThanOrEqual(0.97);
    else expect(s.inOrder).toBeGreaterThanOrEqual(0.97);
  });

  it('reads the two-column Handelingen column by column (pdftotext puts the right column inside the left)', async () => {
    const bytes = readFileSync(join(DIR, 'handelingen/40993d1c-f887-482d-89f7-33e41f6f7ed9.pdf'));
    const ours = (await extractRendition(bytes, 'pdf', { pdfEngine: 'pdfjs' })).text;
    const bare = (await barePdftotext(bytes))!;
    const left = 'Toen dacht ik: kunnen we ook niet meteen een gedicht';
    const right = 'Het is altijd moeilijk om dan weer over te gaan';
    show('handelingen, first 1200 characters', ['pdftotext', bare.slice(0, 1200)], ['ours (pdfjs)', ours.slice(0, 1200)]);
    expect(ours.indexOf(left)).toBeLessThan(ours.indexOf(right));
    expect(bare.indexOf(left)).toBeGreaterThan(bare.indexOf(right));
  });
});

describe('the motion PDF', () => {
  const bytes = readFileSync(join(DIR, 'motie/d7a5dc6c-3636-4acd-8630-96c14e97dcce.pdf'));

  it.each(['auto', 'pdfjs'] as const)('%s: keeps pdftotext’s lines, moves the kst/ISSN trailer to metadata', async (engine) => {
    const t = await extractRendition(bytes, 'pdf', { pdfEngine: engine });
    expect(t.verdict.status).toBe('ok');
    expect(t.trailer).toEqual({ kst: 'kst-21501-02-3121', issn: '0921 - 7371' });
    expect(t.text.split('\n').slice(0, 14)).toEqual([
      'Tweede Kamer der Staten-Generaal',
      '',
      '2',
      '',
      'Vergaderjaar 2024–2025',
      '',
      '21 501-02',
      '',
      'Raad Algemene Zaken en Raad Buitenlandse',
      'Zaken',
      '',
      'Nr. 3121',
      '',
      'MOTIE VAN HET LID CEDER',
    ]);
    expect(t.text).toContain('\nverzoekt de regering Israël op te roepen tot onmiddellijke toelating van\nhumanitaire hulp');
    expect(t.text.trimEnd().endsWith('en gaat over tot de orde van de dag.\nCeder')).toBe(true);
    expect(t.text).not.toMatch(/kst-|ISSN|Gravenhage/);
    if (hasTool('pdftotext')) {
      const bare = (await barePdftotext(bytes))!;
      const bareBody = bare.split('\n').slice(0, bare.split('\n').indexOf('Ceder') + 1).join('\n');
      expect(t.text.trimEnd()).toBe(bareBody);
    }
  });
});

describe('footnotes of an Aanhangsel', () => {
  it('takes the numbered notes off the page and splits the numbers off the words', async () => {
    const bytes = readFileSync(join(DIR, 'aanhangsel/1b26915f-b542-4707-8495-b5c21f0edfe1.pdf'));
    const t = await extractRendition(bytes, 'pdf', { pdfEngine: 'pdfjs' });
    expect(t.footnotes.map((f) => f.marker)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(t.footnotes[2]!.text).toMatch(/^Torenvlied, R\. et al\., 1 december 2023/);
    expect(t.text).toContain('«Leren van twee vuurwerkrampen»\n');
    expect(t.text).not.toContain('Torenvlied');
    expect(t.trailer.kst).toMatch(/^ah-tk-20232024-/);
  });
});
