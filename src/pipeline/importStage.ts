import { putBlob } from '../store/blobStore.js';
import type { Store } from '../store/db.js';
import { saveExplanation, saveImportedPage, upsertDocument, upsertRendition } from '../store/documentRepo.js';
import { listImportFiles, readImportFile, type ImportFailure } from '../source/fileImport.js';
import { linkDocumentZaak } from '../store/tk/documents.js';
import { upsertZaak } from '../store/tk/zaakWrites.js';
import { refreshBesluitDatums } from '../store/tkFeedRepo.js';
import { categoryOfElement } from '../source/tk/syncfeed/entities.js';
import { DEFAULT_SYNCFEED_URL, resourceUrl } from '../source/tk/syncfeed/client.js';
import { emptyFeedCounts, feedWriter } from './feedWriter.js';
import { inputHash } from './hash.js';

export interface ImportReport {
  files: number;
  documents: number;
  /** Documents that were new or changed. */
  changed: number;
  /** Tweede Kamer API records (zaken, document↔zaak links) read from JSON lines. */
  apiRecords: number;
  failures: ImportFailure[];
}

/**
 * Imports files and folders into the store. Originals go to the blob folder first, then the rows,
 * one transaction per file: a file that fails is reported and the others still land.
 */
export function importPaths(
  store: Store,
  paths: string[],
  onFile: (file: string) => void = () => {},
): ImportReport {
  const { files, failures } = listImportFiles(paths);
  const report: ImportReport = { files: files.length, documents: 0, changed: 0, apiRecords: 0, failures: [...failures] };
  // SyncFeed entries from files are kept whole (the user chose the file); documents in them come without their file.
  const feed = feedWriter(store, {
    keep: 'all',
    counts: emptyFeedCounts(),
    info: () => {},
    files: {
      documentFile: () => Promise.reject(new Error('an import does not download')),
      documentFileUrl: (id) => resourceUrl(DEFAULT_SYNCFEED_URL, id),
      publicatieFile: () => Promise.reject(new Error('an import does not download')),
      publicatieFileUrl: (id) => resourceUrl(DEFAULT_SYNCFEED_URL, id),
    },
  });
  for (const file of files) {
    onFile(file);
    let read;
    try {
      read = readImportFile(file);
    } catch (err) {
      report.failures.push({ file, message: (err as Error).message });
      continue;
    }
    report.failures.push(...read.failures);
    store.db.transaction(() => {
      for (const item of read.items) {
        let changed = upsertDocument(store.db, item.record, item.rawJson);
        for (const r of item.renditions) {
          const hash = putBlob(store.blobDir, r.bytes);
          changed =
            upsertRendition(store.db, item.record.id, {
              kind: r.kind,
              sha256: hash,
              mediaType: r.mediaType,
              source: r.source,
              byteLength: r.bytes.length,
            }) || changed;
        }
        if (item.importedPage) saveImportedPage(store.db, item.record.id, item.importedPage);
        if (item.importedExplanation) {
          saveExplanation(store.db, item.record.id, 'imported', inputHash(item.importedExplanation), item.importedExplanation);
        }
        report.documents++;
        if (changed) report.changed++;
      }
      for (const r of read.apiRecords ?? []) {
        if (r.kind === 'zaak') upsertZaak(store.db, r.zaak);
        else if (r.kind === 'link') linkDocumentZaak(store.db, r.documentId, r.zaakId);
        else {
          const category = categoryOfElement(r.entry.element);
          const record = category ? feed.typed(category, r.entry) : null;
          if (!category || !record) {
            report.failures.push({ file, message: `${r.entry.element} ${r.entry.id}: ${category ? 'breaks the schema (see tk_rejected)' : 'not a category Motiemonitor reads'}` });
            continue;
          }
          feed.write(category, record, r.entry.raw, r.entry.token ?? 0);
        }
        report.apiRecords++;
      }
      feed.flush();
    })();
  }
  if (report.apiRecords > 0) store.db.transaction(() => refreshBesluitDatums(store.db))();
  return report;
}
