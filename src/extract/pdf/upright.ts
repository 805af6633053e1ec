import type { TextBox } from './textBox.js';

/** A pdf.js text run in device space (y down): its transform and advance width. */
export interface PlacedRun {
  text: string;
  tx: number[];
  width: number;
}

/**
 * Turns a page's runs into boxes in reading orientation. The direction most text runs in (0°, 90°, 180°, 270°)
 * becomes left-to-right, so a page stored rotated (/Rotate, or text set sideways on a landscape page) reads
 * like any other; runs in another direction (stamps, vertical margin notes) are left out of the flow.
 */
export function uprightBoxes(runs: PlacedRun[], width: number, height: number): { boxes: TextBox[]; width: number; height: number } {
  const quarter = (r: PlacedRun) => ((Math.round(Math.atan2(r.tx[1]!, r.tx[0]!) / (Math.PI / 2)) % 4) + 4) % 4;
  const counts = [0, 0, 0, 0];
  for (const r of runs) if (r.text.trim()) counts[quarter(r)]! += r.text.length;
  const q = counts.indexOf(Math.max(...counts));
  const cos = Math.round(Math.cos((q * Math.PI) / 2));
  const sin = Math.round(Math.sin((q * Math.PI) / 2));
  const rot = (x: number, y: number): [number, number] => [x * cos + y * sin, -x * sin + y * cos];
  const corners = [rot(0, 0), rot(width, 0), rot(0, height), rot(width, height)];
  const minX = Math.min(...corners.map((c) => c[0]));
  const minY = Math.min(...corners.map((c) => c[1]));
  const boxes: TextBox[] = [];
  let seq = 0;
  for (const r of runs) {
    if (quarter(r) !== q || !squareToPage(r)) continue;
    const size = Math.hypot(r.tx[2]!, r.tx[3]!) || 1;
    const [x, y] = rot(r.tx[4]!, r.tx[5]!);
    const x0 = x - minX;
    boxes.push({ text: r.text, x0, x1: x0 + r.width, y: y - minY, size, seq: seq++ });
  }
  const odd = q % 2 === 1;
  return { boxes, width: odd ? height : width, height: odd ? width : height };
}

/** Runs set at an odd angle (a diagonal "CONCEPT" stamp) are not part of the text. */
function squareToPage(r: PlacedRun): boolean {
  const angle = Math.atan2(r.tx[1]!, r.tx[0]!);
  const off = Math.abs(angle - Math.round(angle / (Math.PI / 2)) * (Math.PI / 2));
  return off < 0.05;
}
