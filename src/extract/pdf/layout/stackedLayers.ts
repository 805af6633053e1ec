import { bottom, top, type TextBox } from '../textBox.js';

/**
 * Splits a page whose content is two pages drawn on top of each other into its layers, in content order.
 * A layer starts where the content stream jumps back up to where it began; consecutive layers count as stacked
 * only when their text overlaps on the page (a margin column drawn after the body also jumps back up, but beside it).
 */
export function splitStackedLayers(boxes: TextBox[]): TextBox[][] {
  const runs: TextBox[][] = [];
  let current: TextBox[] = [];
  let topY = Infinity;
  let lowest = -Infinity;
  for (const b of boxes) {
    // Back at (or above) the top of the current run after it went down several lines: a new run starts.
    if (current.length > 3 && lowest - topY > b.size * 4 && b.y <= topY + b.size * 1.5) {
      runs.push(current);
      current = [];
      topY = Infinity;
      lowest = -Infinity;
    }
    current.push(b);
    topY = Math.min(topY, b.y);
    lowest = Math.max(lowest, b.y);
  }
  if (current.length) runs.push(current);
  if (runs.length < 2) return [boxes];

  const layers: TextBox[][] = [runs[0]!];
  for (const run of runs.slice(1)) {
    const last = layers[layers.length - 1]!;
    if (overlapShare(last, run) > 0.3) layers.push(run);
    else last.push(...run);
  }
  return layers;
}

/** Share of b's runs that cover a run of a on the page. */
function overlapShare(a: TextBox[], b: TextBox[]): number {
  const cell = 20;
  const grid = new Map<string, TextBox[]>();
  for (const box of a) {
    for (let gx = Math.floor(box.x0 / cell); gx <= Math.floor(box.x1 / cell); gx++) {
      const k = `${gx}:${Math.floor(box.y / cell)}`;
      const list = grid.get(k);
      if (list) list.push(box);
      else grid.set(k, [box]);
    }
  }
  let hits = 0;
  let counted = 0;
  for (const box of b) {
    if (!box.text.trim()) continue;
    counted++;
    let hit = false;
    for (let gx = Math.floor(box.x0 / cell); gx <= Math.floor(box.x1 / cell) && !hit; gx++) {
      for (const dy of [-1, 0, 1]) {
        const list = grid.get(`${gx}:${Math.floor(box.y / cell) + dy}`) ?? [];
        if (list.some((o) => o.x0 < box.x1 && box.x0 < o.x1 && top(o) < bottom(box) && top(box) < bottom(o))) {
          hit = true;
          break;
        }
      }
    }
    if (hit) hits++;
  }
  return counted ? hits / counted : 0;
}
