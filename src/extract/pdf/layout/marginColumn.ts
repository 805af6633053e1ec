import type { TextBox } from '../textBox.js';

/**
 * Finds the narrow right-hand column of a Kamerbrief (sender, "Datum", "Ons kenmerk", contact details):
 * at least three runs that start in the right 40% of the page, clear of the body text's right edge.
 * Returns the body and the margin apart; a page without such a column comes back whole.
 */
export function splitMarginColumn(segments: TextBox[], pageWidth: number): { body: TextBox[]; margin: TextBox[] } {
  const body = segments.filter((s) => s.x0 < pageWidth * 0.45);
  if (body.length < 5) return { body: segments, margin: [] };
  const rights = body.map((s) => s.x1).sort((a, b) => a - b);
  const bodyRight = rights[Math.floor(rights.length * 0.95)] ?? rights[rights.length - 1]!;
  const margin = segments.filter((s) => s.x0 >= pageWidth * 0.58 && s.x0 > bodyRight + 4 && s.x1 - s.x0 < pageWidth * 0.4);
  if (margin.length < 3) return { body: segments, margin: [] };
  const marginSet = new Set(margin);
  return { body: segments.filter((s) => !marginSet.has(s)), margin };
}
