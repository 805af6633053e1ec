import { IMPLICATIE_PREFIX } from '../../domain/types.js';
import { dataNotInstructions, neutraliseData } from '../../llm/prompting.js';
import type { PromptSet } from '../../llm/promptSet.js';
import type { ChatMessage, ChatRequest } from '../../llm/provider.js';
import { checkExplanation, CLASSIC_LIMITS, MAX_IMPLICATIE_WORDS, MAX_SAMENVATTING_WORDS, MAX_SENTENCE_WORDS, type CheckSource, type ExplanationFields } from '../checks.js';
import { parseAnswer } from './parseAnswer.js';

/** What a prompt is built from: the motion's text and the metadata shown beside it. */
export interface MotionInput {
  titel: string | null;
  onderwerp: string | null;
  datum: string | null;
  indieners: string[];
  text: string;
}

/** The motions' prompt sets: built from a motion, answered with samenvatting + implicatie, judged by `checks.ts`. */
export type MotionPromptSet = PromptSet<MotionInput, ExplanationFields, CheckSource>;

export type PromptName = 'default' | 'classic';

/** A motion longer than this is cut: motions are short (median 1 000 characters); this only bounds cost. */
const MAX_TEXT_CHARS = 12_000;
const BEGIN = '<<<MOTIE>>>';
const END = '<<<EINDE MOTIE>>>';

/**
 * default-v2 (issue 13): plain Dutch at taalniveau B1, as rules@3 writes it; the checks (checks@3) hold the answer to
 * the same limits: no summary sentence over ${MAX_SENTENCE_WORDS} words, an implication of at most
 * ${MAX_IMPLICATIE_WORDS} words, no loose references.
 */
const SYSTEM = [
  'Je legt moties van de Tweede Kamer uit aan burgers, in gewone taal (taalniveau B1) en zakelijk.',
  ...dataNotInstructions('één motie', 'uit te leggen', BEGIN, END),
  'Antwoord uitsluitend met een JSON-object met precies twee velden, "samenvatting" en "implicatie", beide tekst.',
  `- samenvatting: een paar korte zinnen, samen hoogstens ${MAX_SAMENVATTING_WORDS} woorden: wie de motie indient, wat de motie vraagt (één zin per verzoek) en waarom (de aanleiding uit de overwegingen, te beginnen met "Aanleiding:").`,
  `- implicatie: één zin van hoogstens ${MAX_IMPLICATIE_WORDS} woorden die begint met "${IMPLICATIE_PREFIX}" en zegt wat de regering (of wie de motie aanspreekt) dan moet doen.`,
  `- Korte zinnen: gemiddeld 15 woorden, nooit meer dan ${MAX_SENTENCE_WORDS}. Gewone woorden: "vraagt" in plaats van "verzoekt", "om" in plaats van "teneinde".`,
  '- Geen losse verwijzingen: schrijf niet "deze ambtenaren" of "dit voorstel" als je niet eerst zegt wie of wat dat is.',
  '- Noem alleen namen, partijen, getallen, data en bedragen die letterlijk in de motie of de gegevens staan.',
  '- Zeg niet of de motie is aangenomen of verworpen: dat staat niet in de motie.',
  '- Geen HTML, Markdown, links of andere opmaak.',
].join('\n');

const SCHEMA = {
  name: 'uitleg',
  schema: {
    type: 'object',
    properties: { samenvatting: { type: 'string' }, implicatie: { type: 'string' } },
    required: ['samenvatting', 'implicatie'],
    additionalProperties: false,
  },
};

/** The motion as delimited data: the markers cannot be forged from inside the text, control characters go. */
function motionData(input: MotionInput): string {
  const clean = neutraliseData;
  const text = clean(input.text).slice(0, MAX_TEXT_CHARS);
  const meta = [
    input.titel && `Titel: ${clean(input.titel)}`,
    input.onderwerp && `Onderwerp: ${clean(input.onderwerp)}`,
    input.datum && `Datum: ${input.datum}`,
    input.indieners.length > 0 && `Indieners: ${input.indieners.map(clean).join(', ')}`,
  ].filter(Boolean);
  return `${meta.join('\n')}\n\n${BEGIN}\n${text}\n${END}`;
}

/** One request per motion, both fields as JSON. default-v1 asked for up to 50/80 words; default-v2 for plain Dutch (B1). */
export const defaultPrompt: MotionPromptSet = {
  version: 'default-v2',
  requests(input) {
    const messages: ChatMessage[] = [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: motionData(input) },
    ];
    return [{ name: 'json', request: { messages, temperature: 0.2, maxTokens: 400, jsonSchema: SCHEMA } }];
  },
  combine(answers) {
    const parsed = parseAnswer(answers[0] ?? '');
    return parsed.ok ? { ok: true, fields: parsed.fields } : { ok: false, reason: parsed.reason };
  },
  check: checkExplanation,
};

/** The two prompts of moties-toegelicht (seeds 000/001), word for word, trailing space included; for comparison only. */
export const CLASSIC_PROMPT_SAMENVATTING = 'Samenvatting van bovenstaande motie, kort en bondig:';
export const CLASSIC_PROMPT_IMPLICATIES =
  "De gevolgen / implicaties van deze motie in 1 korte zin samengevat, beginnend met 'Als de motie wordt aangenomen dan' ";

/** Two requests per motion, as moties-toegelicht sent them: onderwerp, text and the question, at temperature 0.3. */
export const classicPrompt: MotionPromptSet = {
  version: 'classic-v1',
  requests(input) {
    const ask = (suffix: string, maxTokens: number): ChatRequest => ({
      messages: [{ role: 'user', content: `${input.onderwerp ?? ''}\n\n${input.text.slice(0, MAX_TEXT_CHARS)}\n\n${suffix}` }],
      temperature: 0.3,
      maxTokens,
    });
    return [
      { name: 'samenvatting', request: ask(CLASSIC_PROMPT_SAMENVATTING, 180) },
      { name: 'implicatie', request: ask(CLASSIC_PROMPT_IMPLICATIES, 100) },
    ];
  },
  combine(answers) {
    const [samenvatting = '', implicatie = ''] = answers.map((a) => a.trim());
    if (!samenvatting || !implicatie) return { ok: false, reason: 'leeg antwoord' };
    return { ok: true, fields: { samenvatting, implicatie } };
  },
  // The seed site's prompts ask for neither B1 nor short sentences: they are judged by the limits of checks@2.
  check: (fields, source) => checkExplanation(fields, source, CLASSIC_LIMITS),
};

export function promptSet(name: PromptName): MotionPromptSet {
  return name === 'classic' ? classicPrompt : defaultPrompt;
}
