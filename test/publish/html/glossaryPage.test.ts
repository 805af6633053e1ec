import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MotionView } from '../../../src/domain/types.js';
import { definedAbbreviations, termSlug, termsIn } from '../../../src/explain/glossary/findTerms.js';
import { TERMS } from '../../../src/explain/glossary/terms.js';
import { renderGlossaryPage } from '../../../src/publish/html/glossaryPage.js';
import { renderMotionPage } from '../../../src/publish/html/motionPage.js';
import { corpusMotion } from '../../support/corpus.js';
import { parseExplainer } from '../../../src/domain/explainer.js';

describe('begrippenlijst', () => {
  it('has a few hundred terms, each with a B1 explanation, a source and an anchor of its own on the glossary page', () => {
    expect(TERMS.length).toBeGreaterThanOrEqual(200);
    const slugs = TERMS.map((t) => termSlug(t.term));
    expect(new Set(slugs).size).toBe(slugs.length);
    const page = renderGlossaryPage();
    for (const t of TERMS) {
      expect(page, t.term).toContain(`<dt id="${termSlug(t.term)}"><dfn>`);
      // B1: short explanations, sentences of at most 25 words.
      for (const s of t.uitleg.split(/(?<=[.!?])\s+/)) expect(s.split(/\s+/).length, t.term).toBeLessThanOrEqual(25);
    }
    for (const term of ['motie', 'dictum', 'c.s.', 'aangehouden', 'kabinetsappreciatie', 'ontraden', 'oordeel Kamer', 'statushouder', 'taakstelling', 'PAS-melder']) {
      expect(TERMS.some((t) => t.term === term), term).toBe(true);
    }
  });

  it('finds terms as whole words in their forms, abbreviations by case', () => {
    expect(termsIn('De PAS-melders en de statushouders; het dictum').map((t) => t.term)).toEqual(['dictum', 'statushouder', 'PAS-melder']);
    expect(termsIn('een motiemonitor, de wow-factor').map((t) => t.term)).toEqual([]);
    expect(termsIn('de aow van opa').map((t) => t.term)).toEqual([]);
  });

  it('abbreviations the motion itself defines, from real corpus motions', () => {
    const zzs = corpusMotion(corpusIdWith('zeer zorgwekkende stoffen (ZZS)'));
    expect(definedAbbreviations(zzs.tekst)).toContainEqual({ term: 'ZZS', uitleg: 'zeer zorgwekkende stoffen', slug: null, kind: 'abbr' });
    const aio = corpusMotion(corpusIdWith('(AIO)'));
    expect(definedAbbreviations(aio.tekst).find((a) => a.term === 'AIO')?.uitleg).toBe('aanvullende inkomensondersteuning ouderen');
    // A Roman numeral after a begroting is no abbreviation.
    expect(definedAbbreviations('de begroting van Justitie en Veiligheid (VI) voor 2024')).toEqual([]);
  });
});

/** The id of the one corpus motion whose line holds `needle`. */
function corpusIdWith(needle: string): string {
  const line = readFileSync('fixtures/corpus/moties-toegelicht/moties.jsonl', 'utf8').split('\n').find((l) => l.includes(needle))!;
  return (JSON.parse(line) as { id: string }).id;
}

describe('motion page: the summary in short sentences, the reason apart, the terms explained', () => {
  const view: MotionView = {
    document: { id: 'm1', soort: 'motie', apiSoort: 'Motie', titel: 'Luchtvaart', onderwerp: 'Motie over ZZS', datum: '2023-02-09', bronUrl: null, herkomst: 'test', verwijderd: false },
    text: { text: 'De Kamer,\nconstaterende dat zeer zorgwekkende stoffen (ZZS) schadelijk zijn;\nverzoekt de regering grenswaarden voor ZZS vast te stellen voor <b>Schiphol</b>,\nen gaat over tot de orde van de dag.', verdict: { status: 'ok', score: 1, reason: '' }, engine: 'txt', rendition: 'txt', pages: 1, footnotes: [], letterhead: null, trailer: { kst: null, issn: null } },
    parsed: null,
    explanation: {
      samenvatting: 'Deze motie is van het lid A en anderen. De motie vraagt de regering grenswaarden voor ZZS vast te stellen. Aanleiding: de indieners stellen vast dat zeer zorgwekkende stoffen (ZZS) <b>schadelijk</b> zijn.',
      implicatie: 'Als de motie wordt aangenomen, dan moet de regering grenswaarden voor ZZS vaststellen.',
      explainer: parseExplainer('rules@3'), status: 'ok', reason: null, bron: null,
    },
    importedPage: null, zaak: null, letters: [], lifecycle: { fase: 'ingediend', events: [] }, themes: [],
  };

  it('renders each sentence, the Aanleiding set apart, and a Begrippen block readable without JavaScript', () => {
    const page = renderMotionPage(view);
    expect(page).toContain('<div class="samenvatting"><p>Deze motie is van het lid A en anderen.</p><p>De motie vraagt de regering grenswaarden voor ZZS vast te stellen.</p></div>');
    expect(page).toContain('<p class="aanleiding"><strong>Aanleiding:</strong> de indieners stellen vast dat zeer zorgwekkende stoffen (ZZS) &lt;b&gt;schadelijk&lt;/b&gt; zijn.</p>');
    expect(page).toContain('<dt><abbr title="zeer zorgwekkende stoffen">ZZS</abbr></dt>');
    expect(page).toMatch(/<dt><dfn>motie<\/dfn><\/dt><dd>Een voorstel van één of meer Kamerleden .*<a href="..\/begrippen\/index.html#motie">Begrippenlijst<\/a><\/dd>/);
    expect(page).not.toContain('<b>');
  });
});
