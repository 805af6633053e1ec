import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPLICATIE_PREFIX, type Clause, type DocumentRecord, type ParsedMotion } from '../../../src/domain/types.js';
import { checkExplanation, CLASSIC_LIMITS, countSentences, countWords } from '../../../src/explain/checks.js';
import { consequence, CUT_MARK, explainWithRulesV2 as explainWithRules, mainInfinitives, RULES_V2_EXPLAINER as RULES_EXPLAINER, subjectOf } from '../../../src/explain/rules/rulesV2.js';
import { readPublicatie, renderPublicatie } from '../../../src/extract/formats/publicatieXml.js';
import { parseMotion } from '../../../src/parse/motionParser.js';
import { corpusMotion, FIXTURES, metaOf, seedMotionText } from '../../support/corpus.js';

const doc: DocumentRecord = {
  id: 'test', soort: 'motie', apiSoort: 'Motie', titel: null, onderwerp: null, datum: null, bronUrl: null, herkomst: 'test', verwijderd: false,
};

function explainCorpus(idPrefix: string) {
  const m = corpusMotion(idPrefix);
  const parsed = parseMotion(m.tekst, metaOf(m))!;
  return { text: m.tekst, parsed, e: explainWithRules(parsed, doc) };
}

/** Publishable as it is: every check of checks.ts (prefix, one sentence, ≤ 50/80 words, names and numbers …) against the text alone. */
function expectFaithfulOneSentence(e: { samenvatting: string; implicatie: string }, text: string) {
  expect(e.implicatie.startsWith(IMPLICATIE_PREFIX)).toBe(true);
  expect(countSentences(e.implicatie)).toBe(1);
  expect(checkExplanation(e, { text, metadata: [] }, CLASSIC_LIMITS)).toEqual([]);
}

describe('explainWithRules on real motions', () => {
  it('seed 000: two verzoekt clauses to the same addressee', () => {
    const text = seedMotionText('000');
    const e = explainWithRules(parseMotion(text, {})!, doc);
    expect(e.explainer).toBe(RULES_EXPLAINER);
    expect(e.status).toBe('ok');
    expect(e.samenvatting).toMatch(
      /^De leden Stoffer en Bisschop verzoeken de regering te bevorderen dat het tegengaan van irreguliere migratie .* buitenlandministers, en tevens in Europees verband voorstellen te doen voor de concrete «wortel en stok»-benadering .* asielzoekers\.$/,
    );
    // Both clauses would make 67 words: the implication keeps the first, whole; the summary (68 words) keeps both.
    expect(e.implicatie).toBe(
      'Als de motie wordt aangenomen, dan moet de regering bevorderen dat het tegengaan van irreguliere migratie een veel integraler onderdeel vormt van de werkzaamheden van de EU-buitenlandcoördinator en de afzonderlijke buitenlandministers.',
    );
    expectFaithfulOneSentence(e, text);
  });

  it('seed 001: "verzoekt … om … op te stellen" → "moet … opstellen"; a "te" inside a subordinate clause stays', () => {
    const text = seedMotionText('001');
    const e = explainWithRules(parseMotion(text, { onderwerp: 'Motie van het lid Brekelmans c.s. over jaarlijks een migratierapportage opstellen' })!, doc);
    expect(e.samenvatting.startsWith('Het lid Brekelmans c.s. verzoekt het ministerie van Buitenlandse Zaken om jaarlijks een migratierapportage op te stellen, waarin')).toBe(true);
    expect(e.implicatie).toBe(
      'Als de motie wordt aangenomen, dan moet het ministerie van Buitenlandse Zaken jaarlijks een migratierapportage opstellen, waarin verslag wordt gedaan van de inspanningen van het ministerie van Buitenlandse Zaken om meer grip te krijgen op migratie en migratieafspraken te maken met herkomst- en doorreislanden.',
    );
    expectFaithfulOneSentence(e, text);
  });

  it('spreekt uit, then verzoekt (kst-34682-148)', () => {
    const { e, text } = explainCorpus('697fda2c');
    expect(e.samenvatting).toBe(
      'De leden Thijssen en Bromet spreken uit dat de duurzame voorlopers beloond moeten worden met meer zekerheden, en verzoeken de regering om te onderzoeken hoe kan worden voorkomen dat voorlopers, zoals biologische en natuurinclusieve bedrijven, moeten worden beëindigd.',
    );
    expect(e.implicatie).toBe(
      'Als de motie wordt aangenomen, dan spreekt de Kamer uit dat de duurzame voorlopers beloond moeten worden met meer zekerheden, en moet de regering onderzoeken hoe kan worden voorkomen dat voorlopers, zoals biologische en natuurinclusieve bedrijven, moeten worden beëindigd.',
    );
    expectFaithfulOneSentence(e, text);
  });

  it('one spreekt uit clause (kst-36284-8)', () => {
    const { e, text } = explainCorpus('26bfd8ee');
    expect(e.samenvatting).toBe('Het lid Martin Bosma spreekt uit dat 200 miljoen euro voor een bewustmakingsfonds waanzin is.');
    expect(e.implicatie).toBe('Als de motie wordt aangenomen, dan spreekt de Kamer uit dat 200 miljoen euro voor een bewustmakingsfonds waanzin is.');
    expectFaithfulOneSentence(e, text);
  });

  it('roept … op, subject with c.s. (kst-32637-546)', () => {
    const { e, text } = explainCorpus('382b3886');
    expect(e.samenvatting).toBe('Het lid Eppink c.s. roept het kabinet op de verhoging van het lage Vpb-tarief zo snel als mogelijk weer terug te draaien.');
    expect(e.implicatie).toBe('Als de motie wordt aangenomen, dan roept de Kamer het kabinet op de verhoging van het lage Vpb-tarief zo snel als mogelijk weer terug te draaien.');
    expectFaithfulOneSentence(e, text);
  });

  it('"verzoekt de regering om, in samenspraak …, te komen" keeps its pair of commas (kst-36410-XVI-115)', () => {
    const { e, text } = explainCorpus('2e59ff1e');
    expect(e.implicatie).toBe('Als de motie wordt aangenomen, dan moet de regering, in samenspraak sportverenigingen, komen tot een meerjarige strategie voor sportverenigingen.');
    expect(e.samenvatting).toContain('en tevens in deze verenigingenstrategie rekening te houden met');
    expectFaithfulOneSentence(e, text);
  });

  it('a clause it cannot rephrase safely stays verbatim after "dan verzoekt de Kamer" (kst-25087-310)', () => {
    const { e, text } = explainCorpus('1705fd22');
    // "zowel unilateraal als Europees … te blijven houden": rephrased; the second clause (35 more words) does not fit.
    expect(e.implicatie).toBe('Als de motie wordt aangenomen, dan moet de regering zowel unilateraal als Europees een proactieve instelling blijven houden ten aanzien van belastingontwijking.');
    expect(e.samenvatting).toContain('en onafhankelijk onderzoek te laten plaatsvinden naar');
    expectFaithfulOneSentence(e, text);
  });

  it('Wilders: "wijst … aan", with "K. Putters" and "artikel 11.1" inside one sentence (36471-22)', () => {
    const { e, text } = explainCorpus('bac42160');
    expect(e.implicatie.startsWith('Als de motie wordt aangenomen, dan wijst de Kamer op grond van artikel 11.1 van het Reglement van Orde de heer K. Putters aan als informateur')).toBe(true);
    expectFaithfulOneSentence(e, text);
  });

  it('a long motion leaves out whole clauses at the end, in the summary too (kst-36180-36, 96 words of summary)', () => {
    const { e, parsed, text } = explainCorpus('3a223ca6');
    expect(parsed.operative).toHaveLength(2);
    expect(e.implicatie.endsWith('dan wel steun maatschappelijk middenveld.')).toBe(true);
    expect(e.implicatie).not.toContain('verkennen');
    expect(e.samenvatting.endsWith('dan wel steun maatschappelijk middenveld.')).toBe(true);
    expect(e.samenvatting).not.toContain('verkennen');
    expectFaithfulOneSentence(e, text);
  });

  it('status says why when there is no operative clause (an OCR form read as noise, 24515-682)', () => {
    const { e } = explainCorpus('6a7a264a');
    expect(e).toMatchObject({ status: 'not-explained', reason: 'geen dictum gevonden' });
    expect(e.implicatie).toBe('');
  });
});

describe('fitting the limits of the publication checks (implicatie ≤ 50 words, samenvatting ≤ 80)', () => {
  const verzoekt = (text: string): ParsedMotion => ({
    kamerstuk: null, kst: null, vergaderjaar: null, titel: null, kop: null, gewijzigd: false, indieners: ['Jansen'], cs: false,
    ondertekenaars: [], datum: null, voorgesteld: null, considerations: [], warnings: [],
    operative: [{ kind: 'verzoekt', text: `verzoekt de regering ${text}`, addressee: 'de regering' }],
  });
  const long = 'de gevolgen van de nieuwe regels voor gemeenten, provincies, waterschappen, scholen, ziekenhuizen en bedrijven in alle regio';

  it('leaves out a trailing ", zodat …" part, unmarked: what is left is a complete request (kst-018ada83)', () => {
    const { e, text } = explainCorpus('018ada83');
    expect(e.implicatie).toBe(
      'Als de motie wordt aangenomen, dan moet de regering in Europees verband inventariseren voor welke sectoren arbeidsmigratie en kennismigratie wenselijk zijn en dit met de Kamer delen.',
    );
    expectFaithfulOneSentence(e, text);
  });

  it('leaves out a trailing ", en …" request before anything is marked', () => {
    const inform = 'de Kamer daarover voor de zomer van het volgende jaar met een uitgebreide brief over alle gevolgen voor alle betrokken partijen';
    const e = explainWithRules(verzoekt(`te onderzoeken wat ${long}s van het land zijn, en ${inform} te informeren, zodat de Kamer tijdig kan besluiten`), doc);
    // 61 words; without ", zodat …" still 55: the ", en …" request goes too, and the rest is a whole request, unmarked.
    expect(e.implicatie).toBe(`Als de motie wordt aangenomen, dan moet de regering onderzoeken wat ${long}s van het land zijn.`);
    // The summary has room for all of it (62 words).
    expect(e.samenvatting).toBe(`Het lid Jansen verzoekt de regering te onderzoeken wat ${long}s van het land zijn, en ${inform} te informeren, zodat de Kamer tijdig kan besluiten.`);
  });

  it('a list that does not fit is cut after the last whole item that fits, marked (…) (kst-c5b589ac, 127 words)', () => {
    const { e, text } = explainCorpus('c5b589ac');
    expect(e.implicatie).toBe(
      'Als de motie wordt aangenomen, dan moet de regering onderzoek doen naar het oprichten van een fonds dat voortbouwt op het al bestaande Kolenfonds dat: Budget biedt om-, bij- en herscholing voor elke individuele werknemer die zijn of haar baan verliest als gevolg van de energietransitie (…).',
    );
    expect(e.samenvatting.endsWith('Ingezet kan worden om de overstap te maken van de ene sector naar de andere (…).')).toBe(true);
    expect(countWords(e.samenvatting)).toBeLessThanOrEqual(80);
    expectFaithfulOneSentence(e, text);
  });

  it('never cuts inside an aside between dashes, nor between two joined words (kst-dabda1e4, kst-ca21b75f)', () => {
    const aside = explainCorpus('dabda1e4');
    expect(aside.e.implicatie).toBe('Als de motie wordt aangenomen, dan moet de regering met een aanzet tot een uitvoeringswet komen (…).');
    expectFaithfulOneSentence(aside.e, aside.text);
    // "… sociaal-maatschappelijk aanvaardbaar en systeemtechnisch haalbaar is": not cut to "aanvaardbaar (…)".
    const joined = explainCorpus('ca21b75f');
    expect(joined.e.implicatie.endsWith('wat de doelstelling voor 2030 betekent voor het beleid (…).')).toBe(true);
    expectFaithfulOneSentence(joined.e, joined.text);
  });

  it('never ends on a fronted "indien …" part whose main clause was cut off (kst-696a83e1)', () => {
    const { e, text } = explainCorpus('696a83e1');
    expect(e.implicatie.endsWith('definitief duidelijkheid verschaffen over de inwerkingtreding per 1 januari 2024 (…).')).toBe(true);
    expectFaithfulOneSentence(e, text);
  });

  it('keeps the main verb: the commas before "komen" are no place to cut; the cut after it is marked', () => {
    const partners =
      'gemeenten, provincies, waterschappen, scholen, ziekenhuizen, woningcorporaties, zorgverzekeraars, werkgevers, vakbonden, bedrijven en maatschappelijke organisaties in alle delen van het land en in het Caribisch deel van het Koninkrijk';
    const e = explainWithRules(verzoekt(`om in overleg met ${partners} te komen tot een gezamenlijk plan voor de opvang van de gevolgen van de nieuwe regels voor de energievoorziening, en daarover te rapporteren`), doc);
    expect(e.implicatie).toBe(`Als de motie wordt aangenomen, dan moet de regering in overleg met ${partners} komen tot een gezamenlijk plan voor de opvang van de gevolgen${CUT_MARK}.`);
    expect(countWords(e.implicatie)).toBe(50);
  });
});

describe('publishable as it is, on the 399 official XML publications too', () => {
  // The moties-toegelicht corpus is measured by test/parse/accuracy.test.ts; these are other motions, in another form.
  it('every explanation passes every check of checks.ts against the motion text alone', () => {
    const dir = join(FIXTURES, 'corpus', 'odata', 'documentpublicatie-xml');
    const failures: string[] = [];
    let explained = 0;
    for (const f of readdirSync(dir).filter((name) => name.endsWith('.xml'))) {
      const text = renderPublicatie(readPublicatie(readFileSync(join(dir, f))));
      const parsed = parseMotion(text, {});
      const e = parsed ? explainWithRules(parsed, doc) : null;
      if (!e || e.status !== 'ok') {
        failures.push(`${f}: ${e?.reason ?? 'not parsed'}`);
        continue;
      }
      explained++;
      const problems = checkExplanation(e, { text, metadata: [] }, CLASSIC_LIMITS);
      if (problems.length) failures.push(`${f}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    }
    expect(failures).toEqual([]);
    expect(explained).toBe(399);
  });
});

describe('grammar rules', () => {
  const clause = (text: string, kind: Clause['kind'], addressee: string | null): Clause => ({ kind, text, addressee });

  it('two addressees take "moeten"; an addressee that goes on unrecognised keeps the clause verbatim', () => {
    const two = 'verzoekt de minister van Buitenlandse Zaken en de minister voor Ontwikkelingssamenwerking om een plan op te stellen';
    expect(consequence(clause(two, 'verzoekt', 'de minister van Buitenlandse Zaken en de minister voor Ontwikkelingssamenwerking')).text).toBe(
      'moeten de minister van Buitenlandse Zaken en de minister voor Ontwikkelingssamenwerking een plan opstellen',
    );
    expect(consequence(clause('verzoekt de regering en gemeenten te zorgen voor X', 'verzoekt', 'de regering')).text).toBe(
      'verzoekt de Kamer de regering en gemeenten te zorgen voor X',
    );
  });

  it('draagt … op is inverted after "dan"', () => {
    expect(consequence(clause('draagt de regering op de wet voor 1 juli in te trekken', 'draagt op', 'de regering')).text).toBe(
      'draagt de Kamer de regering op de wet voor 1 juli in te trekken',
    );
  });

  it.each([
    ['te bevorderen dat X gebeurt', 'bevorderen dat X gebeurt'],
    ['om een plan op te stellen', 'een plan opstellen'],
    ['er zorg voor te dragen dat X', 'er zorg voor dragen dat X'],
    ['de Kamer hier voor de zomer over te informeren', 'de Kamer hier voor de zomer over informeren'],
    ['er bij de Nigeriaanse regering op aan te dringen', 'er bij de Nigeriaanse regering op aandringen'],
    ['een advies op te laten stellen', 'een advies op laten stellen'],
    ['af te zien van de voortzetting', 'afzien van de voortzetting'],
    ['elke piekbelaster te allen tijde de mogelijkheid te geven', 'elke piekbelaster te allen tijde de mogelijkheid geven'],
    ['vliegmaatschappijen op te roepen de lonen te verhogen', 'vliegmaatschappijen oproepen de lonen te verhogen'],
    ['hen te helpen en te ondersteunen', 'hen helpen en ondersteunen'],
    ['om te zorgen dat X geborgd is en om luchthavens hierop te blijven wijzen', 'zorgen dat X geborgd is en luchthavens hierop blijven wijzen'],
    ['om X te doen, om Y te bereiken', 'X doen, om Y te bereiken'],
    [', de RVU ook na 2025 te behouden, totdat Z', 'de RVU ook na 2025 behouden, totdat Z'],
    [', in samenspraak met sportverenigingen, te komen tot een strategie', ', in samenspraak met sportverenigingen, komen tot een strategie'],
    ['te onderzoeken in hoeverre X gebruik te maken van Y', 'onderzoeken in hoeverre X gebruik te maken van Y'],
  ])('mainInfinitives(%j) → %j', (input, expected) => {
    expect(mainInfinitives(input)).toBe(expected);
  });

  it('gives up (null) when a coordinated part keeps a "te" it cannot place', () => {
    expect(mainInfinitives('het model zoals bestudeerd door de WRR ook te bestuderen, en een overzicht te maken')).toBeNull();
    expect(mainInfinitives('met de Kamer in overleg')).toBeNull();
  });

  it('subjects', () => {
    expect(subjectOf({ indieners: ['Omtzigt'], cs: true }).text).toBe('Het lid Omtzigt c.s.');
    expect(subjectOf({ indieners: ['Inge van Dijk', 'Mohandis'], cs: false })).toEqual({ text: 'De leden Inge van Dijk en Mohandis', plural: true });
    expect(subjectOf({ indieners: ['A', 'B', 'C'], cs: false }).text).toBe('De leden A, B en C');
  });
});

describe('every implication of a parsed corpus motion', () => {
  it('has the operative clauses only: no consideration text leaks in (kst-25087-309)', () => {
    const { parsed, e } = explainCorpus('00c5c4d7');
    for (const c of parsed.considerations) expect(e.samenvatting).not.toContain(c.text.slice(12, 60));
    expect(e.implicatie).toBe('Als de motie wordt aangenomen, dan moet de regering alsnog de aanbeveling van de commissie-Ter Haar uitvoeren conform de afspraak in het regeerakkoord.');
  });

  it('explanations need no ParsedMotion fields beyond the operative clauses and the indieners', () => {
    const parsed: ParsedMotion = {
      kamerstuk: null, kst: null, vergaderjaar: null, titel: null, kop: null, gewijzigd: false, indieners: [], cs: false,
      ondertekenaars: [], datum: null, voorgesteld: null, considerations: [], warnings: [],
      operative: [{ kind: 'verzoekt', text: 'verzoekt de regering de Palestijnse Staat te erkennen', addressee: 'de regering' }],
    };
    const e = explainWithRules(parsed, doc);
    expect(e.samenvatting).toBe('De Kamer verzoekt de regering de Palestijnse Staat te erkennen.');
    expect(e.implicatie).toBe('Als de motie wordt aangenomen, dan moet de regering de Palestijnse Staat erkennen.');
  });
});
