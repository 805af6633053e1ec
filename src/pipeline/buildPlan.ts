import { sha256Hasher, shortHash } from '../domain/hash.js';
import { shardOf } from '../publish/model.js';
import type { Db } from '../store/db.js';
import { getAnsweringLetters } from '../store/linkRepo.js';
import * as repo from '../store/publishRepo.js';
import { loadMotionZaak } from './motionZaak.js';
import { motionToezeggingFingerprints, motionsTouchedByToezeggingen } from '../store/toezeggingRepo.js';

export interface PlannedMotion {
  id: string;
  fingerprint: string;
  /** Its page must be rendered: its data changed, or the page is missing. */
  render: boolean;
  /** Its data changed since the last build (a missing page alone does not count). */
  changed: boolean;
}

/** What a build has to do, decided from cheap fingerprints before any motion is loaded. */
export interface BuildPlan {
  /** The motions of each quarter (the unit of search index and export), newest quarter first. */
  shards: Map<string, PlannedMotion[]>;
  /** A fingerprint per quarter of its motions: its search index and export are rebuilt when it changes. */
  shardHashes: Map<string, string>;
  /** Motions published before that are gone (deleted, or no longer a motion). */
  removed: string[];
}

/**
 * Plans an incremental build: the fingerprint of every motion's stored data (plus the template version) is compared
 * with the one of the last build. The quarter comes from the stored dates (the parsed date before the API's), the
 * same date the motion's summary shows, so each motion's quarter is known before its view is loaded.
 */
export function planBuild(db: Db, o: { renderVersion: string; force: boolean; pagesPresent: (id: string) => boolean }): BuildPlan {
  const previous = repo.getPublishedFingerprints(db);
  let external = repo.externalFingerprints(db);
  const externalOf = (id: string) =>
    external ? (external.get(id) ?? '') : `${JSON.stringify(loadMotionZaak(db, id))}|${JSON.stringify(getAnsweringLetters(db, id))}`;
  // The toezeggingen a motion page shows (issue 15): only the few motions that have any get a part.
  const toezeggingen = motionToezeggingFingerprints(db, motionsTouchedByToezeggingen(db));
  const shards = new Map<string, PlannedMotion[]>();
  const seen = new Set<string>();
  for (const r of repo.motionFingerprintRows(db)) {
    // Hashed right away: the raw fingerprint strings (imported pages, vote stamps) are large and short-lived.
    const fingerprint = shortHash(`${o.renderVersion}|${r.fp}|${externalOf(r.id)}|${toezeggingen.get(r.id) ?? ''}`);
    const changed = o.force || previous.get(r.id) !== fingerprint;
    const shard = shardOf(r.datum);
    let list = shards.get(shard);
    if (!list) shards.set(shard, (list = []));
    list.push({ id: r.id, fingerprint, changed, render: changed || !o.pagesPresent(r.id) });
    seen.add(r.id);
  }
  external = null;
  const shardHashes = new Map<string, string>();
  for (const [shard, list] of shards) {
    const h = sha256Hasher();
    for (const m of [...list].sort((a, b) => (a.id < b.id ? -1 : 1))) h.update(`${m.id}:${m.fingerprint};`);
    shardHashes.set(shard, h.digest('base64url').slice(0, 22));
  }
  return {
    shards: new Map([...shards].sort((a, b) => (a[0] < b[0] ? 1 : -1))),
    shardHashes,
    removed: [...previous.keys()].filter((id) => !seen.has(id)),
  };
}
