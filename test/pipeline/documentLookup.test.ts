import { afterEach, describe, expect, it } from 'vitest';
import { countDocuments, findDocument, unknownDocumentIds } from '../../src/pipeline/documentLookup.js';
import { extractStage } from '../../src/pipeline/extractStage.js';
import { importPaths } from '../../src/pipeline/importStage.js';
import { parseStage } from '../../src/pipeline/parseStage.js';
import { listDocuments } from '../../src/store/documentRepo.js';
import { markDeleted } from '../../src/store/tk/tombstones.js';
import type { Store } from '../../src/store/db.js';
import { tempStore } from '../support/tempStore.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function sampleStore(): Promise<Store> {
  const { store, cleanup } = tempStore();
  cleanups.push(cleanup);
  importPaths(store, ['sample']);
  await extractStage(store, {});
  parseStage(store, {});
  return store;
}

describe('the documents as the CLI names them', () => {
  it('counts the stored documents of a soort, among given ids, without deleted ones', async () => {
    const { db } = await sampleStore();
    const motions = listDocuments(db, { soort: 'motie' });
    expect(motions.length).toBeGreaterThan(2);
    expect(countDocuments(db, { soort: 'motie' })).toBe(motions.length);
    expect(countDocuments(db, {})).toBe(listDocuments(db).length);
    expect(countDocuments(db, { soort: 'motie', ids: [motions[0]!.id, motions[1]!.id, 'unknown'] })).toBe(2);
    expect(markDeleted(db, 'Document', motions[0]!.id)).toBe(true);
    expect(countDocuments(db, { soort: 'motie' })).toBe(motions.length - 1);
  });

  it('names the ids that are not stored, in the order given', async () => {
    const { db } = await sampleStore();
    const [a] = listDocuments(db);
    expect(unknownDocumentIds(db, [])).toEqual([]);
    expect(unknownDocumentIds(db, ['x2', a!.id, 'x1'])).toEqual(['x2', 'x1']);
  });

  it('finds a document by its id or a motion by its kst id, in any case', async () => {
    const { db } = await sampleStore();
    const [motion] = listDocuments(db, { soort: 'motie' });
    expect(findDocument(db, motion!.id)).toEqual(motion);
    const kstOf = db.prepare('SELECT document_id AS id FROM motions WHERE kst = ?');
    // A toevoeging is stored in capitals (kst-36200-IV-49), a series as two digits (kst-21501-07-1927).
    for (const kst of ['kst-36200-IV-49', 'kst-21501-07-1927']) {
      const { id } = kstOf.get(kst) as { id: string };
      for (const typed of [kst, kst.toLowerCase(), kst.toUpperCase(), ` ${kst} `]) expect([typed, findDocument(db, typed)?.id]).toEqual([typed, id]);
    }
    expect(findDocument(db, 'kst-1-1')).toBeNull();
    expect(findDocument(db, 'no-such-id')).toBeNull();
  });
});
