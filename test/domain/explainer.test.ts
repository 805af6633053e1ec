import { describe, expect, it } from 'vitest';
import { formatExplainer, formatStatus, parseExplainer, parseStatus, withFallbackReason, type Explainer } from '../../src/domain/explainer.js';
import { upsertDocument, getExplanations, saveExplanation } from '../../src/store/documentRepo.js';
import { tempStore } from '../support/tempStore.js';

/** Every form of label Motiemonitor has written to `explanations.explainer` and `letters.llm_explainer`. */
const STORED: [string, Explainer][] = [
  ['rules@3', { family: 'rules', version: '3', fallbackReason: null }],
  ['rules@1', { family: 'rules', version: '1', fallbackReason: null }],
  ['rules', { family: 'rules', version: null, fallbackReason: null }],
  ['imported', { family: 'imported' }],
  ['openai:gpt-4o-mini@default-v2', { family: 'llm', provider: 'openai', model: 'gpt-4o-mini', version: 'default-v2' }],
  // Ollama's model names hold a colon; a model may even hold an @: the prompt version is after the last one.
  ['openai:llama3.1:8b@letter-v1', { family: 'llm', provider: 'openai', model: 'llama3.1:8b', version: 'letter-v1' }],
  ['openai:org@model@classic-v1', { family: 'llm', provider: 'openai', model: 'org@model', version: 'classic-v1' }],
  [
    'rules@3 (llm rejected: implicatie: 2 zinnen in plaats van één; samenvatting: naam "X (Y)" niet in de motie (+1))',
    { family: 'rules', version: '3', fallbackReason: { outcome: 'rejected', reason: 'implicatie: 2 zinnen in plaats van één; samenvatting: naam "X (Y)" niet in de motie (+1)' } },
  ],
  ['rules@2 (llm failed: HTTP 500: boom)', { family: 'rules', version: '2', fallbackReason: { outcome: 'failed', reason: 'HTTP 500: boom' } }],
  ['rules (llm failed: time-out: geen antwoord binnen de tijd)', { family: 'rules', version: null, fallbackReason: { outcome: 'failed', reason: 'time-out: geen antwoord binnen de tijd' } }],
  ['rules@3 (llm rejected: )', { family: 'rules', version: '3', fallbackReason: { outcome: 'rejected', reason: '' } }],
];

describe('explainer labels', () => {
  it.each(STORED)('reads %j and writes it back unchanged', (stored, typed) => {
    expect(parseExplainer(stored)).toEqual(typed);
    expect(formatExplainer(typed)).toBe(stored);
  });

  it('refuses a label no version wrote, saying which', () => {
    for (const bad of ['', 'rules@3 (iets anders)', 'gpt', 'openai:model', 'rules@3 (llm rejected: x']) {
      expect(() => parseExplainer(bad), bad).toThrow(`explainer "${bad}"`);
    }
  });

  it('a fallback keeps the rules version and adds the reason; other explainers are left as they are', () => {
    const why = { outcome: 'rejected' as const, reason: 'te lang' };
    expect(formatExplainer(withFallbackReason(parseExplainer('rules@3'), why))).toBe('rules@3 (llm rejected: te lang)');
    expect(withFallbackReason({ family: 'imported' }, why)).toEqual({ family: 'imported' });
  });

  it('the status column: ok, or the reason itself', () => {
    expect(parseStatus('ok')).toEqual({ status: 'ok', reason: null });
    expect(parseStatus('tekst onleesbaar: geen tekstlaag')).toEqual({ status: 'not-explained', reason: 'tekst onleesbaar: geen tekstlaag' });
    for (const s of ['ok', 'geen dictum gevonden', 'niet uitgelegd (llm failed: HTTP 503)']) expect(formatStatus(parseStatus(s))).toBe(s);
  });

  it('a store written by an earlier version reads, and is written back byte for byte', () => {
    const { store, cleanup } = tempStore();
    try {
      const db = store.db;
      upsertDocument(db, { id: 'm1', soort: 'motie', apiSoort: null, titel: null, onderwerp: null, datum: null, bronUrl: null, herkomst: 'test', verwijderd: false });
      const insert = db.prepare("INSERT INTO explanations (document_id, family, explainer, samenvatting, implicatie, status, bron, input_hash, created_at) VALUES ('m1', ?, ?, 's', 'i', ?, NULL, 'h', 't')");
      insert.run('rules', 'rules@1', 'geen dictum gevonden');
      insert.run('llm', 'rules@1 (llm rejected: implicatie: te lang)', 'ok');
      const raw = () => db.prepare("SELECT family, explainer, status FROM explanations WHERE document_id = 'm1' ORDER BY family").all();
      const before = raw();
      const rows = getExplanations(db, 'm1');
      expect(rows.map((r) => [r.family, r.explainer.family, r.status, r.reason])).toEqual([
        ['llm', 'rules', 'ok', null],
        ['rules', 'rules', 'not-explained', 'geen dictum gevonden'],
      ]);
      for (const r of rows) saveExplanation(db, 'm1', r.family, r.inputHash, r);
      expect(raw()).toEqual(before);
    } finally {
      cleanup();
    }
  });
});
