import { amsterdamDay } from '../source/tk/instant.js';
import type { FeedEntry } from '../source/tk/syncfeed/atomPage.js';
import { toEntity, type TkCategory, type TkEntities } from '../source/tk/syncfeed/entities.js';
import { verdict, type KeepContext } from '../source/tk/syncfeed/keep.js';
import type { Store } from '../store/db.js';
import {
  markFeedDeleted,
  markSeen,
  pruneBesluit,
  pruneZaakChildren,
  saveRejected,
  seen,
  upsertActiviteit,
  upsertAgendapunt,
  upsertKamerstukdossier,
  upsertToezegging,
} from '../store/tkFeedRepo.js';
import {
  refreshStemmingenFingerprint,
  upsertBesluit,
  upsertFractie,
  upsertFractieZetel,
  upsertFractieZetelPersoon,
  upsertPersoon,
  upsertStemming,
  upsertZaak,
  upsertZaakActor,
} from '../store/tkRepo.js';
import { storeDocument, type DocumentCounts, type DocumentFiles, type FileSource } from './apiDocuments.js';

/**
 * SyncFeed records into the store, the same for the sync and for imported feed files: typed and checked
 * (a rejected record is kept in tk_rejected and reported), tombstones applied, the keep rules applied
 * (keep.ts), and what was kept or dropped remembered (tk_feed_seen). Runs inside the caller's transaction.
 */

export interface FeedCounts extends DocumentCounts {
  stored: number;
  dropped: number;
  deleted: number;
  rejected: { category: string; id: string; reason: string }[];
}

export interface FeedWriterOptions {
  /** The keep rules' context; 'all' keeps every record (an imported file: the user chose what is in it). */
  keep: KeepContext | 'all';
  files: FileSource;
  counts: FeedCounts;
  info: (message: string) => void;
}

export function feedWriter(store: Store, o: FeedWriterOptions) {
  const db = store.db;
  const { counts } = o;

  /** The entry as a typed record, or null when it breaks the schema (then it is kept aside and reported). */
  function typed<K extends TkCategory>(category: K, e: FeedEntry): TkEntities[K] | null {
    const t = toEntity(category, e);
    if (t.ok) return t.record;
    saveRejected(db, { category, id: t.id, reason: t.reason, raw: e.raw, token: e.token });
    counts.rejected.push({ category, id: t.id, reason: t.reason });
    o.info(`rejected ${category} ${t.id}: ${t.reason} (kept in tk_rejected; the sync goes on)`);
    return null;
  }

  /** Applies one record at its feed token: a tombstone, a record to keep, or one to drop. */
  function write<K extends TkCategory>(category: K, record: TkEntities[K], raw: string, token: number, docFiles?: DocumentFiles): void {
    const id = record.Id;
    if (record.Verwijderd) {
      const held = markFeedDeleted(db, category, id);
      if (held) counts.deleted++;
      // A dropped parent's tombstone is remembered too, so that its children are dropped and not held.
      if (held || category === 'Zaak' || category === 'Besluit') markSeen(db, id, token, held);
      if (held && category === 'Stemming') {
        const besluitId = db.prepare('SELECT besluit_id FROM tk_stemming WHERE id = ?').pluck().get(id) as string;
        refreshStemmingenFingerprint(db, besluitId);
      }
      return;
    }
    const v = o.keep === 'all' ? 'keep' : verdict(category, record, o.keep);
    if (v === 'keep') {
      store1(category, record, raw, token, docFiles);
      return;
    }
    counts.dropped++;
    if (seen(db, id)?.kept) markFeedDeleted(db, category, id); // kept before, not any more (its soort or date changed)
    if (v === 'drop-parent') {
      markSeen(db, id, token, false);
      if (category === 'Zaak') pruneZaakChildren(db, id);
      else pruneBesluit(db, id);
    }
  }

  /** Stores a record whatever the keep rules say (a record fetched because a kept one points at it). */
  function store1<K extends TkCategory>(category: K, record: TkEntities[K], raw: string, token: number, docFiles?: DocumentFiles): void {
    const r = record as never;
    switch (category) {
      case 'Zaak': upsertZaak(db, r, raw); break;
      // Actors of one zaak enter the feed together, in their order: the token keeps that order.
      case 'ZaakActor': upsertZaakActor(db, r, token, raw); break;
      case 'Besluit': upsertBesluit(db, r, raw); break;
      case 'Stemming': {
        const s = record as TkEntities['Stemming'];
        upsertStemming(db, s, s.Besluit_Id ?? '', raw);
        refreshStemmingenFingerprint(db, s.Besluit_Id ?? '');
        break;
      }
      case 'Agendapunt': upsertAgendapunt(db, r, raw); break;
      case 'Activiteit': {
        const a = record as TkEntities['Activiteit'];
        upsertActiviteit(db, a, a.Datum ? amsterdamDay(a.Datum) : null, raw);
        break;
      }
      case 'Document': storeDocument(store, o.files, r, docFiles ?? NO_FILES, counts, false, raw); break;
      case 'Persoon': upsertPersoon(db, r, raw); break;
      case 'Fractie': upsertFractie(db, r, raw); break;
      case 'FractieZetel': upsertFractieZetel(db, r, raw); break;
      case 'FractieZetelPersoon': upsertFractieZetelPersoon(db, r, raw); break;
      case 'Kamerstukdossier': upsertKamerstukdossier(db, r, raw); break;
      case 'Toezegging': upsertToezegging(db, r, raw); break;
    }
    markSeen(db, record.Id, token, true);
    counts.stored++;
  }

  return { typed, write, store: store1 };
}

export const NO_FILES: DocumentFiles = Object.freeze({ file: null, xml: null, publicatie: null, errors: [], missing: false });

export function emptyFeedCounts(): FeedCounts {
  return { stored: 0, dropped: 0, deleted: 0, rejected: [], documents: 0, actors: 0, changedDocuments: 0, filesDownloaded: 0, filesMissing: 0, xmlDownloaded: 0, bytesDownloaded: 0 };
}
