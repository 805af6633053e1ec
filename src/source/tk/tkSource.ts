import type { TkDocument, TkFractie, TkFractieZetel, TkFractieZetelPersoon, TkPersoon, TkZaak } from '../../domain/tkRecords.js';
import type { Window } from './queries.js';

/**
 * What the OData sync (`--source odata`, pipeline/syncStage.ts) needs of an OData root; `odataSource.ts`
 * implements it over OData v4. The SyncFeed is not windowed by date but read as a feed of changes with
 * resume tokens, so it has its own client (syncfeed/client.ts) and stage (pipeline/syncFeedStage.ts);
 * both write the same records (domain/tkRecords.ts) into the same tables.
 */
export interface TkSource {
  /** Pages of records changed in the window, oldest first (ApiGewijzigdOp, then Id). */
  changedZaken(w: Window): AsyncIterable<Page<TkZaak>>;
  changedDocuments(soorten: string[], w: Window): AsyncIterable<Page<TkDocument>>;
  changedEntities<K extends SmallEntitySet>(set: K, w: Window): AsyncIterable<Page<SmallEntity[K]>>;
  /** Tombstones in the window. */
  deleted(set: 'Document' | 'Zaak', w: Window): AsyncIterable<Page<{ Id: string; ApiGewijzigdOp?: string | null }>>;
  /** Motion zaken started on or after the date (YYYY-MM-DD), re-read for late corrections. */
  recentZaken(startedSince: string): AsyncIterable<Page<TkZaak>>;
  /** One zaak, or null when the id points nowhere. */
  zaak(id: string): Promise<TkZaak | null>;
  /** How many records a changed-feed would return; null when the source cannot tell. */
  count(kind: 'Zaak' | 'Document', w: Window, soorten?: string[]): Promise<number | null>;
  documentFile(documentId: string, expectLength: number | null): Promise<Downloaded>;
  publicatieFile(publicatieId: string, expectLength: number | null): Promise<Downloaded>;
  documentFileUrl(documentId: string): string;
  publicatieFileUrl(publicatieId: string): string;
}

export interface Page<T> {
  records: T[];
  /** Where the page came from, for error messages. */
  url: string;
}

export interface Downloaded {
  bytes: Buffer;
  contentType: string | null;
  url: string;
}

export interface SmallEntity {
  Fractie: TkFractie;
  Persoon: TkPersoon;
  FractieZetel: TkFractieZetel;
  FractieZetelPersoon: TkFractieZetelPersoon;
}
export type SmallEntitySet = keyof SmallEntity;
