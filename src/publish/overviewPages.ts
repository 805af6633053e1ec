import { renderAtomFeed } from './feeds/atom.js';
import { renderSitemap } from './feeds/sitemap.js';
import { FAVICON_SVG, STYLE_CSS, SEARCH_JS } from './html/assets.js';
import { dossierHref, fractieHref, lidHref, themaHref } from './html/components.js';
import { escXml, html, slug } from './html/escape.js';
import { fractieIntro, LIST_LIMIT, renderGroupPage, renderHome, renderIndexPage, themesIntro, type FractieStats } from './html/listPages.js';
import { renderSearchPage } from './html/searchPage.js';
import { renderUitleg } from './html/uitlegPage.js';
import { renderGlossaryPage } from './html/glossaryPage.js';
import { layout } from './html/layout.js';
import { datumNl, yearOf, type MotionSummary } from './model.js';
import type { SiteWriter } from './siteWriter.js';

const FEED_LIMIT = 50;
/** Collators made once: localeCompare(b, 'nl') builds one per call, which costs seconds over thousands of names. */
const byName = new Intl.Collator('nl').compare;
const byNumberedName = new Intl.Collator('nl', { numeric: true }).compare;
const SITEMAP_LIMIT = 40_000;

export interface LetterEntry {
  id: string;
  titel: string;
  datum: string | null;
  motions: number;
}

/** The kinds of group page and which groups a motion belongs to. */
export const GROUP_KEYS = {
  fracties: (m: MotionSummary) => m.indieners.map((i) => i.fractie),
  leden: (m: MotionSummary) => m.indieners.map((i) => i.naam),
  dossiers: (m: MotionSummary) => [m.dossier],
  themas: (m: MotionSummary) => m.themes,
  archief: (m: MotionSummary) => [m.datum ? m.datum.slice(0, 7) : 'onbekend'],
} satisfies Record<string, (m: MotionSummary) => (string | null)[]>;
export type GroupKind = keyof typeof GROUP_KEYS;

/** The groups whose pages can change when these motions (before and after a change) change. */
export function affectedGroups(touched: MotionSummary[]): Map<GroupKind, Set<string>> {
  const out = new Map<GroupKind, Set<string>>();
  for (const kind of Object.keys(GROUP_KEYS) as GroupKind[]) {
    const keys = new Set<string>();
    for (const m of touched) for (const k of GROUP_KEYS[kind](m)) if (k) keys.add(k);
    out.set(kind, keys);
  }
  return out;
}

/** Groups motions (newest first) by a key function that may give several keys. */
function groupBy(motions: MotionSummary[], keys: (m: MotionSummary) => (string | null)[]): Map<string, MotionSummary[]> {
  const groups = new Map<string, MotionSummary[]>();
  for (const m of motions) {
    for (const k of new Set(keys(m))) {
      if (!k) continue;
      let list = groups.get(k);
      if (!list) groups.set(k, (list = []));
      list.push(m);
    }
  }
  return groups;
}

/** Writes every page made of many motions; each is only rewritten when its content changed. */
/**
 * Writes every page made of many motions; each is only rewritten when its content changed. Group pages
 * (a fractie, member, dossier, theme, month) are only rendered when one of their motions changed
 * (`affected`, or 'all') or the page is missing: at 60,000 motions, rendering them all costs seconds.
 */
export function writeOverviewPages(w: SiteWriter, o: {
  motions: MotionSummary[]; letters: LetterEntry[]; shards: string[]; baseUrl: string; affected: Map<GroupKind, Set<string>> | 'all';
  /** Pages written elsewhere that the sitemap lists too (the toezeggingen). */
  extraUrls?: string[];
  /** Ministeries for the search page's filter. */
  ministeries?: string[];
}): void {
  const { motions, baseUrl } = o;
  const live = new Set<string>();
  const put = (path: string, content: string) => {
    live.add(path);
    w.write(path, content);
  };

  put('assets/style.css', STYLE_CSS);
  put('assets/zoeken.js', SEARCH_JS);
  put('assets/favicon.svg', FAVICON_SVG);
  put('uitleg.html', renderUitleg());
  put('begrippen/index.html', renderGlossaryPage());
  put('index.html', renderHome(motions.slice(0, 30), {
    moties: motions.length,
    uitgelegd: motions.filter((m) => m.implicatie).length,
    aangenomen: motions.filter((m) => m.uitslag === 'aangenomen').length,
    verworpen: motions.filter((m) => m.uitslag === 'verworpen').length,
    brieven: o.letters.length,
  }));
  put('feeds/moties.xml', renderAtomFeed({ baseUrl, path: 'feeds/moties.xml', title: 'Motiemonitor: nieuwste moties', htmlPath: 'index.html' }, motions.slice(0, FEED_LIMIT)));

  const fracties = groupBy(motions, GROUP_KEYS.fracties);
  const leden = groupBy(motions, GROUP_KEYS.leden);
  const dossiers = groupBy(motions, GROUP_KEYS.dossiers);
  const themas = groupBy(motions, GROUP_KEYS.themas);
  const maanden = groupBy(motions, GROUP_KEYS.archief);

  const group = (kind: GroupKind, map: Map<string, MotionSummary[]>, title: (k: string) => string, filter: string | null, feed: boolean, intro?: (k: string, list: MotionSummary[]) => ReturnType<typeof html>) => {
    for (const [k, list] of map) {
      const s = slug(k);
      const feedPath = feed ? `feeds/${kind}-${s}.xml` : undefined;
      const path = `${kind}/${s}.html`;
      const wanted = o.affected === 'all' || o.affected.get(kind)?.has(k) || !w.has(path) || (feedPath !== undefined && !w.has(feedPath));
      if (!wanted) {
        live.add(path);
        w.unchanged++;
        if (feedPath) {
          live.add(feedPath);
          w.unchanged++;
        }
        continue;
      }
      put(path, renderGroupPage({
        title: title(k),
        intro: intro?.(k, list),
        motions: list.slice(0, LIST_LIMIT),
        total: list.length,
        searchQuery: filter ? `${filter}=${encodeURIComponent(k)}` : undefined,
        feed: feedPath,
      }));
      if (feedPath) put(feedPath, renderAtomFeed({ baseUrl, path: feedPath, title: `Motiemonitor: ${title(k)}`, htmlPath: `${kind}/${s}.html` }, list.slice(0, FEED_LIMIT)));
    }
  };
  const fractieStats = (k: string, list: MotionSummary[]): FractieStats => {
    const aangenomen = list.filter((m) => m.uitslag === 'aangenomen').length;
    const verworpen = list.filter((m) => m.uitslag === 'verworpen').length;
    return { fractie: k, moties: list.length, aangenomen, verworpen, overig: list.length - aangenomen - verworpen };
  };
  group('fracties', fracties, (k) => `Fractie ${k}`, 'fractie', true, (k, list) => fractieIntro(fractieStats(k, list)));
  group('leden', leden, (k) => `Moties van ${k}`, 'indiener', true);
  group('dossiers', dossiers, (k) => `Dossier ${k}`, 'dossier', true, (_k, list) => html`<p>${list[0]?.titel ?? ''}</p>`);
  group('themas', themas, (k) => `Thema: ${k}`, 'thema', false);
  group('archief', maanden, (k) => `Moties van ${k === 'onbekend' ? 'onbekende datum' : datumNl(`${k}-01`).replace(/^1 /, '')}`, null, false);

  const rate = (list: MotionSummary[]) => {
    const s = fractieStats('', list);
    const decided = s.aangenomen + s.verworpen;
    return decided ? `${Math.round((s.aangenomen / decided) * 100)}% aangenomen` : '';
  };
  const byCount = (map: Map<string, MotionSummary[]>) => [...map].sort((a, b) => b[1].length - a[1].length || byName(a[0], b[0]));
  put('fracties/index.html', renderIndexPage({ title: 'Fracties', extraHeader: 'Aangenomen', rows: byCount(fracties).map(([k, l]) => ({ name: k, href: fractieHref('', k).replace(/^fracties\//, ''), count: l.length, extra: rate(l) })) }));
  put('leden/index.html', renderIndexPage({ title: 'Kamerleden (indieners)', extraHeader: 'Fractie', rows: byCount(leden).map(([k, l]) => ({ name: k, href: lidHref('', k).replace(/^leden\//, ''), count: l.length, extra: [...new Set(l.flatMap((m) => m.indieners.filter((i) => i.naam === k).map((i) => i.fractie ?? '')))].filter(Boolean).join(', ') })) }));
  put('dossiers/index.html', renderIndexPage({ title: 'Dossiers', extraHeader: 'Titel', rows: [...dossiers].sort((a, b) => byNumberedName(a[0], b[0])).map(([k, l]) => ({ name: k, href: dossierHref('', k).replace(/^dossiers\//, ''), count: l.length, extra: l[0]?.titel ?? '' })) }));
  put('themas/index.html', renderIndexPage({ title: "Thema's", intro: themesIntro(), rows: byCount(themas).map(([k, l]) => ({ name: k, href: themaHref('', k).replace(/^themas\//, ''), count: l.length })) }));
  put('archief/index.html', renderIndexPage({ title: 'Archief per maand', rows: [...maanden].map(([k, l]) => ({ name: k, href: `${slug(k)}.html`, count: l.length })) }));
  put('brieven/index.html', layout({ root: '../', title: 'Brieven' }, html`<h1>Brieven</h1><p>Brieven van de regering die op moties ingaan.</p><ul>${o.letters.map((l) => html`<li><a href="${encodeURIComponent(l.id)}.html">${l.titel}</a> <span class="muted">${datumNl(l.datum)} · ${l.motions} ${l.motions === 1 ? 'motie' : 'moties'}</span></li>`)}</ul>`));

  const jaren = [...new Set(motions.map((m) => yearOf(m.datum)))].sort().reverse();
  put('zoeken.html', renderSearchPage({ shards: o.shards, fracties: [...fracties.keys()].sort(byName), jaren, ministeries: o.ministeries ?? [] }));

  // Sitemaps: at most 40,000 URLs per file (the protocol allows 50,000), listed in sitemap.xml.
  const urls = [...live].filter((p) => p.endsWith('.html')).sort();
  urls.push(...motions.map((m) => `moties/${encodeURIComponent(m.id)}.html`), ...o.letters.map((l) => `brieven/${encodeURIComponent(l.id)}.html`), ...(o.extraUrls ?? []));
  const parts: string[] = [];
  for (let i = 0; i < urls.length; i += SITEMAP_LIMIT) {
    const path = `sitemap-${parts.length + 1}.xml`;
    parts.push(path);
    put(path, renderSitemap(baseUrl, urls.slice(i, i + SITEMAP_LIMIT)));
  }
  put('sitemap.xml', `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.map((p) => `<sitemap><loc>${escXml(baseUrl + p)}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`);

  // Group pages whose group is gone (a member's last motion was removed): remove them.
  for (const prefix of ['fracties/', 'leden/', 'dossiers/', 'themas/', 'archief/', 'sitemap-', 'feeds/']) {
    // The toezegging feeds are written (and removed) by toezeggingen/writeSite.ts.
    for (const path of w.known(prefix)) if (!live.has(path) && !path.startsWith('feeds/toezeggingen-')) w.remove(path);
  }
}
