import type { SiteWriter } from '../../publish/siteWriter.js';
import type { Db } from '../../store/db.js';
import { publishedShards } from '../../store/publishRepo.js';

/** The JSON export of the site: one file per quarter, and data/index.json naming them. */

const shardFile = (shard: string) => `moties-${shard}.json`;

/** The export of a quarter: one motion per line inside a JSON array (valid JSON, easy to stream). */
export function writeShardExport(site: SiteWriter, shard: string, rows: string[]): void {
  site.write(`data/${shardFile(shard)}`, `[\n${rows.join(',\n')}\n]\n`);
}

export function removeShardExport(site: SiteWriter, shard: string): void {
  site.remove(`data/${shardFile(shard)}`);
}

/** data/index.json: the quarters published, with their motion counts. */
export function writeExportIndex(db: Db, site: SiteWriter): void {
  site.write('data/index.json', JSON.stringify({
    beschrijving: 'Alle moties als JSON, één bestand per kwartaal; elk bestand is een array met één motie per regel (zelfde velden als `motiemonitor export`).',
    bestanden: publishedShards(db).map((s) => ({ kwartaal: s.shard, moties: s.count, pad: shardFile(s.shard) })),
  }, null, 1) + '\n');
}
