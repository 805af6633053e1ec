/**
 * Self-tests of the SyncFeed stand-in and its XML writer: the pages parse (saxes, namespace-aware) and have the
 * structure of the real samples in fixtures/corpus/syncfeed; the real Besluit recorded in both APIs converts to the
 * real feed element; paging, tokens, compaction, tombstones, files and faults behave as the notes describe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTkmotiesZaken } from './fakeOdataServer.js';
import { type FakeSyncFeedServer, startFakeSyncFeedServer } from './fakeSyncFeedServer.js';
import { ATOM_NS, CATEGORIES, SLOTS, SYNTHETIC_NS, TK_NS, XSI_NS, type Json, elementName, entityXml, localDate, localStamp, utcStamp } from './syncFeedXml.js';

interface Attr {
  value: string;
  uri: string;
  local: string;
}
interface Node {
  name: string;
  local: string;
  uri: string;
  attrs: Record<string, Attr>;
  children: Node[];
  text: string;
}

function parse(xml: string): Node {
  const p = new SaxesParser({ xmlns: true });
  const stack: Node[] = [];
  let root: Node | undefined;
  p.on('opentag', (t) => {
    const attrs: Record<string, Attr> = {};
    for (const [k, a] of Object.entries(t.attributes)) if (!k.startsWith('xmlns')) attrs[k] = { value: a.value, uri: a.uri, local: a.local };
    const n: Node = { name: t.name, local: t.local, uri: t.uri, attrs, children: [], text: '' };
    if (stack.length) stack[stack.length - 1]!.children.push(n);
    else root = n;
    stack.push(n);
  });
  p.on('text', (x) => {
    if (stack.length) stack[stack.length - 1]!.text += x;
  });
  p.on('closetag', () => void stack.pop());
  p.write(xml).close();
  return root!;
}

const child = (n: Node, local: string): Node | undefined => n.children.find((c) => c.local === local);
const attr = (n: Node, local: string, uri = ''): string | undefined => Object.values(n.attrs).find((a) => a.local === local && a.uri === uri)?.value;
/** Attribute forms as (namespace, local name) pairs, order-free. */
const attrForms = (n: Node): string[] => Object.values(n.attrs).map((a) => `${a.uri}|${a.local}`).sort();
const links = (n: Node): Record<string, string> => Object.fromEntries(n.children.filter((c) => c.local === 'link').map((l) => [attr(l, 'rel')!, attr(l, 'href')!]));
const tokenOfLink = (href: string): number => Number(new URL(href).searchParams.get('skiptoken'));
const entriesOf = (feed: Node): Node[] => feed.children.filter((c) => c.local === 'entry');
const entityOf = (entry: Node): Node => child(entry, 'content')!.children[0]!;
/** True when `sub` appears in `full` in the same order. */
const isSubsequence = (sub: string[], full: string[]): boolean => {
  let i = 0;
  for (const x of full) if (x === sub[i]) i++;
  return i === sub.length;
};

const SAMPLES = join(process.cwd(), 'fixtures/corpus/syncfeed');
const sample = (name: string): Node => parse(readFileSync(join(SAMPLES, name), 'utf8'));

async function page(server: FakeSyncFeedServer, query: string): Promise<{ status: number; type: string | null; feed: Node }> {
  const res = await fetch(`${server.baseUrl}/Feed?${query}`);
  return { status: res.status, type: res.headers.get('content-type'), feed: parse(await res.text()) };
}

/** Follows a category from the start through the last entry's next link, like a client. */
async function readAll(server: FakeSyncFeedServer, category: string, from?: number): Promise<{ entries: Node[]; pages: Node[]; last?: number }> {
  const entries: Node[] = [];
  const pages: Node[] = [];
  let token = from;
  for (;;) {
    const { feed } = await page(server, token === undefined ? `category=${category}` : `skiptoken=${token}&category=${category}`);
    pages.push(feed);
    const got = entriesOf(feed);
    if (got.length === 0) return { entries, pages, last: token };
    entries.push(...got);
    token = tokenOfLink(links(got[got.length - 1]!).next!);
  }
}

describe('syncFeedXml: the real records give the real feed XML', () => {
  it('writes the real Besluit (recorded in OData and in the feed) as the feed element, child for child', () => {
    const odata = JSON.parse(readFileSync(join(SAMPLES, 'kaeldrin-besluit-odata.json'), 'utf8')) as Json;
    const real = entityOf(entriesOf(sample('kaeldrin-besluit-feed-page.xml'))[0]!);
    const ours = parse(entityXml('Besluit', odata));
    expect(ours.local).toBe(real.local);
    expect(ours.uri).toBe(TK_NS);
    expect(attrForms(ours)).toEqual(attrForms(real));
    expect(attr(ours, 'bijgewerkt', TK_NS)).toBe(attr(real, 'bijgewerkt', TK_NS)); // 2026-09-10T13:40:40.9030000
    const shape = (n: Node): string[] => n.children.map((c) => `${c.uri}|${c.local}|${c.text}|${attr(c, 'ref') ?? ''}|${attr(c, 'nil', XSI_NS) ?? ''}`);
    expect(shape(ours)).toEqual(shape(real));
  });

  it('writes the real Activiteit with local times without offset, in the real order', () => {
    const odata = JSON.parse(readFileSync(join(SAMPLES, 'kaeldrin-activiteit-odata.json'), 'utf8')) as Json;
    const real = entityOf(entriesOf(sample('kaeldrin-activiteit-feed-page.xml'))[0]!);
    const ours = parse(entityXml('Activiteit', odata));
    expect(attr(ours, 'bijgewerkt', TK_NS)).toBe(attr(real, 'bijgewerkt', TK_NS));
    const names = ours.children.map((c) => c.local);
    expect(isSubsequence(names, real.children.map((c) => c.local))).toBe(true);
    for (const c of ours.children) expect(c.text, c.local).toBe(child(real, c.local)!.text);
  });

  it('names every child as the XSD of its entity does, with the XSD type', () => {
    const dir = join(process.cwd(), 'fixtures/corpus/odata/syncfeed/xsd');
    const files = readdirSync(dir);
    for (const category of CATEGORIES) {
      const file = files.find((f) => f.toLowerCase() === `tkdata-v1-0-${category.toLowerCase()}.xsd`)!;
      const xsd = readFileSync(join(dir, file), 'utf8');
      const declared = new Map([...xsd.matchAll(/<xs:element name="(\w+)"([^>]*)>/g)].map((m) => [m[1]!, /type="([^"]+)"/.exec(m[2]!)?.[1] ?? '']));
      expect(declared.has(elementName(category)), category).toBe(true);
      for (const slot of SLOTS[category]) {
        if (slot.kind === 'field' && slot.drift) continue;
        const type = declared.get(slot.xml);
        expect(type, `${category}.${slot.xml}`).toBeDefined();
        if (slot.kind === 'ref') expect(type).toMatch(/^referentie/);
        else if (slot.type === 'd') expect(type).toBe('dateType');
        else if (slot.type === 'dt') expect(type).toMatch(/^(dateTimeType|xs:dateTime)$/);
        else if (slot.type === 'b') expect(type).toBe('booleanType');
        else if (slot.type === 'i') expect(type).toMatch(/^(intType|unsignedIntType|xs:int|xs:unsignedInt|tokenType)$/);
      }
    }
  });

  it('escapes text, writes nil for null, booleans as true/false, and converts times to Amsterdam local time', () => {
    const xml = entityXml('Stemming', {
      Id: '11111111-2222-4333-8444-555555555555',
      Besluit_Id: '66666666-2222-4333-8444-555555555555',
      Soort: 'Voor & <tegen> "quote"',
      FractieGrootte: 9,
      Vergissing: true,
      SidActorLid: null,
      GewijzigdOp: '2026-07-01T10:00:00.5Z',
    });
    const n = parse(xml);
    expect(child(n, 'soort')!.text).toBe('Voor & <tegen> "quote"');
    expect(child(n, 'vergissing')!.text).toBe('true');
    expect(child(n, 'fractieGrootte')!.text).toBe('9');
    expect(attr(child(n, 'sidActorLid')!, 'nil', XSI_NS)).toBe('true');
    expect(attr(n, 'bijgewerkt', TK_NS)).toBe('2026-07-01T12:00:00.5000000'); // summer: UTC+2
    expect(localStamp('2022-01-20T10:58:21.743+01:00')).toBe('2022-01-20T10:58:21.7430000');
    expect(localStamp('2022-01-20T09:58:21.743Z')).toBe('2022-01-20T10:58:21.7430000');
    expect(utcStamp('2022-01-20T12:29:05.839629Z')).toBe('2022-01-20T12:29:05.8396290Z');
    expect(localDate('2023-12-05T00:00:00+01:00')).toBe('2023-12-05');
  });
});

describe('fakeSyncFeedServer', () => {
  let server: FakeSyncFeedServer;
  const zaken = loadTkmotiesZaken(40);
  beforeAll(async () => {
    server = await startFakeSyncFeedServer({ zaakLimit: 40, pageSize: 50, withDates: true, toezeggingen: true, deleted: 6 });
  });
  afterAll(() => server.close());

  it('serves pages with the envelope of the real Stemming page: same elements, same attribute forms', async () => {
    const real = sample('kaeldrin-stemming-feed-page.xml');
    const { status, type, feed } = await page(server, 'category=Stemming');
    expect(status).toBe(200);
    expect(type).toBe('application/atom+xml; charset=utf-8');
    expect(feed.uri).toBe(ATOM_NS);
    const head = (f: Node): string[] => f.children.filter((c) => c.local !== 'entry').map((c) => `${c.local}:${attrForms(c).join(',')}`);
    expect(head(feed)).toEqual(head(real));
    expect(child(feed, 'title')!.text).toBe(child(real, 'title')!.text);
    expect(child(feed, 'id')!.text).toBe(links(feed).self);
    expect(links(feed).self).toBe('https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed?category=Stemming');
    const realEntry = entriesOf(real)[2]!; // a live vote
    const live = entriesOf(feed).find((e) => attr(entityOf(e), 'verwijderd', TK_NS) === 'false')!;
    const entryShape = (e: Node): string[] => e.children.map((c) => `${c.uri}|${c.local}:${attrForms(c).join(',')}`);
    expect(entryShape(live)).toEqual(entryShape(realEntry));
    expect(child(live, 'updated')!.text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
    const ours = entityOf(live);
    const theirs = entityOf(realEntry);
    expect(`${ours.uri}|${ours.local}`).toBe(`${theirs.uri}|${theirs.local}`);
    expect(attrForms(ours)).toEqual(attrForms(theirs));
    expect(attr(ours, 'bijgewerkt', TK_NS)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}$/);
    expect(child(live, 'title')!.text).toBe(attr(ours, 'id'));
    expect(child(live, 'id')!.text).toBe(`https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Entiteiten/${attr(ours, 'id')}`);
    // The children keep the real order: besluit ref first, fractie ref last.
    expect(isSubsequence(ours.children.map((c) => c.local), theirs.children.map((c) => c.local))).toBe(true);
    expect(ours.children[0]!.local).toBe('besluit');
  });

  it('pages a category through the entries own next links: one global, sparse, increasing token; 50 a page', async () => {
    const { entries, pages, last } = await readAll(server, 'Stemming');
    const tokens = entries.map((e) => tokenOfLink(links(e).next!));
    expect(tokens.length).toBeGreaterThan(100);
    expect(tokens[0]).toBeGreaterThanOrEqual(3_500_000);
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]).toBeGreaterThan(tokens[i - 1]!);
    expect(new Set(entries.map((e) => child(e, 'title')!.text)).size).toBe(entries.length); // each entity once
    for (const p of pages.slice(0, -2)) {
      expect(entriesOf(p)).toHaveLength(50);
      expect(links(p).next).toBe(links(entriesOf(p).at(-1)!).next);
    }
    const end = pages.at(-1)!;
    expect(entriesOf(end)).toHaveLength(0);
    expect(links(end).next).toBeUndefined();
    expect(tokenOfLink(links(end).resume!)).toBe(last);
    for (const e of entries) expect(new URL(links(e).next!).origin).toBe('https://gegevensmagazijn.tweedekamer.nl');

    // Categories interleave on the one counter: a Zaak token falls between Stemming tokens, no token is used twice.
    const zaakTokens = (await readAll(server, 'Zaak')).entries.map((e) => tokenOfLink(links(e).next!));
    expect(zaakTokens.some((t) => t > tokens[0]! && t < tokens.at(-1)!)).toBe(true);
    expect(new Set([...zaakTokens, ...tokens]).size).toBe(zaakTokens.length + tokens.length);
    // Unrelated real records are in the feed too: the non-motion zaken of the 2025 page.
    expect(server.entries('Zaak').length).toBeGreaterThan(40);
  });

  it('parses the query in any order and the category in any case; a misspelled category is an empty feed', async () => {
    const t = server.entries('Besluit')[3]!.token;
    const a = await page(server, `skiptoken=${t}&category=Besluit`);
    const b = await page(server, `category=besluit&skiptoken=${t}`);
    const ids = (f: Node): string[] => entriesOf(f).map((e) => child(e, 'title')!.text);
    expect(ids(a.feed)).toEqual(ids(b.feed));
    expect(ids(a.feed)[0]).toBe(server.entries('Besluit')[4]!.id);
    const wrong = await page(server, 'category=Besluiten');
    expect(wrong.status).toBe(200);
    expect(entriesOf(wrong.feed)).toHaveLength(0);
  });

  it('round-trips a recorded zaak, its actors and votes', async () => {
    const z = zaken[7]!;
    const res = await fetch(`${server.baseUrl}/Entiteiten/${String(z.Id)}`);
    expect(res.status).toBe(200);
    const n = parse(await res.text());
    expect(n.local).toBe('zaak');
    expect(child(n, 'nummer')!.text).toBe(z.Nummer);
    expect(child(n, 'titel')!.text).toBe(z.Titel);
    expect(child(n, 'onderwerp')!.text).toBe(z.Onderwerp);
    expect(child(n, 'kabinetsappreciatie')!.text).toBe(z.Kabinetsappreciatie);
    expect(child(n, 'gestartOp')!.text).toBe(String(z.GestartOp).slice(0, 19)); // recorded at local midnight, +01:00/+02:00
    expect(attr(n, 'bijgewerkt', TK_NS)).toBe(localStamp(String(z.GewijzigdOp)));
    const actor = (z.ZaakActor as Json[])[0]!;
    const a = parse(server.entity(String(actor.Id))!);
    expect(child(a, 'actorNaam')!.text).toBe(actor.ActorNaam);
    expect(child(a, 'actorFractie')!.text).toBe(actor.ActorFractie);
    expect(attr(child(a, 'zaak')!, 'ref')).toBe(z.Id);
    const besluit = (z.Besluit as Json[])[0]!;
    const s = (besluit.Stemming as Json[])[0]!;
    const v = parse(server.entity(String(s.Id))!);
    expect(child(v, 'soort')!.text).toBe(s.Soort);
    expect(child(v, 'fractieGrootte')!.text).toBe(String(s.FractieGrootte));
    expect(attr(child(v, 'besluit')!, 'ref')).toBe(besluit.Id);
    const b = parse(server.entity(String(besluit.Id))!);
    expect(child(b, 'besluitSoort')!.text).toBe(besluit.BesluitSoort);
    expect(b.children.filter((c) => c.local === 'zaak').map((c) => attr(c, 'ref'))).toEqual([z.Id]);
    expect((await fetch(`${server.baseUrl}/Entiteiten/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('gives every vote a date through a synthetic Agendapunt and Activiteit, marked synthetic', () => {
    for (const z of zaken.slice(0, 10)) {
      for (const besluit of (z.Besluit as Json[] | undefined) ?? []) {
        const b = parse(server.entity(String(besluit.Id))!);
        expect(b.children[0]!.local).toBe('agendapunt');
        const ap = parse(server.entity(attr(b.children[0]!, 'ref')!)!);
        expect(attr(ap, 'synthetic', SYNTHETIC_NS)).toBe('true');
        const act = parse(server.entity(attr(child(ap, 'activiteit')!, 'ref')!)!);
        expect(act.local).toBe('activiteit');
        expect(attr(act, 'synthetic', SYNTHETIC_NS)).toBe('true');
        expect(child(act, 'datum')!.text).toBe(`${localDate(String(besluit.GewijzigdOp))}T00:00:00`);
      }
    }
    // Recorded entities carry no mark.
    expect(attr(parse(server.entity(String(zaken[0]!.Id))!), 'synthetic', SYNTHETIC_NS)).toBeUndefined();
  });

  it('serves documents with an enclosure, content type and length, a current version, and the file', async () => {
    const { entries } = await readAll(server, 'Document');
    const versies = new Map(server.entries('DocumentVersie').map((e) => [e.id, parse(server.entity(e.id)!)]));
    // The synthetic motion documents (with `toezeggingen` the feed also serves one synthetic Brief regering).
    const motion = entries.filter((e) => attr(entityOf(e), 'synthetic', SYNTHETIC_NS) === 'true' && child(entityOf(e), 'soort')?.text !== 'Brief regering');
    expect(motion).toHaveLength(40);
    for (const e of motion.slice(0, 5)) {
      const d = entityOf(e);
      const id = attr(d, 'id')!;
      expect(links(e).enclosure).toBe(`https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Resources/${id}`);
      expect(attr(d, 'contentType', TK_NS)).toBe('application/pdf');
      const versie = versies.get(attr(child(d, 'huidigeDocumentVersie')!, 'ref')!)!;
      expect(attr(child(versie, 'document')!, 'ref')).toBe(id);
      expect(child(versie, 'versienummer')!.text).toBe('1');
      const res = await fetch(`${server.baseUrl}/Resources/${id}`);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(res.status).toBe(200);
      expect(res.headers.get('content-length')).toBe(attr(d, 'contentLength', TK_NS));
      expect(bytes.length).toBe(Number(attr(d, 'contentLength', TK_NS)));
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    }
    // The real bulk page of every soort is interleaved: Brief regering, Bijlage, documents without a file.
    const soorten = new Set(entries.map((e) => child(entityOf(e), 'soort')?.text));
    expect(soorten.has('Brief regering')).toBe(true);
    expect(entries.some((e) => !links(e).enclosure && !attr(entityOf(e), 'contentType', TK_NS))).toBe(true);
    expect((await fetch(`${server.baseUrl}/Resources/sdfsdf`)).status).toBe(400);
    const unknown = await fetch(`${server.baseUrl}/Resources/00000000-0000-4000-8000-000000000000`);
    expect(unknown.status).toBe(500);
    expect(await unknown.text()).toBe('<Error><Message>An error has occurred.</Message></Error>');
  });

  it('holds tombstones of things never served alive, with both spellings, marked synthetic', async () => {
    const dead = [...server.entries('Stemming'), ...server.entries('Besluit')].filter((e) => e.deleted);
    expect(dead.filter((e) => e.synthetic)).toHaveLength(6);
    const spellings = new Set(dead.map((e) => attr(parse(server.entity(e.id)!), 'verwijderd', TK_NS)));
    expect(spellings).toEqual(new Set(['true', 'True']));
    for (const e of dead) expect(parse(server.entity(e.id)!).children).toHaveLength(0);
  });

  it('writes Toezegging with ns1: on elements and attributes, and the live schema drift', () => {
    const all = server.entries('Toezegging').map((e) => parse(server.entity(e.id)!));
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const t of all) {
      expect(t.name).toBe('ns1:toezegging');
      expect(t.uri).toBe(TK_NS);
      expect(Object.keys(t.attrs).filter((k) => k.startsWith('ns1:')).sort()).toEqual(['ns1:bijgewerkt', 'ns1:verwijderd']);
      expect(attr(t, 'bijgewerkt', TK_NS)).toMatch(/\.\d{7}\+01:00$/);
      for (const c of t.children) expect(c.name.startsWith('ns1:')).toBe(true);
    }
    const count = (t: Node, local: string): number => t.children.filter((c) => c.local === local).length;
    expect(all.some((t) => count(t, 'toegezegdAan') === 1 && child(t, 'toegezegdAan')!.text === '' && !attr(child(t, 'toegezegdAan')!, 'nil', XSI_NS))).toBe(true);
    expect(all.some((t) => count(t, 'toegezegdAan') === 2)).toBe(true);
    expect(all.some((t) => count(t, 'kamerbriefNakoming') === 2)).toBe(true);
    expect(all.every((t) => child(t, 'activiteit'))).toBe(true);
    const fracties = new Set(server.entries('Fractie').map((e) => e.id));
    const personen = new Set(server.entries('Persoon').map((e) => e.id));
    expect(all.some((t) => fracties.has(attr(child(t, 'toegezegdAanFractie') ?? t, 'ref') ?? ''))).toBe(true);
    expect(all.some((t) => personen.has(attr(child(t, 'toegezegdAanPersoon') ?? t, 'ref') ?? ''))).toBe(true);
    expect(new Set(all.map((t) => child(t, 'status')!.text))).toContain('Voldaan');
  });
});

describe('fakeSyncFeedServer: changes re-emit, faults', () => {
  let server: FakeSyncFeedServer;
  beforeAll(async () => {
    server = await startFakeSyncFeedServer({ zaakLimit: 12, pageSize: 20, unrelated: false });
  });
  afterAll(() => server.close());

  it('re-emits a changed entity at a new token and drops its old entry (compaction)', async () => {
    const before = server.entries('Zaak');
    const target = before[2]!;
    const oldXml = parse(server.entity(target.id)!);
    const { last } = await readAll(server, 'Zaak');
    const token = server.update('Zaak', target.id, { Kabinetsappreciatie: 'Oordeel Kamer (gewijzigd)' });
    expect(token).toBeGreaterThan(server.entries('Stemming').at(-1)!.token);
    const after = server.entries('Zaak');
    expect(after).toHaveLength(before.length);
    expect(after.at(-1)).toMatchObject({ id: target.id, token });
    // A client resuming from where it stopped gets exactly the changed zaak.
    const resumed = await readAll(server, 'Zaak', last);
    expect(resumed.entries.map((e) => child(e, 'title')!.text)).toEqual([target.id]);
    const n = entityOf(resumed.entries[0]!);
    expect(child(n, 'kabinetsappreciatie')!.text).toBe('Oordeel Kamer (gewijzigd)');
    expect(attr(n, 'bijgewerkt', TK_NS)! > attr(oldXml, 'bijgewerkt', TK_NS)!).toBe(true);
    // A fresh read sees it once.
    const fresh = await readAll(server, 'Zaak');
    expect(fresh.entries.filter((e) => child(e, 'title')!.text === target.id)).toHaveLength(1);
  });

  it('deletes with a tombstone at a new token; True as spelled by live Persoon records', async () => {
    const s = server.entries('Stemming')[0]!;
    const token = server.remove('Stemming', s.id, 'True');
    const end = await page(server, `skiptoken=${token - 1}&category=Stemming`);
    const e = entityOf(entriesOf(end.feed)[0]!);
    expect(attr(e, 'id')).toBe(s.id);
    expect(attr(e, 'verwijderd', TK_NS)).toBe('True');
    expect(e.children).toHaveLength(0);
    expect(server.entries('Stemming').filter((x) => x.id === s.id)).toEqual([expect.objectContaining({ deleted: true, token })]);
  });

  it('gives a changed Document a new DocumentVersie and new bytes', async () => {
    const d = server.entries('Document')[0]!;
    const oldVersie = attr(child(parse(server.entity(d.id)!), 'huidigeDocumentVersie')!, 'ref')!;
    const oldBytes = server.resource(d.id)!;
    server.update('Document', d.id, { Onderwerp: 'Gewijzigde motie van het lid Test' });
    const doc = parse(server.entity(d.id)!);
    const versieId = attr(child(doc, 'huidigeDocumentVersie')!, 'ref')!;
    expect(versieId).not.toBe(oldVersie);
    const versie = parse(server.entity(versieId)!);
    expect(child(versie, 'versienummer')!.text).toBe('2');
    expect(attr(child(versie, 'document')!, 'ref')).toBe(d.id);
    const res = await fetch(`${server.baseUrl}/Resources/${d.id}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.equals(oldBytes)).toBe(false);
    expect(bytes.length).toBe(Number(attr(doc, 'contentLength', TK_NS)));
  });

  it('adds a new entity at a new token', async () => {
    const besluit = server.entries('Besluit')[0]!.id;
    const id = '0a0a0a0a-1111-4222-8333-444444444444';
    const token = server.add('Stemming', { Id: id, Besluit_Id: besluit, Soort: 'Voor', FractieGrootte: 3, ActorFractie: 'SGP', Vergissing: false });
    expect(server.tokenOf(id)).toBe(token);
    const s = parse(server.entity(id)!);
    expect(attr(child(s, 'besluit')!, 'ref')).toBe(besluit);
    expect(child(s, 'vergissing')!.text).toBe('false');
  });

  it('answers faults: 429 with Retry-After, 503, 500 with the real body, cut, reset, slow, a stale page', async () => {
    const url = (q: string): string => `${server.baseUrl}/Feed?${q}`;
    server.faults.push({ match: /category=Zaak$/, kind: '429', times: 1, retryAfterSeconds: 7 });
    const r429 = await fetch(url('category=Zaak'));
    expect(r429.status).toBe(429);
    expect(r429.headers.get('retry-after')).toBe('7');
    expect((await fetch(url('category=Zaak'))).status).toBe(200); // times: 1

    server.faults.push({ match: /Besluit/, kind: '503', times: 1 });
    expect((await fetch(url('category=Besluit'))).status).toBe(503);
    server.faults.push({ match: /Besluit/, kind: '500xml', times: 1 });
    const r500 = await fetch(url('category=Besluit'));
    expect(r500.status).toBe(500);
    expect(await r500.text()).toBe('<Error><Message>An error has occurred.</Message></Error>');

    server.faults.push({ match: /ZaakActor/, kind: 'cut', times: 1 });
    const cut = await fetch(url('category=ZaakActor'));
    expect(Number(cut.headers.get('content-length'))).toBeGreaterThan(1000);
    await expect(cut.text()).rejects.toThrow();

    server.faults.push({ match: /ZaakActor/, kind: 'reset', times: 1 });
    await expect(fetch(url('category=ZaakActor'))).rejects.toThrow();

    server.faults.push({ match: /ZaakActor/, kind: 'slow', times: 1, delayMs: 50 });
    const slow = await fetch(url('category=ZaakActor'));
    expect(entriesOf(parse(await slow.text())).length).toBe(20);

    // A stale page: the second request is answered with the first page again.
    const first = await page(server, 'category=Stemming');
    const next = tokenOfLink(links(first.feed).next!);
    server.faults.push({ match: /category=Stemming/, kind: 'repeat', times: 1 });
    const stale = await page(server, `skiptoken=${next}&category=Stemming`);
    const ids = (f: Node): string[] => entriesOf(f).map((e) => child(e, 'title')!.text);
    expect(ids(stale.feed)).toEqual(ids(first.feed));
    const fresh = await page(server, `skiptoken=${next}&category=Stemming`);
    expect(ids(fresh.feed)[0]).not.toBe(ids(first.feed)[0]);
    expect(server.requests.at(-1)).toBe(`/SyncFeed/2.0/Feed?skiptoken=${next}&category=Stemming`);
  });
});

describe('fakeSyncFeedServer: repeat', () => {
  it('serves k copies with fresh ids, relations inside each copy, one set of Fracties and Personen', async () => {
    const one = await startFakeSyncFeedServer({ zaakLimit: 5, unrelated: false });
    const three = await startFakeSyncFeedServer({ zaakLimit: 5, unrelated: false, repeat: 3 });
    try {
      expect(three.entries('Zaak')).toHaveLength(3 * one.entries('Zaak').length);
      expect(three.entries('Stemming')).toHaveLength(3 * one.entries('Stemming').length);
      expect(three.entries('Fractie')).toHaveLength(one.entries('Fractie').length);
      const zaakIds = new Set(three.entries('Zaak').map((e) => e.id));
      expect(zaakIds.size).toBe(three.entries('Zaak').length);
      const actors = three.entries('ZaakActor');
      for (const a of actors) expect(zaakIds.has(attr(child(parse(three.entity(a.id)!), 'zaak')!, 'ref')!)).toBe(true);
      // Paging across the copies through the next links reads every entry once, in token order.
      const { entries } = await readAll(three, 'ZaakActor');
      expect(entries.map((e) => child(e, 'title')!.text)).toEqual(actors.map((a) => a.id));
      const copyDoc = three.entries('Document').at(-1)!;
      const res = await fetch(`${three.baseUrl}/Resources/${copyDoc.id}`);
      expect(res.status).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBe(Number(attr(parse(three.entity(copyDoc.id)!), 'contentLength', TK_NS)));
      // A copy can change like any entity.
      const token = three.update('Zaak', three.entries('Zaak').at(-1)!.id, { Kabinetsappreciatie: 'Ontraden' });
      expect(three.lastToken).toBe(token);
      expect(three.entries('Zaak')).toHaveLength(3 * one.entries('Zaak').length);
    } finally {
      await one.close();
      await three.close();
    }
  });
});
