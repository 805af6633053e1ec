import type { JekyllMotionPage, MotionView } from '../../domain/types.js';
import { SEED_FRONT_MATTER, SEED_SECTIONS } from '../../source/seedPage.js';
import { safeMarkdownText } from './liquid.js';

/**
 * Renders a page in the moties-toegelicht Jekyll format. Fields are written raw between their headings
 * (the inverse of `parseSeedPage`), so a parsed seed page comes back byte for byte.
 */
export function renderJekyllMotionPage(page: JekyllMotionPage): string {
  let out = SEED_FRONT_MATTER;
  for (const [key, heading] of SEED_SECTIONS) {
    out += `## ${heading}:\n`;
    out += key === 'pdfUrl' ? `[pdf](${page.pdfUrl})\n` : `${page[key]}\n`;
  }
  return out;
}

/** The prompt lines of the moties-toegelicht pages, kept as they were (they document how the original site worked). */
const PROMPT_SAMENVATTING = 'Samenvatting van bovenstaande motie, kort en bondig:\n\n';
const PROMPT_IMPLICATIES = "De gevolgen / implicaties van deze motie in 1 korte zin samengevat, beginnend met 'Als de motie wordt aangenomen dan' \n";

/** Folds a one-line field (title, subject): no line breaks, which would end the section early. */
function oneLine(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The page fields of a motion. A motion imported from a seed page keeps its own fields (neutralised
 * only if they hold Liquid or markup); other motions get the seed-000 layout from the shown explanation and the text.
 */
export function jekyllFieldsFor(view: MotionView): JekyllMotionPage {
  const imported = view.importedPage;
  if (imported) {
    const safe = { ...imported };
    for (const [key] of SEED_SECTIONS) if (key !== 'pdfUrl') safe[key] = safeMarkdownText(imported[key]);
    safe.pdfUrl = safeUrl(imported.pdfUrl);
    return safe;
  }
  const e = view.explanation?.status === 'ok' ? view.explanation : null;
  const tekst = (view.text?.text ?? '').replace(/\f/g, '').trimEnd();
  return {
    titel: safeMarkdownText(oneLine(view.document.titel ?? view.parsed?.titel)),
    onderwerp: safeMarkdownText(oneLine(view.document.onderwerp)),
    implicaties: '\n' + safeMarkdownText(oneLine(e?.implicatie ?? '')),
    samenvatting: '\n' + safeMarkdownText(oneLine(e?.samenvatting ?? '')),
    tekst: '\n\n' + safeMarkdownText(tekst) + '\n\n',
    promptSamenvatting: PROMPT_SAMENVATTING,
    promptImplicaties: PROMPT_IMPLICATIES,
    pdfUrl: safeUrl(view.document.bronUrl ?? ''),
  };
}

/** A link target for Markdown: only http(s) URLs, and no characters that end the link or open markup. */
export function safeUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return '';
  const cleaned = url.replace(/[\s<>"'{}\\]/g, (c) => encodeURIComponent(c));
  // `Document(<id>)/resource` has balanced parentheses, which Markdown allows; unbalanced ones would end the link.
  const open = (cleaned.match(/\(/g) ?? []).length;
  const close = (cleaned.match(/\)/g) ?? []).length;
  return open === close ? cleaned : cleaned.replace(/\(/g, '%28').replace(/\)/g, '%29');
}
