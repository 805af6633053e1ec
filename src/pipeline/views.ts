import type { DocumentRecord, LetterView, MotionView } from '../domain/types.js';
import { chooseExplanation } from '../explain/chooseExplanation.js';
import { buildLifecycle } from '../link/lifecycle.js';
import { themesFor } from '../publish/themes.js';
import type { Db } from '../store/db.js';
import { getExplanations, getImportedPage, getParsedMotion, getText } from '../store/documentRepo.js';
import { getAnsweringLetters, getParsedLetter, getReferences } from '../store/linkRepo.js';
import { loadMotionZaak } from './motionZaak.js';
import { listToezeggingen, motionsByActiviteit, motionsByLetter, toezeggingenForMotion, zaakDossierOf } from '../store/toezeggingRepo.js';
import { getPublishedSummaryJson } from '../store/publishRepo.js';
import { explainToezegging } from '../explain/toezeggingExplainer.js';
import type { MotionSummary } from '../publish/model.js';
import type { ToezeggingEntry } from '../publish/toezeggingen/model.js';

/** Assembles everything known about one motion from the store, for the site, the API and the export. */
export function loadMotionView(db: Db, document: DocumentRecord): MotionView {
  const text = getText(db, document.id);
  const parsed = getParsedMotion(db, document.id);
  const zaak = loadMotionZaak(db, document.id);
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
    toezeggingen: toezeggingenForMotion(db, document.id),
    zaakDossier: zaakDossierOf(db, document.id),
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

/**
 * Every toezegging with its one-line explanation and the motions beside it: those voted in the same debate
 * (Besluit → Agendapunt → Activiteit) and those answered by a letter that fulfils it; from the published summaries,
 * so call this after the motions of a build are stored.
 */
export function loadToezeggingEntries(db: Db): ToezeggingEntry[] {
  const list = listToezeggingen(db);
  const byActiviteit = motionsByActiviteit(db);
  const byLetter = motionsByLetter(db, list.flatMap((t) => t.brieven.map((b) => b.documentId).filter((id): id is string => !!id)));
  const summaries = new Map<string, MotionSummary | null>();
  const summary = (id: string): MotionSummary | null => {
    if (!summaries.has(id)) {
      const json = getPublishedSummaryJson(db, id);
      summaries.set(id, json ? (JSON.parse(json) as MotionSummary) : null);
    }
    return summaries.get(id)!;
  };
  const newest = (ids: string[]) => [...new Set(ids)].map(summary).filter((m): m is MotionSummary => !!m).sort((a, b) => (b.datum ?? '').localeCompare(a.datum ?? '') || a.id.localeCompare(b.id));
  return list.map((t) => {
    const debat = newest(t.activiteit ? (byActiviteit.get(t.activiteit.id) ?? []) : []);
    const inDebat = new Set(debat.map((m) => m.id));
    const brief = newest(t.brieven.flatMap((b) => (b.documentId ? (byLetter.get(b.documentId) ?? []) : []))).filter((m) => !inDebat.has(m.id));
    return { t, beloofd: explainToezegging(t.tekst), debatMoties: debat, briefMoties: brief };
  });
}
