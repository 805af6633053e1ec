import type { StemmingRow, VoteResult } from '../../domain/types.js';
import { datumNl, UITSLAG_LABEL, type MotionSummary } from '../model.js';
import { html, slug, type SafeHtml } from './escape.js';

export function badge(uitslag: MotionSummary['uitslag']): SafeHtml {
  return html`<span class="badge badge-${uitslag}">${UITSLAG_LABEL[uitslag]}</span>`;
}

export const motionHref = (root: string, id: string) => `${root}moties/${encodeURIComponent(id)}.html`;
export const fractieHref = (root: string, fractie: string) => `${root}fracties/${slug(fractie)}.html`;
export const lidHref = (root: string, naam: string) => `${root}leden/${slug(naam)}.html`;
export const dossierHref = (root: string, dossier: string) => `${root}dossiers/${slug(dossier)}.html`;
export const themaHref = (root: string, thema: string) => `${root}themas/${slug(thema)}.html`;
export const briefHref = (root: string, id: string) => `${root}brieven/${encodeURIComponent(id)}.html`;

/** One motion in a list: subject (linked), result, date, and what it would do. */
export function motionItem(root: string, m: MotionSummary): SafeHtml {
  return html`<li class="motie"><a href="${motionHref(root, m.id)}">${m.onderwerp ?? m.titel ?? m.id}</a>
<div class="meta">${badge(m.uitslag)} <time datetime="${m.datum ?? ''}">${datumNl(m.datum)}</time>${m.dossier ? html` · <a href="${dossierHref(root, m.dossier)}">${m.dossier}</a>` : ''}</div>
${m.implicatie ? html`<p class="impl">${m.implicatie}</p>` : html`<p class="impl none">Nog geen uitleg.</p>`}</li>`;
}

/**
 * A motion's list item, rendered once per summary and folder depth: a motion is listed on the pages of its fracties,
 * members, dossier, themes and month, and an overview build renders ~300,000 items for 60,000 motions otherwise.
 */
const renderedItems = new WeakMap<MotionSummary, Map<string, SafeHtml>>();
function listItem(root: string, m: MotionSummary): SafeHtml {
  let byRoot = renderedItems.get(m);
  if (!byRoot) renderedItems.set(m, (byRoot = new Map()));
  let item = byRoot.get(root);
  if (!item) byRoot.set(root, (item = motionItem(root, m)));
  return item;
}

export function motionList(root: string, items: MotionSummary[]): SafeHtml {
  return items.length ? html`<ul class="moties">${items.map((m) => listItem(root, m))}</ul>` : html`<p>Geen moties.</p>`;
}

/** Seats for and against as a bar of the 150 seats; readable without colour through its text and title. */
export function voteBar(vote: Pick<VoteResult, 'zetelsVoor' | 'zetelsTegen'>): SafeHtml {
  const total = 150;
  const voor = Math.max(0, Math.min(total, vote.zetelsVoor));
  const tegen = Math.max(0, Math.min(total - voor, vote.zetelsTegen));
  const label = `${voor} zetels voor, ${tegen} zetels tegen`;
  return html`<figure class="votebar"><svg viewBox="0 0 ${total} 14" width="100%" height="28" role="img" aria-label="${label}" preserveAspectRatio="none">
<title>${label}</title>
<rect x="0" y="0" width="${total}" height="14" fill="#e5e7eb"/>
<rect class="voor" x="0" y="0" width="${voor}" height="14" fill="#15803d"/>
<rect class="tegen" x="${voor}" y="0" width="${tegen}" height="14" fill="#b91c1c"/>
<line x1="75" y1="0" x2="75" y2="14" stroke="#111" stroke-width="0.6"/>
</svg><figcaption><span class="voor">${voor} voor</span> · <span class="tegen">${tegen} tegen</span> (meerderheid: 76 van 150)</figcaption></figure>`;
}

/** Each fractie's vote, grouped by voor / tegen / niet deelgenomen. */
export function fractieVotes(root: string, rows: StemmingRow[]): SafeHtml {
  const groups: [StemmingRow['soort'], string][] = [['Voor', 'Voor'], ['Tegen', 'Tegen'], ['Niet deelgenomen', 'Niet deelgenomen']];
  return html`<dl class="stemmingen">${groups.map(([soort, label]) => {
    const inGroup = rows.filter((r) => r.soort === soort);
    if (!inGroup.length) return '';
    return html`<dt>${label}</dt><dd>${inGroup.map(
      (r, i) => html`${i ? ', ' : ''}<a href="${fractieHref(root, r.fractie)}">${r.fractie}</a> (${r.zetels}${r.persoon ? html`: ${r.persoon}` : ''})`,
    )}</dd>`;
  })}</dl>`;
}

/** A small bar chart of counts (e.g. a fractie's motions by result), drawn as SVG so it needs no script. */
export function countChart(bars: { label: string; value: number; color: string }[]): SafeHtml {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowH = 18;
  return html`<svg class="chart" viewBox="0 0 320 ${bars.length * rowH}" width="320" height="${bars.length * rowH}" role="img" aria-label="${bars.map((b) => `${b.label}: ${b.value}`).join(', ')}">
${bars.map((b, i) => html`<text x="0" y="${i * rowH + 13}" font-size="11">${b.label}</text><rect x="110" y="${i * rowH + 3}" width="${Math.round((b.value / max) * 170)}" height="12" fill="${b.color}"/><text x="${115 + Math.round((b.value / max) * 170)}" y="${i * rowH + 13}" font-size="11">${b.value}</text>`)}
</svg>`;
}
