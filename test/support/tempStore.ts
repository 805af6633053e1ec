import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/db.js';

/** A fresh store in a temporary folder; `cleanup` closes it and removes the folder. */
export function tempStore(): { store: Store; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-test-'));
  const store = openStore(join(dir, 'motiemonitor.db'));
  return {
    store,
    dir,
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
