import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractRendition } from '../../../src/extract/extractRendition.js';

const DIR = 'fixtures/corpus/pdf';

describe('Word documents', () => {
  it('reads the motion DOCX', async () => {
    const t = await extractRendition(readFileSync(join(DIR, 'motie/0787ced2-629a-4d32-ab8f-4b97a7680248.docx')), 'docx');
    expect(t.engine).toBe('mammoth');
    expect(t.verdict.status).toBe('ok');
    expect(t.text).toMatch(/TWEEDE KAMER DER STATEN-GENERAAL/);
    expect(t.text).toMatch(/\nDe Kamer,\n/);
    expect(t.text).toMatch(/en gaat over tot de orde van de dag/);
  });

  it('reads the legacy .doc motion (Word 97) with word-extractor', async () => {
    const t = await extractRendition(readFileSync(join(DIR, 'motie/ca71487f-866a-43aa-a9d5-ec3e2c3a236c.doc')), 'doc');
    expect(t.engine).toBe('word-extractor');
    expect(t.verdict.status).toBe('ok');
    expect(t.text).toMatch(/Verdonk/);
    expect(t.text).toMatch(/\nverzoekt de Kamer af te zien van/);
    expect(t.text).toMatch(/^TWEEDE {1,2}KAMER {1,2}DER STATEN-GENERAAL\n2\n\nVergaderjaar 2008-2009\n/);
    expect(t.text).toMatch(/\n31 951\nVerantwoordingsbrief 2008\n/);
  });

  it.each(readdirSync(join(DIR, 'brief-docx')).filter((f) => f.endsWith('.docx')))('%s: field values, never field codes', async (file) => {
    const t = await extractRendition(readFileSync(join(DIR, 'brief-docx', file)), 'docx');
    expect(t.verdict.status).toBe('ok');
    expect(t.text).not.toMatch(/DOCPROPERTY|DOCVARIABLE|MERGEFORMAT|MERGEFIELD/);
    expect(t.text).toMatch(/vragen/i);
  });

  it('says plainly when a .docx or .doc is not one', async () => {
    const docx = await extractRendition(Buffer.from('this is not a zip file'), 'docx');
    expect(docx.verdict).toMatchObject({ status: 'unreadable', reason: expect.stringMatching(/^not a readable DOCX/) });
    const doc = await extractRendition(Buffer.from('this is not a Word file either'), 'doc');
    expect(doc.verdict).toMatchObject({ status: 'unreadable', reason: expect.stringMatching(/^not a readable Word \.doc/) });
  });
});
