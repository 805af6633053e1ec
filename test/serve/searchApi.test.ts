import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertDocument } from '../../src/store/documentRepo.js';
import { indexDocument, removeFromIndex } from '../../src/store/searchIndex.js';
import { savePublishedMotion } from '../../src/store/publishRepo.js';
import { search, type SearchParams } from '../../src/serve/searchApi.js';
import type { Db } from '../../src/store/db.js';
import { tempStore } from '../support/tempStore.js';

let t: ReturnType<typeof tempStore>;
let db: Db;

/** A motion in the store, the search index and the published facets. `weight` repeats the word in the title: higher ranks first. */
function motion(id: string, weight: number, facets: Record<string, string[]>): void {
  const titel = `Motie ${'stikstof '.repeat(weight)}`.trim();
  upsertDocument(db, { id, soort: 'motie', apiSoort: 'Motie', titel, onderwerp: 'Natuur', datum: '2023-05-01', bronUrl: null, herkomst: 'test', verwijderd: false });
  indexDocument(db, id, { titel, onderwerp: 'Natuur', tekst: `De Kamer, verzoekt de regering de stikstof te halveren (${id}).`, uitleg: '' });
  publish(id, facets);
}
function publish(id: string, facets: Record<string, string[]>): void {
  savePublishedMotion(db, { id, fingerprint: 'f', shard: '2023-k2', datum: '2023-05-01', summaryJson: JSON.stringify({ id, datum: '2023-05-01', uitslag: null, implicatie: null }), facets });
}
const params = (over: Partial<SearchParams>): SearchParams => ({ q: 'stikstof', page: 1, pageSize: 50, ...over });
const ids = (over: Partial<SearchParams>) => search(db, params(over)).results.map((r) => r.id);
/** What a filter must return: the unfiltered ranking, keeping the documents that have the facet value. */
function expected(facet: string, value: string): string[] {
  const members = new Set(db.prepare('SELECT document_id FROM publish_facets WHERE facet = ? AND value = ?').pluck().all(facet, value) as string[]);
  return ids({}).filter((id) => members.has(id));
}

beforeEach(() => {
  t = tempStore();
  db = t.store.db;
  motion('m1', 1, { fractie: ['VVD'], jaar: ['2022'] });
  motion('m2', 2, { fractie: ['SP'], jaar: ['2022'] });
  motion('m3', 3, { fractie: ['VVD', 'CDA'], jaar: ['2023'] });
  motion('m4', 4, { fractie: ['SP'], jaar: ['2023'] });
  motion('m5', 5, { fractie: ['VVD'], jaar: ['2023'] });
  motion('m6', 6, {});
});
afterEach(() => t.cleanup());

describe('filtered search', () => {
  it('returns exactly the matches with the facet value, in the order of the unfiltered ranking', () => {
    expect(ids({})).toEqual(['m6', 'm5', 'm4', 'm3', 'm2', 'm1']);
    expect(expected('fractie', 'VVD')).toEqual(['m5', 'm3', 'm1']);
    expect(ids({ fractie: 'vvd' })).toEqual(expected('fractie', 'VVD'));
    expect(ids({ fractie: 'SP' })).toEqual(expected('fractie', 'SP'));
    expect(ids({ fractie: 'D66' })).toEqual([]);
    expect(search(db, params({ fractie: 'VVD' }))).toMatchObject({ total: 3, totalIsLowerBound: false });
  });

  it('combines filters, pages through the filtered matches and counts them on every page', () => {
    expect(ids({ fractie: 'VVD', jaar: '2023' })).toEqual(['m5', 'm3']);
    const pages = [1, 2, 3].map((page) => search(db, params({ fractie: 'VVD', pageSize: 1, page })));
    expect(pages.map((p) => p.results.map((r) => r.id))).toEqual([['m5'], ['m3'], ['m1']]);
    expect(pages.map((p) => p.total)).toEqual([3, 3, 3]);
    const past = search(db, params({ fractie: 'VVD', pageSize: 1, page: 9 }));
    expect(past).toMatchObject({ total: 3, results: [] });
    expect(search(db, params({ fractie: 'VVD', q: 'halveren m3' })).results[0]?.snippet).toContain('<mark>');
  });

  it('follows a document to its new index row when it is re-indexed, and drops it when it leaves the index', () => {
    indexDocument(db, 'm1', { titel: 'Motie stikstof', onderwerp: 'Natuur', tekst: 'Andere tekst over stikstof.', uitleg: '' });
    removeFromIndex(db, 'm5');
    publish('m2', { fractie: ['VVD'] });
    expect(ids({ fractie: 'VVD' })).toEqual(expected('fractie', 'VVD').filter((id) => id !== 'm5'));
    expect(ids({ fractie: 'VVD' }).sort()).toEqual(['m1', 'm2', 'm3']);
    expect(search(db, params({ fractie: 'VVD' })).total).toBe(3);
  });
});
