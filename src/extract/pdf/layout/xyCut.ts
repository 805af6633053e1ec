import { bottom, top, type TextBox } from '../textBox.js';

/**
 * Reading order by recursive XY-cut: a region is split at a vertical gutter that runs through all of it
 * (columns: left before right), else at wide horizontal gaps (blocks), else into rows; a row reads left to right.
 * This reproduces poppler's default reading order on Kamer documents (label column, then the body column).
 */
export function readingOrder(segments: TextBox[], bodySize: number): TextBox[][] {
  const rows: TextBox[][] = [];
  cut(segments, bodySize, rows, 0);
  return rows;
}

function cut(boxes: TextBox[], size: number, out: TextBox[][], depth: number): void {
  if (boxes.length <= 1 || depth > 60) {
    if (boxes.length) out.push([...boxes].sort((a, b) => a.x0 - b.x0));
    return;
  }
  const gutter = findGutter(boxes, size);
  if (gutter !== null) {
    cut(boxes.filter((b) => b.x1 <= gutter), size, out, depth + 1);
    cut(boxes.filter((b) => b.x1 > gutter), size, out, depth + 1);
    return;
  }
  for (const minGap of [size * 0.8, 0.01]) {
    const bands = splitRows(boxes, minGap);
    if (bands.length > 1) {
      for (const band of bands) cut(band, size, out, depth + 1);
      return;
    }
  }
  out.push([...boxes].sort((a, b) => a.x0 - b.x0));
}

/** The middle of the widest empty vertical strip that separates the boxes into a left and a right group, or null. */
function findGutter(boxes: TextBox[], size: number): number | null {
  const sorted = [...boxes].sort((a, b) => a.x0 - b.x0);
  let reach = sorted[0]!.x1;
  let best: { width: number; at: number } | null = null;
  for (const b of sorted.slice(1)) {
    const width = b.x0 - reach;
    if (width >= Math.max(6, size * 0.9) && (!best || width > best.width)) best = { width, at: reach + width / 2 };
    reach = Math.max(reach, b.x1);
  }
  return best?.at ?? null;
}

/** Groups boxes into horizontal bands separated by an empty strip at least `minGap` high. */
function splitRows(boxes: TextBox[], minGap: number): TextBox[][] {
  const sorted = [...boxes].sort((a, b) => top(a) - top(b));
  const bands: TextBox[][] = [];
  let band: TextBox[] = [];
  let reach = -Infinity;
  for (const b of sorted) {
    if (band.length && top(b) - reach >= minGap) {
      bands.push(band);
      band = [];
    }
    band.push(b);
    reach = Math.max(reach, bottom(b));
  }
  if (band.length) bands.push(band);
  return bands;
}
