import { html, type SafeHtml } from './escape.js';

export interface PageOptions {
  /** Relative path from this page to the site root: '' or '../'. Every link is relative so the site opens from disk. */
  root: string;
  title: string;
  /** Feed of this page (relative to the root), announced in the head. */
  feed?: { href: string; title: string };
  description?: string;
  /** Extra scripts (relative to the root), loaded as modules: pages stay readable without them. */
  scripts?: string[];
}

/** The frame around every page: Dutch, responsive, no JavaScript needed to read. */
export function layout(o: PageOptions, body: SafeHtml): string {
  const r = o.root;
  return html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · Motiemonitor</title>
${o.description ? html`<meta name="description" content="${o.description}">` : ''}
<link rel="stylesheet" href="${r}assets/style.css">
<link rel="icon" href="${r}assets/favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" href="${r}feeds/moties.xml" title="Alle moties">
${o.feed ? html`<link rel="alternate" type="application/atom+xml" href="${r}${o.feed.href}" title="${o.feed.title}">` : ''}
</head>
<body>
<header class="site">
<a class="brand" href="${r}index.html">Motiemonitor</a>
<form class="quick" action="${r}zoeken.html" method="get" role="search"><label class="sr" for="q-top">Zoek in moties</label><input id="q-top" name="q" type="search" placeholder="Zoek in moties…"><button type="submit">Zoek</button></form>
<nav><a href="${r}zoeken.html">Zoeken</a> <a href="${r}themas/index.html">Thema's</a> <a href="${r}fracties/index.html">Fracties</a> <a href="${r}leden/index.html">Leden</a> <a href="${r}dossiers/index.html">Dossiers</a> <a href="${r}archief/index.html">Archief</a> <a href="${r}brieven/index.html">Brieven</a> <a href="${r}toezeggingen/index.html">Toezeggingen</a> <a href="${r}wat-werd-ervan/index.html">Wat werd ervan</a> <a href="${r}begrippen/index.html">Begrippen</a> <a href="${r}uitleg.html">Uitleg</a></nav>
</header>
<main>
${body}
</main>
<footer class="site"><p>Motiemonitor legt moties van de Tweede Kamer uit. Bron: open data van de Tweede Kamer (CC0). <a href="${r}uitleg.html">Hoe werkt het?</a> · <a href="${r}feeds/moties.xml">Atom-feed</a> · <a href="${r}data/index.json">Data (JSON)</a></p></footer>
${(o.scripts ?? []).map((s) => html`<script type="module" src="${r}${s}"></script>`)}
</body>
</html>
`.html;
}
