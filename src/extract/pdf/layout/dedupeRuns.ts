import type { TextBox } from '../textBox.js';

/**
 * Drops runs drawn twice at (nearly) the same place: the "fake bold" of printer drivers and Word templates,
 * which draw a line a second time 0.3 pt further. Glyph-level doubling (pdf.js merges the doubled glyphs into
 * runs like "D", "Diir") is left to `collapseDoubledGlyphs` on the text.
 */
export function dropDuplicateRuns(boxes: TextBox[]): TextBox[] {
  const seen = new Map<string, TextBox[]>();
  const kept: TextBox[] = [];
  for (const b of boxes) {
    const key = b.text.trim();
    if (!key) {
      kept.push(b);
      continue;
    }
    const same = seen.get(key);
    const tolerance = Math.max(1.5, b.size * 0.25);
    if (same?.some((o) => Math.abs(o.x0 - b.x0) <= tolerance && Math.abs(o.y - b.y) <= tolerance)) continue;
    if (same) same.push(b);
    else seen.set(key, [b]);
    kept.push(b);
  }
  return kept;
}
