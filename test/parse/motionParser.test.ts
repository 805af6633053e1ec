import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import WordExtractor from 'word-extractor';
import { describe, expect, it } from 'vitest';
import { addresseeOf } from '../../src/parse/clauses.js';
import { parseMotion, PARSER_VERSION } from '../../src/parse/motionParser.js';
import { corpusMotion, FIXTURES, metaOf, seedMotionText } from '../support/corpus.js';

/** Expected values below were checked by reading each text (ids are those of moties-toegelicht). */

function parseCorpus(idPrefix: string) {
  const m = corpusMotion(idPrefix);
  const parsed = parseMotion(m.tekst, metaOf(m));
  if (!parsed) throw new Error(`${idPrefix} did not parse`);
  return { m, parsed };
}

describe('parseMotion on the seed motions', () => {
  it('seed 000: official PDF text, two verzoekt clauses', () => {
    const p = parseMotion(seedMotionText('000'), {})!;
    expect(PARSER_VERSION).toBe('motion@1');
    expect(p.kamerstuk).toEqual({ dossier: '32317', toevoeging: null, nummer: 816 });
    expect(p.kst).toBe('kst-32317-816');
    expect(p.vergaderjaar).toBe('2022–2023');
    expect(p.titel).toBe('JBZ-Raad');
    expect(p.kop).toBe('MOTIE VAN DE LEDEN STOFFER EN BISSCHOP');
    expect(p.indieners).toEqual(['Stoffer', 'Bisschop']);
    expect(p.cs).toBe(false);
    expect(p.gewijzigd).toBe(false);
    expect(p.ondertekenaars).toEqual(['Stoffer', 'Bisschop']);
    expect(p.datum).toBe('2023-02-09');
    expect(p.voorgesteld).toBe('Voorgesteld 9 februari 2023');
    expect(p.considerations).toEqual([
      { kind: 'overwegende', text: 'overwegende dat migratie stevig verankerd dient te worden in het EU-buitenlandbeleid', addressee: null },
    ]);
    expect(p.operative.map((c) => [c.kind, c.addressee])).toEqual([
      ['verzoekt', 'de regering'],
      ['verzoekt', 'de regering'],
    ]);
    expect(p.operative[0]!.text).toBe(
      'verzoekt de regering te bevorderen dat het tegengaan van irreguliere migratie een veel integraler onderdeel vormt van de werkzaamheden van de EU-buitenlandcoördinator en de afzonderlijke buitenlandministers',
    );
    expect(p.operative[1]!.text).toMatch(/^verzoekt de regering tevens in Europees verband voorstellen te doen voor de concrete «wortel en stok»-benadering .* afgewezen asielzoekers$/);
    expect(p.warnings).toEqual([]);
  });

  it('seed 001: OCR\'d submitted form, number at the top, signature noise "VELDUANE", date at the bottom', () => {
    const p = parseMotion(seedMotionText('001'), { onderwerp: 'Motie van het lid Brekelmans c.s. over jaarlijks een migratierapportage opstellen' })!;
    expect(p.kamerstuk).toEqual({ dossier: '36410', toevoeging: 'V', nummer: 49 });
    expect(p.kst).toBe('kst-36410-V-49');
    expect(p.titel).toBe('Vaststelling van de begrotingsstaat van het Ministerie van Buitenlandse Zaken (V) voor het jaar 2024');
    expect(p.indieners).toEqual(['Brekelmans']);
    expect(p.cs).toBe(true);
    expect(p.ondertekenaars).toEqual(['Brekelmans']);
    expect(p.datum).toBe('2024-02-14');
    expect(p.vergaderjaar).toBe('2023–2024');
    expect(p.warnings).toContain('vergaderjaar afgeleid uit de datum');
    expect(p.considerations.map((c) => c.kind)).toEqual(['overwegende', 'overwegende', 'overwegende', 'overwegende']);
    expect(p.operative).toHaveLength(1);
    expect(p.operative[0]!.addressee).toBe('het ministerie van Buitenlandse Zaken');
    expect(p.operative[0]!.text).toMatch(/^verzoekt het ministerie van Buitenlandse Zaken om jaarlijks een migratierapportage op te stellen, waarin .* doorreislanden$/);
  });
});

describe('parseMotion on tricky corpus motions', () => {
  it('two pages: the page-1 footer inside the last clause is removed (kst-25087-310)', () => {
    const { parsed: p } = parseCorpus('1705fd22');
    expect(p.kst).toBe('kst-25087-310');
    expect(p.operative).toHaveLength(2);
    const last = p.operative[1]!.text;
    expect(last).toMatch(/de beoogde onderzoeksmethode en de beoogde onderzoekers$/);
    for (const noise of ['kst-', 'ISSN', 'Gravenhage', 'vergaderjaar']) expect(last).not.toContain(noise);
    expect(p.ondertekenaars).toHaveLength(12);
    expect(p.ondertekenaars.slice(-2)).toEqual(['Den Haan', 'Eppink']);
    expect(p.indieners).toEqual(['Omtzigt']);
    expect(p.cs).toBe(true);
  });

  it('Roman-suffix budget dossier, occasion instead of a date, dash list across a page break (kst-36410-XVI-115)', () => {
    const { parsed: p } = parseCorpus('2e59ff1e');
    expect(p.kamerstuk).toEqual({ dossier: '36410', toevoeging: 'XVI', nummer: 115 });
    expect(p.kst).toBe('kst-36410-XVI-115');
    expect(p.vergaderjaar).toBe('2023–2024');
    expect(p.titel).toBe('Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2024');
    expect(p.voorgesteld).toBe('Voorgesteld tijdens het Wetgevingsoverleg van 12 februari 2024');
    expect(p.datum).toBe('2024-02-12');
    expect(p.operative).toHaveLength(2);
    expect(p.operative[1]!.text).toMatch(/– gemeenten wijzen op de mogelijkheid van het lage ozb-tarief; – het verruimen van het sport- en cultuurfonds$/);
    expect(p.ondertekenaars).toEqual(['Mohandis', 'Inge van Dijk', 'Van Nispen', 'Paulusma']);
  });

  it('heading names written as in the signatures: INGE VAN DIJK EN MOHANDIS (kst-36410-XVI-122)', () => {
    const m = corpusMotion('fe877d57');
    // Without the onderwerp, the signatures decide the capitalisation.
    const p = parseMotion(m.tekst, {})!;
    expect(p.kop).toBe('MOTIE VAN DE LEDEN INGE VAN DIJK EN MOHANDIS');
    expect(p.indieners).toEqual(['Inge van Dijk', 'Mohandis']);
    expect(p.kst).toBe('kst-36410-XVI-122');
  });

  it('the Dutch rule when no signature or onderwerp helps: VAN DER PLAS → Van der Plas (kst-21501-20-1916)', () => {
    const m = corpusMotion('018ada83');
    const p = parseMotion(m.tekst.replace(/\nVan der Plas\n/, '\n'), {})!;
    expect(p.indieners).toEqual(['Van der Plas']);
    expect(p.kamerstuk).toEqual({ dossier: '21501', toevoeging: '20', nummer: 1916 });
    expect(p.kst).toBe('kst-21501-20-1916');
  });

  it('spreekt uit followed by verzoekt (kst-34682-148)', () => {
    const { parsed: p } = parseCorpus('697fda2c');
    expect(p.operative.map((c) => [c.kind, c.addressee])).toEqual([
      ['spreekt uit', null],
      ['verzoekt', 'de regering'],
    ]);
    expect(p.operative[0]!.text).toBe('spreekt uit dat de duurzame voorlopers beloond moeten worden met meer zekerheden');
    expect(p.considerations).toHaveLength(3);
  });

  it('"zegt het vertrouwen … op" is an operative clause (kst-21501-32-1504)', () => {
    const { parsed: p } = parseCorpus('ca0361a6');
    expect(p.operative).toEqual([{ kind: 'dictum', text: 'zegt het vertrouwen in de Minister van Landbouw, Natuur en Voedselkwaliteit op', addressee: null }]);
    expect(p.ondertekenaars).toEqual(['Kops', 'Van Haga', 'Wilders']);
  });

  it('OCR: capitalised starters, "Van mening", handwritten co-signatures are not names (36410-V-54)', () => {
    const { parsed: p } = parseCorpus('764344b2');
    expect(p.kst).toBe('kst-36410-V-54');
    expect(p.indieners).toEqual(['Piri']);
    expect(p.cs).toBe(true);
    expect(p.ondertekenaars).toEqual(['Piri']);
    expect(p.considerations.map((c) => c.kind)).toEqual(['constaterende', 'van mening']);
    expect(p.operative[0]!.text).toBe('verzoekt de regering om het beschikbaar stellen van minstens 50 studiebeurzen voor Belarussische studenten ook in 2024 voort te zetten');
  });

  it('OCR: "De kamer,", no closing line, accents from the onderwerp (LEON DE JONG → Léon de Jong)', () => {
    const { parsed: p } = parseCorpus('4f737530');
    expect(p.kst).toBe('kst-24515-685');
    expect(p.indieners).toEqual(['Léon de Jong', 'Kops']);
    expect(p.ondertekenaars).toEqual(['Léon de Jong', 'Kops']);
    expect(p.operative).toHaveLength(1);
    expect(p.operative[0]!.text).toMatch(/^verzoekt de regering ervoor te zorgen dat de energietoeslag 2023 .* worden uitgekeerd$/);
    expect(p.warnings).toContain('slotzin "en gaat over tot de orde van de dag" ontbreekt');
  });

  it('OCR: a signature split over lines ("Van" / "der Plas") and "Gaat over tot de orde van de dag" (24515-680)', () => {
    const { parsed: p } = parseCorpus('7c04eff9');
    expect(p.indieners).toEqual(['Van der Plas']);
    expect(p.ondertekenaars).toEqual(['Van der Plas']);
    expect(p.operative).toHaveLength(1);
    expect(p.considerations).toHaveLength(2);
  });

  it('OCR: a misread signature of a heading name is the heading name (Tulinman → Tuinman), noise after it is dropped', () => {
    const { parsed: p } = parseCorpus('28b4d675');
    expect(p.kst).toBe('kst-21501-02-2832');
    expect(p.ondertekenaars).toEqual(['Tuinman']);
  });

  it('OCR: typed co-signers directly under the first signer are kept (36410-V-64)', () => {
    const { parsed: p } = parseCorpus('fc0e2391');
    expect(p.ondertekenaars).toEqual(['Ceder', 'Stoffer', 'Boswijk']);
    expect(p.operative[0]!.text.startsWith('verzoekt de regering er bij de Nigeriaanse regering op aan te dringen')).toBe(true);
  });

  it('OCR: "roept het kabinet op" and a heading wrapped after a blank line (36410-V-57)', () => {
    const { parsed: p } = parseCorpus('ca80696f');
    expect(p.kop).toBe('MOTIE VAN DE LEDEN PATERNOTTE EN BREKELMANS');
    expect(p.indieners).toEqual(['Paternotte', 'Brekelmans']);
    expect(p.operative.map((c) => [c.kind, c.addressee])).toEqual([['roept op', 'het kabinet']]);
  });

  it('a heading typo is corrected only when the onderwerp and a signature agree (THIJSSSEN)', () => {
    const { parsed: p } = parseCorpus('4cf3808d');
    expect(p.kop).toContain('THIJSSSEN');
    expect(p.indieners).toEqual(['Thijssen', 'Bromet']);
  });
});

describe('addressees', () => {
  it.each([
    ['verzoekt de regering te bevorderen', 'de regering'],
    ['verzoekt tevens het kabinet om …', 'het kabinet'],
    ['verzoekt de minister van Volksgezondheid, Welzijn en Sport om X te doen', 'de minister van Volksgezondheid, Welzijn en Sport'],
    ['verzoekt de minister van Buitenlandse Zaken en de minister voor Ontwikkelingssamenwerking om', 'de minister van Buitenlandse Zaken en de minister voor Ontwikkelingssamenwerking'],
    ['roept de Nederlandse regering op om', 'de Nederlandse regering'],
    ['verzoekt het Presidium de mogelijkheden te onderzoeken', 'het Presidium'],
  ])('%j → %j', (text, expected) => {
    expect(addresseeOf(text.startsWith('roept') ? 'roept op' : 'verzoekt', text)).toBe(expected);
  });

  it('spreekt uit has no addressee', () => {
    expect(addresseeOf('spreekt uit', 'spreekt uit dat de regering moet …')).toBeNull();
  });
});

describe('parseMotion on other renditions', () => {
  it('the motion PDF (pdftotext): 21 501-02 → toevoeging 02', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'kst-21501-02-3121.pdftotext.txt'), 'utf8');
    const p = parseMotion(text, {})!;
    expect(p.kamerstuk).toEqual({ dossier: '21501', toevoeging: '02', nummer: 3121 });
    expect(p.kst).toBe('kst-21501-02-3121');
    expect(p.vergaderjaar).toBe('2024–2025');
    expect(p.titel).toBe('Raad Algemene Zaken en Raad Buitenlandse Zaken');
    expect(p.indieners).toEqual(['Ceder']);
    expect(p.datum).toBe('2025-04-10');
    expect(p.operative).toHaveLength(1);
  });

  it('DOCX text (mammoth): capital header, hyphen in the vergaderjaar, blank lines everywhere', async () => {
    const { value } = await mammoth.extractRawText({ path: join(FIXTURES, 'corpus', 'pdf', 'motie', '0787ced2-629a-4d32-ab8f-4b97a7680248.docx') });
    const p = parseMotion(value, {})!;
    expect(p.kst).toBe('kst-36278-32');
    expect(p.vergaderjaar).toBe('2024–2025');
    expect(p.indieners).toEqual(['Rikkers-Oosterkamp']);
    expect(p.ondertekenaars).toEqual(['Rikkers-Oosterkamp']);
    expect(p.datum).toBe('2025-04-24');
    expect(p.titel).toMatch(/^Wijziging van de Wet kwaliteit, klachten en geschillen zorg .* \(Wet kwaliteitsregistraties zorg\)$/);
    expect(p.considerations).toHaveLength(2);
    expect(p.operative[0]!.addressee).toBe('de regering');
  });

  it('legacy DOC text (word-extractor): table cells separated by tabs (31 951, nr. 17, 2009)', async () => {
    const extractor = new WordExtractor();
    const doc = await extractor.extract(join(FIXTURES, 'corpus', 'pdf', 'motie', 'ca71487f-866a-43aa-a9d5-ec3e2c3a236c.doc'));
    const p = parseMotion(doc.getBody(), {})!;
    expect(p.kst).toBe('kst-31951-17');
    expect(p.vergaderjaar).toBe('2008–2009');
    expect(p.titel).toBe('Verantwoordingsbrief 2008');
    expect(p.indieners).toEqual(['Verdonk']);
    expect(p.ondertekenaars).toEqual(['Verdonk']);
    expect(p.datum).toBe('2009-05-28');
    expect(p.considerations).toHaveLength(3);
    expect(p.operative.map((c) => [c.kind, c.addressee])).toEqual([['verzoekt', 'de Kamer']]);
  });

  it('text rendered from the official XML: gewijzigde motie "ter vervanging van die gedrukt onder nr. 19"', () => {
    // The layout the extraction stage renders a DocumentPublicatie in (fixtures/corpus/odata/documentpublicatie-xml/0037dc14-….xml).
    const text = [
      'Tweede Kamer der Staten-Generaal',
      'Vergaderjaar 2023-2024',
      '36 372',
      'Wijziging van de Penitentiaire beginselenwet in verband met aanvullende maatregelen tegen georganiseerde criminaliteit tijdens detentie',
      'Nr. 23',
      'GEWIJZIGDE MOTIE VAN HET LID EERDMANS TER VERVANGING VAN DIE GEDRUKT ONDER NR. 19',
      'Voorgesteld 12 maart 2024',
      'De Kamer,',
      'gehoord de beraadslaging,',
      'constaterende dat de wijzigingen van de Penitentiaire beginselenwet extra capaciteitsdruk legt op de DJI,',
      'verzoekt de regering de realisatie van het Justitieel Complex Vlissingen een project in het kader van nationaal belang te maken,',
      'en gaat over tot de orde van de dag,',
      'Eerdmans',
    ].join('\n');
    const p = parseMotion(text, {})!;
    expect(p.gewijzigd).toBe(true);
    expect(p.kop).toBe('GEWIJZIGDE MOTIE VAN HET LID EERDMANS TER VERVANGING VAN DIE GEDRUKT ONDER NR. 19');
    expect(p.indieners).toEqual(['Eerdmans']);
    expect(p.kst).toBe('kst-36372-23');
    expect(p.vergaderjaar).toBe('2023–2024');
    expect(p.datum).toBe('2024-03-12');
    expect(p.ondertekenaars).toEqual(['Eerdmans']);
  });

  it('body text without the trailer (as the extraction stage stores it) still has its number, from the header or meta.kst', () => {
    const m = corpusMotion('2e59ff1e');
    const body = m.tekst
      .split('\n')
      .filter((l) => !/^(kst-|ISSN|’s-Gravenhage|Tweede Kamer, vergaderjaar)/.test(l))
      .join('\n');
    expect(parseMotion(body, {})!.kst).toBe('kst-36410-XVI-115');
    const ocrWithoutNumber = corpusMotion('764344b2').tekst.replace('36410-V-54\n', '');
    expect(parseMotion(ocrWithoutNumber, {})!.kst).toBeNull();
    expect(parseMotion(ocrWithoutNumber, { kst: 'kst-36410-V-54' })!.kamerstuk).toEqual({ dossier: '36410', toevoeging: 'V', nummer: 54 });
  });

  it('returns null for a text that is not a motion (seed 004, a letter citing a motion)', () => {
    const letter = readFileSync(join(FIXTURES, 'seeds', '004_981b918f2eac9697.txt'), 'utf8');
    expect(parseMotion(letter, {})).toBeNull();
  });
});
