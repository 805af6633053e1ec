import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPaths } from '../../src/pipeline/importStage.js';
import { loadMotionZaak } from '../../src/pipeline/motionZaak.js';
import { normalizeInstant } from '../../src/domain/instant.js';
import { loadTkmotiesZaken } from '../support/fakeOdataServer.js';
import { tempStore } from '../support/tempStore.js';
import { count, dumpStore } from '../support/syncSupport.js';

let cleanup = () => {};
afterEach(() => cleanup());

const lines = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);

type RecordedZaak = {
  Id: string;
  Kabinetsappreciatie: string;
  ZaakActor: { Id: string; ActorNaam: string; ActorFractie: string; GewijzigdOp: string }[];
  Besluit: { Stats: { Voor: number; Tegen: number } }[];
};

describe('importing API records (the offline sample with votes, in SyncFeed form)', () => {
  it('gives 45 sample motions their zaak, indieners with fracties and vote, and changes nothing the second time', () => {
    const t = tempStore();
    cleanup = t.cleanup;
    const first = importPaths(t.store, ['sample']);
    expect(first.failures).toEqual([]);
    // 45 links, and the SyncFeed pages: 45 zaken, 99 actors, 45 besluiten, 900 stemmingen.
    expect(first.apiRecords).toBe(45 + 45 + 99 + 45 + 900);
    const links = lines<{ Document_Id: string; Zaak_Id: string; Zaak_Nummer: string }>('sample/api/document-zaak.jsonl');
    // What the pages were written from: the recorded zaken (scripts/make-sample-syncfeed.ts).
    const zaken = new Map((loadTkmotiesZaken() as unknown as RecordedZaak[]).map((z) => [z.Id, z]));
    expect(links).toHaveLength(45);
    for (const link of links) {
      const mz = loadMotionZaak(t.store.db, link.Document_Id);
      const z = zaken.get(link.Zaak_Id)!;
      expect(mz?.nummer).toBe(link.Zaak_Nummer);
      expect(mz?.kabinetsappreciatie).toBe(z.Kabinetsappreciatie);
      const actors = [...z.ZaakActor].sort((a, b) => normalizeInstant(a.GewijzigdOp).localeCompare(normalizeInstant(b.GewijzigdOp)) || a.Id.localeCompare(b.Id));
      expect(mz?.indieners.map((i) => i.fractie)).toEqual(actors.map((a) => a.ActorFractie));
      expect([mz?.vote?.zetelsVoor, mz?.vote?.zetelsTegen]).toEqual([z.Besluit[0]!.Stats.Voor, z.Besluit[0]!.Stats.Tegen]);
    }
    const before = dumpStore(t.store.db, t.store.blobDir);
    importPaths(t.store, ['sample']);
    const after = dumpStore(t.store.db, t.store.blobDir);
    for (const table of Object.keys(before)) if (table !== 'documents' && table !== 'renditions') expect(after[table], table).toEqual(before[table]);
    expect(count(t.store.db, 'SELECT COUNT(*) AS n FROM tk_zaak')).toBe(45);
  });

  it('reads a zaak line and a link line among motion lines, and reports a bad line', () => {
    const t = tempStore();
    cleanup = t.cleanup;
    const zaak = JSON.stringify(loadTkmotiesZaken(1)[0]);
    const id = JSON.parse(zaak).Id as string;
    const motion = JSON.stringify({ id: '00000000-0000-4000-8000-000000000001', tekst: 'MOTIE VAN HET LID X\nDe Kamer,' });
    const link = JSON.stringify({ Document_Id: '00000000-0000-4000-8000-000000000001', Zaak_Id: id });
    writeFileSync(join(t.dir, 'mixed.jsonl'), `${motion}\n${zaak}\n${link}\n{"Nummer": 12}\n`);
    const r = importPaths(t.store, [join(t.dir, 'mixed.jsonl')]);
    expect(r.documents).toBe(1);
    expect(r.apiRecords).toBe(2);
    expect(r.failures.map((f) => f.line)).toEqual([4]);
    expect(loadMotionZaak(t.store.db, '00000000-0000-4000-8000-000000000001')?.zaakId).toBe(id);
  });
});
