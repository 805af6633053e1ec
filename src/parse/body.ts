/**
 * Where a motion's body starts and ends.
 * Start: "De Kamer," (also "De kamer,", "De\n\nKamer," in OCR, "Voorzitter,"), else "gehoord de beraadslaging".
 * End: "en gaat over tot de orde van de dag" (also "Gaat over tot …", OCR "orde dan de dag"); some OCR'd forms
 * lack it, and then the body ends where the signatures begin.
 */

const END = /^(?:en\s+)?gaat\s+over\s+tot\s+de\s+orde\s+(?:van|dan)\s+de\s+dag/i;

export interface BodyBounds {
  /** First line after the opening. */
  start: number;
  /** Index of the closing line, or -1 when the text has none. */
  end: number;
}

export function findBody(lines: string[], from: number): BodyBounds {
  let start = -1;
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^De\s+kamer,?$/i.test(l) || /^Voorzitter,$/i.test(l)) {
      start = i + 1;
      break;
    }
    if (/^De$/i.test(l)) {
      const next = lines.slice(i + 1).find((x) => x);
      if (next && /^Kamer,$/i.test(next)) {
        start = lines.indexOf(next, i + 1) + 1;
        break;
      }
    }
    if (/^gehoord\s+de\s+beraadslaging/i.test(l)) {
      start = i;
      break;
    }
  }
  if (start < 0) start = from;
  const end = lines.findIndex((l, i) => i >= start && END.test(l));
  return { start, end };
}

export function isEndLine(line: string): boolean {
  return END.test(line);
}
