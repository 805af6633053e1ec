import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { detectSoort } from '../../src/domain/documentKind.js';
import { FIXTURES, seedFile, seedMotionText } from '../support/corpus.js';

describe('detectSoort', () => {
  it('the seed motions are motions', () => {
    expect(detectSoort(seedMotionText('000'))).toBe('motie');
    expect(detectSoort(seedMotionText('001'))).toBe('motie');
  });

  it.each(['002', '003', '004'])('seed %s is a letter (002 is garbled, 004 cites a motion)', (n) => {
    expect(detectSoort(seedFile(n))).toBe('brief');
  });

  it('every letter and Kamervragen answer in fixtures/corpus/brieven is a letter', () => {
    const dir = join(FIXTURES, 'corpus', 'brieven');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const f of files) expect([f, detectSoort(readFileSync(join(dir, f), 'utf8'))]).toEqual([f, 'brief']);
  });

  it('every motion text of moties-toegelicht is a motion, also the OCR form whose body is noise', () => {
    const lines = readFileSync(join(FIXTURES, 'corpus', 'moties-toegelicht', 'moties.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
    const notMotie = lines.map((l) => JSON.parse(l) as { id: string; tekst: string }).filter((m) => detectSoort(m.tekst) !== 'motie');
    expect(notMotie.map((m) => m.id)).toEqual([]);
    expect(lines.length).toBe(387);
  });

  it('a minister\'s DOCX letter is a letter', async () => {
    const dir = join(FIXTURES, 'corpus', 'pdf', 'brief-docx');
    const file = readdirSync(dir).find((f) => f.endsWith('.docx'))!;
    const { value } = await mammoth.extractRawText({ path: join(dir, file) });
    expect(detectSoort(value)).toBe('brief');
  });

  it('text without motion heading or letter furniture is something else', () => {
    expect(detectSoort('Agendapunt: Rondvraag\nBesluit: Conform.\nAgendapunt: Vaststelling besluitenlijst')).toBe('overig');
    expect(detectSoort('')).toBe('overig');
  });
});
