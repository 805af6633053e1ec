import { describe, expect, it } from 'vitest';
import { extractRendition } from '../../src/extract/extractRendition.js';

describe('HTML and plain text', () => {
  it('HTML: blocks become lines, tags and scripts go, entities are decoded', async () => {
    const html =
      '<html><head><title>x</title><style>p{}</style></head><body><h1>MOTIE VAN HET LID BECKER</h1>' +
      '<p>De Kamer,</p><p>gehoord de beraadslaging,</p><script>alert(1)</script>' +
      '<p>verzoekt de regering de Kamer v&oacute;&oacute;r de zomer te informeren over de aanpak van de wachtlijsten in de zorg &amp; de jeugdzorg,</p>' +
      '<p>en gaat over tot de orde van de dag.</p></body></html>';
    const t = await extractRendition(Buffer.from(html), 'html');
    expect(t.engine).toBe('html');
    expect(t.text.split('\n').filter(Boolean)).toEqual([
      'MOTIE VAN HET LID BECKER',
      'De Kamer,',
      'gehoord de beraadslaging,',
      'verzoekt de regering de Kamer vóór de zomer te informeren over de aanpak van de wachtlijsten in de zorg & de jeugdzorg,',
      'en gaat over tot de orde van de dag.',
    ]);
    expect(t.text).not.toMatch(/alert|p\{\}/);
  });

  it('plain text: ligatures and odd spaces normalised, the kst trailer read as metadata but left in place', async () => {
    const raw = 'De Kamer,\nverzoekt de regering de e\uFB00ecten\u00A0te onderzoeken,\nen gaat over tot de orde van de dag.\n\nkst-32317-816\nISSN 0921 - 7371\n';
    const t = await extractRendition(Buffer.from(raw), 'txt');
    expect(t.text).toBe(raw.replace('e\uFB00ecten\u00A0', 'effecten '));
    expect(t.trailer).toEqual({ kst: 'kst-32317-816', issn: '0921 - 7371' });
  });

  it('plain text that is not UTF-8 is read as Windows-1252', async () => {
    const t = await extractRendition(Buffer.from([0x93, 0x4b, 0x61, 0x6d, 0x65, 0x72, 0x94, 0x20, 0xeb]), 'txt');
    expect(t.text).toBe('“Kamer” ë');
  });
});
