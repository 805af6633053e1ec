import { UNREADABLE_STATUSES, type LetterView } from '../../domain/types.js';
import { datumNl } from '../model.js';
import { motionHref } from './components.js';
import { html } from './escape.js';
import { layout } from './layout.js';

/** A letter's page: what it is, and the motions it answers (each linked, both ways). */
export function renderLetterPage(view: LetterView, motionTitles: Map<string, string>): string {
  const root = '../';
  const d = view.document;
  const title = d.onderwerp ?? view.letter?.onderwerp ?? d.titel ?? 'Brief';
  const refs = view.references;
  const body = html`<article class="brief-page">
<p class="kicker">Brief${view.letter?.afzender ? html` van ${view.letter.afzender}` : ''}</p>
<h1>${title}</h1>
<p class="meta"><time datetime="${d.datum ?? ''}">${datumNl(d.datum ?? view.letter?.datum ?? null)}</time>${view.letter?.kenmerk ? html` · kenmerk ${view.letter.kenmerk}` : ''}${view.letter?.ondertekenaar ? html` · ondertekend door ${view.letter.ondertekenaar}` : ''}</p>
${view.text && UNREADABLE_STATUSES.has(view.text.verdict.status) ? html`<div class="warning"><strong>Tekst onleesbaar.</strong> ${view.text.verdict.reason}</div>` : ''}
${view.summary ? html`<p class="samenvatting">${view.summary}</p>${view.summaryBron ? html`<p class="explainer">Samenvatting: ${view.summaryBron}</p>` : ''}` : ''}
<section><h2>Moties waar deze brief op ingaat</h2>${refs.length ? html`<ul class="refs">${refs.map(
    (r) => html`<li>${r.motieId ? html`<a href="${motionHref(root, r.motieId)}">${motionTitles.get(r.motieId) ?? r.kamerstuk ?? r.naam ?? 'motie'}</a>` : html`${r.kamerstuk ?? r.naam ?? 'motie'} <span class="muted">(niet in de database)</span>`}${r.zeker ? '' : html` <span class="muted">(waarschijnlijk)</span>`}${r.stance ? html`<br><strong>${r.stance}</strong>` : ''}<br><q>${r.snippet}</q></li>`,
  )}</ul>` : html`<p>Geen verwijzingen naar moties gevonden.</p>`}</section>
${/^https?:\/\//i.test(d.bronUrl ?? '') ? html`<p><a class="pdf" href="${d.bronUrl}">Originele brief</a></p>` : ''}
${view.text ? html`<details><summary>Tekst van de brief</summary><pre class="tekst">${view.text.text}</pre></details>` : ''}
</article>`;
  return layout({ root, title }, body);
}
