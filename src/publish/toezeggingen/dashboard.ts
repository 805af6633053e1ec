import { isFulfilled, isOverdue, type Toezegging } from '../../domain/toezegging.js';
import { countChart } from '../html/components.js';
import { html, slug } from '../html/escape.js';
import { layout } from '../html/layout.js';
import { datumNl, type MotionSummary } from '../model.js';

/**
 * "Wat werd ervan" (issue 15): per ministerie and for the whole Kamer, what came of what the Kamer asked — adopted
 * motions with and without a letter that answers them, the median days from the vote to the first answer — and
 * of what ministers promised: toezeggingen open, overdue, fulfilled, lapsed. Small SVG charts with the numbers in a
 * table beside them; no script.
 */
export interface Figures {
  naam: string;
  aangenomen: number;
  metBrief: number;
  zonderBrief: number;
  /** Median whole days from the vote to the first answering letter (motions with both dates, letter not before the vote). */
  mediaanDagen: number | null;
  /** How many motions the median is of. */
  mediaanVan: number;
  toezeggingen: number;
  open: number;
  teLaat: number;
  voldaan: number;
  vervallen: number;
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY);

export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** What the dashboard needs of a motion (read from the published summaries). */
export type DashboardMotion = Pick<MotionSummary, 'uitslag' | 'letters' | 'stemdatum' | 'eersteBrief' | 'ministerie'>;

export function figuresOf(naam: string, motions: DashboardMotion[], toezeggingen: Toezegging[], today: string): Figures {
  const adopted = motions.filter((m) => m.uitslag === 'aangenomen');
  const metBrief = adopted.filter((m) => m.letters > 0).length;
  const gaps = adopted.filter((m) => m.stemdatum && m.eersteBrief && m.eersteBrief >= m.stemdatum).map((m) => days(m.stemdatum!, m.eersteBrief!));
  const teLaat = toezeggingen.filter((t) => isOverdue(t, today)).length;
  return {
    naam,
    aangenomen: adopted.length,
    metBrief,
    zonderBrief: adopted.length - metBrief,
    mediaanDagen: median(gaps),
    mediaanVan: gaps.length,
    toezeggingen: toezeggingen.length,
    open: toezeggingen.filter((t) => t.status === 'Openstaand').length - teLaat,
    teLaat,
    voldaan: toezeggingen.filter(isFulfilled).length,
    vervallen: toezeggingen.filter((t) => t.status === 'Vervallen').length,
  };
}

/** The Kamer and every ministerie that has motions (by dossier) or toezeggingen. */
export function dashboardFigures(motions: DashboardMotion[], toezeggingen: Toezegging[], today: string): { kamer: Figures; ministeries: Figures[] } {
  const names = new Set<string>();
  for (const m of motions) if (m.ministerie) names.add(m.ministerie);
  for (const t of toezeggingen) if (t.ministerie) names.add(t.ministerie);
  const byName = new Intl.Collator('nl').compare;
  return {
    kamer: figuresOf('de hele Kamer', motions, toezeggingen, today),
    ministeries: [...names].sort(byName).map((n) => figuresOf(n, motions.filter((m) => m.ministerie === n), toezeggingen.filter((t) => t.ministerie === n), today)),
  };
}

export const dashboardHref = (root: string, ministerie: string | null) => `${root}wat-werd-ervan/${ministerie ? slug(ministerie) : 'index'}.html`;

function block(f: Figures, today: string) {
  const mediaan = f.mediaanDagen === null ? 'geen' : `${f.mediaanDagen} ${f.mediaanDagen === 1 ? 'dag' : 'dagen'}`;
  return html`<section class="dashboard"><h2>Moties die de Kamer aannam</h2>
<div class="chart-table">${countChart([
    { label: 'met brief', value: f.metBrief, color: '#15803d' },
    { label: 'zonder brief', value: f.zonderBrief, color: '#b45309' },
  ])}
<table class="index"><caption>Aangenomen moties</caption><tbody>
<tr><th scope="row">Aangenomen</th><td>${f.aangenomen}</td></tr>
<tr><th scope="row">Met een brief die erop ingaat</th><td>${f.metBrief}</td></tr>
<tr><th scope="row">Zonder zo'n brief</th><td>${f.zonderBrief}</td></tr>
<tr><th scope="row">Mediaan: dagen van stemming tot eerste brief</th><td>${mediaan}${f.mediaanVan ? ` (van ${f.mediaanVan} moties)` : ''}</td></tr>
</tbody></table></div></section>
<section class="dashboard"><h2>Toezeggingen</h2>
<div class="chart-table">${countChart([
    { label: 'openstaand', value: f.open, color: '#1d4ed8' },
    { label: 'te laat', value: f.teLaat, color: '#b91c1c' },
    { label: '(deels) voldaan', value: f.voldaan, color: '#15803d' },
    { label: 'vervallen', value: f.vervallen, color: '#6b7280' },
  ])}
<table class="index"><caption>Toezeggingen op ${datumNl(today)}</caption><tbody>
<tr><th scope="row">Toezeggingen</th><td>${f.toezeggingen}</td></tr>
<tr><th scope="row">Openstaand, deadline nog niet voorbij</th><td>${f.open}</td></tr>
<tr><th scope="row">Te laat (deadline voorbij, nog open)</th><td>${f.teLaat}</td></tr>
<tr><th scope="row">Voldaan of deels voldaan</th><td>${f.voldaan}</td></tr>
<tr><th scope="row">Vervallen</th><td>${f.vervallen}</td></tr>
</tbody></table></div></section>`;
}

const EXPLAIN = html`<p class="muted">Een motie hoort bij een ministerie als haar dossier een hoofdstuk van de Rijksbegroting is (36410-VII is de begroting van Binnenlandse Zaken); andere moties tellen alleen mee voor de hele Kamer. "Met brief": een brief van de regering verwijst naar de motie. Zie de <a href="../uitleg.html">uitleg</a>.</p>`;

export function renderDashboard(f: Figures, all: Figures[], today: string, kamer: boolean): string {
  const root = '../';
  const title = kamer ? 'Wat werd ervan: de hele Kamer' : `Wat werd ervan: ${f.naam}`;
  const body = html`<h1>${title}</h1>
<p>Wat kwam er terecht van wat de Kamer vroeg, en van wat ${kamer ? 'ministers' : 'het ministerie'} beloofde? Stand op ${datumNl(today)}.</p>
${block(f, today)}
${kamer ? html`<section><h2>Per ministerie</h2><table class="index"><thead><tr><th scope="col">Ministerie</th><th scope="col">Aangenomen moties</th><th scope="col">Zonder brief</th><th scope="col">Mediaan dagen</th><th scope="col">Toezeggingen</th><th scope="col">Te laat</th></tr></thead><tbody>
${all.map((m) => html`<tr><td><a href="${dashboardHref('', m.naam).replace(/^wat-werd-ervan\//, '')}">${m.naam}</a></td><td>${m.aangenomen}</td><td>${m.zonderBrief}</td><td>${m.mediaanDagen ?? '–'}</td><td>${m.toezeggingen}</td><td>${m.teLaat}</td></tr>`)}
</tbody></table></section>` : html`<p><a href="index.html">De hele Kamer en alle ministeries</a> ${f.toezeggingen ? html` · <a href="../toezeggingen/ministerie/${slug(f.naam)}.html">Alle toezeggingen van ${f.naam}</a>` : ''}</p>`}
${EXPLAIN}`;
  return layout({ root, title }, body);
}
