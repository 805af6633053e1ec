import type { JekyllMotionPage } from '../domain/types.js';

/**
 * The moties-toegelicht Jekyll page format (seeds 000 and 001), section headings in their original spelling.
 * Each field is the raw text between its heading line and the next heading, so that
 * renderJekyllMotionPage(parseSeedPage(page)) gives the page back byte for byte.
 */
export const SEED_SECTIONS = [
  ['titel', 'Titel'],
  ['onderwerp', 'Onderwerp'],
  ['implicaties', 'Implicaties'],
  ['samenvatting', 'Samenvatting'],
  ['tekst', 'Orginele text'],
  ['promptSamenvatting', 'Prompt samenvatting'],
  ['promptImplicaties', 'Prompt implicaties'],
  ['pdfUrl', 'Orgineel'],
] as const satisfies readonly (readonly [keyof JekyllMotionPage, string])[];

export const SEED_FRONT_MATTER = '---\nlayout: motie\n---\n';

export function isSeedPage(text: string): boolean {
  return text.startsWith(SEED_FRONT_MATTER) && text.includes('\n## Titel:\n');
}

/** Parses a seed-format page. Returns null when the text is not one (a heading is missing or out of order). */
export function parseSeedPage(text: string): JekyllMotionPage | null {
  if (!isSeedPage(text)) return null;
  let rest = text.slice(SEED_FRONT_MATTER.length);
  const fields: Partial<Record<keyof JekyllMotionPage, string>> = {};
  for (let i = 0; i < SEED_SECTIONS.length; i++) {
    const [key, heading] = SEED_SECTIONS[i]!;
    const open = `## ${heading}:\n`;
    if (!rest.startsWith(open)) return null;
    rest = rest.slice(open.length);
    const next = SEED_SECTIONS[i + 1];
    if (next) {
      const at = rest.indexOf(`\n## ${next[1]}:\n`);
      if (at < 0) return null;
      fields[key] = rest.slice(0, at);
      rest = rest.slice(at + 1);
    } else {
      const link = /^\[pdf\]\((.*)\)\n?$/.exec(rest);
      if (!link) return null;
      fields[key] = link[1]!;
    }
  }
  return fields as JekyllMotionPage;
}

/** The TK Document id in a `…/Document(<id>)/resource` link, if any. */
export function documentIdFromUrl(url: string): string | null {
  const m = /Document\(([0-9a-f-]{36})\)/i.exec(url);
  return m ? m[1]!.toLowerCase() : null;
}
