import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedFormatError, parseAtomPage, parseEntityXml, skiptokenOf } from '../../../../src/source/tk/syncfeed/atomPage.js';
import { DEFAULT_SYNCFEED_URL, feedUrl } from '../../../../src/source/tk/syncfeed/client.js';

const sample = (name: string) => readFileSync(`fixtures/corpus/syncfeed/${name}`, 'utf8');

describe('SyncFeed pages (real recorded samples)', () => {
  it('reads the Stemming page: tokens, tombstones, refs, xsi:nil, raw XML', () => {
    const page = parseAtomPage(sample('kaeldrin-stemming-feed-page.xml'), 'stemming');
    expect(page.next).toBe(3560496);
    expect(page.entries.map((e) => e.token)).toEqual([3547906, 3547907, 3560438, 3560439, 3560440]);
    expect(page.entries.map((e) => e.deleted)).toEqual([true, true, false, false, false]);
    const vote = page.entries[2]!;
    expect(vote).toMatchObject({
      id: '80769453-41f8-4e01-8a10-f9da650fe3cb',
      element: 'stemming',
      bijgewerkt: '2008-11-12T14:40:12.1730000',
      updated: '2019-07-19T11:50:56.1999488Z',
      refs: { besluit: ['643f76ba-2d42-4d6f-b903-d71b0927144a'], fractie: ['65129918-f256-4975-9da4-488da34d6695'] },
    });
    expect(vote.fields).toMatchObject({ soort: 'Tegen', fractieGrootte: '9', vergissing: 'false', sidActorLid: null });
    expect(vote.raw.startsWith('<tk:stemming id="80769453')).toBe(true);
    expect(vote.raw.endsWith('</tk:stemming>')).toBe(true);
  });

  it('reads a Besluit whose zaak ref follows the scalars, and Fractie entries with their file', () => {
    const besluit = parseAtomPage(sample('kaeldrin-besluit-feed-page.xml'), 'besluit').entries[0]!;
    expect(besluit.refs).toEqual({ agendapunt: ['4db5b95f-eda3-46be-afa9-91e720642e3a'], zaak: ['19214682-5078-4587-801f-dcd3d666a273'] });
    expect(besluit.fields.status).toBe('Voorstel');
    const fracties = parseAtomPage(sample('wetsuite-fractie-entries.xml'), 'fractie').entries;
    expect(fracties).toHaveLength(56);
    const withFile = fracties.find((f) => f.enclosure)!;
    expect(withFile.enclosure).toBe(`https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Resources/${withFile.id}`);
    expect(withFile.attributes.contentType).toMatch(/^image\//);
    expect(fracties.filter((f) => f.deleted)).toHaveLength(1);
  });

  it('reads prefixes as local names (ns1: on Toezegging) and a bare entity as Entiteiten/<id> may send it', () => {
    const bare = parseEntityXml(
      '<ns1:toezegging xmlns:ns1="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="0A6C5C6E-1111-4000-8000-000000000001" ns1:bijgewerkt="2024-03-01T10:00:00+01:00" ns1:verwijderd="False">' +
        '<ns1:tekst>De minister zegt toe &amp; informeert</ns1:tekst><ns1:kamerbriefNakoming>a</ns1:kamerbriefNakoming><ns1:kamerbriefNakoming>b</ns1:kamerbriefNakoming></ns1:toezegging>',
      'test',
    )!;
    expect(bare).toMatchObject({ id: '0a6c5c6e-1111-4000-8000-000000000001', element: 'toezegging', deleted: false, bijgewerkt: '2024-03-01T10:00:00+01:00' });
    expect(bare.fields.tekst).toBe('De minister zegt toe & informeert');
    expect(bare.lists.kamerbriefNakoming).toEqual(['a', 'b']);
  });

  it('says where a cut-off page broke, and takes tokens from the query string only', () => {
    const xml = sample('kaeldrin-stemming-feed-page.xml');
    expect(() => parseAtomPage(xml.slice(0, xml.length / 2), 'https://x/Feed?category=Stemming')).toThrow(FeedFormatError);
    expect(() => parseAtomPage('<html><body>502</body></html>', 'p')).toThrow(/not an Atom feed: p/);
    expect(skiptokenOf('https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed?category=Fractie&skiptoken=16662055')).toBe(16662055);
    expect(skiptokenOf('Feed?skiptoken=20127222&category=Document')).toBe(20127222);
    expect(feedUrl(`${DEFAULT_SYNCFEED_URL}/`, 'Zaak', 12345)).toBe('https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed?category=Zaak&skiptoken=12345');
  });
});
