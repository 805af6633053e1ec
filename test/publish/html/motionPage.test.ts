import { describe, expect, it } from 'vitest';
import type { MotionView } from '../../../src/domain/types.js';
import { renderMotionPage } from '../../../src/publish/html/motionPage.js';
import { highlightClauses } from '../../../src/publish/html/highlight.js';
import { themesFor } from '../../../src/publish/themes.js';
import { parseExplainer } from '../../../src/domain/explainer.js';

const view: MotionView = {
  document: { id: 'm1', soort: 'motie', apiSoort: 'Motie', titel: 'JBZ-Raad', onderwerp: 'Motie van het lid A over B', datum: '2023-02-09', bronUrl: 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document(m1)/resource', herkomst: 'test', verwijderd: false },
  text: { text: 'De Kamer,\nverzoekt de regering\nB te doen,\nen gaat over tot de orde van de dag.', verdict: { status: 'ok', score: 1, reason: '' }, engine: 'pdftotext', rendition: 'pdf', pages: 1, footnotes: [], letterhead: null, trailer: { kst: null, issn: null } },
  parsed: null,
  explanation: { samenvatting: 'Het lid A verzoekt de regering B te doen.', implicatie: 'Als de motie wordt aangenomen, dan doet de regering B.', explainer: parseExplainer('rules@1'), status: 'ok', reason: null, bron: null },
  importedPage: null,
  zaak: {
    zaakId: 'z1', nummer: '2023Z00001', kabinetsappreciatie: 'Oordeel Kamer',
    indieners: [{ naam: 'A. Lid', fractie: 'VVD', relatie: 'Indiener' }, { naam: 'C. Mede', fractie: 'D66', relatie: 'Medeindiener' }],
    vote: { uitslag: 'aangenomen', datum: '2023-02-14', zetelsVoor: 100, zetelsTegen: 50, hoofdelijk: false, besluitTekst: null,
      stemmingen: [{ fractie: 'VVD', soort: 'Voor', zetels: 34 }, { fractie: 'D66', soort: 'Voor', zetels: 24 }, { fractie: 'PVV', soort: 'Tegen', zetels: 17 }] },
  },
  letters: [{ briefId: 'b1', datum: '2023-05-01', onderwerp: 'Uitvoering motie A', snippet: 'In reactie op de motie A <i>x</i>', stance: 'uitgevoerd' }],
  lifecycle: { fase: 'beantwoord', events: [{ datum: '2023-02-09', soort: 'ingediend', label: 'Ingediend' }, { datum: '2023-02-14', soort: 'stemming', label: 'Aangenomen' }, { datum: '2023-05-01', soort: 'brief', label: 'Brief', documentId: 'b1' }] },
  themes: ['justitie en veiligheid'],
};

describe('motion page', () => {
  it('shows votes as a seat bar and per fractie, indieners with parties, letters and the timeline', () => {
    const page = renderMotionPage(view);
    expect(page).toContain('<rect class="voor" x="0" y="0" width="100"');
    expect(page).toContain('<rect class="tegen" x="100" y="0" width="50"');
    expect(page).toContain('aria-label="100 zetels voor, 50 zetels tegen"');
    expect(page).toMatch(/<dt>Voor<\/dt><dd><a href="..\/fracties\/vvd.html">VVD<\/a> \(34\), <a href="..\/fracties\/d66.html">D66<\/a> \(24\)<\/dd><dt>Tegen<\/dt>/);
    expect(page).toContain('<a href="../leden/a-lid.html">A. Lid</a> (<a href="../fracties/vvd.html">VVD</a>)');
    expect(page).toContain('<a href="../brieven/b1.html">Uitvoering motie A</a>');
    expect(page).toContain('&lt;i&gt;x&lt;/i&gt;');
    expect(page).toContain('Kabinetsappreciatie: <strong>Oordeel Kamer</strong>');
    expect(page.indexOf('class="implicatie"')).toBeLessThan(page.indexOf('Ingediend door'));
  });

  it('leaves the vote, letter and indiener sections out when there is no such data', () => {
    const page = renderMotionPage({ ...view, zaak: null, letters: [], lifecycle: { fase: 'ingediend', events: [] } });
    expect(page).not.toContain('<svg');
    expect(page).not.toContain('Stemming');
    expect(page).not.toContain('Brieven die');
    expect(page).not.toContain('Ingediend door');
  });

  it('marks operative clauses across line breaks and escapes the text', () => {
    expect(highlightClauses('a <b>\nverzoekt de regering\nB te doen, en', ['verzoekt de regering B te doen,'])).toBe('a &lt;b&gt;\n<mark class="dictum">verzoekt de regering\nB te doen,</mark> en');
  });
});

describe('themes', () => {
  it('finds themes in title and subject, or twice in the text, and not from a passing word', () => {
    expect(themesFor({ titel: 'JBZ-Raad', onderwerp: 'Motie over instrumentalisering van migratie', tekst: '' })).toContain('migratie en asiel');
    expect(themesFor({ titel: 'X', onderwerp: 'Motie over de woningbouw', tekst: 'verzoekt de regering ervoor te zorgen' })).toEqual(['wonen']);
    expect(themesFor({ titel: 'X', onderwerp: 'Y', tekst: 'klimaat en nog eens klimaatbeleid' })).toEqual(['klimaat en energie']);
    expect(themesFor({ titel: 'X', onderwerp: 'Y', tekst: 'een keer klimaat' })).toEqual([]);
  });
});
