import { collapseDoubledGlyphs } from '../../cleanup/doubledGlyphs.js';
import { bottom, top, type TextBox } from '../textBox.js';
import { dropDuplicateRuns } from './dedupeRuns.js';
import { splitMarginColumn } from './marginColumn.js';
import { buildSegments, medianSize } from './segments.js';
import { splitStackedLayers } from './stackedLayers.js';
import { readingOrder } from './xyCut.js';

export interface LaidOutPage {
  /** Body lines in reading order; an empty string marks a gap between blocks (as pdftotext prints it). */
  lines: string[];
  /** Margin-column lines, top to bottom. */
  margin: string[];
}

/** One page's text runs → reading-order lines, each stacked layer on its own, the margin column apart. */
export function layoutPage(boxes: TextBox[], pageWidth: number): LaidOutPage {
  const lines: string[] = [];
  const margin: string[] = [];
  for (const layer of splitStackedLayers(dropDuplicateRuns(boxes))) {
    const segments = buildSegments(layer);
    if (segments.length === 0) continue;
    const size = medianSize(segments);
    const split = splitMarginColumn(segments, pageWidth);
    if (lines.length) lines.push('');
    lines.push(...rowsToLines(readingOrder(split.body, size), size));
    margin.push(...rowsToLines(readingOrder(split.margin, size), size).filter((l) => l !== ''));
  }
  return { lines, margin };
}

function rowsToLines(rows: TextBox[][], size: number): string[] {
  const out: string[] = [];
  let prevBottom: number | null = null;
  let prevX: number | null = null;
  for (const row of rows) {
    const rowTop = Math.min(...row.map(top));
    // A blank line where a new block starts: a vertical gap, or a jump back up (the next column).
    // (pdftotext keeps evenly spaced clauses together, so only a gap of two lines or more counts.)
    const gap = prevBottom === null ? 0 : rowTop - prevBottom;
    const jumpsColumn = prevX !== null && Math.abs(row[0]!.x0 - prevX) > size * 6;
    if (prevBottom !== null && (gap > size * 2 || gap < -size * 2 || jumpsColumn)) out.push('');
    for (const seg of row) out.push(collapseDoubledGlyphs(seg.text));
    prevBottom = Math.max(...row.map(bottom));
    prevX = row[0]!.x0;
  }
  return out;
}
