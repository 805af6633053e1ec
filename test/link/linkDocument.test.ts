import { describe, expect, it } from 'vitest';
import type { DocumentRecord, ExtractedText, KamerstukNummer, QualityStatus } from '../../src/domain/types.js';
import { linkDocument, motionCandidate, notLinkable, type LinkContext } from '../../src/link/linkDocument.js';

/** linkDocument takes domain types and returns the links: no store, a map of "stored" motions by kamerstuk. */
const FRITSMA_ID = 'motie-fritsma';
const BECKER_ID = 'motie-becker';

function doc(id: string, soort: DocumentRecord['soort'] = 'brief'): DocumentRecord {
  return { id, soort, apiSoort: null, titel: null, onderwerp: 'Terugkeerbeleid', datum: '2018-06-01', bronUrl: null, herkomst: 'test', verwijderd: false };
}

function text(body: string, status: QualityStatus = 'ok'): ExtractedText {
  return { text: body, verdict: { status, score: status === 'ok' ? 1 : 0.2, reason: '' }, engine: 'plain', rendition: 'txt', pages: 1, footnotes: [], letterhead: null, trailer: { kst: null, issn: null } };
}

function context(): LinkContext & { candidateCalls: number } {
  const stored = new Map([['19637-2380', FRITSMA_ID]]);
  const becker = motionCandidate(
    { id: BECKER_ID, datum: '2018-02-01', titel: 'Vreemdelingenbeleid', onderwerp: 'Motie van het lid Becker over terugkeer' },
    { kamerstuk: null, kst: null, vergaderjaar: null, titel: null, kop: null, gewijzigd: false, indieners: ['Becker'], cs: true, ondertekenaars: ['Becker'], datum: '2018-02-01', voorgesteld: null, considerations: [], operative: [{ kind: 'verzoekt', text: 'verzoekt de regering het terugkeerbeleid te herzien', addressee: 'de regering' }], warnings: [] },
  );
  const ctx = {
    candidateCalls: 0,
    byKamerstuk: (k: KamerstukNummer) => stored.get(`${k.dossier}-${k.toevoeging ? `${k.toevoeging}-` : ''}${k.nummer}`) ?? null,
    candidates: () => {
      ctx.candidateCalls++;
      return [becker];
    },
  };
  return ctx;
}

const LETTER = [
  'Geachte voorzitter,',
  '',
  // Form feeds, no-break spaces and CRLF line ends: the finder normalises them, and the stance must be read at its offsets.
  // 120 CRLF line ends before the citation: read in the raw text, the finder's offsets would point 120 characters early.
  'Dit is een regel.\r\n'.repeat(120),
  '\f\r\nHierbij informeer ik uw Kamer over de motie van het lid Fritsma (Kamerstuk 19\u00a0637, nr. 2380).\r\n',
  'Het kabinet is voornemens de motie niet uit te voeren, omdat de afspraken met de landen van herkomst anders zijn.\r\n',
  '\r\nDe motie-Becker c.s. over het terugkeerbeleid is in lijn met de motie uitgevoerd.\r\n',
  'Hoogachtend,',
].join('\n');

describe('linkDocument', () => {
  it('parses a letter, resolves its references by kamerstuk and by name, and reads the stance at the found offsets', () => {
    const ctx = context();
    const links = linkDocument(doc('brief-1'), text(LETTER), ctx);
    expect(links.letter).not.toBeNull();
    const fritsma = links.references.find((r) => r.kamerstuk === '19637-2380')!;
    expect(fritsma).toMatchObject({ motieId: FRITSMA_ID, zeker: true, inFootnote: false, fromGarbled: false, stance: 'kabinet voert de motie niet uit' });
    expect(fritsma.snippet).toMatch(/^Hierbij informeer ik uw Kamer over de motie van het lid Fritsma/);
    const becker = links.references.find((r) => r.naam?.includes('Becker'));
    expect(becker).toMatchObject({ motieId: BECKER_ID, zeker: false, stance: 'in lijn met de motie' });
    expect(ctx.candidateCalls).toBe(1);
  });

  it('a document never answers itself', () => {
    const links = linkDocument(doc(FRITSMA_ID, 'overig'), text('Tweede Kamer, vergaderjaar 2017–2018, 19 637, nr. 2380. De Kamer, verzoekt de regering, de motie van het lid Fritsma uit te voeren.'), context());
    expect(links.letter).toBeNull();
    expect(links.summary).toBeNull();
    const self = links.references.find((r) => r.kamerstuk === '19637-2380')!;
    expect(self).toMatchObject({ motieId: null, zeker: false });
  });

  it('a garbled letter gives references but no summary', () => {
    const readable = linkDocument(doc('brief-2'), text(LETTER), context());
    const garbled = linkDocument(doc('brief-2'), text(LETTER, 'garbled'), context());
    expect(readable.summary).not.toBeNull();
    expect(garbled.summary).toBeNull();
    expect(garbled.references.map((r) => r.kamerstuk)).toContain('19637-2380');
  });

  it('says why a text is not linked: none, empty or unreadable; garbled and suspect texts are', () => {
    expect(notLinkable(null)).toBe('geen tekst');
    expect(notLinkable(text('', 'empty'))).toBe('tekst empty');
    expect(notLinkable(text('x', 'unreadable'))).toBe('tekst unreadable');
    expect(notLinkable(text(LETTER, 'garbled'))).toBeNull();
    expect(notLinkable(text(LETTER, 'suspect'))).toBeNull();
    expect(notLinkable(text(LETTER))).toBeNull();
  });
});
