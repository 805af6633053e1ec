import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractRendition } from '../../../src/extract/extractRendition.js';
import { measurePublicatieXml, XML_DIR } from '../../../eval/publicatieXml.js';

const FILE = join(XML_DIR, '0037dc14-ffaa-4d74-ade5-18b94967fc12.xml');

describe('official publication XML (officielebekendmakingen kamerstuk)', () => {
  it('renders the agreed layout: header lines, then one line per <al>', async () => {
    const t = await extractRendition(readFileSync(FILE), 'xml');
    expect(t.engine).toBe('publicatie-xml');
    expect(t.rendition).toBe('xml');
    expect(t.verdict.status).toBe('ok');
    expect(t.trailer.kst).toBe('kst-36372-23');
    const lines = t.text.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      'Tweede Kamer der Staten-Generaal',
      'Vergaderjaar 2023-2024',
      '36 372',
      'Wijziging van de Penitentiaire beginselenwet in verband met aanvullende maatregelen tegen georganiseerde criminaliteit tijdens detentie',
      'Nr. 23',
      'GEWIJZIGDE MOTIE VAN HET LID EERDMANS TER VERVANGING VAN DIE GEDRUKT ONDER NR. 19',
      'Voorgesteld 12 maart 2024',
      'De Kamer,',
      'gehoord de beraadslaging,',
    ]);
    expect(lines.filter(Boolean).slice(-2)).toEqual(['en gaat over tot de orde van de dag,', 'Eerdmans']);
  });

  it('reads ISO-8859-1 and Windows-1252 as the XML declaration says', async () => {
    const utf8 = readFileSync(FILE, 'utf8').replace('Eerdmans</al>', 'Eerdmans ‘citaat’ Daniëlle</al>');
    const expected = (await extractRendition(Buffer.from(utf8, 'utf8'), 'xml')).text;
    expect(expected).toContain('Eerdmans ‘citaat’ Daniëlle');
    const latin1 = utf8.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace('‘citaat’', "'citaat'");
    expect((await extractRendition(Buffer.from(latin1, 'latin1'), 'xml')).text).toBe(expected.replace('‘citaat’', "'citaat'"));
    const cp1252 = utf8.replace('encoding="UTF-8"', 'encoding="Windows-1252"');
    const CP1252: Record<string, number> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
    const encoded = Buffer.from([...cp1252].map((ch) => CP1252[ch] ?? ch.charCodeAt(0)));
    expect(encoded.every((b) => b < 256)).toBe(true);
    expect((await extractRendition(encoded, 'xml')).text).toBe(expected);
  });

  it('says plainly when the XML is broken or not a kamerstuk', async () => {
    const broken = await extractRendition(Buffer.from('<?xml version="1.0"?><officiele-publicatie><kamerstuk>'), 'xml');
    expect(broken.verdict.status).toBe('unreadable');
    const other = await extractRendition(Buffer.from('<?xml version="1.0"?><feed><entry/></feed>'), 'xml');
    expect(other.verdict).toMatchObject({ status: 'unreadable', reason: expect.stringMatching(/not an officielebekendmakingen kamerstuk/) });
  });

  it('on all 399 real files: dossier, nummer, vergaderjaar, indieners and date parsed for ≥ 99%, operative clauses for every motion', async () => {
    const m = await measurePublicatieXml();
    console.log(JSON.stringify({ files: m.files, ok: m.ok, withMetadata: m.withMetadata }), m.failures.slice(0, 10));
    expect(m.files).toBe(399);
    for (const field of ['dossier', 'nummer', 'vergaderjaar', 'indieners', 'datum'] as const) {
      expect(m.ok[field] / m.files, field).toBeGreaterThanOrEqual(0.99);
    }
    expect(m.ok.operative).toBe(m.files);
    expect(m.ok.metadata).toBe(m.withMetadata);
  });
});
