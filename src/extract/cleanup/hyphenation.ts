/**
 * Joins words broken at a line end: "vooruit-" + "zichten" → "vooruitzichten". The next line is pulled up, as
 * poppler's default mode does. A hyphen before a capital stays ("Oost-" + "Mediterrane" → "Oost-Mediterrane"),
 * and so does one before a conjunction ("zorg-" + "en welzijnsbeleid").
 */
export function joinHyphenatedLines(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    while (i + 1 < lines.length) {
      const m = /(\p{L}{2,})-$/u.exec(line.trimEnd());
      const next = lines[i + 1]!.trimStart();
      if (!m || !next) break;
      const first = /^\S+/.exec(next)?.[0] ?? '';
      if (/^\p{Lu}/u.test(first)) line = line.trimEnd() + next;
      else if (/^\p{Ll}/u.test(first) && !KEEP_BEFORE.has(first.replace(/[.,;:]$/, ''))) line = line.trimEnd().slice(0, -1) + next;
      else break;
      i++;
    }
    out.push(line);
  }
  return out;
}

const KEEP_BEFORE = new Set(['en', 'of', 'tot', 'noch', 'dan']);
