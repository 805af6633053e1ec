import { SaxesParser, type SaxesTagPlain } from 'saxes';

/**
 * One SyncFeed 2.0 page (Atom) read in a single streaming pass with saxes, into generic entries:
 * the entity's scalar fields, its `<x ref="guid"/>` relations and its raw XML as received.
 *
 * Names are matched on their LOCAL part: on the wire the entity elements are unprefixed in a default
 * namespace with `tk:` attributes, re-serialised copies write `tk:stemming`, and Toezegging, Vergadering
 * and Verslag use `ns1:` (docs/sync.md). Prefixes therefore carry no meaning here.
 */

export interface FeedEntry {
  /** The entity GUID (the entity's `id` attribute; the entry title as fallback), lower case. */
  id: string;
  /** The root element's local name, e.g. `zaak`, `fractieZetelPersoon`. */
  element: string;
  /** The entry's own resume token: the skiptoken of its `rel="next"` link. */
  token: number | null;
  /** Entry `<updated>` (when the change entered the API, UTC). */
  updated: string | null;
  /** `tk:bijgewerkt`, as written (often Amsterdam local time without an offset). */
  bijgewerkt: string | null;
  deleted: boolean;
  /** `rel="enclosure"`: the entity has a file at Resources/<id>. */
  enclosure: string | null;
  /** Attributes of the entity element other than id/bijgewerkt/verwijderd (contentType, contentLength …), by local name. */
  attributes: Record<string, string>;
  /** Scalar children by local name; `xsi:nil` and empty elements are null. Repeated scalars keep the first. */
  fields: Record<string, string | null>;
  /** The non-empty values of a scalar that occurs more than once (Toezegging's kamerbriefNakoming); absent otherwise. */
  lists: Record<string, string[]>;
  /** Relations by local name: `<zaak ref="…"/>` × n → { zaak: […] }. */
  refs: Record<string, string[]>;
  /** The entity element as received. */
  raw: string;
}

export interface AtomPage {
  entries: FeedEntry[];
  /** The feed-level `rel="next"` skiptoken, when the server gave one. */
  next: number | null;
  /** The feed-level `rel="resume"` skiptoken (an empty end page carries it). */
  resume: number | null;
}

export class FeedFormatError extends Error {}

const local = (name: string): string => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

/** `…/Feed?skiptoken=3560496&category=Stemming` → 3560496 (query parsed, never compared as a string). */
export function skiptokenOf(href: string): number | null {
  try {
    const value = new URL(href, 'https://gegevensmagazijn.tweedekamer.nl/').searchParams.get('skiptoken');
    return value !== null && /^\d+$/.test(value) ? Number(value) : null;
  } catch {
    return null;
  }
}

/** Reads a feed page. `where` names the page in errors. */
export function parseAtomPage(xml: string, where: string): AtomPage {
  const page: AtomPage = { entries: [], next: null, resume: null };
  let sawFeed = false;
  readEntities(xml, where, {
    feed: () => (sawFeed = true),
    feedLink: (rel, href) => {
      if (rel === 'next') page.next = skiptokenOf(href);
      else if (rel === 'resume') page.resume = skiptokenOf(href);
    },
    entry: (e) => page.entries.push(e),
  });
  if (!sawFeed) throw new FeedFormatError(`not an Atom feed: ${where}`);
  return page;
}

/**
 * One entity as `Entiteiten/<id>` may answer it: a bare entity element, an Atom `<entry>`, or a feed
 * holding one entry (no sample of this answer was ever published, so all three are read).
 */
export function parseEntityXml(xml: string, where: string): FeedEntry | null {
  let found: FeedEntry | null = null;
  readEntities(xml, where, { entry: (e) => (found ??= e) }, true);
  return found;
}

interface Handlers {
  feed?: () => void;
  feedLink?: (rel: string, href: string) => void;
  entry: (e: FeedEntry) => void;
}

function readEntities(xml: string, where: string, on: Handlers, bareAllowed = false): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  // Where we are: 0 outside, then feed > entry > content > entity > child.
  const stack: string[] = [];
  let entry: Partial<FeedEntry> & { links: [string, string][]; title?: string } = { links: [] };
  let entity: FeedEntry | null = null;
  let entityDepth = -1;
  let entityStart = 0;
  let child: { name: string; text: string; nil: boolean } | null = null;
  let text = '';
  let tagStart = 0;

  const newEntity = (tag: SaxesTagPlain, start: number): FeedEntry => {
    const attributes: Record<string, string> = {};
    let id = '';
    let bijgewerkt: string | null = null;
    let deleted = false;
    for (const [name, value] of Object.entries(tag.attributes)) {
      const n = local(name);
      if (name.startsWith('xmlns')) continue;
      if (n === 'id') id = value;
      else if (n === 'bijgewerkt') bijgewerkt = value;
      else if (n === 'verwijderd') deleted = value.trim().toLowerCase() === 'true';
      else attributes[n] = value;
    }
    entityStart = start;
    return { id: id.toLowerCase(), element: local(tag.name), token: null, updated: null, bijgewerkt, deleted, enclosure: null, attributes, fields: {}, lists: {}, refs: {}, raw: '' };
  };

  parser.on('opentagstart', () => {
    // saxes reports the position after `<name`; the tag began one `<` before the name.
    tagStart = parser.position;
  });
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    const depth = stack.length;
    const parent = stack[depth - 1];
    const startOfTag = xml.lastIndexOf('<', tagStart - tag.name.length - 1);
    stack.push(name);
    text = '';
    if (depth === 0 && name === 'feed') return on.feed?.();
    if (entity) {
      if (depth === entityDepth + 1) {
        const ref = Object.entries(tag.attributes).find(([k]) => local(k) === 'ref')?.[1];
        if (ref !== undefined) (entity.refs[name] ??= []).push(ref.toLowerCase());
        else child = { name, text: '', nil: Object.entries(tag.attributes).some(([k, v]) => local(k) === 'nil' && v === 'true') };
      }
      return;
    }
    if (name === 'entry' && (parent === 'feed' || depth === 0)) {
      entry = { links: [] };
      return;
    }
    if (name === 'link') {
      const rel = tag.attributes.rel ?? '';
      const href = tag.attributes.href ?? '';
      if (parent === 'entry') entry.links.push([rel, href]);
      else if (parent === 'feed') on.feedLink?.(rel, href);
      return;
    }
    if (parent === 'content' || (depth === 0 && bareAllowed && name !== 'feed' && name !== 'entry')) {
      entity = newEntity(tag, startOfTag);
      entityDepth = depth;
    }
  });
  parser.on('text', (t) => {
    if (child) child.text += t;
    else text += t;
  });
  parser.on('cdata', (t) => {
    if (child) child.text += t;
  });
  parser.on('closetag', () => {
    const name = stack.pop() ?? '';
    const depth = stack.length;
    if (entity && depth === entityDepth + 1 && child) {
      // Values as written (a titel may end in a space; OData kept it too); only an empty element is null.
      const value = child.nil || child.text.trim() === '' ? null : child.text;
      if (!(child.name in entity.fields)) entity.fields[child.name] = value;
      else if (value !== null) {
        const first = entity.fields[child.name];
        (entity.lists[child.name] ??= first === null || first === undefined ? [] : [first]).push(value);
      }
      child = null;
      return;
    }
    if (entity && depth === entityDepth) {
      entity.raw = xml.slice(entityStart, parser.position);
      if (entityDepth === 0) finish(entity);
      return;
    }
    if (name === 'title' && stack[depth - 1] === 'entry') entry.title = text.trim();
    else if (name === 'updated' && stack[depth - 1] === 'entry') entry.updated = text.trim();
    else if (name === 'entry') {
      if (entity) finish(entity);
      else if (entry.title) throw new FeedFormatError(`an entry without entity content (${entry.title}) in ${where}`);
      entity = null;
      entityDepth = -1;
    }
  });

  const finish = (e: FeedEntry): void => {
    if (!e.id) e.id = (entry.title ?? '').toLowerCase();
    if (!e.id) throw new FeedFormatError(`an entity without id in ${where}`);
    e.updated = entry.updated ?? null;
    for (const [rel, href] of entry.links) {
      if (rel === 'next') e.token = skiptokenOf(href);
      else if (rel === 'enclosure') e.enclosure = href;
    }
    on.entry(e);
  };

  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof FeedFormatError) throw err;
    throw new FeedFormatError(`the XML does not parse (cut off?) in ${where}: ${(err as Error).message.split('\n')[0]}`);
  }
}
