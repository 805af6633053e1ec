import type { DocumentRecord, LetterView, MotionView } from '../domain/types.js';
import { chooseExplanation } from '../explain/chooseExplanation.js';
import { buildLifecycle } from '../link/lifecycle.js';
import { themesFor } from '../publish/themes.js';
import type { Db } from '../store/db.js';
import {
  getExplanations,
  getImportedPage,
  getParsedMotion,
  getText,
  listDocuments,
} from '../store/documentRepo.js';
import { getAnsweringLetters, getParsedLetter, getReferences } from '../store/linkRepo.js';
import { getMotionZaak } from '../store/tkRepo.js';

/** Assembles everything known about one motion from the store, for the site, the API and the export. */
export function loadMotionView(db: Db, document: DocumentRecord): MotionView {
  const text = getText(db, document.id);
  const parsed = getParsedMotion(db, document.id);
  const zaak = getMotionZaak(db, document.id);
  const letters = getAnsweringLetters(db, document.id);
  return {
    document,
    text,
    parsed,
    explanation: chooseExplanation(getExplanations(db, document.id)),
    importedPage: getImportedPage(db, document.id),
    zaak,
    letters,
    lifecycle: buildLifecycle({ document, parsed, zaak, letters }),
    themes: themesFor({ titel: document.titel, onderwerp: document.onderwerp, tekst: text?.text ?? '' }),
  };
}

export function loadLetterView(db: Db, document: DocumentRecord): LetterView {
  const parsed = getParsedLetter(db, document.id);
  return {
    document,
    text: getText(db, document.id),
    letter: parsed?.letter ?? null,
    summary: parsed?.summary ?? null,
    summaryBron: parsed?.summaryBron ?? null,
    references: getReferences(db, document.id),
  };
}

/** All motions, newest first, one at a time (the site and export stream them). */
export function* motionViews(db: Db, ids?: string[]): Generator<MotionView> {
  for (const doc of listDocuments(db, { soort: 'motie', ids })) yield loadMotionView(db, doc);
}
