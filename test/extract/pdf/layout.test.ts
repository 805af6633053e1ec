import { beforeAll, describe, expect, it } from 'vitest';
import { extractRendition } from '../../../src/extract/extractRendition.js';
import { judgeText } from '../../../src/extract/quality/verdict.js';
import { barePdftotext, naivePdfjsText, show } from '../../support/engineOutputs.js';
import * as make from '../../support/makePdfs.js';
import { hasTool, needs } from '../../support/tools.js';

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const poppler = needs('the pdftotext engine on generated PDFs', 'pdftotext');
const ocr = hasTool('tesseract') && hasTool('pdftoppm');

describe('PDF layout on generated PDFs (both engines shown)', () => {
  it('collapses glyphs drawn twice (fake bold) without touching real double letters', async () => {
    const bytes = await make.fakeBoldGlyphs();
    const naive = await naivePdfjsText(bytes);
    const ours = await extractRendition(bytes, 'pdf', { pdfEngine: 'pdfjs' });
    show('fake bold glyphs', ['pdf.js items', naive], ['pdftotext', await barePdftotext(bytes)], ['ours (pdfjs)', ours.text]);
    expect(naive).toContain('DDiirreeccttoorraaaatt');
    expect(ours.text.split('\n')[0]).toBe('Directoraat-Generaal Belastingdienst');
    expect(ours.text).toContain('migratieovereenkomsten'); // "ee" and "oo" survive
    expect(ours.verdict.status).toBe('ok');
  });

  it('drops lines drawn twice (fake bold lines)', async () => {
    const bytes = await make.fakeBoldLines();
    const naive = await naivePdfjsText(bytes);
    const ours = await extractRendition(bytes, 'pdf', { pdfEngine: 'pdfjs' });
    show('fake bold lines', ['pdf.js items', naive], ['pdftotext', await barePdftotext(bytes)], ['ours (pdfjs)', ours.text]);
    expect(naive.match(/Directoraat-Generaal Belastingdienst/g)?.length).toBe(2);
    expect(ours.text.match(/Directoraat-Generaal Belastingdienst/g)?.length).toBe(1);
    expect(ours.text.match(/Kamerbrief over de voortgang van de aanpak/g)?.length).toBe(1);
  });

  it('heavier fake bold (1.5 pt apart): pdftotext repeats the words, ours does not', async () => {
    const bytes = await make.fakeBoldLines(1.5);
    const bare = await barePdftotext(bytes);
    const ours = await extractRendition(bytes, 'pdf');
    show('fake bold 1.5 pt', ['pdftotext', bare], ['ours (auto)', ours.text]);
    expect(ours.text.match(/Directoraat-Generaal/g)?.length).toBe(1);
    expect(ours.text.split('\n').slice(0, 2)).toEqual(['Directoraat-Generaal Belastingdienst', 'Kamerbrief over de voortgang van de aanpak']);
    if (bare !== null) {
      expect(bare.match(/Directoraat-Generaal/g)?.length).toBe(2);
      expect(ours.engine).toBe('pdfjs');
    }
  });

  it('keeps two stacked pages as two coherent layers where pdftotext interleaves them', async () => {
    const bytes = await make.overlaidPages();
    const bare = await barePdftotext(bytes);
    const ours = await extractRendition(bytes, 'pdf');
    show('overlaid pages', ['pdftotext', bare], ['ours (auto)', ours.text]);
    for (const line of [...make.PAGE_A, ...make.PAGE_B]) expect(ours.text).toContain(line);
    expect(ours.text.indexOf(make.PAGE_A[0]!)).toBeLessThan(ours.text.indexOf(make.PAGE_B[0]!));
    expect(ours.verdict.status).toBe('ok');
    if (bare !== null) {
      expect(judgeText(bare).status).not.toBe('ok'); // word salad: judged, so the other engine ran
      expect(ours.engine).toBe('pdfjs');
      expect(ours.verdict.reason).toMatch(/tried pdftotext: suspect .*pdfjs kept/);
    }
  });

  it('reads a page stored rotated by 90°', async () => {
    const ours = await extractRendition(await make.rotatedPage(), 'pdf', { pdfEngine: 'pdfjs' });
    expect(ours.text.split('\n')).toEqual(make.BODY);
  });

  it('sets the Kamerbrief margin column and return address apart as letterhead', async () => {
    const bytes = await make.kamerbriefWithMargin();
    const bare = await barePdftotext(bytes);
    const ours = await extractRendition(bytes, 'pdf');
    show('margin column', ['pdftotext', bare], ['ours (auto)', ours.text], ['ours: letterhead', ours.letterhead]);
    for (const m of make.MARGIN) {
      expect(ours.text).not.toContain(m);
      expect(ours.letterhead).toContain(m);
    }
    expect(ours.letterhead).toContain('Retouradres');
    expect(fold(ours.text)).toContain(fold(make.BODY.join(' ')));
    if (bare !== null) {
      expect(ours.engine).toBe('pdfjs');
      expect(bare).toContain('Ons kenmerk'); // pdftotext reads the margin column into the body
    }
  });

  describe('a multi-page letter with headers, footers, hyphenation and a footnote', () => {
    let bytes: Uint8Array;
    beforeAll(async () => {
      bytes = await make.letterWithFurniture(3);
    });

    const engines: ('pdfjs' | 'pdftotext')[] = poppler ? ['pdfjs', 'pdftotext'] : ['pdfjs'];
    it.each(engines)('%s: furniture off, footnote apart, words joined', async (engine) => {
      const ours = await extractRendition(bytes, 'pdf', { pdfEngine: engine });
      show(`furniture (${engine})`, ['ours', ours.text]);
      expect(ours.pages).toBe(3);
      expect(ours.text).not.toMatch(/Pagina \d van 3/);
      expect(ours.text).not.toContain('Kamerbrief over de economische vooruitzichten');
      expect(ours.text).toContain('economische vooruitzichten van de regio');
      expect(ours.text).toContain('de motie van Nispen uit en meldt');
      expect(ours.footnotes).toEqual([{ marker: '1', text: 'Kamerstuk 36 200 VI, nr. 12' }]);
      expect(ours.text.split('\f')).toHaveLength(3);
    });

    it('keeps the hyphen of a compound before a capital (pdftotext drops it)', async () => {
      const ours = await extractRendition(bytes, 'pdf', { pdfEngine: 'pdfjs' });
      const bare = await barePdftotext(bytes);
      show('hyphenation', ['pdftotext', bare], ['ours (pdfjs)', ours.text]);
      expect(ours.text).toContain('Oost-Mediterrane');
      if (bare !== null) expect(bare).toContain('OostMediterrane');
    });
  });

  it('reports a page without a text layer (a drawing, no image: nothing to OCR)', async () => {
    const ours = await extractRendition(await make.imageOnly(), 'pdf');
    expect(ours.verdict.status).toBe('empty');
    expect(ours.engine).not.toMatch(/tesseract/);
    expect(ours.verdict.reason).toBe(
      ocr ? 'no text layer (and no page carries an image, so there is nothing to OCR)' : 'no text layer (image-only pages; OCR needs tesseract-ocr and tesseract-ocr-nld)',
    );
  });
});
