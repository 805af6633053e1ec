import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeedPage } from '../../src/source/seedPage.js';
import { jekyllFieldsFor, renderJekyllMotionPage } from '../../src/publish/jekyll/motionPage.js';
import { renderJekyllIndex } from '../../src/publish/jekyll/indexPage.js';
import type { MotionView } from '../../src/domain/types.js';
import { parseExplainer } from '../../src/domain/explainer.js';

const SEEDS = 'fixtures/seeds';
const seedFiles = readdirSync(SEEDS).filter((f) => /^00[01]_/.test(f));

function viewWith(partial: Partial<MotionView> & { titel?: string; onderwerp?: string; tekst?: string }): MotionView {
  return {
    document: { id: '11111111-2222-4333-8444-555555555555', soort: 'motie', apiSoort: 'Motie', titel: partial.titel ?? 'T', onderwerp: partial.onderwerp ?? 'O', datum: '2023-02-09', bronUrl: 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document(11111111-2222-4333-8444-555555555555)/resource', herkomst: 'test', verwijderd: false },
    text: partial.tekst === undefined ? null : { text: partial.tekst, verdict: { status: 'ok', score: 1, reason: '' }, engine: 'plain', rendition: 'txt', pages: 1, footnotes: [], letterhead: null, trailer: { kst: null, issn: null } },
    parsed: null,
    explanation: { samenvatting: 'De Kamer verzoekt de regering iets te doen.', implicatie: 'Als de motie wordt aangenomen, dan doet de regering iets.', explainer: parseExplainer('rules@1'), status: 'ok', reason: null, bron: null },
    importedPage: partial.importedPage ?? null,
    zaak: null,
    letters: [],
    lifecycle: { fase: 'ingediend', events: [] },
    themes: [],
  };
}

describe('Jekyll pages (golden)', () => {
  it('finds both seeds', () => expect(seedFiles).toHaveLength(2));
  for (const file of seedFiles) {
    it(`renders seed ${file} from its own fields byte for byte`, () => {
      const original = readFileSync(join(SEEDS, file), 'utf8');
      const page = parseSeedPage(original);
      expect(page).not.toBeNull();
      expect(renderJekyllMotionPage(page!)).toBe(original);
      // The same through the path the build takes (fields made safe first): seeds hold no Liquid or markup.
      expect(renderJekyllMotionPage(jekyllFieldsFor(viewWith({ importedPage: page! })))).toBe(original);
    });
  }

  it('gives a generated page the seed-000 layout that parses back to the same fields', () => {
    const view = viewWith({ tekst: 'MOTIE VAN HET LID X\nDe Kamer,\nverzoekt de regering iets te doen,\nen gaat over tot de orde van de dag.\n\f' });
    const md = renderJekyllMotionPage(jekyllFieldsFor(view));
    expect(md.startsWith('---\nlayout: motie\n---\n## Titel:\nT\n## Onderwerp:\nO\n## Implicaties:\n\nAls de motie wordt aangenomen, dan doet')).toBe(true);
    expect(md).toContain('## Orginele text:\n\n\nMOTIE VAN HET LID X\n');
    expect(md.endsWith('## Orgineel:\n[pdf](https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document(11111111-2222-4333-8444-555555555555)/resource)\n')).toBe(true);
    expect(parseSeedPage(md)?.implicaties).toBe('\nAls de motie wordt aangenomen, dan doet de regering iets.');
  });

  it('neutralises Liquid and raw HTML from documents', () => {
    const view = viewWith({ titel: '{{ site.title }}', onderwerp: '<script>alert(1)</script>', tekst: 'Tekst {% include x %} en <img src=x onerror=alert(1)> & meer' });
    const md = renderJekyllMotionPage(jekyllFieldsFor(view));
    expect(md).not.toContain('{{');
    expect(md).not.toContain('{%');
    expect(md).not.toContain('<script');
    expect(md).not.toContain('<img');
    expect(md).toContain('&#123;&#123; site.title &#125;&#125;');
    expect(md).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('writes the index table newest first as given, one line per row', () => {
    const out = renderJekyllIndex([
      { id: 'b', onderwerp: 'Motie B | met pijp', implicatie: 'Als de motie wordt aangenomen, dan\nB.', pdfUrl: 'https://x/Document(b)/resource', datum: '2024-02-14' },
      { id: 'a', onderwerp: '{{ site.title }}', implicatie: '', pdfUrl: 'javascript:alert(1)', datum: '2023-02-09' },
    ]);
    const lines = out.split('\n');
    expect(lines).toContain('| Motie | Implicatie | Orgineel | Datum |');
    expect(lines).toContain('| [Motie B \\| met pijp](moties/b.html) | Als de motie wordt aangenomen, dan B. | [pdf](https://x/Document(b)/resource) | 2024-02-14 |');
    expect(lines).toContain('| [&#123;&#123; site.title &#125;&#125;](moties/a.html) |  |  | 2023-02-09 |');
  });
});
