/**
 * Neutralises Liquid in text that Jekyll will render: `{{` and `{%` (and their closers) become HTML entities,
 * which Markdown shows as the same characters but Liquid does not execute. Text without Liquid is returned
 * unchanged, so the seed pages still round-trip byte for byte.
 */
export function neutraliseLiquid(text: string): string {
  return text.replace(/\{\{|\{%|%\}|\}\}/g, (m) => m.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;').replace(/%/g, '&#37;'));
}

/**
 * Raw HTML in document text must not become markup on the Jekyll site: `<` and `&` become entities.
 * Only applied where a `<` or `&` followed by a name could open a tag or entity, so plain text is untouched.
 */
export function neutraliseHtml(text: string): string {
  return text.replace(/&(?=[#a-zA-Z])/g, '&amp;').replace(/<(?=[a-zA-Z!/?])/g, '&lt;');
}

export function safeMarkdownText(text: string): string {
  return neutraliseLiquid(neutraliseHtml(text));
}
