import { describe, expect, it } from 'vitest';
import { IMPLICATIE_PREFIX, type DocumentRecord } from '../../src/domain/types.js';
import { checkExplanation, countSentences } from '../../src/explain/checks.js';
import { REASON_LABEL } from '../../src/explain/rules/reason.js';
import { explainWithRules, RULES_EXPLAINER } from '../../src/explain/rulesExplainer.js';
import { parseMotion } from '../../src/parse/motionParser.js';
import { corpusMotion, metaOf } from '../support/corpus.js';

const doc: DocumentRecord = { id: 't', soort: 'motie', apiSoort: 'Motie', titel: null, onderwerp: null, datum: null, bronUrl: null, herkomst: 'test', verwijderd: false };

function explain(idPrefix: string, signers: { naam: string; fractie: string | null }[] = []) {
  const m = corpusMotion(idPrefix);
  const e = explainWithRules(parseMotion(m.tekst, metaOf(m))!, doc, { signers });
  expect(e.explainer).toBe(RULES_EXPLAINER);
  expect(e.implicatie.startsWith(IMPLICATIE_PREFIX)).toBe(true);
  expect(countSentences(e.implicatie)).toBe(1);
  expect(checkExplanation(e, { text: m.tekst, metadata: signers.flatMap((s) => [s.naam, s.fractie]) })).toEqual([]);
  return e;
}

describe('rules@3 on real motions (issue 13)', () => {
  it('kst-36410-V-46: "deze ambtenaren" resolved from the considerations; who asks with fractie; the reason', () => {
    const e = explain('bf969de8', [{ naam: 'Geert de Roon', fractie: 'PVV' }]);
    expect(e.samenvatting).toBe(
      'Deze motie is van het lid De Roon (PVV). De motie vraagt de regering om disciplinaire maatregelen te nemen tegen de ambtenaren van Buitenlandse Zaken (BZ) (…). ' +
        `${REASON_LABEL} de indiener stelt vast dat een aanzienlijke groep ambtenaren van Buitenlandse Zaken (BZ) tijdens werktijd protesteerde tegen het Nederlands buitenlandbeleid over Israél.`,
    );
    expect(e.implicatie).toBe(
      'Als de motie wordt aangenomen, dan moet de regering disciplinaire maatregelen nemen tegen de ambtenaren van Buitenlandse Zaken (BZ), met als ultiem middel ontslag.',
    );
  });

  it('kst-34682-148: spreekt uit and verzoekt; the implication names what the government must do', () => {
    const e = explain('697fda2c', [{ naam: 'Thijssen', fractie: 'PvdA' }, { naam: 'L. Bromet', fractie: 'GroenLinks' }]);
    expect(e.samenvatting.startsWith('Deze motie is van de leden Thijssen (PvdA) en Bromet (GroenLinks). De motie spreekt uit dat de duurzame voorlopers beloond moeten worden met meer zekerheden. Ook vraagt de motie de regering om te onderzoeken')).toBe(true);
    expect(e.implicatie).toBe(
      'Als de motie wordt aangenomen, dan moet de regering onderzoeken hoe kan worden voorkomen dat voorlopers, zoals biologische en natuurinclusieve bedrijven, moeten worden beëindigd.',
    );
  });

  it('kst-31288-1012: one sentence per request; "de genoemde beheersingsinstrumenten" loses its loose "genoemde"; never cut before a verb', () => {
    const e = explain('066589e0');
    expect(e.samenvatting).toMatch(/^Deze motie is van het lid Van der Woude\. De motie vraagt de Minister de beheersingsinstrumenten zo snel mogelijk in te voeren \(…\)\. Ook vraagt de motie de Minister de Kamer in de februaribrief te informeren/);
    expect(e.implicatie).toBe('Als de motie wordt aangenomen, dan moet de Minister de beheersingsinstrumenten zo snel mogelijk invoeren en een wettelijke grondslag geven.');
  });

  it('kst-36410-V-75: separable verb written together ("overgaan", not "over gaan"); "c.s." as "en anderen"', () => {
    const e = explain('23f5dca1');
    expect(e.samenvatting.startsWith('Deze motie is van het lid Dassen en anderen. De motie vraagt de regering over te gaan tot het opleggen van sancties')).toBe(true);
    expect(e.implicatie.startsWith('Als de motie wordt aangenomen, dan moet de regering overgaan tot het opleggen van sancties')).toBe(true);
  });

  it('one spreekt uit clause, short enough to stay whole (kst-36284-8)', () => {
    const e = explain('26bfd8ee');
    expect(e.samenvatting).toBe('Deze motie is van het lid Martin Bosma. De motie spreekt uit dat 200 miljoen euro voor een bewustmakingsfonds waanzin is.');
    expect(e.implicatie).toBe('Als de motie wordt aangenomen, dan spreekt de Kamer uit dat 200 miljoen euro voor een bewustmakingsfonds waanzin is.');
  });
});
