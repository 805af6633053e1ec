import { renderLetterPage } from '../../publish/html/letterPage.js';
import type { MotionSummary } from '../../publish/model.js';
import type { LetterEntry } from '../../publish/overviewPages.js';
import { letterSearchRecord, type SearchRecord } from '../../publish/pagefindIndex.js';
import { listDocuments } from '../../store/documentRepo.js';
import { getPublishedSummaryJson } from '../../store/publishRepo.js';
import { loadLetterView } from '../views.js';
import type { BuildContext } from './context.js';

/** Renders every letter page; returns the overview entries and search records of the letters. */
export function writeLetters({ db, site }: BuildContext): { entries: LetterEntry[]; records: SearchRecord[] } {
  const views = listDocuments(db, { soort: 'brief' }).map((doc) => loadLetterView(db, doc));
  // The titles of the motions the letters refer to (not of all motions: that means reading every summary).
  const titles = new Map<string, string>();
  for (const view of views) {
    for (const ref of view.references) {
      if (!ref.motieId || titles.has(ref.motieId)) continue;
      const json = getPublishedSummaryJson(db, ref.motieId);
      if (!json) continue;
      const m = JSON.parse(json) as MotionSummary;
      titles.set(m.id, m.onderwerp ?? m.titel ?? m.id);
    }
  }
  const entries: LetterEntry[] = [];
  const records: SearchRecord[] = [];
  db.transaction(() => {
    for (const view of views) {
      const doc = view.document;
      const titel = doc.onderwerp ?? view.letter?.onderwerp ?? doc.titel ?? 'Brief';
      const datum = doc.datum ?? view.letter?.datum ?? null;
      site.write(`brieven/${encodeURIComponent(doc.id)}.html`, renderLetterPage(view, titles));
      entries.push({ id: doc.id, titel, datum, motions: view.references.filter((r) => r.motieId).length });
      records.push(letterSearchRecord({ id: doc.id, titel, datum, tekst: view.text?.text ?? '', summary: view.summary }));
    }
  })();
  return { entries, records };
}
