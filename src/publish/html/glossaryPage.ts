import { termSlug } from '../../explain/glossary/findTerms.js';
import { SOURCES, TERMS } from '../../explain/glossary/terms.js';
import { html } from './escape.js';
import { layout } from './layout.js';

/** The site's begrippenlijst (`begrippen/index.html`): every term with an anchor of its own, alphabetical. */
export function renderGlossaryPage(): string {
  const root = '../';
  const sorted = [...TERMS].sort((a, b) => a.term.localeCompare(b.term, 'nl', { sensitivity: 'base' }));
  const body = html`<h1>Begrippen</h1>
<p>Woorden uit moties en de politiek, uitgelegd in gewone taal. De uitleg is door Motiemonitor geschreven; bij elk begrip staat waar u de officiële betekenis kunt nalezen. Afkortingen die een motie zelf voluit schrijft, staan op de pagina van die motie.</p>
<dl class="begrippenlijst">${sorted.map(
    (t) => html`<dt id="${termSlug(t.term)}"><dfn>${t.term}</dfn></dt><dd>${t.uitleg} <span class="muted">Zie ook: ${SOURCES[t.bron]}.</span></dd>`,
  )}</dl>`;
  return layout({ root, title: 'Begrippen', description: 'Begrippen uit moties van de Tweede Kamer, uitgelegd in gewone taal.' }, body);
}
