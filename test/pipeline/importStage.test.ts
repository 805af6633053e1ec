import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPaths } from '../../src/pipeline/importStage.js';
import { getBlob } from '../../src/store/blobStore.js';
import { getDocument, getImportedPage, getRenditions, listDocuments } from '../../src/store/documentRepo.js';
import { tempStore } from '../support/tempStore.js';

const SAMPLE = 'sample';
let cleanup = () => {};
afterEach(() => cleanup());

describe('import', () => {
  it('imports the sample, keeps originals unmodified, and changes nothing the second time', () => {
    const t = tempStore();
    cleanup = t.cleanup;
    const first = importPaths(t.store, [SAMPLE]);
    expect(first.failures).toEqual([]);
    expect(first.documents).toBe(65);
    expect(first.changed).toBe(65);
    const rows = t.store.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number };
    const second = importPaths(t.store, [SAMPLE]);
    expect(second.changed).toBe(0);
    expect((t.store.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n).toBe(rows.n);

    const seed = getDocument(t.store.db, 'b97fb706-5a2f-494a-8d01-5f18e2d0628c');
    expect(seed?.titel).toBe('JBZ-Raad');
    const md = getRenditions(t.store.db, seed!.id).find((r) => r.kind === 'md')!;
    const original = getBlob(t.store.blobDir, md.sha256).toString('utf8');
    expect(original.startsWith('---\nlayout: motie\n---\n## Titel:\nJBZ-Raad\n')).toBe(true);
    expect(getImportedPage(t.store.db, seed!.id)?.onderwerp).toContain('Stoffer en Bisschop');
  });

  it('reports a bad file and a bad line clearly and imports the rest', () => {
    const t = tempStore();
    cleanup = t.cleanup;
    const good = JSON.stringify({ id: '00000000-0000-4000-8000-000000000001', titel: 'T', onderwerp: 'Motie van het lid X over y', tekst: 'MOTIE VAN HET LID X\nDe Kamer,' });
    writeFileSync(join(t.dir, 'a.jsonl'), `${good}\n{not json\n{"id":"nope"}\n`);
    writeFileSync(join(t.dir, 'empty.txt'), '');
    const report = importPaths(t.store, [join(t.dir, 'a.jsonl'), join(t.dir, 'empty.txt'), join(t.dir, 'missing.pdf')]);
    expect(report.documents).toBe(1);
    expect(listDocuments(t.store.db).map((d) => d.id)).toEqual(['00000000-0000-4000-8000-000000000001']);
    const messages = report.failures.map((f) => `${f.file.split('/').pop()}${f.line ? `:${f.line}` : ''} ${f.message}`);
    expect(messages).toEqual([
      'missing.pdf no such file or folder',
      expect.stringMatching(/^a\.jsonl:2 not JSON/),
      expect.stringMatching(/^a\.jsonl:3 missing or bad field id/),
      'empty.txt the file is empty (0 bytes)',
    ]);
  });
});
