import { amsterdamDay } from '../domain/instant.js';
import type { FeedEntry } from '../source/tk/syncfeed/atomPage.js';
import { categoryOfElement, toEntity, type TkCategory, type TkEntities } from '../source/tk/syncfeed/entities.js';
import { verdict, type KeepContext } from '../source/tk/syncfeed/keep.js';
import type { Store } from '../store/db.js';
import {
  besluitOfStemming,
  markFeedDeleted,
  markSeen,
  pruneBesluit,
  pruneZaakChildren,
  saveRejected,
  upsertActiviteit,
  upsertAgendapunt,
  upsertKamerstukdossier,
  upsertToezegging,
} from '../store/tkFeedRepo.js';
import { refreshStemmingenFingerprint, upsertBesluit, upsertStemming, upsertZaak, upsertZaakActor } from '../store/tk/zaakWrites.js';
import { upsertFractie, upsertFractieZetel, upsertFractieZetelPersoon, upsertPersoon } from '../store/tk/persoonWrites.js';
import { storeDocument, type DocumentCounts, type DocumentFiles, type FileSource } from './apiDocuments.js';

/**
 * SyncFeed records into the store, the same for the sync and for imported feed files: typed and checked
 * (a rejected record is kept in tk_rejected and reported), tombstones applied, the keep rules applied
 * (keep.ts), and what was kept or dropped remembered (tk_feed_seen). Runs inside the caller's transaction.
 */

/**
 * The parents the keep rules judge children by: what the sync kept or dropped of them, and the token of the
 * version stored (an older version never overwrites a newer one), is remembered in tk_feed_seen. Other records
 * are written as they come: reading their page twice writes the same version twice, which changes nothing.
 */
export const TRACKED: ReadonlySet<TkCategory> = new Set<TkCategory>(['Zaak', 'Besluit']);

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
  /** Besluiten whose stemmingen changed: their fingerprint for the site build is recomputed once, in `flush`. */
  const touched = new Set<string>();

  /** The entry as a typed record of `category`, or null when it is not one (then it is kept aside and reported). */
  function typed<K extends TkCategory>(category: K, e: FeedEntry): TkEntities[K] | null {
    const t = categoryOfElement(e.element) === category ? toEntity(category, e) : { ok: false as const, id: e.id, reason: `a ${e.element} element where a ${category} was expected` };
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
      if (TRACKED.has(category)) markSeen(db, id, token, held);
      if (held && category === 'Stemming') touched.add(besluitOfStemming(db, id) ?? '');
      return;
    }
    const v = o.keep === 'all' ? 'keep' : verdict(category, record, o.keep);
    if (v === 'keep') {
      store1(category, record, raw, token, docFiles);
      return;
    }
    counts.dropped++;
    // Kept before, not any more: its own soort or date changed (children go with their parent instead).
    if (category === 'Zaak' || category === 'Document') markFeedDeleted(db, category, id);
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
        touched.add(s.Besluit_Id ?? '');
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
    if (TRACKED.has(category)) markSeen(db, record.Id, token, true);
    counts.stored++;
  }

  /** Ends a batch of writes (inside the same transaction): what is derived from several records is brought up to date. */
  function flush(): void {
    for (const besluitId of touched) refreshStemmingenFingerprint(db, besluitId);
    touched.clear();
  }

  return { typed, write, store: store1, flush };
}

export const NO_FILES: DocumentFiles = Object.freeze({ file: null, xml: null, publicatie: null, errors: [], missing: false });

export function emptyFeedCounts(): FeedCounts {
  return { stored: 0, dropped: 0, deleted: 0, rejected: [], documents: 0, actors: 0, changedDocuments: 0, filesDownloaded: 0, filesMissing: 0, xmlDownloaded: 0, bytesDownloaded: 0 };
}
