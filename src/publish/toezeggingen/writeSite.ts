import { isOpen, isOverdue } from '../../domain/toezegging.js';
import { slug } from '../html/escape.js';
import { datumNl, yearOf } from '../model.js';
import type { SearchRecord } from '../pagefindIndex.js';
import type { SiteWriter } from '../siteWriter.js';
import { dashboardFigures, dashboardHref, renderDashboard, type DashboardMotion } from './dashboard.js';
import { newItems, overdueItems, renderToezeggingFeed, statusItems, type FeedItem } from './feeds.js';
import { dayOf, recentlyFulfilled, STATUS_LABEL, titleOf, type ToezeggingEntry } from './model.js';
import { GROUP_TITLE, renderToezeggingHome, renderToezeggingListPage, renderToezeggingPage, type GroupKind } from './pages.js';

const FEED_LIMIT = 50;
const RECENT_LIMIT = 100;
const byName = new Intl.Collator('nl').compare;

/** The folders and feeds this writer owns: what it did not write in this build is removed (a deleted toezegging). */
const OWNED = ['toezeggingen/', 'wat-werd-ervan/', 'feeds/toezeggingen-'];
export const isToezeggingPath = (path: string) => OWNED.some((p) => path.startsWith(p)) || path === 'data/toezeggingen.json' || path === 'data/wat-werd-ervan.json';

/**
 * Writes the toezegging pages, their lists and group pages, the "Wat werd ervan" dashboard and the toezegging feeds
 * (issue 15). Every page is rendered each build (the Kamer has some tens of thousands of toezeggingen; the writer
 * only writes what changed). Returns the HTML paths (for the sitemap) and the search records.
 */
export function writeToezeggingSite(
  w: SiteWriter,
  o: { entries: ToezeggingEntry[]; motions: DashboardMotion[]; today: string; baseUrl: string },
): { paths: string[]; records: SearchRecord[]; figures: ReturnType<typeof dashboardFigures> } {
  const { entries, today, baseUrl } = o;
  const live = new Set<string>();
  const put = (path: string, content: string) => {
    live.add(path);
    w.write(path, content);
  };
  const feed = (path: string, title: string, htmlPath: string, items: FeedItem[]) =>
    put(path, renderToezeggingFeed({ baseUrl, path, title: `Motiemonitor: ${title}`, htmlPath }, items.sort((a, b) => (b.updated ?? '').localeCompare(a.updated ?? '')).slice(0, FEED_LIMIT)));

  for (const e of entries) put(`toezeggingen/${encodeURIComponent(e.t.id)}.html`, renderToezeggingPage(e, today));

  const open = entries.filter((e) => isOpen(e.t));
  const overdue = entries.filter((e) => isOverdue(e.t, today)).sort((a, b) => (a.t.deadline ?? '').localeCompare(b.t.deadline ?? ''));
  const fulfilled = recentlyFulfilled(entries, RECENT_LIMIT);
  put('toezeggingen/open.html', renderToezeggingListPage({ root: '../', title: 'Openstaande toezeggingen', list: open, today }));
  put('toezeggingen/te-laat.html', renderToezeggingListPage({ root: '../', title: 'Toezeggingen die te laat zijn', list: overdue, today, feed: 'feeds/toezeggingen-te-laat.xml' }));
  put('toezeggingen/voldaan.html', renderToezeggingListPage({ root: '../', title: 'Onlangs voldaan', list: fulfilled, total: fulfilled.length, today, feed: 'feeds/toezeggingen-status.xml' }));
  feed('feeds/toezeggingen-te-laat.xml', 'toezeggingen die te laat zijn', 'toezeggingen/te-laat.html', overdueItems(overdue));
  feed('feeds/toezeggingen-status.xml', 'toezeggingen voldaan of vervallen', 'toezeggingen/voldaan.html', statusItems(entries));
  feed('feeds/toezeggingen-nieuw.xml', 'nieuwe toezeggingen', 'toezeggingen/index.html', newItems(entries));

  const keys: Record<GroupKind, (e: ToezeggingEntry) => (string | null)[]> = {
    ministerie: (e) => [e.t.ministerie],
    fractie: (e) => [e.t.fractie],
    bewindspersoon: (e) => [e.t.bewindspersoon],
  };
  const groups = {} as Record<GroupKind, { name: string; count: number; open: number; teLaat: number }[]>;
  for (const kind of Object.keys(keys) as GroupKind[]) {
    const map = new Map<string, ToezeggingEntry[]>();
    for (const e of entries) for (const k of keys[kind](e)) if (k) map.set(k, [...(map.get(k) ?? []), e]);
    groups[kind] = [...map].sort((a, b) => byName(a[0], b[0])).map(([name, list]) => {
      const s = slug(name);
      const feedPath = kind === 'bewindspersoon' ? undefined : `feeds/toezeggingen-${kind}-${s}.xml`;
      put(`toezeggingen/${kind}/${s}.html`, renderToezeggingListPage({ root: '../../', title: GROUP_TITLE[kind](name), list, today, feed: feedPath }));
      if (feedPath) feed(feedPath, `nieuwe ${GROUP_TITLE[kind](name).toLowerCase()}`, `toezeggingen/${kind}/${s}.html`, newItems(list));
      return { name, count: list.length, open: list.filter((e) => isOpen(e.t)).length, teLaat: list.filter((e) => isOverdue(e.t, today)).length };
    });
  }
  put('toezeggingen/index.html', renderToezeggingHome({
    counts: {
      totaal: entries.length,
      open: open.length,
      teLaat: overdue.length,
      voldaan: entries.filter((e) => e.t.status === 'Voldaan' || e.t.status === 'Deels Voldaan').length,
      vervallen: entries.filter((e) => e.t.status === 'Vervallen').length,
    },
    groups,
    today,
  }));

  const figures = dashboardFigures(o.motions, entries.map((e) => e.t), today);
  put('wat-werd-ervan/index.html', renderDashboard(figures.kamer, figures.ministeries, today, true));
  for (const f of figures.ministeries) put(dashboardHref('', f.naam), renderDashboard(f, figures.ministeries, today, false));
  put('data/wat-werd-ervan.json', JSON.stringify({ stand: today, ...figures }, null, 1) + '\n');

  for (const prefix of OWNED) for (const path of w.known(prefix)) if (!live.has(path)) w.remove(path);
  return { paths: [...live].filter((p) => p.endsWith('.html')).sort(), records: entries.map((e) => toezeggingSearchRecord(e)), figures };
}

/** A toezegging's search record: its text, with the filters soort, status, ministerie, fractie and jaar. */
export function toezeggingSearchRecord(e: ToezeggingEntry): SearchRecord {
  const t = e.t;
  const day = dayOf(t);
  const nonEmpty = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  return {
    url: `toezeggingen/${encodeURIComponent(t.id)}.html`,
    content: [t.nummer, t.tekst, t.bewindspersoon, t.ministerie].filter(Boolean).join('\n'),
    meta: {
      title: titleOf(t),
      datum: datumNl(day),
      soort: 'toezegging',
      uitslag: t.status ? (STATUS_LABEL[t.status] ?? t.status) : 'status onbekend',
      ...(e.beloofd.tekst ? { implicatie: e.beloofd.tekst } : {}),
    },
    filters: { soort: ['toezegging'], status: nonEmpty([t.status]), ministerie: nonEmpty([t.ministerie]), fractie: nonEmpty([t.fractie]), jaar: [yearOf(day)] },
    sort: { datum: day ?? '0000-00-00' },
  };
}
