/**
 * Escaping for everything that comes from a document, the API or an LLM. Pages are string templates,
 * so every interpolation of untrusted text goes through `esc` (text and attribute values alike).
 */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
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
  const s = value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'onbekend';
}
