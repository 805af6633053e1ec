/** A small icon (an M on the Kamer's blue), so browsers do not ask for a missing favicon.ico. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0f2a4a"/><path d="M7 24V8h4l5 8 5-8h4v16h-4V15l-5 8-5-8v9z" fill="#fff"/></svg>
`;

/** The site's static assets: the style sheet and the search script (no build step, no framework). */
export const STYLE_CSS = `*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111827;background:#f9fafb}
a{color:#1d4ed8}
header.site{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.6rem 1rem;background:#0f2a4a;color:#fff}
header.site a{color:#fff}
.brand{font-weight:700;font-size:1.2rem;text-decoration:none}
header.site nav{display:flex;flex-wrap:wrap;gap:.2rem .8rem;font-size:.95rem}
form.quick{display:flex;gap:.3rem;flex:1 1 14rem;min-width:0;max-width:24rem}
form.quick input{flex:1;min-width:0;width:100%}
input,select,button{font:inherit;padding:.3rem .5rem;border:1px solid #6b7280;border-radius:4px}
button{background:#1d4ed8;color:#fff;border-color:#1d4ed8;cursor:pointer}
main{max-width:60rem;margin:0 auto;padding:1rem}
footer.site{max-width:60rem;margin:2rem auto;padding:1rem;color:#4b5563;font-size:.9rem;border-top:1px solid #e5e7eb}
.sr{position:absolute;left:-9999px}
.muted{color:#6b7280}
.kicker{color:#4b5563;margin:0}
h1{font-size:1.6rem;line-height:1.25;margin:.3rem 0 .6rem}
.badge{display:inline-block;padding:0 .45rem;border-radius:999px;font-size:.8rem;font-weight:600;border:1px solid}
.badge-aangenomen{background:#dcfce7;color:#14532d;border-color:#15803d}
.badge-verworpen{background:#fee2e2;color:#7f1d1d;border-color:#b91c1c}
.badge-aangehouden,.badge-ingetrokken{background:#fef9c3;color:#713f12;border-color:#a16207}
.badge-onbekend{background:#f3f4f6;color:#374151;border-color:#9ca3af}
.badge-tz-voldaan,.badge-tz-deels{background:#dcfce7;color:#14532d;border-color:#15803d}
.badge-tz-te-laat{background:#fee2e2;color:#7f1d1d;border-color:#b91c1c}
.badge-tz-open{background:#dbeafe;color:#1e3a8a;border-color:#1d4ed8}
.badge-tz-vervallen,.badge-tz-onbekend{background:#f3f4f6;color:#374151;border-color:#9ca3af}
dl.gegevens{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.gegevens dt{font-weight:600}
.chart-table{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
blockquote.tekst{margin:0;padding:.5rem 1rem;border-left:4px solid #9ca3af;background:#f9fafb}
ul.moties{list-style:none;padding:0}
li.motie{background:#fff;border:1px solid #e5e7eb;border-radius:6px;padding:.7rem .9rem;margin:.6rem 0}
li.motie>a{font-weight:600}
.meta{font-size:.9rem;color:#4b5563}
.impl{margin:.3rem 0 0}
.impl.none{color:#6b7280;font-style:italic}
.uitleg{background:#eff6ff;border-left:4px solid #1d4ed8;padding:.6rem 1rem;margin:1rem 0}
.samenvatting p{margin:.3rem 0}.aanleiding{border-top:1px solid #bfdbfe;padding-top:.4rem;margin:.5rem 0}
.begrippen dl,.begrippenlijst{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}.begrippen dt,.begrippenlijst dt{font-weight:600}.begrippen dd,.begrippenlijst dd{margin:0}
.implicatie{font-size:1.15rem;font-weight:600}
.explainer{font-size:.85rem;color:#4b5563}
.warning{background:#fef2f2;border:1px solid #b91c1c;padding:.6rem 1rem;margin:1rem 0;border-radius:6px}
.notice{background:#fffbeb;border:1px solid #d97706;padding:.5rem 1rem;margin:1rem 0;border-radius:6px}
pre.tekst{white-space:pre-wrap;word-wrap:break-word;background:#fff;border:1px solid #e5e7eb;padding:1rem;font:15px/1.5 Georgia,serif}
mark.dictum{background:#fde68a;padding:0 .1rem}
.votebar{margin:.5rem 0}
.votebar figcaption{font-size:.9rem}
.votebar .voor{color:#15803d;font-weight:600}
.votebar .tegen{color:#b91c1c;font-weight:600}
dl.stemmingen dt{font-weight:600}
dl.stemmingen dd{margin:0 0 .5rem 0}
ol.timeline{border-left:3px solid #93c5fd;padding-left:1.2rem;list-style:none}
ol.timeline li{margin:.4rem 0}
table.index{border-collapse:collapse;width:100%;background:#fff}
table.index th,table.index td{border-bottom:1px solid #e5e7eb;padding:.3rem .5rem;text-align:left}
ul.counts{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}
ul.counts li{background:#fff;border:1px solid #e5e7eb;border-radius:6px;padding:.4rem .8rem}
.big-search input{width:min(30rem,100%)}
fieldset.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;border:1px solid #e5e7eb;border-radius:6px}
ol.results{padding-left:1.2rem}
ol.results li{margin:.7rem 0}
ol.results mark{background:#fde68a}
@media (max-width:40rem){main{padding:.6rem}h1{font-size:1.3rem}header.site nav{font-size:.9rem}}
`;

/**
 * Search in the browser with Pagefind: one index per quarter ("shard"), merged at search time, each loaded in
 * chunks. The query and filters live in the URL (?q=&fractie=&indiener=&dossier=&jaar=&uitslag=&thema=&soort=&status=&ministerie=).
 * Results are built with DOM text nodes; only Pagefind's <mark> survives in excerpts.
 */
export const SEARCH_JS = `const form = document.getElementById('zoek');
const status = document.getElementById('status');
const list = document.getElementById('resultaten');
const more = document.getElementById('meer');
const FILTERS = ['fractie', 'indiener', 'dossier', 'jaar', 'uitslag', 'thema', 'soort', 'status', 'ministerie'];
const PAGE = 20;
const base = new URL('.', location.href);
let pagefind = null;
let results = [];
let shown = 0;

function say(text) { status.textContent = text; }

function safeExcerpt(excerpt) {
  const span = document.createElement('span');
  const parts = String(excerpt || '').split(/(<mark>|<\\/mark>)/);
  let target = span;
  for (const p of parts) {
    if (p === '<mark>') { target = document.createElement('mark'); span.appendChild(target); }
    else if (p === '</mark>') { target = span; }
    else target.appendChild(document.createTextNode(p.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')));
  }
  return span;
}

async function load() {
  if (pagefind) return pagefind;
  const shards = (form.dataset.shards || '').split(',').filter(Boolean);
  if (!shards.length) throw new Error('geen zoekindex');
  pagefind = await import(new URL('zoekindex/' + shards[0] + '/pagefind.js', base).href);
  await pagefind.options({ baseUrl: base.pathname, excerptLength: 24 });
  for (const s of shards.slice(1)) await pagefind.mergeIndex(new URL('zoekindex/' + s + '/', base).pathname);
  await pagefind.init();
  const filters = await pagefind.filters();
  const dl = document.getElementById('indieners-lijst');
  for (const name of Object.keys((filters && filters.indiener) || {}).sort()) {
    const o = document.createElement('option'); o.value = name; dl.appendChild(o);
  }
  return pagefind;
}

function readUrl() {
  const p = new URLSearchParams(location.search);
  form.elements.q.value = p.get('q') || '';
  for (const f of FILTERS) if (form.elements[f]) form.elements[f].value = p.get(f) || '';
}

function writeUrl() {
  const p = new URLSearchParams();
  if (form.elements.q.value.trim()) p.set('q', form.elements.q.value.trim());
  for (const f of FILTERS) { const v = form.elements[f].value.trim(); if (v) p.set(f, v); }
  history.replaceState(null, '', p.toString() ? '?' + p.toString() : location.pathname);
}

async function showMore() {
  const page = results.slice(shown, shown + PAGE);
  shown += page.length;
  const data = await Promise.all(page.map((r) => r.data()));
  for (const d of data) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url; a.textContent = (d.meta && d.meta.title) || d.url; a.className = 'result-title';
    li.appendChild(a);
    const meta = document.createElement('div'); meta.className = 'meta';
    meta.textContent = [d.meta && d.meta.uitslag, d.meta && d.meta.datum, d.meta && d.meta.soort].filter(Boolean).join(' · ');
    li.appendChild(meta);
    if (d.meta && d.meta.implicatie) { const p = document.createElement('p'); p.className = 'impl'; p.textContent = d.meta.implicatie; li.appendChild(p); }
    const ex = document.createElement('p'); ex.className = 'excerpt'; ex.appendChild(safeExcerpt(d.excerpt)); li.appendChild(ex);
    list.appendChild(li);
  }
  more.hidden = shown >= results.length;
}

async function run() {
  const q = form.elements.q.value.trim();
  const filters = {};
  for (const f of FILTERS) { const v = form.elements[f].value.trim(); if (v) filters[f] = v; }
  list.textContent = ''; shown = 0; results = []; more.hidden = true;
  if (!q && !Object.keys(filters).length) { say('Typ een zoekwoord of kies een filter.'); return; }
  say('Zoeken…');
  try {
    const pf = await load();
    const search = await pf.search(q || null, { filters, sort: q ? undefined : { datum: 'desc' } });
    results = search.results;
    say(results.length === 1 ? '1 resultaat' : results.length + ' resultaten');
    await showMore();
  } catch (err) {
    say('Zoeken lukt hier niet (' + (err && err.message ? err.message : err) + '). Open de site via een webserver, bijvoorbeeld: motiemonitor serve.');
  }
}

form.addEventListener('submit', (e) => { e.preventDefault(); writeUrl(); run(); });
for (const f of FILTERS) form.elements[f].addEventListener('change', () => { writeUrl(); run(); });
more.addEventListener('click', () => showMore());
readUrl();
run();
`;
