import { afterEach, describe, expect, it } from 'vitest';
import { exportRows } from '../../src/pipeline/exportRows.js';
import { count, syncFixture } from '../support/syncSupport.js';
import { loadTkmotiesZaken, syntheticId } from '../support/fakeOdataServer.js';
import { syncFeedFixture } from '../support/syncFeedSupport.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Export rows without the one field that names the source (its file URL). */
function exported(db: Parameters<typeof exportRows>[0]): Record<string, unknown>[] {
  return [...exportRows(db)].map(({ bron_url: _url, ...row }) => row).sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

describe('sync over SyncFeed from an empty store', () => {
  it('gives every motion its zaak, vote, seats, stemmingen, indieners and kabinetsappreciatie, as the OData sync did', { timeout: 120_000 }, async () => {
    const feed = await syncFeedFixture(cleanups, { zaakLimit: 400 });
    const report = await feed.sync();
    expect(report.failures).toEqual([]);
    expect(report.rejected).toEqual([]);
    const odata = await syncFixture(cleanups, { zaakLimit: 400 });
    await odata.sync();

    const viaOdata = exported(odata.store.db);
    const motions = new Set(viaOdata.map((r) => r.id));
    expect(motions.size).toBe(400);
    // The feed also carries real motions and letters outside the recorded corpus (its unrelated traffic): compare the 400.
    const viaFeed = exported(feed.store.db).filter((r) => motions.has(r.id));
    expect(viaFeed).toEqual(viaOdata);
    // Not a vacuous comparison: the motions have their votes.
    expect(viaFeed.filter((r) => r.uitslag !== 'onbekend').length).toBeGreaterThan(390);
    expect(viaFeed.filter((r) => (r.indieners_fracties as unknown[]).length > 0).length).toBeGreaterThan(390);
  });

  it('keeps only what the motions need from a feed of every kind of record', { timeout: 120_000 }, async () => {
    const { store, sync } = await syncFeedFixture(cleanups, { zaakLimit: 100, unrelated: true });
    const report = await sync();
    const db = store.db;
    expect(report.dropped).toBeGreaterThan(200);
    expect(count(db, "SELECT COUNT(*) AS n FROM tk_zaak WHERE soort NOT LIKE 'Motie%'")).toBe(0);
    expect(count(db, "SELECT COUNT(*) AS n FROM tk_document WHERE soort NOT IN ('Motie', 'Motie (gewijzigd/nader)', 'Brief regering')")).toBe(0);
    // Every stemming kept belongs to a kept besluit of a kept zaak.
    expect(count(db, `SELECT COUNT(*) AS n FROM tk_stemming s WHERE NOT EXISTS (
      SELECT 1 FROM tk_besluit_zaak bz JOIN tk_zaak z ON z.id = bz.zaak_id WHERE bz.besluit_id = s.besluit_id)`)).toBe(0);
    const zaken = loadTkmotiesZaken(100);
    expect(count(db, 'SELECT COUNT(*) AS n FROM tk_zaak')).toBe(zaken.length);
    expect(count(db, 'SELECT COUNT(*) AS n FROM documents WHERE id = ?', syntheticId(`document:${String(zaken[0]!.Id)}`))).toBe(1);
  });
});
