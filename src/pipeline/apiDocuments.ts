import type { DocumentRecord, RenditionKind } from '../domain/types.js';
import { MEDIA_TYPES } from '../source/fileImport.js';
import { fileIsCurrent, kindOf, soortOf, xmlIsCurrent, xmlPublicatie } from '../source/tk/documentFiles.js';
import { HttpError } from '../source/tk/http.js';
import { dateOnly, type TkDocument, type TkDocumentPublicatie } from '../domain/tkRecords.js';
import type { TkSource } from '../source/tk/tkSource.js';
import { putBlob } from '../store/blobStore.js';
import type { Store } from '../store/db.js';
import { upsertDocument, upsertRendition } from '../store/documentRepo.js';
import { clearFailure, recordFailure, type SyncFailure } from '../store/tk/syncState.js';
import { getTkDocumentState, upsertTkDocument } from '../store/tk/documents.js';

/**
 * An API document and its files, the same for both sources (OData, SyncFeed): download what is new or
 * changed into the blob store, then write the document, its renditions and its file state.
 */

/** Where the files come from. */
export type FileSource = Pick<TkSource, 'documentFile' | 'publicatieFile' | 'documentFileUrl' | 'publicatieFileUrl'>;

/** The counters a document write adds to. */
export interface DocumentCounts {
  documents: number;
  actors: number;
  changedDocuments: number;
  filesDownloaded: number;
  filesMissing: number;
  xmlDownloaded: number;
  bytesDownloaded: number;
}

interface FetchedFile {
  kind: RenditionKind;
  sha256: string;
  mediaType: string;
  byteLength: number;
  url: string;
}

export interface DocumentFiles {
  file: FetchedFile | null;
  xml: FetchedFile | null;
  /** Set when the current XML publication is known, downloaded or not. */
  publicatie: TkDocumentPublicatie | null;
  errors: SyncFailure[];
  /** The API answered 404 for the file. */
  missing: boolean;
}

/** Downloads what is new or changed (each file once) and keeps the bytes in the blob store. */
export async function fetchFiles(store: Store, source: FileSource, d: TkDocument): Promise<DocumentFiles> {
  const out: DocumentFiles = { file: null, xml: null, publicatie: null, errors: [], missing: false };
  if (d.Verwijderd) return out;
  const state = getTkDocumentState(store.db, d.Id);
  if (!fileIsCurrent(state, d) && (d.ContentLength ?? 1) > 0) {
    try {
      const got = await source.documentFile(d.Id, d.ContentLength ?? null);
      out.file = keep(store, got.bytes, d.ContentType ?? got.contentType, got.url);
    } catch (err) {
      if (err instanceof HttpError && err.status === 404) out.missing = true;
      else out.errors.push({ kind: 'file', entityId: d.Id, url: source.documentFileUrl(d.Id), message: (err as Error).message });
    }
  }
  const pub = soortOf(d.Soort) === 'motie' ? xmlPublicatie(d) : null;
  out.publicatie = pub;
  if (pub && !xmlIsCurrent(state, pub)) {
    try {
      const got = await source.publicatieFile(pub.Id, pub.ContentLength ?? null);
      out.xml = keep(store, got.bytes, 'application/xml', got.url);
      out.xml.kind = 'xml';
      out.xml.mediaType = MEDIA_TYPES.xml;
    } catch (err) {
      out.errors.push({ kind: 'xml', entityId: d.Id, url: source.publicatieFileUrl(pub.Id), message: (err as Error).message });
    }
  }
  return out;
}

function keep(store: Store, bytes: Buffer, contentType: string | null, url: string): FetchedFile {
  const kind = kindOf(bytes, contentType);
  return { kind, sha256: putBlob(store.blobDir, bytes), mediaType: MEDIA_TYPES[kind], byteLength: bytes.length, url };
}

/**
 * Writes a document, its new files and its file state; `retried` documents are not counted as fetched again.
 * `raw` is the record as received (default: the OData JSON without its expansions).
 */
export function storeDocument(store: Store, source: FileSource, d: TkDocument, files: DocumentFiles, report: DocumentCounts, retried = false, raw?: string): void {
  const db = store.db;
  const state = getTkDocumentState(db, d.Id);
  const record: DocumentRecord = {
    id: d.Id,
    soort: soortOf(d.Soort),
    apiSoort: d.Soort ?? null,
    titel: d.Titel ?? null,
    onderwerp: d.Onderwerp?.trim() ?? null,
    datum: dateOnly(d.Datum),
    bronUrl: source.documentFileUrl(d.Id),
    herkomst: 'api',
    verwijderd: d.Verwijderd === true,
  };
  let changed = upsertDocument(db, record, raw ?? odataRaw(d));
  for (const f of [files.file, files.xml]) {
    if (!f) continue;
    changed = upsertRendition(db, d.Id, { kind: f.kind, sha256: f.sha256, mediaType: f.mediaType, source: f.url, byteLength: f.byteLength }) || changed;
  }
  upsertTkDocument(db, d, {
    fileSha256: files.file?.sha256 ?? state?.fileSha256 ?? null,
    fileGewijzigdOp: files.file ? (d.GewijzigdOp ?? null) : (state?.fileGewijzigdOp ?? null),
    fileContentLength: files.file ? (d.ContentLength ?? null) : (state?.fileContentLength ?? null),
    publicatieId: files.publicatie?.Id ?? state?.publicatieId ?? null,
    publicatieGewijzigdOp: files.xml ? (files.publicatie?.GewijzigdOp ?? null) : (state?.publicatieGewijzigdOp ?? null),
    xmlSha256: files.xml?.sha256 ?? state?.xmlSha256 ?? null,
    fileVersieId: files.file ? (d.HuidigeDocumentVersie_Id ?? null) : (state?.fileVersieId ?? null),
  });
  if (files.file) clearFailure(db, 'file', d.Id);
  if (files.xml) clearFailure(db, 'xml', d.Id);
  for (const e of files.errors) recordFailure(db, e);
  if (!retried) {
    report.documents++;
    report.actors += d.DocumentActor?.length ?? 0;
  }
  if (changed) report.changedDocuments++;
  if (files.missing) {
    report.filesMissing++;
    clearFailure(db, 'file', d.Id);
  }
  if (files.file) {
    report.filesDownloaded++;
    report.bytesDownloaded += files.file.byteLength;
  }
  if (files.xml) {
    report.xmlDownloaded++;
    report.bytesDownloaded += files.xml.byteLength;
  }
}

function odataRaw(d: TkDocument): string {
  const raw: Record<string, unknown> = { ...d };
  delete raw.Zaak;
  delete raw.DocumentActor;
  return JSON.stringify(raw);
}
