import { HttpError, type TkHttp } from '../http.js';
import { FeedFormatError, parseAtomPage, parseEntityXml, type AtomPage, type FeedEntry } from './atomPage.js';

/**
 * The SyncFeed 2.0 client: `Feed?category=X&skiptoken=N` pages, `Entiteiten/<id>` and `Resources/<id>`,
 * all through the one polite HTTP layer (http.ts: rate, concurrency, timeouts, retries).
 *
 * Paging follows the entries' own resume tokens: every entry's `rel="next"` link carries the token that
 * resumes the feed directly after it, so the last entry's token is where the next page starts. Links
 * point at the real host; only their skiptoken is used, and URLs are always built from `base`.
 */

export const DEFAULT_SYNCFEED_URL = 'https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0';

const ATOM = 'application/atom+xml, application/xml;q=0.9, */*;q=0.1';

export const feedUrl = (base: string, category: string, skiptoken: number | null): string =>
  `${trim(base)}/Feed?category=${encodeURIComponent(category)}${skiptoken === null ? '' : `&skiptoken=${skiptoken}`}`;
export const entityUrl = (base: string, id: string): string => `${trim(base)}/Entiteiten/${encodeURIComponent(id)}`;
export const resourceUrl = (base: string, id: string): string => `${trim(base)}/Resources/${encodeURIComponent(id)}`;
const trim = (base: string): string => base.replace(/\/+$/, '');

export interface FeedPage extends AtomPage {
  url: string;
  /** The token to resume after this page: its last entry's own token (the request's token when it is empty). */
  resumeAfter: number | null;
}

/** Reads a page as text and parses it; a page that does not parse (cut off by a proxy) is fetched again. */
async function getPage(http: TkHttp, url: string): Promise<AtomPage> {
  return http.getParsed(url, ATOM, (bytes) => {
    try {
      return parseAtomPage(bytes.toString('utf8'), url);
    } catch (err) {
      if (err instanceof FeedFormatError) throw new Error(err.message);
      throw err;
    }
  });
}

/**
 * The feed of one category from `skiptoken` (exclusive) to its end, page by page: one page is read
 * ahead while the consumer handles the one before, so memory holds two pages whatever the feed's
 * length. It ends at a page with no entries or without a feed-level `next`.
 *
 * A stale page (a cache answering with an earlier page: its entries at or before the token asked for)
 * is fetched again a few times; a token that does not move forward would loop and is an error.
 */
export async function* feedPages(http: TkHttp, base: string, category: string, skiptoken: number | null): AsyncGenerator<FeedPage> {
  let token = skiptoken;
  let next: Promise<FeedPage> | null = readPage(http, base, category, token);
  while (next) {
    const page: FeedPage = await next;
    const more = page.entries.length > 0 && page.next !== null && page.resumeAfter !== token;
    // The next page is requested while this one is handled (one page ahead, so memory still holds two at most).
    next = more ? readPage(http, base, category, page.resumeAfter) : null;
    next?.catch(() => {}); // an error surfaces when the page is awaited, not as an unhandled rejection meanwhile
    yield page;
    token = page.resumeAfter;
  }
}

async function readPage(http: TkHttp, base: string, category: string, token: number | null): Promise<FeedPage> {
  const url = feedUrl(base, category, token);
  let page = await getPage(http, url);
  for (let again = 0; isStale(page, token) && again < 3; again++) page = await getPage(http, url);
  if (isStale(page, token)) throw new Error(`the server keeps answering ${url} with entries from before skiptoken ${token}`);
  const last = page.entries.at(-1);
  if (last && last.token === null) throw new Error(`an entry without a resume token (rel="next") in ${url}`);
  return { ...page, url, resumeAfter: last?.token ?? token };
}

function isStale(page: AtomPage, token: number | null): boolean {
  const first = page.entries[0]?.token;
  return token !== null && first !== undefined && first !== null && first <= token;
}

/** One entity by id, or null when the server does not know it (404; 400 for an id it cannot read). */
export async function fetchEntity(http: TkHttp, base: string, id: string): Promise<FeedEntry | null> {
  const url = entityUrl(base, id);
  try {
    return await http.getParsed(url, ATOM, (bytes) => {
      try {
        return parseEntityXml(bytes.toString('utf8'), url);
      } catch (err) {
        if (err instanceof FeedFormatError) throw new Error(err.message);
        throw err;
      }
    }, { retries: 1 });
  } catch (err) {
    if (err instanceof HttpError && (err.status === 404 || err.status === 400 || err.status === 410)) return null;
    throw err;
  }
}

/** A file, its length checked against the entity's `tk:contentLength` (a shorter body is retried, then an error). */
export async function fetchResource(http: TkHttp, base: string, id: string, expectLength: number | null) {
  const url = resourceUrl(base, id);
  const r = await http.get(url, { expectLength });
  return { bytes: r.bytes, contentType: r.contentType, url };
}
