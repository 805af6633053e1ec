import { answerFields, tidy } from '../../llm/answer.js';
import type { ExplanationFields } from '../checks.js';

export type ParsedAnswer = { ok: true; fields: ExplanationFields } | { ok: false; reason: string };

/**
 * `{samenvatting, implicatie}` out of a model's answer. Servers without JSON mode wrap the object in prose or in
 * a ```json fence; the first balanced object that parses is taken. Anything else is a clear reason, never a guess.
 */
export function parseAnswer(content: string): ParsedAnswer {
  const found = answerFields(content);
  if (!found.ok) return found;
  const fields = found.fields;
  const samenvatting = fields.get('samenvatting');
  const implicatie = fields.get('implicatie') ?? fields.get('implicaties');
  if (typeof samenvatting !== 'string' || typeof implicatie !== 'string') {
    return { ok: false, reason: 'JSON zonder tekstvelden "samenvatting" en "implicatie"' };
  }
  return { ok: true, fields: { samenvatting: tidy(samenvatting), implicatie: tidy(implicatie) } };
}
