import { isOverdue } from '../../domain/toezegging.js';
import { briefHref, motionList } from '../html/components.js';
import { html, slug, type SafeHtml } from '../html/escape.js';
import { layout } from '../html/layout.js';
import { datumNl } from '../model.js';
import { dayOf, STAND_LABEL, standOf, titleOf, type ToezeggingEntry } from './model.js';

/** Links below the site root; every link is relative so that the site opens from disk. */
export const toezeggingHref = (root: string, id: string) => `${root}toezeggingen/${encodeURIComponent(id)}.html`;
export const groupHref = (root: string, kind: GroupKind, name: string) => `${root}toezeggingen/${kind}/${slug(name)}.html`;

export type GroupKind = 'ministerie' | 'fractie' | 'bewindspersoon';
export const GROUP_TITLE: Record<GroupKind, (k: string) => string> = {
  ministerie: (k) => `Toezeggingen van ${k}`,
  fractie: (k) => `Toezeggingen aan ${k}`,
  bewindspersoon: (k) => `Toezeggingen van ${k}`,
};

export function standBadge(e: ToezeggingEntry, today: string): SafeHtml {
  const s = standOf(e.t, today);
  return html`<span class="badge badge-tz-${s}">${STAND_LABEL[s]}</span>`;
}

/** One toezegging in a list: title (linked), where it stands, who promised, the deadline. */
export function toezeggingItem(root: string, e: ToezeggingEntry, today: string): SafeHtml {
  const t = e.t;
  return html`<li class="toezegging"><a href="${toezeggingHref(root, t.id)}">${titleOf(t)}</a>
<div class="meta">${standBadge(e, today)} ${t.nummer ? html`${t.nummer} · ` : ''}${t.ministerie ? html`${t.ministerie} · ` : ''}deadline: ${t.deadline ? html`<time datetime="${t.deadline}">${datumNl(t.deadline)}</time>` : 'geen'}</div>
${e.beloofd.tekst ? html`<p class="impl">${e.beloofd.tekst}</p>` : ''}</li>`;
}

export function toezeggingList(root: string, list: ToezeggingEntry[], today: string): SafeHtml {
  return list.length ? html`<ul class="moties toezeggingen">${list.map((e) => toezeggingItem(root, e, today))}</ul>` : html`<p>Geen toezeggingen.</p>`;
}

const RELATIE_LABEL = {
  herhaling: { eerder: 'Herhaalt', later: 'Herhaald in' },
  aanvulling: { eerder: 'Vult aan', later: 'Aangevuld door' },
  wijziging: { eerder: 'Wijzigt', later: 'Gewijzigd door' },
} as const;

/** A toezegging's page: what was promised on top, then by whom, to whom, in which debate, the deadline and what came of it. */
export function renderToezeggingPage(e: ToezeggingEntry, today: string): string {
  const root = '../';
  const t = e.t;
  const title = t.nummer ? `Toezegging ${t.nummer}` : 'Toezegging';
  const aan = [
    t.fractie ? html`<a href="${groupHref(root, 'fractie', t.fractie)}">${t.fractie}</a>` : null,
    t.persoon ? html`${t.persoon}` : null,
    ...t.toegezegdAan.map((x) => html`${x}`),
  ].filter((x): x is SafeHtml => x !== null);
  const overdue = isOverdue(t, today);
  const body = html`<article class="toezegging-page">
<p class="kicker">Toezegging${t.ministerie ? html` · <a href="${groupHref(root, 'ministerie', t.ministerie)}">${t.ministerie}</a>` : ''}</p>
<h1>${title}</h1>
<p class="meta">${standBadge(e, today)}${t.deadline ? html` · deadline <time datetime="${t.deadline}">${datumNl(t.deadline)}</time>` : ' · geen deadline'}${overdue ? html` · <strong>de deadline is voorbij en de toezegging staat nog open</strong>` : ''}</p>
<section class="uitleg" aria-label="Wat is er beloofd">
<h2>Wat is er beloofd</h2>
${e.beloofd.tekst ? html`<p class="implicatie">${e.beloofd.tekst}</p><p class="explainer">Uitleg: regels (${e.beloofd.explainer}): offline, alleen de woorden van de toezegging met gewonere woorden uit een vaste lijst.</p>` : html`<p class="muted">Geen korte uitleg: ${e.beloofd.reden ?? 'onbekend'}. Lees hieronder de tekst.</p>`}
</section>
<section><h2>De toezegging</h2><blockquote class="tekst">${t.tekst ?? 'Geen tekst.'}</blockquote></section>
<section><h2>Gegevens</h2><dl class="gegevens">
<dt>Toegezegd door</dt><dd>${t.bewindspersoon ? html`<a href="${groupHref(root, 'bewindspersoon', t.bewindspersoon)}">${t.bewindspersoon}</a>` : 'onbekend'}${t.ministerie ? html` (${t.ministerie})` : ''}</dd>
<dt>Toegezegd aan</dt><dd>${aan.length ? aan.map((a, i) => html`${i ? ', ' : ''}${a}`) : 'de Kamer'}</dd>
<dt>Gedaan in</dt><dd>${t.activiteit ? html`${t.activiteit.soort ?? 'activiteit'}${t.activiteit.onderwerp ? html`: ${t.activiteit.onderwerp}` : ''}${t.activiteit.dag ? html` op <time datetime="${t.activiteit.dag}">${datumNl(t.activiteit.dag)}</time>` : ''}${t.activiteit.nummer ? html` <span class="muted">(${t.activiteit.nummer})</span>` : ''}` : 'onbekend'}</dd>
<dt>Gedaan op</dt><dd>${datumNl(dayOf(t))}</dd>
<dt>Status</dt><dd>${t.status ?? 'onbekend'}${t.statusHistorie.filter((h) => h.van).map((h) => html`<br><span class="muted">${h.van} → ${h.naar}${h.op ? html` op ${datumNl(h.op)}` : ''}</span>`)}</dd>
<dt>Nagekomen met</dt><dd>${t.brieven.length ? t.brieven.map((b, i) => html`${i ? html`<br>` : ''}${b.documentId ? html`<a href="${briefHref(root, b.documentId)}">${b.titel ?? 'Brief'}</a>${b.datum ? html` (${datumNl(b.datum)})` : ''}` : html`${b.waarde} <span class="muted">(niet in de database)</span>`}`) : 'nog geen brief'}</dd>
</dl></section>
${t.relaties.length ? html`<section><h2>Eerdere en latere versies</h2><ul>${t.relaties.map((r) => html`<li>${RELATIE_LABEL[r.soort][r.richting]} <a href="${toezeggingHref(root, r.id)}">${r.nummer ?? r.id}</a></li>`)}</ul></section>` : ''}
<section><h2>Moties uit hetzelfde debat</h2>${e.debatMoties.length ? motionList(root, e.debatMoties) : html`<p>Geen moties uit dit debat in de database.</p>`}</section>
${e.briefMoties.length ? html`<section><h2>Moties die de nakomingsbrief ook beantwoordt</h2>${motionList(root, e.briefMoties)}</section>` : ''}
</article>`;
  return layout({ root, title, description: e.beloofd.tekst ?? undefined }, body);
}

/** A list page of toezeggingen (open, overdue, fulfilled, or one group), below toezeggingen/ (depth 1 or 2). */
export function renderToezeggingListPage(o: { root: string; title: string; intro?: SafeHtml; list: ToezeggingEntry[]; total?: number; today: string; feed?: string }): string {
  const total = o.total ?? o.list.length;
  const body = html`<h1>${o.title}</h1>${o.intro ?? ''}
<p class="muted">${total} ${total === 1 ? 'toezegging' : 'toezeggingen'}${o.feed ? html` · <a href="${o.root}${o.feed}">Atom-feed</a>` : ''} · stand op ${datumNl(o.today)}</p>
${toezeggingList(o.root, o.list, o.today)}`;
  return layout({ root: o.root, title: o.title, feed: o.feed ? { href: o.feed, title: o.title } : undefined }, body);
}

/** toezeggingen/index.html: the lists, and the groups with their counts. */
export function renderToezeggingHome(o: {
  counts: { totaal: number; open: number; teLaat: number; voldaan: number; vervallen: number };
  groups: Record<GroupKind, { name: string; count: number; open: number; teLaat: number }[]>;
  today: string;
}): string {
  const root = '../';
  const table = (kind: GroupKind, header: string) => html`<table class="index"><caption>${header}</caption><thead><tr><th scope="col">Naam</th><th scope="col">Toezeggingen</th><th scope="col">Open</th><th scope="col">Te laat</th></tr></thead><tbody>
${o.groups[kind].map((g) => html`<tr><td><a href="${groupHref(root, kind, g.name)}">${g.name}</a></td><td>${g.count}</td><td>${g.open}</td><td>${g.teLaat}</td></tr>`)}
</tbody></table>`;
  const c = o.counts;
  const body = html`<h1>Toezeggingen</h1>
<p>In debatten beloven ministers en staatssecretarissen de Kamer iets: een brief, een onderzoek, een besluit. De griffie van de Kamer houdt bij of ze dat deden. Hier staan ze allemaal, met de deadline en de stand op ${datumNl(o.today)}.</p>
<ul class="counts"><li><strong>${c.totaal}</strong> toezeggingen</li><li><a href="open.html"><strong>${c.open}</strong> openstaand</a></li><li><a href="te-laat.html"><strong>${c.teLaat}</strong> te laat</a></li><li><a href="voldaan.html"><strong>${c.voldaan}</strong> (deels) voldaan</a></li><li><strong>${c.vervallen}</strong> vervallen</li></ul>
<p>Te laat: de deadline is voorbij en de toezegging staat nog open. <a href="../wat-werd-ervan/index.html">Wat werd ervan?</a> zet moties en toezeggingen per ministerie naast elkaar.</p>
${table('ministerie', 'Per ministerie')}
${table('fractie', 'Per fractie (aan wie de toezegging is gedaan)')}
${table('bewindspersoon', 'Per bewindspersoon')}`;
  return layout({ root, title: 'Toezeggingen', feed: { href: 'feeds/toezeggingen-te-laat.xml', title: 'Toezeggingen die te laat zijn' } }, body);
}
