import { html } from './escape.js';
import { layout } from './layout.js';
import { THEMES } from '../themes.js';
import { formatExplainer } from '../../domain/explainer.js';
import { RULES_EXPLAINER } from '../../explain/rulesExplainer.js';

/** The "uitleg" page: method, explainers, checks and limits, in plain Dutch. */
export function renderUitleg(): string {
  const body = html`<h1>Hoe werkt Motiemonitor?</h1>
<h2>Bronnen</h2>
<p>Moties, stemmingen, indieners en brieven komen uit de open data van de Tweede Kamer (gegevensmagazijn.tweedekamer.nl, CC0). Elke motiepagina linkt naar het originele document. Originele bestanden worden onveranderd bewaard.</p>
<h2>Van PDF naar tekst</h2>
<p>De tekst wordt uit het PDF-, Word- of XML-bestand gehaald en beoordeeld. Is de tekst onleesbaar of twijfelachtig (bijvoorbeeld een slechte scan waarvan de woordvolgorde niet klopt), dan staat dat op de pagina en wordt er <strong>geen</strong> uitleg bij gezet.</p>
<h2>De uitleg</h2>
<ul>
<li><strong>Regels (${formatExplainer(RULES_EXPLAINER)})</strong>: standaard en zonder internet, in gewone taal (taalniveau B1). De samenvatting zegt in korte zinnen wie de motie indient, wat de motie vraagt (één zin per verzoek) en de aanleiding, uit de overwegingen van de motie. De zin "Als de motie wordt aangenomen, dan …" noemt het belangrijkste verzoek. Alles komt uit de woorden van de motie zelf: lange zinnen worden ingekort (te zien aan "(…)"), nooit herschreven; alleen een vaste lijst moeilijke woorden wordt vervangen door gewone ("verzoekt" wordt "vraagt", "teneinde" wordt "om"). Zo kan de uitleg niets beweren wat niet in de motie staat.</li>
<li><strong>Taalmodel</strong>: als dat is ingesteld. Elke uitleg wordt gecontroleerd: namen en getallen moeten in de motie staan en de uitleg moet bij het dictum passen. Wordt ze afgekeurd, dan tonen we de uitleg van de regels.</li>
</ul>
<p>Op elke motiepagina staat welke uitleg u ziet. Volgorde: gecontroleerd taalmodel, dan regels. De GPT-3.5-teksten van de site moties-toegelicht bewaren we met hun bron, maar we tonen ze niet als uitleg: ze zijn niet gecontroleerd.</p>
<h2>Begrippen</h2>
<p>Moeilijke woorden uit moties en de politiek staan uitgelegd op de pagina <a href="begrippen/index.html">Begrippen</a>. Op elke motiepagina staan de begrippen die die motie gebruikt, en de afkortingen die de motie zelf voluit schrijft.</p>
<h2 id="themas">Thema's</h2>
<p>Een motie krijgt een thema als een trefwoord voorkomt in de titel of het onderwerp, of minstens twee keer in de tekst. De lijst:</p>
<dl class="themes-list">${THEMES.map((t) => html`<dt>${t.naam}</dt><dd>${t.stems.map((s) => s.trim()).join(', ')}</dd>`)}</dl>
<h2>Zoeken</h2>
<p>De zoekpagina werkt in de browser met een zoekindex die in stukken per kwartaal wordt geladen (Pagefind, met Nederlandse woordstammen: "asielzoeker" vindt ook "asielzoekers"). Filters en de zoekvraag staan in het adres, zodat u een zoekopdracht kunt delen. Op de server is er ook <code>/api/search</code> en een Atom-feed per zoekopdracht.</p>
<h2>Grenzen</h2>
<ul>
<li>De uitleg is een hulpmiddel; de tekst van de motie zelf is leidend.</li>
<li>Stemmingen en indieners met fractie verschijnen pas na synchronisatie met de open data.</li>
<li>Of een brief echt een motie beantwoordt, wordt automatisch bepaald uit verwijzingen in de brief; "waarschijnlijk" betekent dat de verwijzing niet exact was.</li>
<li>Thema's komen uit een trefwoordenlijst en kunnen missen of te veel zijn.</li>
</ul>`;
  return layout({ root: '', title: 'Uitleg' }, body);
}
