import { isFulfilled, isOverdue, settledOn, type Toezegging } from '../../domain/toezegging.js';
import type { Beloofd } from '../../explain/toezeggingExplainer.js';
import type { MotionSummary } from '../model.js';

/** What the toezegging pages, lists, feeds and the dashboard need of one toezegging. */
export interface ToezeggingEntry {
  t: Toezegging;
  beloofd: Beloofd;
  /** Motions voted in the same debate (activiteit), newest first. */
  debatMoties: MotionSummary[];
  /** Motions answered by a letter that fulfils it. */
  briefMoties: MotionSummary[];
}

/** The site's word for each status (the API's spelling stays in the export and the API). */
export const STATUS_LABEL: Record<string, string> = {
  Openstaand: 'Openstaand',
  Voldaan: 'Voldaan',
  'Deels Voldaan': 'Deels voldaan',
  Vervallen: 'Vervallen',
};

export type Stand = 'te-laat' | 'open' | 'voldaan' | 'deels' | 'vervallen' | 'onbekend';

/** Where a toezegging stands on `today`: overdue is an open one past its deadline. */
export function standOf(t: Toezegging, today: string): Stand {
  if (isOverdue(t, today)) return 'te-laat';
  switch (t.status) {
    case 'Openstaand': return 'open';
    case 'Voldaan': return 'voldaan';
    case 'Deels Voldaan': return 'deels';
    case 'Vervallen': return 'vervallen';
    default: return 'onbekend';
  }
}

export const STAND_LABEL: Record<Stand, string> = {
  'te-laat': 'Te laat',
  open: 'Openstaand',
  voldaan: 'Voldaan',
  deels: 'Deels voldaan',
  vervallen: 'Vervallen',
  onbekend: 'Status onbekend',
};

/** The toezegging's title in lists: its nummer, else a cut of the text. */
export function titleOf(t: Toezegging): string {
  const text = (t.tekst ?? '').replace(/\s+/g, ' ').trim();
  const cut = text.length > 110 ? `${text.slice(0, 107).replace(/\s+\S*$/, '')}…` : text;
  return cut || t.nummer || t.id;
}

/** The day a toezegging is listed by: when it was made (aanmaakdatum), else its debate's day, else its last change. */
export function dayOf(t: Toezegging): string | null {
  return (t.aanmaakdatum ?? t.activiteit?.dag ?? t.gewijzigdOp)?.slice(0, 10) ?? null;
}

/** Fulfilled ones, by the day they were settled, newest first. */
export function recentlyFulfilled(list: ToezeggingEntry[], limit: number): ToezeggingEntry[] {
  return list
    .filter((e) => isFulfilled(e.t))
    .sort((a, b) => (settledOn(b.t) ?? '').localeCompare(settledOn(a.t) ?? '') || a.t.id.localeCompare(b.t.id))
    .slice(0, limit);
}
