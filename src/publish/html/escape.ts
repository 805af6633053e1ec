import { foldKey } from '../../domain/dutch/fold.js';

/**
 * Escaping for everything that comes from a document, the API or an LLM. Pages are string templates,
 * so every interpolation of untrusted text goes through `esc` (text and attribute values alike).
 */
const NEEDS_ESCAPE = /[&<>"']/;

/**
 * Most values have nothing to escape: those are returned as they are after one search, and the others are built
 * from the slices between the escaped characters (a replace with a callback per match was 16 % of a motion page's
 * render time, mostly on texts that hold a few apostrophes).
 */
export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? value : String(value);
  const first = s.search(NEEDS_ESCAPE);
  if (first < 0) return s;
  let out = '';
  let from = 0;
  for (let i = first; i < s.length; i++) {
    const escaped = escapeOf(s.charCodeAt(i));
    if (escaped === null) continue;
    out += s.slice(from, i) + escaped;
    from = i + 1;
  }
  return out + s.slice(from);
}

function escapeOf(code: number): string | null {
  switch (code) {
    case 0x26: return '&amp;';
    case 0x3c: return '&lt;';
    case 0x3e: return '&gt;';
    case 0x22: return '&quot;';
    case 0x27: return '&#39;';
    default: return null;
  }
}

/** A piece of HTML that is already safe: built by our templates from escaped parts. */
export interface SafeHtml {
  readonly html: string;
}

/** Tagged template: interpolated strings are escaped, SafeHtml and arrays of SafeHtml are inserted as is. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return { html: out };
}

function render(v: unknown): string {
  if (typeof v === 'string') return esc(v);
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map(render).join('');
  if (typeof v === 'object' && 'html' in (v as object)) return (v as SafeHtml).html;
  return esc(String(v));
}

export function raw(markup: string): SafeHtml {
  return { html: markup };
}

/** XML text/attribute escaping (Atom, sitemap); the same characters as HTML. */
export const escXml = esc;

/** A readable, URL- and file-safe name: "GroenLinks-PvdA" → "groenlinks-pvda", "Van der Plas" → "van-der-plas". */
export function slug(value: string): string {
  let s = slugs.get(value);
  if (s === undefined) {
    if (slugs.size >= 20_000) slugs.clear();
    slugs.set(value, (s = slugOf(value)));
  }
  return s;
}

// The same fractie, member and dossier names come back on every page: slugging them once saves ~8 % of a motion
// page's render time (normalize + four regexes per link). Bounded, as the names of a whole store are a few thousand.
const slugs = new Map<string, string>();

function slugOf(value: string): string {
  const s = foldKey(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'onbekend';
}
