/** A run of text at a place on the page, in device space (origin top-left, y grows downward, unit: pt). */
export interface TextBox {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font size (height of the text line). */
  size: number;
  /** Order in the content stream: tells stacked layers apart. */
  seq: number;
}

export const top = (b: TextBox): number => b.y - b.size * 0.8;
export const bottom = (b: TextBox): number => b.y + b.size * 0.2;

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
