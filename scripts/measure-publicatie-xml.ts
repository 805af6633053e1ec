/**
 * `npx tsx scripts/measure-publicatie-xml.ts [--failures]`: prints how the official publication XMLs come through
 * extraction and the motion parser, field by field (the measurement is eval/publicatieXml.ts).
 */
import { FIELDS, measurePublicatieXml } from '../eval/publicatieXml.js';

const m = await measurePublicatieXml();
console.log(`${m.files} publication XMLs (${m.withMetadata} with a full <metadata> block)`);
for (const f of FIELDS) {
  const of = f === 'metadata' ? m.withMetadata : m.files;
  console.log(`  ${f.padEnd(13)} ${m.ok[f]}/${of} = ${((m.ok[f] / Math.max(1, of)) * 100).toFixed(1)}%`);
}
if (process.argv.includes('--failures')) for (const x of m.failures) console.log(`  ✗ ${x.field} ${x.file}: ${x.detail}`);
