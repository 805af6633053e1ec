import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../src/link/letterParser.js';
import { summarizeLetter } from '../../src/link/letterSummary.js';
import { findReferences } from '../../src/link/referenceFinder.js';
import { findStance, findStanceAt } from '../../src/link/stance.js';

/** The three seed letters, as given (plain pdftotext-like text; 002 garbled by interleaved layers). */
const seed = (name: string) => readFileSync(`fixtures/seeds/${name}`, 'utf8');
const S002 = seed('002_1f48367c55694ea7.txt');
const S003 = seed('003_45ed286d7100bb3b.txt');
const S004 = seed('004_981b918f2eac9697.txt');

describe('motion references in the seed letters', () => {
  it('002: motie Becker c.s., kamerstuk from footnote 1, found in the readable part of a garbled letter', () => {
    const refs = findReferences(S002);
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatchObject({ kamerstuk: '35300-VI-37', naam: 'motie Becker c.s.', fromGarbled: true });
    expect(refs[0]!.snippet).toBe(
      'In reactie op de motie Becker c.s. verstrekken wij uw Kamer hierbij een overzicht van de inzet van het kabinet bij de totstandkoming van migratieovereenkomsten met derde landen, voor zowel het terugdringen van irreguliere migratie als het terugnemen van uitgeprocedeerde onderdanen.',
    );
    // Footnotes 2 and 3 cite a letter and a policy paper, not motions.
    expect(refs.some((r) => r.kamerstuk === '19637-2375' || r.kamerstuk === '34952-1')).toBe(false);
  });

  it('003: motie Brekelmans, with the kamerstuk from footnote 1 glued to the name', () => {
    const refs = findReferences(S003);
    expect(refs).toEqual([
      expect.objectContaining({
        kamerstuk: '36200-24',
        naam: 'motie Brekelmans',
        fromGarbled: false,
        snippet:
          'Nederland heeft bij de Commissie erop aangedrongen om toe te zien op de naleving van deze afspraken, mede in het licht van de motie Brekelmans1.',
      }),
    ]);
  });

  it('004: motie Fritsma, inline kamerstuk and the date it was adopted', () => {
    const refs = findReferences(S004);
    expect(refs).toEqual([
      expect.objectContaining({
        kamerstuk: '19637-2380',
        naam: 'motie van het lid Fritsma',
        dateHint: '2018-04-10',
        inFootnote: false,
        snippet:
          'Hierbij informeer ik uw Kamer over het kabinetsstandpunt ten aanzien van de op 10 april 2018 aangenomen motie van het lid Fritsma (Kamerstuk 19 637, nr. 2380).',
      }),
    ]);
    expect(refs[0]!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('gives each letter a stance only where the text says it', () => {
    const stance = (text: string) => {
      const letter = parseLetter({ text });
      const ref = findReferences(text)[0]!;
      return findStance(text.replace(/\f/g, '\n'), ref.position, letter.onderwerp);
    };
    expect(stance(S004)).toBe('kabinetsstandpunt over de motie');
    expect(stance(S003)).toBe('kabinet handelt in het kader van de motie');
    expect(stance(S002)).toBe('reactie op de motie');
    expect(stance('De motie-Fritsma is in de brief genoemd. Verder niets.')).toBeNull();
  });
});

describe('letter parsing', () => {
  it('reads the letterhead fields of 003', () => {
    const l = parseLetter({ text: S003 });
    expect(l).toMatchObject({
      datum: '2022-11-21',
      onderwerp: 'Verslag van de extra JBZ-Raad van 25 november 2022 in Brussel',
      afzender: 'De Staatssecretaris van Justitie en Veiligheid',
      ondertekenaar: 'E. van der Burg',
      footnotes: [{ marker: '1', text: 'Motie van lid Brekelmans, Kamerstukken 2022/2023, 36200, nr. 24' }],
    });
    expect(l.body.startsWith('Hierbij bied ik uw Kamer het verslag aan')).toBe(true);
    expect(l.body).not.toContain('Bij beantwoording de datum');
    expect(l.body).not.toContain('Motie van lid Brekelmans, Kamerstukken');
  });

  it('reads the two-line subject and the kenmerk of 002, and the footnotes as separate items', () => {
    const l = parseLetter({ text: S002 });
    expect(l.datum).toBe('2020-07-10');
    expect(l.onderwerp).toBe('Uitvoering motie Becker cs. over uitvoering van de regeerakkoordafspraken over migratieovereenkomsten');
    expect(l.kenmerk).toBe('2971694');
    expect(l.footnotes.slice(0, 3)).toEqual([
      { marker: '1', text: 'Kamerstukken II 2019/20, 35 300 VI, nr. 37' },
      { marker: '2', text: 'Kamerstukken II 2017/18, 19637, nr. 2375' },
      { marker: '3', text: 'Kamerstuk 2017/18, 34952, nr. 1' },
    ]);
    expect(l.body.startsWith('In reactie op de motie Becker c.s.')).toBe(true);
  });

  it('reads sender and signatory of 004 and uses the extraction footnotes when given', () => {
    const l = parseLetter({ text: S004, footnotes: [{ marker: '1', text: 'COM(2018) 252' }] });
    expect(l).toMatchObject({ afzender: 'De Staatssecretaris van Justitie en Veiligheid', ondertekenaar: 'M.G.J. Harbers', datum: null });
    expect(l.footnotes).toEqual([{ marker: '1', text: 'COM(2018) 252' }]);
  });

  it('summarises the opening paragraph word for word, and refuses garbage', () => {
    expect(summarizeLetter(parseLetter({ text: S004 }).body)).toBe(
      'Hierbij informeer ik uw Kamer over het kabinetsstandpunt ten aanzien van de op 10 april 2018 aangenomen motie van het lid Fritsma (Kamerstuk 19 637, nr. 2380).',
    );
    expect(summarizeLetter(parseLetter({ text: S002 }).body)).toMatch(/^In reactie op de motie Becker c\.s\. verstrekken wij uw Kamer hierbij een overzicht .* onderdanen\.$/);
    expect(summarizeLetter('Hierbij PPaaggiinnaa DDiirreeccttoorraaaatt MMiiggrraattiiee vvaann.')).toBeNull();
    expect(summarizeLetter('Geen opening hier.')).toBeNull();
  });
});

describe('footnotes split off by the extraction', () => {
  it('003 with its footnote given apart from the body still yields motie Brekelmans with the kamerstuk', () => {
    const body = S003.replace('1 Motie van lid Brekelmans, Kamerstukken 2022/2023, 36200, nr. 24\n', '');
    const footnotes = [{ marker: '1', text: 'Motie van lid Brekelmans, Kamerstukken 2022/2023, 36200, nr. 24' }];
    expect(findReferences(body, { footnotes })).toEqual([
      expect.objectContaining({ kamerstuk: '36200-24', naam: 'motie Brekelmans', inFootnote: false }),
    ]);
    // A footnote that names a motion but whose marker is not in the body is still a reference, with the footnote as snippet.
    expect(findReferences('Geen verwijzing in de tekst.', { footnotes })).toEqual([
      expect.objectContaining({ kamerstuk: '36200-24', inFootnote: true, snippet: 'Motie van lid Brekelmans, Kamerstukken 2022/2023, 36200, nr. 24' }),
    ]);
  });
});

describe('stance in an answer to Kamervragen', () => {
  it('takes the answer, not the question that quotes the motion', () => {
    const text = readFileSync('fixtures/corpus/brieven/ah-tk-20232024-1786.txt', 'utf8').replace(/\f/g, '\n');
    const [ref] = findReferences(text);
    expect(ref).toMatchObject({ kamerstuk: '26485-267', naam: 'motie van de leden Alkaya en Van Raan' });
    // The question asks whether "de uitvoering van deze motie tekort schiet"; the answer says the cabinet acts in line with it.
    expect(findStance(text, ref!.position)).toBeNull();
    expect(findStanceAt(text, ref!.positions)).toBe('kabinet handelt conform de motie');
  });
});
