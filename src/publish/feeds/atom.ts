import { escXml } from '../html/escape.js';
import type { MotionSummary } from '../model.js';

export interface FeedOptions {
  /** Absolute URL of the site root, ending in '/': Atom needs absolute ids and links. */
  baseUrl: string;
  /** Path of the feed below the root ("feeds/moties.xml"). */
  path: string;
  title: string;
  /** Page the feed belongs to, below the root. */
  htmlPath: string;
}

/** One Atom entry; every value is text, escaped here. */
export interface AtomEntry {
  id: string;
  title: string;
  /** The page the entry is about (absolute). */
  url: string;
  /** An RFC 3339 instant. */
  updated: string;
  authors: string[];
  summary: string;
  categories: string[];
}

/** An Atom feed, entries in the order given; `updated` is the feed's date (its newest entry's, so an unchanged feed is byte-identical). */
export function renderFeed(o: FeedOptions, updated: string, entries: AtomEntry[]): string {
  const body = entries.map(
    (e) => `<entry>
<id>${escXml(e.id)}</id>
<title>${escXml(e.title)}</title>
<link rel="alternate" type="text/html" href="${escXml(e.url)}"/>
<updated>${e.updated}</updated>
${e.authors.map((a) => `<author><name>${escXml(a)}</name></author>`).join('')}
<summary>${escXml(e.summary)}</summary>
${e.categories.map((c) => `<category term="${escXml(c)}"/>`).join('')}
</entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
<id>${escXml(o.baseUrl + o.path)}</id>
<title>${escXml(o.title)}</title>
<link rel="self" href="${escXml(o.baseUrl + o.path)}"/>
<link rel="alternate" type="text/html" href="${escXml(o.baseUrl + o.htmlPath)}"/>
<updated>${updated}</updated>
<author><name>Motiemonitor</name></author>
${body.join('\n')}
</feed>
`;
}

/** An Atom feed of motions (newest first, as given). */
export function renderAtomFeed(o: FeedOptions, motions: MotionSummary[]): string {
  return renderFeed(
    o,
    isoDate(motions[0]?.datum ?? null),
    motions.map((m) => {
      const url = `${o.baseUrl}moties/${encodeURIComponent(m.id)}.html`;
      return {
        id: url,
        title: m.onderwerp ?? m.titel ?? m.id,
        url,
        updated: isoDate(m.datum),
        authors: m.indieners.map((i) => `${i.naam}${i.fractie ? ` (${i.fractie})` : ''}`),
        summary: [m.implicatie, m.samenvatting].filter(Boolean).join(' ') || 'Nog geen uitleg.',
        categories: m.themes,
      };
    }),
  );
}

function isoDate(datum: string | null): string {
  return datum && /^\d{4}-\d{2}-\d{2}/.test(datum) ? `${datum.slice(0, 10)}T00:00:00Z` : '1970-01-01T00:00:00Z';
}
