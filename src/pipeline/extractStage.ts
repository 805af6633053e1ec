import type { Rendition, RenditionKind } from '../domain/types.js';
import { EXTRACTOR_VERSION, extractRendition, type ExtractOptions } from '../extract/extractRendition.js';
import { detectSoort } from '../parse/documentKind.js';
import { getBlob } from '../store/blobStore.js';
import type { Store } from '../store/db.js';
import { getRenditions, getText, listDocuments, saveText, setSoort } from '../store/documentRepo.js';
import { inputHash } from './hash.js';

/** Which rendition a text is taken from: the official XML first, then the original files, then texts extracted by others. */
const PREFERENCE: RenditionKind[] = ['xml', 'pdf', 'docx', 'doc', 'html', 'txt', 'md'];

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
  failed: { id: string; message: string }[];
  statuses: Record<string, number>;
}

/**
 * Extracts text for every document whose preferred rendition (or the extractor) changed since the last run.
 * A failing file is recorded with status `unreadable` and the run goes on.
 */
export async function extractStage(
  store: Store,
  options: ExtractOptions & { force?: boolean; ids?: string[] } = {},
  onDocument: (id: string) => void = () => {},
): Promise<ExtractReport> {
  const report: ExtractReport = { extracted: 0, unchanged: 0, failed: [], statuses: {} };
  for (const doc of listDocuments(store.db, { ids: options.ids })) {
    onDocument(doc.id);
    const rendition = preferredRendition(getRenditions(store.db, doc.id));
    if (!rendition) continue;
    const key = inputHash(rendition.sha256, EXTRACTOR_VERSION);
    const existing = getText(store.db, doc.id);
    if (!options.force && existing?.inputSha256 === key) {
      report.unchanged++;
      continue;
    }
    try {
      const text = await extractRendition(getBlob(store.blobDir, rendition.sha256), rendition.kind, options);
      store.db.transaction(() => {
        saveText(store.db, doc.id, key, text);
        // A local file's kind is known only once its text is: detect it unless the API told us.
        if (doc.apiSoort === null && doc.soort === 'overig' && text.verdict.status !== 'empty') {
          const soort = detectSoort(text.text);
          if (soort !== doc.soort) setSoort(store.db, doc.id, soort);
        }
      })();
      report.extracted++;
      report.statuses[text.verdict.status] = (report.statuses[text.verdict.status] ?? 0) + 1;
    } catch (err) {
      report.failed.push({ id: doc.id, message: (err as Error).message });
    }
  }
  return report;
}
