import { median, type TextBox } from '../textBox.js';

/**
 * Joins the runs of one visual line into segments: words close together form one segment; a wide gap
 * (a column gutter, a label beside its value) starts a new one, so the reading-order step can place them apart.
 */
export function buildSegments(boxes: TextBox[]): TextBox[] {
  const items = boxes.filter((b) => b.text.length > 0);
  if (items.length === 0) return [];
  const superscripts = new Set<TextBox>();
  const lines = groupLines(items, superscripts);
  const segments: TextBox[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x0 - b.x0 || a.seq - b.seq);
    let open = false; // whether the last segment is still open for this line
    for (const b of line) {
      const seg = open ? segments[segments.length - 1]! : null;
      if (!b.text.trim()) {
        // A space run only tells us where words end; it never starts a segment.
        if (seg && b.x0 - seg.x1 < b.size * 0.6) {
          if (!seg.text.endsWith(' ')) seg.text += ' ';
          seg.x1 = Math.max(seg.x1, b.x1);
        }
        continue;
      }
      const gap = seg ? b.x0 - seg.x1 : Infinity;
      if (seg && gap < Math.max(seg.size, b.size) * 1.2) {
        const needsSpace = gap > Math.min(seg.size, b.size) * 0.12 && !seg.text.endsWith(' ') && !b.text.startsWith(' ');
        seg.text += (needsSpace ? ' ' : '') + (superscripts.has(b) ? toSuperscript(b.text) : b.text);
        seg.x1 = Math.max(seg.x1, b.x1);
        // The segment sits on the baseline of its main text, not on that of a raised footnote number.
        if (b.size > seg.size) seg.y = b.y;
        seg.size = Math.max(seg.size, b.size);
      } else {
        segments.push({ ...b });
        open = true;
      }
    }
  }
  return segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() })).filter((s) => s.text);
}

export function medianSize(boxes: TextBox[]): number {
  return median(boxes.map((b) => b.size)) || 10;
}

interface Line {
  y: number;
  size: number;
  x0: number;
  x1: number;
  items: TextBox[];
}

/**
 * Groups runs into visual lines by baseline. Larger text is placed first, so a superscript footnote number
 * (smaller, raised) joins the line it belongs to ("motie van Nispen1") instead of becoming a line of its own.
 */
function groupLines(items: TextBox[], superscripts: Set<TextBox>): TextBox[][] {
  const bySize = [...items].sort((a, b) => b.size - a.size || a.y - b.y || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const b of bySize) {
    const sameLine = (l: Line) => Math.abs(b.y - l.y) <= Math.max(1, Math.min(l.size, b.size) * 0.45) && b.size >= l.size * 0.7;
    const raised = (l: Line) =>
      b.size < l.size * 0.85 && b.y < l.y - l.size * 0.15 && b.y > l.y - l.size * 0.9 && b.x0 >= l.x0 - l.size && b.x0 <= l.x1 + l.size * 2;
    const line = lines.find(sameLine) ?? lines.find(raised);
    if (line && !sameLine(line)) superscripts.add(b);
    if (line) {
      line.items.push(b);
      line.x0 = Math.min(line.x0, b.x0);
      line.x1 = Math.max(line.x1, b.x1);
    } else {
      lines.push({ y: b.y, size: b.size, x0: b.x0, x1: b.x1, items: [b] });
    }
  }
  return lines.sort((a, b) => a.y - b.y).map((l) => l.items);
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A raised footnote number keeps its mark ("2022⁴"), so clean-up can tell it from the digits before it. */
function toSuperscript(text: string): string {
  return /^\s*\d{1,3}\s*$/.test(text) ? text.replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]!) : text;
}
