/**
 * The plain-language figures of issue 13 over a JSONL of motions (default: the 387 moties-toegelicht corpus motions
 * in fixtures/), for rules@3 beside rules@2 and the GPT-3.5 reference texts of the same motions: words per sentence,
 * the longest sentence, Flesch-Douma, long words, loose references, summaries with a reason, prefix, one sentence,
 * faithfulness (the scores themselves: src/explain/plainLanguage.ts). The measurement only:
 * `npm run plain-language` (scripts/plain-language.ts) and `npm run eval` print it, and
 * test/explain/plainLanguage.test.ts holds rules@3 to its targets.
 */
import { readFileSync } from 'node:fs';
import type { DocumentRecord, ParsedMotion } from '../src/domain/types.js';
import type { ExplanationFields } from '../src/explain/checks.js';
import { evalSource, type EvalMotion } from '../src/explain/llm/evalMetrics.js';
import { scorePlainLanguage, type PlainLanguageInput, type PlainLanguageScores } from '../src/explain/plainLanguage.js';
import { formatExplainer } from '../src/domain/explainer.js';
import { explainWithRulesV2, RULES_V2_EXPLAINER } from '../src/explain/rules/rulesV2.js';
import { explainWithRules, RULES_EXPLAINER } from '../src/explain/rulesExplainer.js';
import { extractRendition } from '../src/extract/extractRendition.js';
import { parseMotion } from '../src/parse/motionParser.js';

export const CORPUS = 'fixtures/corpus/moties-toegelicht/moties.jsonl';

export interface CorpusExplanations {
  motion: EvalMotion;
  parsed: ParsedMotion | null;
  /** The extracted text, as the pipeline explains it. */
  text: string;
  v3: ExplanationFields | null;
  v2: ExplanationFields | null;
  gpt35: ExplanationFields | null;
}

export function readCorpus(file = CORPUS): EvalMotion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalMotion);
}

function docOf(m: EvalMotion): DocumentRecord {
  return { id: m.id, soort: 'motie', apiSoort: 'Motie', titel: m.titel, onderwerp: m.onderwerp, datum: m.datum, bronUrl: null, herkomst: 'eval', verwijderd: false };
}

/** Every corpus motion explained by rules@3 and rules@2, beside its GPT-3.5 reference texts. */
export async function explainCorpus(motions: EvalMotion[]): Promise<CorpusExplanations[]> {
  return Promise.all(
    motions.map(async (m) => {
      const text = (await extractRendition(Buffer.from(m.tekst, 'utf8'), 'txt')).text;
      const parsed = parseMotion(text, { titel: m.titel, onderwerp: m.onderwerp, datum: m.datum });
      const ok = (e: { status: string; samenvatting: string; implicatie: string } | null) =>
        e && e.status === 'ok' ? { samenvatting: e.samenvatting, implicatie: e.implicatie } : null;
      return {
        motion: m,
        parsed,
        text,
        v3: ok(parsed ? explainWithRules(parsed, docOf(m)) : null),
        v2: ok(parsed ? explainWithRulesV2(parsed, docOf(m)) : null),
        gpt35: m.samenvatting_gpt35 && m.implicatie_gpt35 ? { samenvatting: m.samenvatting_gpt35, implicatie: m.implicatie_gpt35 } : null,
      };
    }),
  );
}

export function plainLanguageScores(rows: CorpusExplanations[]): PlainLanguageScores[] {
  const inputs = (pick: (r: CorpusExplanations) => ExplanationFields | null): PlainLanguageInput[] =>
    rows.flatMap((r) => {
      const e = pick(r);
      return e ? [{ explanation: e, parsed: r.parsed, source: evalSource(r.motion) }] : [];
    });
  return [
    scorePlainLanguage(formatExplainer(RULES_EXPLAINER), inputs((r) => r.v3)),
    scorePlainLanguage(formatExplainer(RULES_V2_EXPLAINER), inputs((r) => r.v2)),
    scorePlainLanguage('GPT-3.5 references', inputs((r) => r.gpt35)),
  ];
}

