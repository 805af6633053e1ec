import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStage, type BuildOptions, type BuildReport } from '../../src/pipeline/buildStage.js';
import { explainStage } from '../../src/pipeline/explainStage.js';
import { extractStage } from '../../src/pipeline/extractStage.js';
import { importPaths } from '../../src/pipeline/importStage.js';
import { indexStage } from '../../src/pipeline/indexStage.js';
import { linkStage } from '../../src/pipeline/linkStage.js';
import { parseStage } from '../../src/pipeline/parseStage.js';
import { openStore, type Store } from '../../src/store/db.js';

export const SEED_000_ID = 'b97fb706-5a2f-494a-8d01-5f18e2d0628c';
export const SEED_001_ID = '4595c612-aec2-4e33-99db-bfa7cd762e01';

export interface BuiltSite {
  dir: string;
  dbPath: string;
  store: Store;
  site: string;
  jekyll: string;
  report: BuildReport;
  rebuild(options?: Partial<BuildOptions>): Promise<BuildReport>;
  cleanup(): void;
}

/** Imports `paths` (the bundled sample by default) with the real pipeline and builds the site into a temp folder. */
export async function buildSampleSite(paths: string[] = ['sample'], options: Partial<BuildOptions> = {}): Promise<BuiltSite> {
  const dir = mkdtempSync(join(tmpdir(), 'mm-publish-site-'));
  const dbPath = join(dir, 'motiemonitor.db');
  const store = openStore(dbPath);
  importPaths(store, paths);
  await extractStage(store, {});
  parseStage(store, {});
  explainStage(store, {});
  linkStage(store, {});
  indexStage(store);
  const site = join(dir, 'site');
  const jekyll = join(dir, 'jekyll');
  const rebuild = (more: Partial<BuildOptions> = {}) => buildStage(store, { out: site, jekyll, ...options, ...more });
  const report = await rebuild();
  return {
    dir, dbPath, store, site, jekyll, report, rebuild,
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
