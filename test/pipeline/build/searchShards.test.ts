import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { letterSearchRecord } from '../../../src/publish/pagefindIndex.js';
import { getShardHashes, setShardHash } from '../../../src/store/publishRepo.js';
import { SearchShards } from '../../../src/pipeline/build/searchShards.js';
import type { Db } from '../../../src/store/db.js';
import { tempStore } from '../../support/tempStore.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const letters = (tekst: string) => [letterSearchRecord({ id: 'brief-1', titel: 'Brief over de motie', datum: '2023-03-01', tekst, summary: null })];

async function build(db: Db, out: string, o: { tekst: string; enabled?: boolean; force?: boolean }): Promise<{ rebuilt: string[]; gone: string[] }> {
  const search = new SearchShards(db, out, { enabled: o.enabled ?? true, force: o.force ?? false, planned: new Map() });
  try {
    await search.addPart('brieven', letters(o.tekst));
    const gone = await search.commit();
    return { rebuilt: search.rebuilt, gone };
  } finally {
    await search.close();
  }
}

describe('SearchShards', () => {
  it('indexes a part again only when its records changed, its files went missing, or when forced', async () => {
    const { store, dir, cleanup } = tempStore();
    cleanups.push(cleanup);
    const out = join(dir, 'site');
    expect((await build(store.db, out, { tekst: 'De regering wordt verzocht.' })).rebuilt).toEqual(['brieven']);
    expect(existsSync(join(out, 'zoekindex', 'brieven', 'pagefind.js'))).toBe(true);
    const hash = getShardHashes(store.db, out).get('brieven');
    expect(hash).toMatch(/^[\w-]{22}$/);

    expect((await build(store.db, out, { tekst: 'De regering wordt verzocht.' })).rebuilt).toEqual([]);
    expect((await build(store.db, out, { tekst: 'De regering wordt verzocht.', force: true })).rebuilt).toEqual(['brieven']);

    expect((await build(store.db, out, { tekst: 'Een andere tekst.' })).rebuilt).toEqual(['brieven']);
    expect(getShardHashes(store.db, out).get('brieven')).not.toBe(hash);

    rmSync(join(out, 'zoekindex', 'brieven'), { recursive: true });
    expect((await build(store.db, out, { tekst: 'Een andere tekst.' })).rebuilt).toEqual(['brieven']);
  });

  it('removes the indexes of shards the build no longer has, and says which', async () => {
    const { store, dir, cleanup } = tempStore();
    cleanups.push(cleanup);
    const out = join(dir, 'site');
    mkdirSync(join(out, 'zoekindex', '2019-Q1'), { recursive: true });
    writeFileSync(join(out, 'zoekindex', '2019-Q1', 'pagefind.js'), '');
    setShardHash(store.db, out, '2019-Q1', 'old');
    const r = await build(store.db, out, { tekst: 'De regering wordt verzocht.' });
    expect(r.gone).toEqual(['2019-Q1']);
    expect(existsSync(join(out, 'zoekindex', '2019-Q1'))).toBe(false);
    expect([...getShardHashes(store.db, out).keys()]).toEqual(['brieven']);
  });

  it('indexes nothing and removes nothing when the search index is off', async () => {
    const { store, dir, cleanup } = tempStore();
    cleanups.push(cleanup);
    const out = join(dir, 'site');
    setShardHash(store.db, out, '2019-Q1', 'old');
    const r = await build(store.db, out, { tekst: 'De regering wordt verzocht.', enabled: false });
    expect(r).toEqual({ rebuilt: [], gone: [] });
    expect(existsSync(join(out, 'zoekindex'))).toBe(false);
    expect([...getShardHashes(store.db, out).keys()]).toEqual(['2019-Q1']);
  });
});
