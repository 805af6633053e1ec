import { countChart, motionList } from './components.js';
import { html, type SafeHtml } from './escape.js';
import { layout } from './layout.js';
import type { MotionSummary } from '../model.js';
import { THEMES } from '../themes.js';

/** Overview pages list the newest motions only; the rest is one search (with the filter set) away. */
export const LIST_LIMIT = 500;

export interface SiteCounts {
  moties: number;
  aangenomen: number;
  verworpen: number;
  uitgelegd: number;
  brieven: number;
}

export function renderHome(newest: MotionSummary[], counts: SiteCounts): string {
  const body = html`<section class="intro"><h1>Wat vraagt de Tweede Kamer?</h1>
<p>Motiemonitor legt elke motie uit in gewone taal: wat er gebeurt als ze wordt aangenomen, wie haar indiende, hoe er is gestemd en wat het kabinet ermee deed.</p>
<ul class="counts"><li><strong>${counts.moties}</strong> moties</li><li><strong>${counts.uitgelegd}</strong> uitgelegd</li><li><strong>${counts.aangenomen}</strong> aangenomen</li><li><strong>${counts.verworpen}</strong> verworpen</li><li><strong>${counts.brieven}</strong> brieven</li></ul>
<form action="zoeken.html" method="get" class="big-search" role="search"><label for="q-home">Zoek een motie</label> <input id="q-home" name="q" type="search" placeholder="bijvoorbeeld: migratie, woningbouw, stikstof"> <button type="submit">Zoek</button></form></section>
<section><h2>Nieuwste moties</h2>${motionList('', newest)}<p><a href="archief/index.html">Alle moties per maand</a></p></section>`;
  return layout({ root: '', title: 'Moties van de Tweede Kamer uitgelegd' }, body);
}

/** A page for one group of motions (theme, fractie, member, dossier, month) with an optional head block. */
export function renderGroupPage(o: {
  title: string;
  intro?: SafeHtml;
  motions: MotionSummary[];
  total: number;
  searchQuery?: string;
  feed?: string;
}): string {
  const root = '../';
  const more = o.total > o.motions.length && o.searchQuery
    ? html`<p>Hier staan de nieuwste ${o.motions.length} van ${o.total}. <a href="${root}zoeken.html?${o.searchQuery}">Doorzoek ze allemaal</a>.</p>`
    : '';
  const body = html`<h1>${o.title}</h1>${o.intro ?? ''}
<p class="muted">${o.total} ${o.total === 1 ? 'motie' : 'moties'}${o.feed ? html` · <a href="${root}${o.feed}">Atom-feed</a>` : ''}${o.searchQuery ? html` · <a href="${root}zoeken.html?${o.searchQuery}">zoeken met dit filter</a>` : ''}</p>
${more}${motionList(root, o.motions)}`;
  return layout({ root, title: o.title, feed: o.feed ? { href: o.feed, title: o.title } : undefined }, body);
}

export interface FractieStats {
  fractie: string;
  moties: number;
  aangenomen: number;
  verworpen: number;
  overig: number;
}

export function fractieIntro(s: FractieStats): SafeHtml {
  const decided = s.aangenomen + s.verworpen;
  const rate = decided ? Math.round((s.aangenomen / decided) * 100) : null;
  return html`<p>Moties met een indiener van ${s.fractie}. ${rate === null ? 'Nog geen stemmingen.' : html`Aangenomen: <strong>${rate}%</strong> van de ${decided} moties waarover is gestemd.`}</p>
${countChart([
    { label: 'aangenomen', value: s.aangenomen, color: '#15803d' },
    { label: 'verworpen', value: s.verworpen, color: '#b91c1c' },
    { label: 'overig/open', value: s.overig, color: '#6b7280' },
  ])}`;
}

/** An index of groups: name (linked), count, and an optional extra column. */
export function renderIndexPage(o: { title: string; intro?: SafeHtml; rows: { name: string; href: string; count: number; extra?: string }[]; extraHeader?: string }): string {
  const body = html`<h1>${o.title}</h1>${o.intro ?? ''}
<table class="index"><thead><tr><th>Naam</th><th>Moties</th>${o.extraHeader ? html`<th>${o.extraHeader}</th>` : ''}</tr></thead><tbody>
${o.rows.map((r) => html`<tr><td><a href="${r.href}">${r.name}</a></td><td>${r.count}</td>${o.extraHeader ? html`<td>${r.extra ?? ''}</td>` : ''}</tr>`)}
</tbody></table>`;
  return layout({ root: '../', title: o.title }, body);
}

export function themesIntro(): SafeHtml {
  return html`<p>Elke motie krijgt thema's uit een vaste lijst trefwoorden over de titel, het onderwerp en de tekst (zie <a href="../uitleg.html#themas">uitleg</a>). Er zijn ${THEMES.length} thema's.</p>`;
}
