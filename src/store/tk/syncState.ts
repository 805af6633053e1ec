import type { Checkpoint } from '../../domain/tkRecords.js';
import { prepared, statementsOf, type Db } from '../db.js';

/** The sync's bookkeeping: where each OData feed stands (its checkpoint), the files that failed, the zaken still to fetch. */

const st = statementsOf((db: Db) => ({
  getCheckpoint: db.prepare('SELECT watermark, watermark_ids FROM tk_sync_checkpoint WHERE feed = ?'),
  checkpoint: db.prepare(`INSERT INTO tk_sync_checkpoint (feed, watermark, watermark_ids) VALUES (?, ?, ?)
    ON CONFLICT(feed) DO UPDATE SET watermark = excluded.watermark, watermark_ids = excluded.watermark_ids`),
  failure: db.prepare(`INSERT INTO tk_sync_failure (kind, entity_id, url, message) VALUES (?, ?, ?, ?)
    ON CONFLICT(kind, entity_id) DO UPDATE SET url = excluded.url, message = excluded.message`),
  clearFailure: db.prepare('DELETE FROM tk_sync_failure WHERE kind = ? AND entity_id = ?'),
}));

export function getCheckpoint(db: Db, feed: string): Checkpoint | null {
  const r = st(db).getCheckpoint.get(feed) as { watermark: string; watermark_ids: string } | undefined;
  return r ? { watermark: r.watermark, ids: JSON.parse(r.watermark_ids) as string[] } : null;
}

export function saveCheckpoint(db: Db, feed: string, c: Checkpoint): void {
  st(db).checkpoint.run(feed, c.watermark, JSON.stringify([...c.ids].sort()));
}

export interface SyncFailure {
  kind: 'file' | 'xml';
  entityId: string;
  url: string;
  message: string;
}

export function recordFailure(db: Db, f: SyncFailure): void {
  st(db).failure.run(f.kind, f.entityId, f.url, f.message);
}

export function clearFailure(db: Db, kind: SyncFailure['kind'], entityId: string): void {
  st(db).clearFailure.run(kind, entityId);
}

export function listFailures(db: Db): SyncFailure[] {
  return (prepared(db, 'SELECT kind, entity_id, url, message FROM tk_sync_failure ORDER BY kind, entity_id').all() as {
    kind: SyncFailure['kind'];
    entity_id: string;
    url: string;
    message: string;
  }[]).map((r) => ({ kind: r.kind, entityId: r.entity_id, url: r.url, message: r.message }));
}

/** Zaken that stored motion documents point at but that are not stored themselves. */
export function missingZaakIds(db: Db): string[] {
  return (
    prepared(
      db,
      `SELECT DISTINCT dz.zaak_id AS id FROM tk_document_zaak dz JOIN tk_document d ON d.id = dz.document_id
       LEFT JOIN tk_zaak z ON z.id = dz.zaak_id WHERE z.id IS NULL AND d.soort LIKE 'Motie%' ORDER BY dz.zaak_id`,
    ).all() as { id: string }[]
  ).map((r) => r.id);
}
