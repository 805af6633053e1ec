import { parseMotion, PARSER_VERSION } from '../parse/motionParser.js';
import type { Store } from '../store/db.js';
import { getParsedMotion, getText, listDocuments, saveParsedMotion } from '../store/documentRepo.js';
import { inputHash } from './hash.js';

export interface ParseReport {
  parsed: number;
  unchanged: number;
  notParsed: { id: string; reason: string }[];
}

/** Parses every motion whose text or metadata changed. Texts that are not motions are left unparsed, not forced. */
export function parseStage(store: Store, options: { force?: boolean; ids?: string[] } = {}, onDocument: (id: string) => void = () => {}): ParseReport {
  const report: ParseReport = { parsed: 0, unchanged: 0, notParsed: [] };
  for (const doc of listDocuments(store.db, { soort: 'motie', ids: options.ids })) {
    onDocument(doc.id);
    const text = getText(store.db, doc.id);
    if (!text) {
      report.notParsed.push({ id: doc.id, reason: 'geen tekst' });
      continue;
    }
    // The extraction moves the kst trailer out of the body; the parser takes it as a fallback.
    const meta = { titel: doc.titel, onderwerp: doc.onderwerp, datum: doc.datum, kst: text.trailer.kst };
    const key = inputHash(text.text, meta, PARSER_VERSION);
    if (!options.force && getParsedMotion(store.db, doc.id)?.inputHash === key) {
      report.unchanged++;
      continue;
    }
    const parsed = parseMotion(text.text, meta);
    if (!parsed) {
      report.notParsed.push({ id: doc.id, reason: 'geen motietekst herkend' });
      continue;
    }
    saveParsedMotion(store.db, doc.id, key, parsed);
    report.parsed++;
  }
  return report;
}
