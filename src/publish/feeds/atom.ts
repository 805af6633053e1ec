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

/** An Atom feed of motions (newest first, as given). The feed's date is its newest entry's, so an unchanged feed is byte-identical. */
export function renderAtomFeed(o: FeedOptions, motions: MotionSummary[]): string {
  const updated = isoDate(motions[0]?.datum ?? null);
  const entries = motions.map((m) => {
    const url = `${o.baseUrl}moties/${encodeURIComponent(m.id)}.html`;
    const summary = [m.implicatie, m.samenvatting].filter(Boolean).join(' ') || 'Nog geen uitleg.';
    return `<entry>
<id>${escXml(url)}</id>
<title>${escXml(m.onderwerp ?? m.titel ?? m.id)}</title>
<link rel="alternate" type="text/html" href="${escXml(url)}"/>
<updated>${isoDate(m.datum)}</updated>
${m.indieners.map((i) => `<author><name>${escXml(i.naam)}${i.fractie ? ` (${escXml(i.fractie)})` : ''}</name></author>`).join('')}
<summary>${escXml(summary)}</summary>
${m.themes.map((t) => `<category term="${escXml(t)}"/>`).join('')}
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
<id>${escXml(o.baseUrl + o.path)}</id>
<title>${escXml(o.title)}</title>
<link rel="self" href="${escXml(o.baseUrl + o.path)}"/>
<link rel="alternate" type="text/html" href="${escXml(o.baseUrl + o.htmlPath)}"/>
<updated>${updated}</updated>
<author><name>Motiemonitor</name></author>
${entries.join('\n')}
</feed>
`;
}

function isoDate(datum: string | null): string {
  return datum && /^\d{4}-\d{2}-\d{2}/.test(datum) ? `${datum.slice(0, 10)}T00:00:00Z` : '1970-01-01T00:00:00Z';
}
