import { settledOn } from '../../domain/toezegging.js';
import { renderFeed, type FeedOptions } from '../feeds/atom.js';
import { dayOf, STATUS_LABEL, titleOf, type ToezeggingEntry } from './model.js';

/** One Atom entry: its date decides the feed's order and the feed's own `updated`. */
export interface FeedItem {
  e: ToezeggingEntry;
  /** YYYY-MM-DD or an instant. */
  updated: string | null;
  /** Shown before the title ("Voldaan: …"), for the status feed. */
  prefix?: string;
  /** Makes the entry id unique when one toezegging has several entries (status changes). */
  idSuffix?: string;
}

const iso = (d: string | null): string => {
  if (!d) return '1970-01-01T00:00:00Z';
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return `${d}T00:00:00Z`;
  const ms = Date.parse(d);
  return Number.isFinite(ms) ? new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z') : '1970-01-01T00:00:00Z';
};

/** An Atom feed of toezeggingen, newest first. */
export function renderToezeggingFeed(o: FeedOptions, items: FeedItem[]): string {
  const sorted = [...items].sort((a, b) => iso(b.updated).localeCompare(iso(a.updated)) || a.e.t.id.localeCompare(b.e.t.id));
  return renderFeed(
    o,
    sorted[0] ? iso(sorted[0].updated) : '1970-01-01T00:00:00Z',
    sorted.map(({ e, updated, prefix, idSuffix }) => {
      const url = `${o.baseUrl}toezeggingen/${encodeURIComponent(e.t.id)}.html`;
      const summary = [e.beloofd.tekst ?? e.t.tekst, e.t.deadline ? `Deadline: ${e.t.deadline}.` : null, e.t.status ? `Status: ${STATUS_LABEL[e.t.status] ?? e.t.status}.` : null].filter(Boolean).join(' ');
      return {
        id: idSuffix ? `${url}#${idSuffix}` : url,
        title: `${prefix ? `${prefix}: ` : ''}${e.t.nummer ? `${e.t.nummer} ` : ''}${titleOf(e.t)}`,
        url,
        updated: iso(updated),
        authors: [e.t.bewindspersoon ?? e.t.ministerie ?? 'onbekend'],
        summary: summary || 'Geen tekst.',
        categories: e.t.ministerie ? [e.t.ministerie] : [],
      };
    }),
  );
}

/** New toezeggingen: by the day they were made. */
export const newItems = (list: ToezeggingEntry[]): FeedItem[] => list.map((e) => ({ e, updated: dayOf(e.t) }));

/** Status changes: a toezegging fulfilled (fully or in part) or lapsed, on the day its status became so. */
export function statusItems(list: ToezeggingEntry[]): FeedItem[] {
  const out: FeedItem[] = [];
  for (const e of list) {
    // Numbered by their place in the history, so that an entry keeps its id when later changes come.
    const history = e.t.statusHistorie.length ? e.t.statusHistorie : e.t.status ? [{ van: null, naar: e.t.status, op: settledOn(e.t) }] : [];
    history.forEach((h, i) => {
      if (h.naar === 'Openstaand') return;
      out.push({ e, updated: h.op ?? settledOn(e.t), prefix: STATUS_LABEL[h.naar] ?? h.naar, idSuffix: `status-${i + 1}-${h.naar.replace(/\s+/g, '-').toLowerCase()}` });
    });
  }
  return out;
}

/** Overdue: on the day the deadline passed (the day after it). */
export function overdueItems(list: ToezeggingEntry[]): FeedItem[] {
  return list.map((e) => ({ e, updated: e.t.deadline ? new Date(Date.parse(`${e.t.deadline}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : null, prefix: 'Te laat' }));
}
