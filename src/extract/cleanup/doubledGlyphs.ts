import { isPairedWord } from '../../domain/doubledGlyphs.js';

/**
 * Fake bold drawn glyph by glyph ("DDiirreeccttoorraaaatt") reads as every character twice.
 * A word counts as doubled when it is made of pairs only; a line is collapsed when most of its longer words are
 * doubled, so real double letters in ordinary words ("aa", "ee", "oo" in "maatregel", "zee") are never touched.
 */
export function collapseDoubledGlyphs(line: string): string {
  const tokens = line.split(/( +)/);
  const words = tokens.filter((t) => t.trim().length >= 4);
  if (words.length === 0) return collapseRepeatedLine(line);
  const doubled = words.filter(isPairedWord);
  const dominant = words.length === 1 ? doubled.length === 1 && words[0]!.length >= 6 : doubled.length / words.length >= 0.6;
  if (!dominant) return collapseRepeatedLine(line);
  return tokens
    .map((t) => (t.trim() === '' ? (t.length >= 2 ? ' '.repeat(Math.ceil(t.length / 2)) : t) : isPairedWord(t) ? unpair(t) : t))
    .join('');
}

function unpair(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i += 2) out += word[i];
  return out;
}

/** A line printed twice in one run ("Directoraat-Generaal BelastingdienstDirectoraat-Generaal Belastingdienst"). */
export function collapseRepeatedLine(line: string): string {
  const t = line.trim();
  if (t.length < 16) return line;
  for (const sep of ['', ' ']) {
    const half = (t.length - sep.length) / 2;
    if (Number.isInteger(half) && t.slice(0, half) === t.slice(half + sep.length) && t.slice(half, half + sep.length) === sep) {
      return t.slice(0, half);
    }
  }
  return line;
}

/** Drops a line that repeats the line right before it (whole lines drawn twice, read as two lines). */
export function dropRepeatedLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && line.trim().length >= 12 && line.trim() === prev.trim()) continue;
    out.push(line);
  }
  return out;
}
