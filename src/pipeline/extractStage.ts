import { availableParallelism } from 'node:os';
import type { ExtractedText, Rendition, RenditionKind } from '../domain/types.js';
import { EXTRACTOR_VERSION, extractRendition, type ExtractOptions } from '../extract/extractRendition.js';
import { ExtractPool } from '../extract/pool/extractPool.js';
import { detectSoort } from '../domain/documentKind.js';
import { getBlob } from '../store/blobStore.js';
import type { Store } from '../store/db.js';
import { getRenditions, getText, listDocuments, saveText, setSoort } from '../store/documentRepo.js';
import { inputHash } from './hash.js';

/** Which rendition a text is taken from: the official XML first, then the original files, then texts extracted by others. */
const PREFERENCE: RenditionKind[] = ['xml', 'pdf', 'docx', 'doc', 'html', 'txt', 'md'];

/** Binary formats whose parsers can be made to hang or blow up: these go to the worker pool (time and memory bounded). */
const ISOLATED: RenditionKind[] = ['pdf', 'docx', 'doc'];

export function preferredRendition(renditions: Rendition[]): Rendition | null {
  for (const kind of PREFERENCE) {
    const r = renditions.find((x) => x.kind === kind);
    if (r) return r;
  }
  return null;
}

export interface ExtractReport {
  extracted: number;
  unchanged: number;
  /** Documents whose file could not be read (status `unreadable`), with the reason. The run went on. */
  failed: { id: string; message: string }[];
  statuses: Record<string, number>;
  /** Pages read from PDFs in this run. */
  pages: number;
  seconds: number;
  /** Highest peak memory (RSS, MB) of a worker process, 0 when none ran. */
  workerPeakRssMb: number;
}

export interface ExtractStageOptions extends ExtractOptions {
  force?: boolean;
  ids?: string[];
  /** Worker processes for PDF/DOC/DOCX (default: one per core). 0 extracts in this process, without hard limits. */
  workers?: number;
}

/**
 * Extracts text for every document whose preferred rendition (or the extractor) changed since the last run,
 * PDFs and Word files in a pool of worker processes (both cores, bounded time and memory per file).
 * A file that cannot be read is stored with status `unreadable` and its reason; the run goes on; originals stay.
 */
export async function extractStage(
  store: Store,
  options: ExtractStageOptions = {},
  onDocument: (id: string, text: ExtractedText | null) => void = () => {},
): Promise<ExtractReport> {
  const started = Date.now();
  const report: ExtractReport = { extracted: 0, unchanged: 0, failed: [], statuses: {}, pages: 0, seconds: 0, workerPeakRssMb: 0 };
  const work: { id: string; rendition: Rendition; key: string; apiSoort: string | null; soort: string }[] = [];
  for (const doc of listDocuments(store.db, { ids: options.ids })) {
    const rendition = preferredRendition(getRenditions(store.db, doc.id));
    if (!rendition) continue;
    const key = inputHash(rendition.sha256, EXTRACTOR_VERSION);
    const existing = getText(store.db, doc.id);
    if (!options.force && existing?.inputSha256 === key) {
      report.unchanged++;
      onDocument(doc.id, null);
      continue;
    }
    work.push({ id: doc.id, rendition, key, apiSoort: doc.apiSoort, soort: doc.soort });
  }

  const workers = options.workers ?? Math.min(availableParallelism(), 4);
  const needsPool = workers > 0 && work.some((w) => ISOLATED.includes(w.rendition.kind));
  const pool = needsPool ? new ExtractPool(workers, options) : null;
  const { force: _f, ids: _i, workers: _w, ...extractOptions } = options;
  try {
    const save = (item: (typeof work)[number], text: ExtractedText) => {
      store.db.transaction(() => {
        saveText(store.db, item.id, item.key, text);
        // A local file's kind is known only once its text is: detect it unless the API told us.
        if (item.apiSoort === null && item.soort === 'overig' && text.text.trim()) {
          const soort = detectSoort(text.text);
          if (soort !== item.soort) setSoort(store.db, item.id, soort);
        }
      })();
      report.extracted++;
      report.pages += text.rendition === 'pdf' ? (text.pages ?? 0) : 0;
      report.statuses[text.verdict.status] = (report.statuses[text.verdict.status] ?? 0) + 1;
      if (text.verdict.status === 'unreadable') report.failed.push({ id: item.id, message: text.verdict.reason });
      onDocument(item.id, text);
    };
    // Every job reads its blob only when it starts, so memory holds a few files at a time, not the whole store.
    const limit = Math.max(1, pool ? pool.size * 2 : 1);
    let next = 0;
    const runOne = async (): Promise<void> => {
      while (next < work.length) {
        const item = work[next++]!;
        let text: ExtractedText;
        try {
          const bytes = getBlob(store.blobDir, item.rendition.sha256);
          text =
            pool && ISOLATED.includes(item.rendition.kind)
              ? await pool.extract(bytes, item.rendition.kind, extractOptions)
              : await extractRendition(bytes, item.rendition.kind, extractOptions);
        } catch (err) {
          report.failed.push({ id: item.id, message: (err as Error).message });
          onDocument(item.id, null);
          continue;
        }
        save(item, text);
      }
    };
    await Promise.all(Array.from({ length: limit }, runOne));
  } finally {
    report.workerPeakRssMb = pool?.maxWorkerRssMb ?? 0;
    await pool?.close();
  }
  report.seconds = (Date.now() - started) / 1000;
  return report;
}
