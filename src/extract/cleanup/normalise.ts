/**
 * Character-level normalisation that every engine's output gets: ligatures, odd spaces, soft hyphens, control characters.
 * Keeps line breaks and form feeds (page breaks): the motion parser depends on the line structure.
 */
const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

export function normaliseCharacters(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c)
      // No-break, thin, figure and other fixed-width spaces read as a plain space.
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
      // Zero-width characters, BOM and soft hyphens carry nothing a reader sees.
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      // Control characters except tab, newline and form feed.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '')
  );
}

/** Trailing spaces on each line go; the rest of the layout stays. */
export function trimLineEnds(text: string): string {
  return text.replace(/[ \t]+$/gm, '');
}
