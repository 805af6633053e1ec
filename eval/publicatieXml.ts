/**
 * Measures how well the official publication XMLs (fixtures/corpus/odata/documentpublicatie-xml/, 399 real files)
 * come through extraction (extract/formats/publicatieXml.ts) and the motion parser (parse/motionParser.ts):
 * for each field the share parsed and agreeing with the XML's own elements and, where present, its <metadata>.
 * The measurement only: `npx tsx scripts/measure-publicatie-xml.ts [--failures]` prints it, and
 * test/extract/formats/publicatieXml.test.ts asserts on it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractRendition } from '../src/extract/extractRendition.js';
import { readPublicatie } from '../src/extract/formats/publicatieXml.js';
import { parseMotion } from '../src/parse/motionParser.js';

export const XML_DIR = 'fixtures/corpus/odata/documentpublicatie-xml';
export const FIELDS = ['dossier', 'nummer', 'vergaderjaar', 'indieners', 'datum', 'operative', 'metadata'] as const;
export type Field = (typeof FIELDS)[number];

export interface XmlMeasurement {
  files: number;
  /** Files where the field was parsed and agrees with the XML. */
  ok: Record<Field, number>;
  /** Files with a full <metadata> block (the `metadata` field counts agreement on those only). */
  withMetadata: number;
  failures: { file: string; field: Field; detail: string }[];
}

const digits = (s: string | null | undefined) => (s ?? '').replace(/\D/g, '');
const surname = (n: string) => n.trim().split(/\s+/).pop()!.toLowerCase();

export async function measurePublicatieXml(): Promise<XmlMeasurement> {
  const files = readdirSync(XML_DIR).filter((f) => f.endsWith('.xml')).sort();
  const ok = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const failures: XmlMeasurement['failures'] = [];
  let withMetadata = 0;
  for (const file of files) {
    const bytes = readFileSync(join(XML_DIR, file));
    const pub = readPublicatie(bytes);
    const text = await extractRendition(bytes, 'xml');
    const parsed = parseMotion(text.text, { kst: text.trailer.kst });
    const check = (field: Field, good: boolean, detail: string) => {
      if (good) ok[field]++;
      else failures.push({ file, field, detail });
    };
    // "36 410 XVI" → 36410 + XVI; "21 501-20" → 21501 + 20.
    const dossier = pub.dossiers[0]?.nummer ?? '';
    const m = /^(\d{1,3})\s?(\d{3})(?:[\s-]+([A-Z0-9]+))?/.exec(dossier);
    const toevoeging = m?.[3] ?? null;
    const dossierAgrees =
      !!m && parsed?.kamerstuk?.dossier === `${m[1]}${m[2]}` && (toevoeging === null || parsed.kamerstuk.toevoeging?.toUpperCase() === toevoeging);
    check('dossier', dossierAgrees, `${dossier} → ${JSON.stringify(parsed?.kamerstuk)}`);
    check('nummer', parsed?.kamerstuk?.nummer === Number(pub.ondernummer), `${pub.ondernummer} → ${parsed?.kamerstuk?.nummer}`);
    check('vergaderjaar', digits(parsed?.vergaderjaar) === digits(pub.vergaderjaar), `${pub.vergaderjaar} → ${parsed?.vergaderjaar}`);
    check('datum', !!pub.datum && parsed?.datum === pub.datum, `${pub.datum} → ${parsed?.datum}`);
    const metaIndieners = pub.meta['OVERHEIDop.indiener'] ?? [];
    const indienersAgree = !!parsed && parsed.indieners.length > 0 && (metaIndieners.length === 0 || parsed.indieners.every((n) => metaIndieners.some((m) => surname(m) === surname(n))));
    check('indieners', indienersAgree, `${pub.titel} → ${JSON.stringify(parsed?.indieners)} (metadata ${JSON.stringify(metaIndieners)})`);
    check('operative', (parsed?.operative.length ?? 0) > 0, `${pub.titel}: no operative clause`);
    if (pub.meta['DC.identifier']) {
      withMetadata++;
      const agrees =
        parsed?.kst === pub.meta['DC.identifier'][0] &&
        digits(parsed?.vergaderjaar) === digits(pub.meta['OVERHEIDop.vergaderjaar']?.[0]) &&
        parsed?.kamerstuk?.dossier === digits(pub.meta['OVERHEIDop.dossiernummer']?.[0]).slice(0, 5);
      check('metadata', agrees, `${pub.meta['DC.identifier'][0]} → ${parsed?.kst}, ${parsed?.vergaderjaar}`);
    }
  }
  return { files: files.length, ok, withMetadata, failures };
}

