import { describe, expect, it } from 'vitest';
import { IMPLICATIE_PREFIX } from '../../src/domain/types.js';
import { checkExplanation, CLASSIC_LIMITS, countSentences, describeProblems, looksDutch, type CheckSource } from '../../src/explain/checks.js';
import { corpusMotions } from '../support/corpus.js';

/** Seed 000: Stoffer en Bisschop, JBZ-Raad, kst-32317-816, as in fixtures/seeds/000_*.txt. */
const seed = corpusMotions().find((m) => m.id === 'b97fb706-5a2f-494a-8d01-5f18e2d0628c')!;
const source: CheckSource = { text: seed.tekst, metadata: [seed.titel, seed.onderwerp, seed.datum] };
const goodSamenvatting =
  'De leden Stoffer en Bisschop verzoeken de regering te bevorderen dat het tegengaan van irreguliere migratie een vast onderdeel wordt van het Europese buitenlandbeleid.';
const goodImplicatie = `${IMPLICATIE_PREFIX}doet de regering in Europees verband voorstellen voor een "wortel en stok"-benadering bij instrumentalisering van migratie.`;

function problems(samenvatting: string, implicatie: string, src: CheckSource = source) {
  return checkExplanation({ samenvatting, implicatie }, src).map((p) => `${p.field} ${p.code}: ${p.message}`);
}

describe('checkExplanation', () => {
  it('passes a faithful explanation (names, inflected adjectives, hyphenated words from the motion)', () => {
    expect(problems(goodSamenvatting, goodImplicatie)).toEqual([]);
  });

  it('requires the exact implication prefix, one sentence and at most 25 words (50 under the classic limits)', () => {
    expect(problems(goodSamenvatting, 'Als de motie wordt aangenomen dan doet de regering voorstellen.')).toEqual([
      'implicatie prefix: begint niet met "Als de motie wordt aangenomen, dan"',
    ]);
    expect(problems(goodSamenvatting, `${goodImplicatie} Dat helpt.`)).toEqual(['implicatie zinnen: 2 zinnen in plaats van één']);
    expect(problems(goodSamenvatting, `${IMPLICATIE_PREFIX}${'doet de regering voorstellen en '.repeat(4)}meer.`)).toEqual([
      'implicatie lengte: 27 woorden, hoogstens 25',
    ]);
    const classic = (implicatie: string) =>
      checkExplanation({ samenvatting: goodSamenvatting, implicatie }, source, CLASSIC_LIMITS).map((p) => `${p.field} ${p.code}: ${p.message}`);
    expect(classic(`${IMPLICATIE_PREFIX}${'doet de regering voorstellen en '.repeat(4)}meer.`)).toEqual([]);
    expect(classic(`${IMPLICATIE_PREFIX}${'doet de regering voorstellen en '.repeat(10)}meer.`)).toEqual(['implicatie lengte: 57 woorden, hoogstens 50']);
  });

  it('checks@3: no summary sentence over 25 words, no loose references (issue 13)', () => {
    const long = `${goodSamenvatting.replace(/\.$/, '')} en dat de regering daarover met de andere lidstaten spreekt.`;
    expect(problems(long, goodImplicatie)).toEqual(['samenvatting zinlengte: een zin van 34 woorden, hoogstens 25 per zin']);
    const ambtenaren = corpusMotions().find((m) => m.tekst.includes('disciplinaire maatregelen'))!;
    const src: CheckSource = { text: ambtenaren.tekst, metadata: [] };
    expect(problems('De motie vraagt de regering maatregelen te nemen tegen deze ambtenaren.', `${IMPLICATIE_PREFIX}moet de regering maatregelen nemen.`, src)).toEqual([
      'samenvatting verwijzing: losse verwijzing "deze ambtenaren": zeg wie of wat er bedoeld wordt',
    ]);
    // Introduced before: not loose.
    expect(problems('Ambtenaren protesteerden. De motie vraagt de regering maatregelen te nemen tegen deze ambtenaren.', `${IMPLICATIE_PREFIX}moet de regering maatregelen nemen.`, src)).toEqual([]);
    expect(checkExplanation({ samenvatting: long, implicatie: goodImplicatie }, source, CLASSIC_LIMITS)).toEqual([]);
  });

  it('limits the summary to 80 words of Dutch', () => {
    expect(problems(`${goodSamenvatting} ${'De regering moet de migratie tegengaan. '.repeat(10)}`, goodImplicatie)).toEqual([
      'samenvatting lengte: 84 woorden, hoogstens 80',
    ]);
    expect(problems('The members Stoffer and Bisschop ask the government to make migration part of the foreign policy of the EU.', goodImplicatie)).toContain(
      'samenvatting taal: niet in het Nederlands',
    );
  });

  it('flags names, parties, numbers, dates and amounts that are not in the motion', () => {
    expect(problems(`${goodSamenvatting} Ook de VVD en minister Yeşilgöz steunen dit.`, goodImplicatie)).toEqual([
      'samenvatting naam: naam of partij "VVD", "Yeşilgöz" staat niet in de motie',
    ]);
    expect(problems(goodSamenvatting, `${IMPLICATIE_PREFIX}geeft de regering 250 miljoen euro uit aan 1.000 extra terugkeerplaatsen.`)).toEqual([
      'implicatie getal: getal "250", "1000" staat niet in de motie',
      'implicatie bedrag: bedrag "miljoen", "euro" staat niet in de motie',
    ]);
    expect(problems(`${goodSamenvatting} Dit moet voor 1 maart 2023 gebeuren.`, goodImplicatie)).toEqual([
      'samenvatting getal: getal "1" staat niet in de motie',
      'samenvatting datum: datum "maart" staat niet in de motie',
    ]);
    // The date of the motion (metadata, ISO) may be written out.
    expect(problems(`${goodSamenvatting} De motie is voorgesteld op 9 februari 2023.`, goodImplicatie)).toEqual([]);
  });

  it('does not let the output claim a vote result, unless the motion itself says it', () => {
    expect(problems(`${goodSamenvatting} De motie is aangenomen.`, goodImplicatie)).toEqual([
      'samenvatting stemuitslag: noemt een stemuitslag ("aangenomen") die niet in de motie staat',
    ]);
    expect(problems(goodSamenvatting, `${IMPLICATIE_PREFIX}werd de motie met algemene stemmen verworpen.`)).toHaveLength(1);
    const withVote: CheckSource = { ...source, text: `${seed.tekst}\nconstaterende dat de motie-Van Dijk is aangenomen;` };
    expect(problems(`${goodSamenvatting} Eerder is de motie-Van Dijk aangenomen.`, goodImplicatie, withVote)).toEqual([]);
  });

  it('rejects HTML, Liquid and links without echoing them', () => {
    for (const bad of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{{ site.secret }}', '[klik](https://x.nl)', '&lt;b&gt;']) {
      const found = problems(`${goodSamenvatting} ${bad}`, goodImplicatie);
      expect(found).toContain('samenvatting opmaak: bevat HTML, opmaak of code');
      expect(describeProblems(checkExplanation({ samenvatting: bad + goodSamenvatting, implicatie: goodImplicatie }, source))).not.toMatch(/[<>{}]/);
    }
  });

  it('reports empty fields', () => {
    expect(problems('', '')).toEqual(['implicatie leeg: ontbreekt', 'samenvatting leeg: ontbreekt']);
  });
});

describe('countSentences', () => {
  it('does not split at abbreviations, initials or decimals', () => {
    expect(countSentences('De motie-Omtzigt c.s. vraagt o.a. om 25,8 procent en 1.000 banen bij de Staatssecretaris van Financiën.')).toBe(1);
    expect(countSentences('Minister E. van der Burg schrijft dat. Daarna volgt art. 3 van de wet.')).toBe(2);
    expect(countSentences('Eén. Twee! Drie? Vier')).toBe(4);
    expect(countSentences('')).toBe(0);
  });

  it.each([
    ['Als de motie wordt aangenomen, dan moet de regering de motie Dassen c.s. uitvoeren.', 1],
    ['Zie Kamerstuk 35 663, nr. 27 en o.a. China, bijv. Iran.', 1],
    ['De heer K. Putters wordt informateur, op grond van artikel 11.1.', 1],
    ['Als de motie wordt aangenomen, dan moet de regering met een plan komen (…).', 1],
    ['4.500 miljard euro. De tweede zin.', 2],
    ['Eerste zin. Tweede zin! Derde?', 3],
    ['geen punt aan het eind', 1],
  ])('%j has %i', (text, n) => {
    expect(countSentences(text)).toBe(n);
  });
});

describe('faithfulness: names and numbers', () => {
  it('compares without case and accents, and finds what the motion does not say', () => {
    const src: CheckSource = { text: 'MOTIE VAN HET LID KROGER … verzoekt de regering 50 beurzen te geven', metadata: [] };
    const implicatie = `${IMPLICATIE_PREFIX}moet de regering 50 beurzen geven.`;
    expect(problems('Het lid Kröger verzoekt de regering 50 beurzen te geven.', implicatie, src)).toEqual([]);
    expect(problems('Het lid Jansen verzoekt de regering 60 beurzen te geven.', implicatie, src)).toEqual([
      'samenvatting naam: naam of partij "Jansen" staat niet in de motie',
      'samenvatting getal: getal "60" staat niet in de motie',
    ]);
  });

  it('reads a plural with an apostrophe as the name ("GGD\'en", "RMT\'s")', () => {
    const src: CheckSource = { text: 'verzoekt de regering samen met gemeenten en de GGD\'en in kaart te brengen wat nodig is', metadata: [] };
    const implicatie = `${IMPLICATIE_PREFIX}moet de regering samen met gemeenten en de GGD'en in kaart brengen wat nodig is.`;
    expect(problems('De Kamer verzoekt de regering samen met de GGD\'en in kaart te brengen wat nodig is.', implicatie, src)).toEqual([]);
    expect(problems('De Kamer verzoekt de regering samen met de RIVM\'s in kaart te brengen wat nodig is.', implicatie, src)).toEqual([
      'samenvatting naam: naam of partij "RIVM" staat niet in de motie',
    ]);
  });
});

describe('looksDutch', () => {
  it('tells Dutch from English', () => {
    expect(looksDutch('De Kamer verzoekt de regering om een plan te maken voor de zorg.')).toBe(true);
    expect(looksDutch('The House asks the government to make a plan for healthcare and the elderly.')).toBe(false);
  });
});
