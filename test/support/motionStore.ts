import type { ParsedMotion } from '../../src/domain/types.js';
import type { Store } from '../../src/store/db.js';
import { saveParsedMotion, saveText, upsertDocument } from '../../src/store/documentRepo.js';
import { corpusMotions, type CorpusMotion } from './corpus.js';

/** A real motion from the moties-toegelicht corpus (Omtzigt c.s., kst-25087-309). */
export const OMTZIGT_ID = '00c5c4d7-c14f-496b-816a-3800c4a0261c';

/** A good answer for the Omtzigt motion: every name in it is in the motion. */
export const GOOD = {
  samenvatting:
    'De Kamer verzoekt de regering de aanbeveling van de commissie-Ter Haar over de aanvullende CFC-maatregel alsnog uit te voeren, zoals afgesproken in het coalitieakkoord.',
  implicatie:
    'Als de motie wordt aangenomen, dan moet de regering de aanbeveling van de commissie-Ter Haar over de CFC-maatregel alsnog uitvoeren.',
};

/**
 * Puts a motion in the store as the extract and parse stages would have left it (text `ok`, a parse),
 * without depending on the parser: these tests are about the LLM path.
 */
export function addMotion(store: Store, m: { id: string; titel: string; onderwerp: string; tekst: string; datum: string }, indieners = ['Omtzigt']): void {
  upsertDocument(store.db, {
    id: m.id,
    soort: 'motie',
    apiSoort: 'Motie',
    titel: m.titel,
    onderwerp: m.onderwerp,
    datum: m.datum,
    bronUrl: null,
    herkomst: 'test',
    verwijderd: false,
  });
  saveText(store.db, m.id, 'test', {
    text: m.tekst,
    verdict: { status: 'ok', score: 1, reason: 'test' },
    engine: 'plain',
    rendition: 'txt',
    pages: 1,
    footnotes: [],
    letterhead: null,
    trailer: { kst: null, issn: null },
  });
  const dictum = /verzoekt[\s\S]*?(?=,\s*en gaat over|$)/.exec(m.tekst)?.[0] ?? 'verzoekt de regering iets te doen';
  const parsed: ParsedMotion = {
    kamerstuk: null,
    kst: null,
    vergaderjaar: null,
    titel: m.titel,
    kop: null,
    gewijzigd: false,
    indieners,
    cs: false,
    ondertekenaars: indieners,
    datum: m.datum,
    voorgesteld: null,
    considerations: [],
    operative: [{ kind: 'verzoekt', text: dictum.replace(/\s+/g, ' '), addressee: 'de regering' }],
    warnings: [],
  };
  saveParsedMotion(store.db, m.id, `test:${m.id}`, parsed);
}

export function omtzigt(): CorpusMotion {
  return corpusMotions().find((m) => m.id === OMTZIGT_ID)!;
}
