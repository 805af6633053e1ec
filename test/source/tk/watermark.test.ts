import { describe, expect, it } from 'vitest';
import { fileIsCurrent, kindOf, soortOf, xmlPublicatie } from '../../../src/source/tk/documentFiles.js';
import { advance, alreadyStored, shiftDays } from '../../../src/source/tk/watermark.js';
import { tinyPdf } from '../../support/fakeOdataServer.js';
import { readFileSync } from 'node:fs';

describe('checkpoints', () => {
  it('keeps the latest instant and every id stored at it, whatever the order of equal instants', () => {
    const cp = advance(null, [
      { Id: 'b', ApiGewijzigdOp: '2024-01-01T10:00:00.5Z' },
      { Id: 'c', ApiGewijzigdOp: '2024-01-01T10:00:00.5000000Z' },
      { Id: 'a', ApiGewijzigdOp: '2024-01-01T10:00:00.5Z' },
    ]);
    expect(cp).toEqual({ watermark: '2024-01-01T10:00:00.5000000Z', ids: ['b', 'c', 'a'] });
    expect(alreadyStored(cp, { Id: 'a', ApiGewijzigdOp: '2024-01-01T10:00:00.50Z' })).toBe(true);
    expect(alreadyStored(cp, { Id: 'd', ApiGewijzigdOp: '2024-01-01T10:00:00.5Z' })).toBe(false);
    expect(alreadyStored(cp, { Id: 'a', ApiGewijzigdOp: '2024-01-01T10:00:01Z' })).toBe(false);
    expect(advance(cp, [{ Id: 'e', ApiGewijzigdOp: '2024-01-02T00:00:00Z' }])).toEqual({ watermark: '2024-01-02T00:00:00.0000000Z', ids: ['e'] });
    // Older records and bare tombstones do not move it back.
    expect(advance(cp, [{ Id: 'x', ApiGewijzigdOp: '2023-01-01T00:00:00Z' }, { Id: 'y', ApiGewijzigdOp: null }])).toEqual(cp);
    expect(shiftDays('2024-03-01T00:30:00.1234567Z', -1)).toBe('2024-02-29T00:30:00.1234567Z');
  });
});

describe('document files', () => {
  it('re-downloads only when GewijzigdOp or ContentLength changed', () => {
    const state = { fileSha256: 'abc', fileGewijzigdOp: '2024-01-01T10:00:00+01:00', fileContentLength: 100, publicatieId: null, publicatieGewijzigdOp: null, xmlSha256: null, fileVersieId: null };
    expect(fileIsCurrent(state, { Id: 'd', GewijzigdOp: '2024-01-01T10:00:00+01:00', ContentLength: 100 })).toBe(true);
    expect(fileIsCurrent(state, { Id: 'd', GewijzigdOp: '2024-01-02T10:00:00+01:00', ContentLength: 100 })).toBe(false);
    expect(fileIsCurrent(state, { Id: 'd', GewijzigdOp: '2024-01-01T10:00:00+01:00', ContentLength: 101 })).toBe(false);
    expect(fileIsCurrent(null, { Id: 'd' })).toBe(false);
  });

  it('knows the soorten, the XML publication of a real document and the kind of real files', () => {
    expect([soortOf('Motie'), soortOf('Motie (gewijzigd/nader)'), soortOf('Brief regering'), soortOf(null)]).toEqual(['motie', 'motie', 'brief', 'overig']);
    const zaak = JSON.parse(readFileSync('fixtures/corpus/odata/zaak-with-documents/004afd64-ceca-4aa7-bdc7-f54604cfc4fa.json', 'utf8')) as { Document: Parameters<typeof xmlPublicatie>[0][] };
    expect(xmlPublicatie(zaak.Document[0]!)?.Id).toBe('37b00c53-3686-43b1-b461-01086c45c5bd');
    expect(kindOf(tinyPdf('x'), null)).toBe('pdf');
    expect(kindOf(readFileSync('fixtures/corpus/pdf/motie/0787ced2-629a-4d32-ab8f-4b97a7680248.docx'), 'application/pdf')).toBe('docx');
    expect(kindOf(readFileSync('fixtures/corpus/pdf/motie/ca71487f-866a-43aa-a9d5-ec3e2c3a236c.doc'), null)).toBe('doc');
    expect(kindOf(Buffer.from('<?xml version="1.0"?>'), 'application/xml')).toBe('xml');
  });
});
