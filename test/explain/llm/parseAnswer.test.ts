import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../src/explain/llm/parseAnswer.js';
import { MAX_ANSWER_CHARS } from '../../../src/llm/answer.js';

const fields = { samenvatting: 'De Kamer verzoekt de regering iets.', implicatie: 'Als de motie wordt aangenomen, dan gebeurt het.' };

describe('parseAnswer', () => {
  it('reads plain JSON, fenced JSON and JSON after prose', () => {
    const json = JSON.stringify(fields);
    expect(parseAnswer(json)).toEqual({ ok: true, fields });
    expect(parseAnswer('```json\n' + json + '\n```')).toEqual({ ok: true, fields });
    expect(parseAnswer(`Zeker, hier is het {niet dit}: ${json} Succes!`)).toEqual({ ok: true, fields });
    expect(parseAnswer(JSON.stringify({ Samenvatting: ' De  Kamer\nverzoekt. ', Implicaties: 'Als.' }))).toEqual({
      ok: true,
      fields: { samenvatting: 'De Kamer verzoekt.', implicatie: 'Als.' },
    });
  });

  it('keeps braces inside strings', () => {
    const tricky = { samenvatting: 'De Kamer {verzoekt} "iets".', implicatie: 'Als } dan.' };
    expect(parseAnswer(`Antwoord: ${JSON.stringify(tricky)}`)).toEqual({ ok: true, fields: tricky });
  });

  it('gives a reason for what it cannot use', () => {
    expect(parseAnswer('{"samenvatting": "De Kamer')).toEqual({ ok: false, reason: 'antwoord is geen JSON-object' });
    expect(parseAnswer('[1, 2]')).toEqual({ ok: false, reason: 'antwoord is geen JSON-object' });
    expect(parseAnswer('{"samenvatting": 3, "implicatie": "x"}')).toEqual({ ok: false, reason: 'JSON zonder tekstvelden "samenvatting" en "implicatie"' });
    expect(parseAnswer('x'.repeat(MAX_ANSWER_CHARS + 1))).toEqual({ ok: false, reason: `antwoord te lang (${MAX_ANSWER_CHARS + 1} tekens)` });
  });
});
