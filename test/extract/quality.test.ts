import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractRendition } from '../../src/extract/extractRendition.js';
import { judgeText } from '../../src/extract/quality/verdict.js';

const seed = (prefix: string) => {
  const f = readdirSync('fixtures/seeds').find((n) => n.startsWith(prefix))!;
  return readFileSync(`fixtures/seeds/${f}`, 'utf8');
};
const corpus = readFileSync('fixtures/corpus/moties-toegelicht/moties.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; tekst: string });

describe('quality verdict', () => {
  it('seeds 003 and 004 (clean letters) are ok', () => {
    expect(judgeText(seed('003')).status).toBe('ok');
    expect(judgeText(seed('004')).status).toBe('ok');
  });

  it('seed 002 (interleaved layers after a clean first page) is garbled, and says why', () => {
    const v = judgeText(seed('002'));
    expect(v.status).toBe('garbled');
    expect(v.reason).toMatch(/nonsense/);
    expect(v.score).toBeLessThan(0.6);
  });

  it('no corpus motion text is garbled (OCR’d forms included); nearly all are ok', () => {
    const verdicts = corpus.map((m) => ({ id: m.id, v: judgeText(m.tekst) }));
    expect(verdicts.filter((x) => x.v.status === 'garbled')).toEqual([]);
    expect(verdicts.filter((x) => x.v.status === 'ok').length / verdicts.length).toBeGreaterThan(0.97);
  });

  it('plain text is judged, not rewritten', async () => {
    for (const m of corpus.slice(0, 40)) {
      const t = await extractRendition(Buffer.from(m.tekst, 'utf8'), 'txt');
      expect(t.text).toBe(m.tekst.replace(/\u00A0/g, ' ').replace(/[\u00AD\u200B]/g, ''));
      expect(t.engine).toBe('plain');
    }
  });

  it('finds doubled glyphs and empty text', () => {
    const doubled = 'DDiirreeccttoorraaaatt--GGeenneerraaaall  BBeellaassttiinnggddiieennsstt  '.repeat(20);
    expect(judgeText(doubled).status).toBe('garbled');
    expect(judgeText('   \n\f ').status).toBe('empty');
    expect(judgeText('12 34 56').status).toBe('empty');
  });
});
