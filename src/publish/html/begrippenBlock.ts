import type { MotionView } from '../../domain/types.js';
import { definedAbbreviations, termsIn, type FoundTerm } from '../../explain/glossary/findTerms.js';
import { html, type SafeHtml } from './escape.js';

/** At most this many terms on a motion page: the glossary page has the rest. */
const MAX_TERMS = 10;

/**
 * The terms a motion page explains: the begrippenlijst terms in its explanation and dictum, and the abbreviations
 * the motion itself writes out ("zeer zorgwekkende stoffen (ZZS)") that the explanation or dictum uses.
 */
export function motionTerms(view: MotionView): FoundTerm[] {
  const e = view.explanation;
  const used = [e?.samenvatting ?? '', e?.implicatie ?? '', ...(view.parsed?.operative ?? []).map((c) => c.text)].join('\n');
  const abbreviations = definedAbbreviations(view.text?.text ?? '').filter((a) => new RegExp(`(?<![\\p{L}])${a.term}(?![\\p{L}])`, 'u').test(used));
  const abbrNames = new Set(abbreviations.map((a) => a.term));
  const terms = termsIn(used).filter((t) => !abbrNames.has(t.term));
  return [...abbreviations, ...terms].slice(0, MAX_TERMS);
}

/**
 * The "Begrippen" block of a motion page: each term as a `<dfn>` (an abbreviation as `<abbr title>`) with its
 * explanation, and a link to the glossary page. Plain HTML: readable without JavaScript.
 */
export function begrippenBlock(root: string, terms: FoundTerm[]): SafeHtml | '' {
  if (terms.length === 0) return '';
  return html`<section class="begrippen" aria-labelledby="begrippen-kop"><h2 id="begrippen-kop">Begrippen</h2>
<dl>${terms.map((t) =>
    t.kind === 'abbr'
      ? html`<dt><abbr title="${t.uitleg}">${t.term}</abbr></dt><dd>${t.uitleg} (zo schrijft de motie het voluit)</dd>`
      : html`<dt><dfn>${t.term}</dfn></dt><dd>${t.uitleg} <a href="${root}begrippen/index.html#${t.slug ?? ''}">Begrippenlijst</a></dd>`,
  )}</dl>
</section>`;
}
