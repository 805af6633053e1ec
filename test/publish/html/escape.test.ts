import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { esc, html, slug } from '../../../src/publish/html/escape.js';
import { highlightClauses } from '../../../src/publish/html/highlight.js';
import { parseMotion } from '../../../src/parse/motionParser.js';

/** The plain forms the fast ones replace: one replace over the string, and one regex per clause. */
const referenceEsc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function referenceHighlight(text: string, clauses: string[]): string {
  const ranges: [number, number][] = [];
  for (const clause of clauses) {
    const words = clause.trim().split(/\s+/).filter(Boolean).slice(0, 400);
    if (words.length < 2) continue;
    const m = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')).exec(text);
    if (m) ranges.push([m.index, m.index + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    out += referenceEsc(text.slice(at, start)) + '<mark class="dictum">' + referenceEsc(text.slice(start, end)) + '</mark>';
    at = end;
  }
  return out + referenceEsc(text.slice(at));
}

const corpus = readFileSync('fixtures/corpus/moties-toegelicht/moties.jsonl', 'utf8').trim().split('\n')
  .map((l) => (JSON.parse(l) as { tekst: string }).tekst);

describe('escaping', () => {
  it('escapes the five characters anywhere in a value, and returns other values as they are', () => {
    expect(esc(`<a href="x">'t & o</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;t &amp; o&lt;/a&gt;');
    expect(esc('&')).toBe('&amp;');
    expect(esc('a&&b>')).toBe('a&amp;&amp;b&gt;');
    expect(esc('gewoon, é en 😀')).toBe('gewoon, é en 😀');
    expect(esc(42)).toBe('42');
    expect(esc(null)).toBe('');
    expect(esc(undefined)).toBe('');
    expect(html`<p title="${`"x"`}">${"O'Neil"} ${0}</p>`.html).toBe('<p title="&quot;x&quot;">O&#39;Neil 0</p>');
    for (const text of corpus) expect(esc(text)).toBe(referenceEsc(text));
  });

  it('gives the same slug for a name every time', () => {
    expect(slug('GroenLinks-PvdA')).toBe('groenlinks-pvda');
    expect(slug('GroenLinks-PvdA')).toBe('groenlinks-pvda');
    expect(slug('Café  Ëlla')).toBe('cafe-ella');
    expect(slug('!!!')).toBe('onbekend');
  });
});

describe('dictum highlighting', () => {
  it('marks the same clauses as one regex per clause, over every real motion text of the corpus', () => {
    let marked = 0;
    for (const text of corpus) {
      const clauses = (parseMotion(text)?.operative ?? []).map((c) => c.text);
      const page = highlightClauses(text, clauses);
      expect(page).toBe(referenceHighlight(text, clauses));
      if (page.includes('<mark')) marked++;
    }
    expect(marked).toBeGreaterThan(300);
  });

  it('finds the first place where the words follow each other, across any whitespace, and not a partial run', () => {
    const cases: [string, string[]][] = [
      ['verzoekt de rege verzoekt de\n\tregering iets', ['verzoekt de regering']],
      ['a b a  b', ['a b']],
      ['xab cd ab\u00a0cd', ['ab cd']],
      ['geen dictum hier', ['verzoekt de regering']],
      ['één twee (drie) $4 [vijf]', ['twee (drie) $4', '[vijf] zes', 'één']],
      ['a b c d', ['c d', 'a b c']],
    ];
    for (const [text, clauses] of cases) expect(highlightClauses(text, clauses), text).toBe(referenceHighlight(text, clauses));
    expect(highlightClauses('x a  b y', ['a b'])).toBe('x <mark class="dictum">a  b</mark> y');
  });
});
