import { UNREADABLE_STATUSES, type ExtractedText } from '../../domain/types.js';
import { checkSummary, MAX_SAMENVATTING_WORDS, type CheckSource } from '../../explain/checks.js';
import { answerFields, tidy } from '../../llm/answer.js';
import { dataNotInstructions, neutraliseData } from '../../llm/prompting.js';
import type { PromptSet } from '../../llm/promptSet.js';
import type { ChatMessage } from '../../llm/provider.js';
import { looksGarbled } from '../garbled.js';

/**
 * The LLM letter summary: one request per letter for `{"samenvatting": …}`, judged by the same checks as a motion's
 * summary (`checkSummary`) against the letter's own text. Everything else (provider, cache, 429 gate, retry with the
 * problems, call log) is the shared LLM machinery in `llm/`.
 */

/** What the prompt is built from: the parsed letter's metadata and its body (letterhead dropped), footnotes appended. */
export interface LetterInput {
  onderwerp: string | null;
  datum: string | null;
  afzender: string | null;
  ondertekenaar: string | null;
  text: string;
}

export interface LetterSummaryFields {
  samenvatting: string;
}

/**
 * Why a letter's text is never sent to the model, or null when it may be: an unreadable or garbled text gives a summary
 * of what the model made of the noise, not of what the letter says (its rules summary is null too).
 */
export function notSentToModel(text: ExtractedText | null): string | null {
  if (!text || UNREADABLE_STATUSES.has(text.verdict.status)) return `tekst ${text ? text.verdict.status : 'garbled'}`;
  return looksGarbled(text.text) ? 'tekst garbled' : null;
}

/** Letters are longer than motions (a Raad report runs to 20 000 characters); the opening pages say what it is about. */
const MAX_LETTER_CHARS = 16_000;
const BEGIN = '<<<BRIEF>>>';
const END = '<<<EINDE BRIEF>>>';

const SYSTEM = [
  'Je vat brieven van de regering aan de Tweede Kamer samen voor burgers, in eenvoudig en zakelijk Nederlands.',
  ...dataNotInstructions('één brief', 'samen te vatten', BEGIN, END),
  'Antwoord uitsluitend met een JSON-object met precies één veld, "samenvatting", een tekst.',
  `- samenvatting: hoogstens ${MAX_SAMENVATTING_WORDS} woorden: wat de brief meldt over het onderwerp en over de moties die erin genoemd worden.`,
  '- Noem alleen namen, partijen, getallen, data en bedragen die letterlijk in de brief of de gegevens staan.',
  '- Geen HTML, Markdown, links of andere opmaak.',
].join('\n');

const SCHEMA = {
  name: 'briefsamenvatting',
  schema: {
    type: 'object',
    properties: { samenvatting: { type: 'string' } },
    required: ['samenvatting'],
    additionalProperties: false,
  },
};

function letterData(input: LetterInput): string {
  const meta = [
    input.onderwerp && `Onderwerp: ${neutraliseData(input.onderwerp)}`,
    input.datum && `Datum: ${input.datum}`,
    input.afzender && `Afzender: ${neutraliseData(input.afzender)}`,
    input.ondertekenaar && `Ondertekenaar: ${neutraliseData(input.ondertekenaar)}`,
  ].filter(Boolean);
  return `${meta.join('\n')}\n\n${BEGIN}\n${neutraliseData(input.text).slice(0, MAX_LETTER_CHARS)}\n${END}`;
}

export const letterPrompt = {
  version: 'letter-v1',
  requests(input) {
    const messages: ChatMessage[] = [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: letterData(input) },
    ];
    return [{ name: 'json', request: { messages, temperature: 0.2, maxTokens: 300, jsonSchema: SCHEMA } }];
  },
  combine(answers) {
    const found = answerFields(answers[0] ?? '');
    if (!found.ok) return found;
    const samenvatting = found.fields.get('samenvatting');
    if (typeof samenvatting !== 'string') return { ok: false, reason: 'JSON zonder tekstveld "samenvatting"' };
    return { ok: true, fields: { samenvatting: tidy(samenvatting) } };
  },
  check: (fields, source) => checkSummary(fields.samenvatting, source, 'de brief'),
} satisfies PromptSet<LetterInput, LetterSummaryFields, CheckSource>;
