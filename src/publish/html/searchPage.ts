import { TOEZEGGING_STATUSES } from '../../domain/toezegging.js';
import { UITSLAG_LABEL } from '../model.js';
import { THEMES } from '../themes.js';
import { html } from './escape.js';
import { layout } from './layout.js';

/**
 * The search page. Without JavaScript it is a plain form (the query stays in the URL); with it,
 * assets/zoeken.js loads the Pagefind index shards listed in data-shards and shows results and filters.
 */
export function renderSearchPage(o: { shards: string[]; fracties: string[]; jaren: string[]; ministeries?: string[] }): string {
  const body = html`<h1>Zoeken in moties, brieven en toezeggingen</h1>
<form id="zoek" class="search" method="get" action="zoeken.html" role="search" data-shards="${o.shards.join(',')}">
<p><label for="q">Zoekwoorden</label> <input id="q" name="q" type="search" autocomplete="off"> <button type="submit">Zoek</button></p>
<fieldset class="filters"><legend>Filters</legend>
<label>Fractie <select name="fractie"><option value="">alle</option>${o.fracties.map((f) => html`<option>${f}</option>`)}</select></label>
<label>Indiener <input name="indiener" list="indieners-lijst" placeholder="naam"></label><datalist id="indieners-lijst"></datalist>
<label>Dossier <input name="dossier" placeholder="bijv. 32317" size="10"></label>
<label>Jaar <select name="jaar"><option value="">alle</option>${o.jaren.map((j) => html`<option>${j}</option>`)}</select></label>
<label>Uitslag <select name="uitslag"><option value="">alle</option>${Object.entries(UITSLAG_LABEL).map(([v, l]) => html`<option value="${v}">${l}</option>`)}</select></label>
<label>Thema <select name="thema"><option value="">alle</option>${THEMES.map((t) => html`<option>${t.naam}</option>`)}</select></label>
<label>Soort <select name="soort"><option value="">alle</option><option value="motie">moties</option><option value="brief">brieven</option><option value="toezegging">toezeggingen</option></select></label>
<label>Status (toezegging) <select name="status"><option value="">alle</option>${TOEZEGGING_STATUSES.map((s) => html`<option>${s}</option>`)}</select></label>
<label>Ministerie <select name="ministerie"><option value="">alle</option>${(o.ministeries ?? []).map((m) => html`<option>${m}</option>`)}</select></label>
</fieldset></form>
<p id="status" role="status" aria-live="polite"><noscript>Zoeken in de browser vraagt JavaScript. Bladeren kan altijd via <a href="themas/index.html">thema's</a>, <a href="fracties/index.html">fracties</a> en het <a href="archief/index.html">archief</a>.</noscript></p>
<ol id="resultaten" class="results"></ol>
<p><button id="meer" type="button" hidden>Meer resultaten</button></p>`;
  return layout({ root: '', title: 'Zoeken', scripts: ['assets/zoeken.js'] }, body);
}
