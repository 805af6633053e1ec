import { afterEach, describe, expect, it } from 'vitest';
import { upsertTkDocument } from '../../../src/store/tk/documents.js';
import { clearFailure, getCheckpoint, listFailures, missingZaakIds, recordFailure, saveCheckpoint } from '../../../src/store/tk/syncState.js';
import { upsertZaak } from '../../../src/store/tk/zaakWrites.js';
import type { Db } from '../../../src/store/db.js';
import { tempStore } from '../../support/tempStore.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function store(): Db {
  const { store, cleanup } = tempStore();
  cleanups.push(cleanup);
  return store.db;
}

const noFiles = { fileSha256: null, fileGewijzigdOp: null, fileContentLength: null, publicatieId: null, publicatieGewijzigdOp: null, xmlSha256: null, fileVersieId: null };

describe('the sync state', () => {
  it('keeps one checkpoint per feed, its ids sorted, the last one saved winning', () => {
    const db = store();
    expect(getCheckpoint(db, 'Zaak')).toBeNull();
    saveCheckpoint(db, 'Zaak', { watermark: '2024-01-01T00:00:00Z', ids: ['c', 'a', 'b'] });
    saveCheckpoint(db, 'Document', { watermark: '2023-01-01T00:00:00Z', ids: [] });
    expect(getCheckpoint(db, 'Zaak')).toEqual({ watermark: '2024-01-01T00:00:00Z', ids: ['a', 'b', 'c'] });
    saveCheckpoint(db, 'Zaak', { watermark: '2024-02-01T00:00:00Z', ids: ['d'] });
    expect(getCheckpoint(db, 'Zaak')).toEqual({ watermark: '2024-02-01T00:00:00Z', ids: ['d'] });
    expect(getCheckpoint(db, 'Document')).toEqual({ watermark: '2023-01-01T00:00:00Z', ids: [] });
  });

  it('records one failure per kind and entity, the latest message winning, until it is cleared', () => {
    const db = store();
    recordFailure(db, { kind: 'file', entityId: 'd1', url: 'http://x/1', message: 'HTTP 503' });
    recordFailure(db, { kind: 'file', entityId: 'd1', url: 'http://x/1b', message: 'HTTP 429' });
    recordFailure(db, { kind: 'xml', entityId: 'd1', url: 'http://x/1.xml', message: 'cut off' });
    expect(listFailures(db)).toEqual([
      { kind: 'file', entityId: 'd1', url: 'http://x/1b', message: 'HTTP 429' },
      { kind: 'xml', entityId: 'd1', url: 'http://x/1.xml', message: 'cut off' },
    ]);
    clearFailure(db, 'file', 'd1');
    expect(listFailures(db).map((f) => f.kind)).toEqual(['xml']);
  });

  it('lists the zaken that stored motions point at but that are not stored', () => {
    const db = store();
    upsertTkDocument(db, { Id: 'd1', Soort: 'Motie (gewijzigd/nader)', Zaak: [{ Id: 'z-b' }, { Id: 'z-a' }, { Id: 'z-held' }] }, noFiles);
    upsertTkDocument(db, { Id: 'd2', Soort: 'Brief regering', Zaak: [{ Id: 'z-letter' }] }, noFiles);
    upsertZaak(db, { Id: 'z-held' });
    expect(missingZaakIds(db)).toEqual(['z-a', 'z-b']);
  });
});
