import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** A motion of fixtures/corpus/moties-toegelicht/moties.jsonl, with the GPT-3.5 texts that site published. */
export interface CorpusMotion {
  id: string;
  titel: string;
  onderwerp: string;
  tekst: string;
  datum: string;
  samenvatting_gpt35: string;
  implicatie_gpt35: string;
}

let corpus: readonly CorpusMotion[] | null = null;

/** Every corpus motion, in file order (read once). */
export function corpusMotions(): readonly CorpusMotion[] {
  corpus ??= readFileSync(join(FIXTURES, 'corpus', 'moties-toegelicht', 'moties.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusMotion);
  return corpus;
}

/** One corpus motion, by the start of its id. */
export function corpusMotion(idPrefix: string): CorpusMotion {
  const found = corpusMotions().filter((m) => m.id.startsWith(idPrefix));
  if (found.length !== 1) throw new Error(`${found.length} corpus motions start with ${idPrefix}`);
  return found[0]!;
}

export function metaOf(m: CorpusMotion) {
  return { onderwerp: m.onderwerp, datum: m.datum, titel: m.titel };
}

/** The "## Orginele text:" section of a seed page (fixtures/seeds/000_*.txt), i.e. the motion text. */
export function seedMotionText(n: '000' | '001'): string {
  const page = seedFile(n);
  return page.slice(page.indexOf('## Orginele text:') + '## Orginele text:'.length, page.indexOf('## Prompt samenvatting:'));
}

/** A seed page of fixtures/seeds/, by its number. */
export function seedFile(n: string): string {
  const file = readdirSync(join(FIXTURES, 'seeds')).find((f) => f.startsWith(`${n}_`))!;
  return readFileSync(join(FIXTURES, 'seeds', file), 'utf8');
}
