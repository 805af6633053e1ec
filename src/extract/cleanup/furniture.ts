import { isColophonLine } from '../../domain/colophon.js';

/**
 * Removes page furniture from a document's pages (each an array of lines): the trailer block, "Pagina 1 van 8",
 * bare page numbers at the top or bottom of a page, and running headers/footers (a line that comes back near
 * the top or bottom of most pages, numbers ignored).
 */
export function removeFurniture(pages: string[][]): string[][] {
  const shape = (l: string) => l.trim().replace(/\d+/g, '#').toLowerCase();
  const edgeCounts = new Map<string, number>();
  for (const page of pages) {
    // A page that is all edges (one or two lines) tells nothing about running headers.
    if (page.filter((l) => l.trim()).length < 4) continue;
    const seen = new Set(edgeLines(page).map(shape));
    for (const s of seen) if (s.replace(/[#\s]/g, '').length >= 3) edgeCounts.set(s, (edgeCounts.get(s) ?? 0) + 1);
  }
  const fullPages = pages.filter((p) => p.filter((l) => l.trim()).length >= 4).length;
  const minPages = Math.max(2, Math.ceil(fullPages * 0.5));
  const running = new Set([...edgeCounts].filter(([, n]) => pages.length >= 2 && n >= minPages).map(([s]) => s));

  return pages.map((page, i) => {
    const edges = new Set(edgeLines(page));
    // Page 1 opens with the Kamer's number ("2") on kamerstukken: only its foot can hold a page number.
    const numberEdges = i === 0 ? new Set(page.filter((l) => l.trim()).slice(-4)) : edges;
    return page.filter((line) => {
      const t = line.trim();
      if (!t) return true;
      if (isColophonLine(t) || PAGE_OF.test(t)) return false;
      if (edges.has(line) && running.has(shape(line))) return false;
      if (numberEdges.has(line) && PAGE_NUMBER.test(t) && pages.length > 1) return false;
      return true;
    });
  });
}

const PAGE_OF = /^(?:pagina|page|blad)\s+\d+\s+(?:van|of)\s+\d+$/i;
const PAGE_NUMBER = /^(?:[-–]\s*)?\d{1,4}(?:\s*[-–])?$/;

/** The first three and last four non-empty lines of a page: where headers, footers and page numbers sit. */
function edgeLines(page: string[]): string[] {
  const filled = page.filter((l) => l.trim());
  return [...filled.slice(0, 3), ...filled.slice(-4)];
}
