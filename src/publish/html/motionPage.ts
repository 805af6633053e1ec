import { UNREADABLE_STATUSES, type MotionView } from '../../domain/types.js';
import { datumNl, explainerLabel, summarise, UITSLAG_LABEL } from '../model.js';
import { badge, briefHref, dossierHref, fractieHref, fractieVotes, lidHref, themaHref, voteBar } from './components.js';
import { html, raw, type SafeHtml } from './escape.js';
import { highlightClauses } from './highlight.js';
import { layout } from './layout.js';
import { begrippenBlock, motionTerms } from './begrippenBlock.js';
import { splitSentences } from '../../domain/dutch/sentences.js';

const REASON = /^Aanleiding:\s*/u;

/**
 * The summary as its short sentences, one paragraph each, and the reason ("Aanleiding: …", rules@3 and the default
 * prompt write it so) set apart; a summary without one is shown as its sentences only.
 */
function summaryBlock(samenvatting: string): SafeHtml {
  const sentences = splitSentences(samenvatting);
  const reasons = sentences.filter((x) => REASON.test(x));
  const rest = sentences.filter((x) => !REASON.test(x));
  return html`<div class="samenvatting">${rest.map((x) => html`<p>${x}</p>`)}</div>${reasons.map(
    (x) => html`<p class="aanleiding"><strong>Aanleiding:</strong> ${x.replace(REASON, '')}</p>`,
  )}`;
}

/** The toezeggingen of the debate the motion was voted in, and those fulfilled by a letter that also answers it (issue 15). */
function toezeggingenBlock(root: string, view: MotionView): SafeHtml | '' {
  const list = view.toezeggingen ?? [];
  if (!list.length) return '';
  const item = (t: NonNullable<MotionView['toezeggingen']>[number]) =>
    html`<li><a href="${root}toezeggingen/${encodeURIComponent(t.id)}.html">${t.nummer ?? 'Toezegging'}</a>: ${t.tekst ?? ''} <span class="muted">${t.status ?? 'status onbekend'}${t.deadline ? html` · deadline ${datumNl(t.deadline)}` : ''}${t.ministerie ? html` · ${t.ministerie}` : ''}</span></li>`;
  const debat = list.filter((t) => t.via === 'debat');
  const brief = list.filter((t) => t.via === 'brief');
  return html`<section class="toezeggingen"><h2>Toezeggingen</h2>
${debat.length ? html`<h3>In hetzelfde debat</h3><ul>${debat.map(item)}</ul>` : ''}
${brief.length ? html`<h3>Nagekomen met een brief die ook op deze motie ingaat</h3><ul>${brief.map(item)}</ul>` : ''}
</section>`;
}

/** A motion's page: what it asks on top, then who, how it was voted, what came of it, and the original text. */
export function renderMotionPage(view: MotionView): string {
  const root = '../';
  const s = summarise(view);
  const e = view.explanation;
  const ok = e?.status === 'ok';
  const verdict = view.text?.verdict ?? null;
  const vote = view.zaak?.vote ?? null;
  const title = s.onderwerp ?? s.titel ?? s.id;

  const warning: SafeHtml | '' =
    !ok && (!view.text || (verdict && UNREADABLE_STATUSES.has(verdict.status)))
      ? html`<div class="warning" role="alert"><strong>Tekst onleesbaar.</strong> ${verdict ? html`${verdict.reason} ` : 'Er is geen tekst van deze motie. '}Daarom staat hier geen uitleg: lees de <a href="#origineel">originele motie</a>.</div>`
      : !ok && e
        ? html`<div class="warning" role="status"><strong>Geen uitleg.</strong> ${e.reason ?? ''}</div>`
        : verdict?.status === 'suspect'
          ? html`<div class="notice">Let op: de tekst kon niet helemaal zuiver worden gelezen (${verdict.reason}).</div>`
          : '';

  const indieners = view.zaak?.indieners.length
    ? view.zaak.indieners.map(
        (i) => html`<li><a href="${lidHref(root, i.naam)}">${i.naam}</a>${i.fractie ? html` (<a href="${fractieHref(root, i.fractie)}">${i.fractie}</a>)` : ''}${i.relatie && i.relatie !== 'Indiener' ? html` <span class="muted">${i.relatie.toLowerCase()}</span>` : ''}</li>`,
      )
    : (view.parsed?.indieners ?? []).map((n) => html`<li><a href="${lidHref(root, n)}">${n}</a></li>`);

  const body = html`<article class="motie-page">
<p class="kicker">${s.titel ?? ''}${s.kst ? html` · <span class="kst">${s.kst}</span>` : ''}</p>
<h1>${title}</h1>
<p class="meta">${badge(s.uitslag)} <time datetime="${s.datum ?? ''}">${datumNl(s.datum)}</time>${view.parsed?.voorgesteld ? html` · ${view.parsed.voorgesteld}` : ''}${s.dossier ? html` · dossier <a href="${dossierHref(root, s.dossier)}">${s.dossier}</a>` : ''}</p>
${warning}
${ok ? html`<section class="uitleg" aria-label="Uitleg">
<p class="implicatie">${e.implicatie}</p>
${summaryBlock(e.samenvatting)}
<p class="explainer">Uitleg: ${explainerLabel(e.explainer)}${e.bron ? html` · bron: ${e.bron}` : ''}</p>
</section>` : ''}
${ok ? begrippenBlock(root, motionTerms(view)) : ''}
${s.themes.length ? html`<p class="themes">Thema's: ${s.themes.map((t, i) => html`${i ? ', ' : ''}<a href="${themaHref(root, t)}">${t}</a>`)}</p>` : ''}
${indieners.length ? html`<section><h2>Ingediend door</h2><ul class="indieners">${indieners}</ul>${view.parsed?.cs ? html`<p class="muted">c.s.: met anderen</p>` : ''}</section>` : ''}
${vote ? html`<section class="stemming"><h2>Stemming: ${UITSLAG_LABEL[vote.uitslag]}${vote.datum ? html` op ${datumNl(vote.datum)}` : ''}</h2>
${vote.zetelsVoor + vote.zetelsTegen > 0 ? voteBar(vote) : ''}
${fractieVotes(root, vote.stemmingen)}
${vote.hoofdelijk ? html`<p class="muted">Hoofdelijke stemming.</p>` : ''}
${vote.besluitTekst ? html`<p class="muted">Besluit: ${vote.besluitTekst}</p>` : ''}
</section>` : ''}
${view.zaak?.kabinetsappreciatie ? html`<p>Kabinetsappreciatie: <strong>${view.zaak.kabinetsappreciatie}</strong></p>` : ''}
${view.lifecycle.events.length ? html`<section><h2>Verloop</h2><ol class="timeline">${view.lifecycle.events.map(
    (ev) => html`<li class="ev-${ev.soort}"><time datetime="${ev.datum ?? ''}">${datumNl(ev.datum)}</time> ${ev.documentId ? html`<a href="${briefHref(root, ev.documentId)}">${ev.label}</a>` : ev.label}${ev.snippet ? html`<br><q>${ev.snippet}</q>` : ''}</li>`,
  )}</ol></section>` : ''}
${view.letters.length ? html`<section><h2>Brieven die op deze motie ingaan</h2><ul class="brieven">${view.letters.map(
    (l) => html`<li><a href="${briefHref(root, l.briefId)}">${l.onderwerp ?? 'Brief'}</a> <time datetime="${l.datum ?? ''}">${datumNl(l.datum)}</time>${l.stance ? html`<br><strong>${l.stance}</strong>` : ''}<br><q>${l.snippet}</q></li>`,
  )}</ul></section>` : ''}
${toezeggingenBlock(root, view)}
<section id="origineel"><h2>Originele tekst</h2>
${/^https?:\/\//i.test(s.bronUrl ?? '') ? html`<p><a class="pdf" href="${s.bronUrl}">Originele motie (PDF) bij de Tweede Kamer</a></p>` : ''}
${view.text ? html`<pre class="tekst">${raw(highlightClauses(view.text.text.replace(/\f/g, '\n'), (view.parsed?.operative ?? []).map((c) => c.text)))}</pre>
<p class="muted">Gemarkeerd: het dictum, wat de motie vraagt. Tekst gelezen met ${view.text.engine}${verdict ? html` (${verdict.status})` : ''}.</p>` : html`<p>Geen tekst beschikbaar.</p>`}
</section>
</article>`;
  return layout({ root, title, description: s.implicatie ?? undefined }, body);
}
