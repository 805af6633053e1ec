import type { Store } from '../store/db.js';
import { listDocuments } from '../store/documentRepo.js';
import { buildStage, type BuildReport } from './buildStage.js';
import { explainStage, type ExplainReport } from './explainStage.js';
import { extractStage, type ExtractReport } from './extractStage.js';
import { importPaths, type ImportReport } from './importStage.js';
import { indexStage } from './indexStage.js';
import { linkStage, type LinkReport } from './linkStage.js';
import { parseStage, type ParseReport } from './parseStage.js';
import type { SyncFeedReport } from './syncFeedStage.js';
import type { SyncReport } from './syncStage.js';

/** What either source's sync reports. */
export type AnySyncReport = SyncReport | SyncFeedReport;

export interface RunOptions {
  importPaths?: string[];
  /** The sync stage, set up by the caller (network, politeness); absent for offline runs. */
  sync?: () => Promise<AnySyncReport>;
  out: string;
  jekyll?: string | null;
  force?: boolean;
  /** Called as each stage starts, for progress output. */
  onStage?: (stage: string) => void;
}

export interface RunReport {
  synced: AnySyncReport | null;
  imported: ImportReport | null;
  extracted: ExtractReport;
  parsed: ParseReport;
  explained: ExplainReport;
  linked: LinkReport;
  built: BuildReport;
  documents: number;
  motions: number;
  seconds: number;
}

/**
 * The whole job over the store, top to bottom. Every stage skips work that is up to date,
 * so a run that was killed half-way finishes the rest when started again.
 */
export async function runPipeline(store: Store, options: RunOptions): Promise<RunReport> {
  const started = Date.now();
  const stage = options.onStage ?? (() => {});
  let synced: AnySyncReport | null = null;
  if (options.sync) {
    stage('sync');
    synced = await options.sync();
  }
  let imported: ImportReport | null = null;
  if (options.importPaths?.length) {
    stage('import');
    imported = importPaths(store, options.importPaths);
  }
  stage('extract');
  const extracted = await extractStage(store, { force: options.force });
  stage('parse');
  const parsed = parseStage(store, { force: options.force });
  stage('explain');
  const explained = explainStage(store, { force: options.force });
  stage('link');
  const linked = linkStage(store, { force: options.force });
  stage('index');
  indexStage(store);
  stage('build');
  const built = await buildStage(store, { out: options.out, jekyll: options.jekyll, force: options.force });
  return {
    synced,
    imported,
    extracted,
    parsed,
    explained,
    linked,
    built,
    documents: listDocuments(store.db).length,
    motions: listDocuments(store.db, { soort: 'motie' }).length,
    seconds: (Date.now() - started) / 1000,
  };
}
