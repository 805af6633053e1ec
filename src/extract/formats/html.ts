/** HTML as given: block elements become line breaks, tags go, entities are decoded; scripts and styles are dropped. */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?(p|div|h[1-6]|li|ul|ol|tr|table|section|article|blockquote|pre|dd|dt)\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘',
  ldquo: '“', rdquo: '”', hellip: '…', euro: '€', laquo: '«', raquo: '»', szlig: 'ß', shy: '\u00AD', bull: '•',
};
const MARKS: Record<string, string> = { acute: '\u0301', grave: '\u0300', uml: '\u0308', circ: '\u0302', tilde: '\u0303', cedil: '\u0327', ring: '\u030A' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    // Accented letters (&eacute; &euml; &oacute; …): the letter with its combining mark, composed.
    const accent = /^([a-zA-Z])(acute|grave|uml|circ|tilde|cedil|ring)$/.exec(e);
    if (accent) return (accent[1]! + MARKS[accent[2]!]!).normalize('NFC');
    return NAMED[e] ?? NAMED[e.toLowerCase()] ?? all;
  });
}
