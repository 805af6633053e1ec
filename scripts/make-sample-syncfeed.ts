/**
 * Writes the bundled sample's API records in SyncFeed 2.0 form: `npx tsx scripts/make-sample-syncfeed.ts`.
 *
 * Reads the real OData Zaak records of the 45 sample motions (those sample/api/document-zaak.jsonl links to) from
 * fixtures/corpus/tkmoties/zaken.jsonl.gz, with their nested ZaakActor, Besluit and Stemming as tkmoties recorded
 * them, and writes sample/api/syncfeed/<Category>.xml: one Atom feed page per
 * category (Zaak, ZaakActor, Besluit, Stemming) in the form of the real feed, using test/support/syncFeedXml.ts.
 *
 * Real: every record and every value (ids, names, votes, seats, kabinetsappreciatie, GewijzigdOp → tk:bijgewerkt,
 * ApiGewijzigdOp → entry updated). The relations come from the nesting of the recording (a ZaakActor under its Zaak
 * gets `<zaak ref>`, a Stemming under its Besluit `<besluit ref>`, a Besluit `<zaak ref>`).
 * Chosen here, not recorded:
 * - `soort` Motie on each Zaak: the recording was made with `$select` and lacks Soort; all 45 are motion zaken (their
 *   onderwerp is "Motie van …" / "Gewijzigde motie …"), and the OData and SyncFeed stand-ins serve them the same way;
 * - the skiptokens: one global counter from 3,500,000, entries of all categories interleaved in ApiGewijzigdOp order,
 *   as the real feed interleaves them; sparse within each category;
 * - one page per category holding the whole category (the real server cuts pages at 250 entries); no feed-level next.
 * Fractie and Persoon are not written: these records name fracties and members only by name, never by id.
 * The output is deterministic: running the script again gives the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type Category, type Json, type Refs, entityXml, entryXml, feedPageXml, instantMs } from '../test/support/syncFeedXml.js';

const CORPUS = 'fixtures/corpus/tkmoties/zaken.jsonl.gz';
const LINKS = 'sample/api/document-zaak.jsonl';
const OUT = 'sample/api/syncfeed';

interface Item {
  category: Category;
  record: Json;
  refs: Refs;
}

const jsonLines = (text: string): Json[] => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Json);
const linked = jsonLines(readFileSync(LINKS, 'utf8')).map((l) => String(l.Zaak_Id));
const byId = new Map(jsonLines(gunzipSync(readFileSync(CORPUS)).toString('utf8')).map((z) => [String(z.Id), z]));
// In the order of the link file (as the earlier sample/api/zaken.jsonl had them).
const zaken = linked.map((id) => {
  const z = byId.get(id);
  if (!z) throw new Error(`zaak ${id} of ${LINKS} is not in ${CORPUS}`);
  return z;
});

const items: Item[] = [];
for (const z of zaken) {
  const isMotion = /\bmotie\b/i.test(String(z.Onderwerp ?? ''));
  const zaak: Json = { ...z };
  if (isMotion && !('Soort' in zaak)) zaak.Soort = 'Motie';
  items.push({ category: 'Zaak', record: zaak, refs: {} });
  for (const a of (z.ZaakActor as Json[] | undefined) ?? []) items.push({ category: 'ZaakActor', record: a, refs: { zaak: String(z.Id) } });
  for (const b of (z.Besluit as Json[] | undefined) ?? []) {
    items.push({ category: 'Besluit', record: b, refs: { zaak: [String(z.Id)] } });
    for (const s of (b.Stemming as Json[] | undefined) ?? []) items.push({ category: 'Stemming', record: s, refs: { besluit: String(b.Id) } });
  }
}

/** A stable hash, so that ties and token gaps are the same on every run. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const updated = (r: Json): string => String(r.ApiGewijzigdOp ?? r.GewijzigdOp);
items.sort((a, b) => instantMs(updated(a.record)) - instantMs(updated(b.record)) || fnv(String(a.record.Id)) - fnv(String(b.record.Id)));

const pages = new Map<Category, string[]>();
let token = 3_500_000;
let latest = 0;
for (const item of items) {
  const id = String(item.record.Id);
  const entry = entryXml({ category: item.category, id, token, updated: updated(item.record), content: entityXml(item.category, item.record, { refs: item.refs }) });
  if (!pages.has(item.category)) pages.set(item.category, []);
  pages.get(item.category)!.push(entry);
  latest = Math.max(latest, instantMs(updated(item.record)));
  token += 1 + (fnv(`gap:${id}`) % 4);
}

mkdirSync(OUT, { recursive: true });
// The page's `updated` is the server clock; a fixed one (a day after the newest record) keeps the output reproducible.
const now = new Date(latest + 86_400_000).toISOString();
for (const [category, entries] of pages) {
  const xml = feedPageXml({ category, entries, now });
  writeFileSync(join(OUT, `${category}.xml`), `${xml}\n`);
  console.log(`${join(OUT, `${category}.xml`)}: ${entries.length} entries`);
}
