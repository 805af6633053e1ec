import { HttpError, type TkHttp } from './http.js';
import {
  changedDocumentsUrl,
  changedEntitiesUrl,
  changedMotieZakenUrl,
  countUrl,
  deletedUrl,
  documentResourceUrl,
  publicatieResourceUrl,
  recentMotieZakenUrl,
  zaakByIdUrl,
  type Window,
} from './queries.js';
import type { TkZaak } from '../../domain/tkRecords.js';
import { asPage, type ODataPage } from './odataPage.js';
import type { Downloaded, Page, SmallEntity, SmallEntitySet, TkSource } from './tkSource.js';

/** The Tweede Kamer over OData v4: pages followed through `@odata.nextLink`, never `$top`. */
export function odataSource(http: TkHttp, base: string): TkSource {
  return {
    changedZaken: (w) => pages<TkZaak>(http, changedMotieZakenUrl(base, w)),
    changedDocuments: (soorten, w) => pages(http, changedDocumentsUrl(base, soorten, w)),
    changedEntities: <K extends SmallEntitySet>(set: K, w: Window) => pages<SmallEntity[K]>(http, changedEntitiesUrl(base, set, w)),
    deleted: (set, w) => pages(http, deletedUrl(base, set, w)),
    recentZaken: (since) => pages<TkZaak>(http, recentMotieZakenUrl(base, since)),
    async zaak(id) {
      try {
        const body = await http.getJson(zaakByIdUrl(base, id));
        return typeof body === 'object' && body !== null && typeof (body as { Id?: unknown }).Id === 'string' ? (body as TkZaak) : null;
      } catch (err) {
        if (err instanceof HttpError && err.status === 404) return null;
        throw err;
      }
    },
    async count(kind, w, soorten = []) {
      const url = kind === 'Zaak' ? changedMotieZakenUrl(base, w) : changedDocumentsUrl(base, soorten, w);
      try {
        const n = Number((await http.get(countUrl(url), { accept: 'text/plain' })).bytes.toString('utf8').trim());
        return Number.isFinite(n) ? n : null;
      } catch {
        return null; // only for the progress bar: never fail a sync over it
      }
    },
    documentFile: (id, expectLength) => download(http, documentResourceUrl(base, id), expectLength),
    publicatieFile: (id, expectLength) => download(http, publicatieResourceUrl(base, id), expectLength),
    documentFileUrl: (id) => documentResourceUrl(base, id),
    publicatieFileUrl: (id) => publicatieResourceUrl(base, id),
  };
}

async function download(http: TkHttp, url: string, expectLength: number | null): Promise<Downloaded> {
  const r = await http.get(url, { expectLength });
  return { bytes: r.bytes, contentType: r.contentType, url };
}

/**
 * Follows `@odata.nextLink` from the first page to the last. A page whose records are exactly those
 * of the page before (a stale cache answering) is fetched again; a nextLink seen before would loop
 * forever and is an error.
 */
export async function* pages<T extends { Id: string }>(http: TkHttp, firstUrl: string): AsyncGenerator<Page<T>> {
  const visited = new Set<string>();
  let url: string | undefined = firstUrl;
  let previousIds = '';
  while (url) {
    if (visited.has(url)) throw new Error(`the server sent the same next page twice (${url}); stopping to avoid a loop`);
    let page: ODataPage<T> = asPage<T>(await http.getJson(url), url);
    let ids = page.value.map((r) => r.Id).join(',');
    for (let again = 0; ids !== '' && ids === previousIds && again < 3; again++) {
      page = asPage<T>(await http.getJson(url), url);
      ids = page.value.map((r) => r.Id).join(',');
    }
    if (ids !== '' && ids === previousIds) throw new Error(`the server keeps repeating the previous page at ${url}`);
    visited.add(url);
    previousIds = ids;
    yield { records: page.value, url };
    const next: string | undefined = page['@odata.nextLink'];
    // Absolute in practice; a relative link is resolved against the page it came from.
    url = next === undefined ? undefined : new URL(next, url).toString();
  }
}

/** The one-line explanation a user gets when the OData root answers like the retired API. */
export const ODATA_RETIRED =
  'the Tweede Kamer retired OData v4/2.0 on 1 October 2026 (OpenDataPortaal issue #175); ' +
  'use the default --source syncfeed, or point --base-url at a newer OData root at your own risk';

export class OdataRetiredError extends Error {
  constructor(readonly url: string, readonly status: number | null) {
    super(`${ODATA_RETIRED} (${url} answered ${status === null ? 'without OData' : `HTTP ${status}`})`);
  }
}

/**
 * One cheap request to the OData root before a sync: 404/410, or an answer that is not an OData page,
 * is the retired API (or no OData at all) — said in one line instead of a stack of failed pages.
 */
export async function checkOdataRoot(http: TkHttp, base: string): Promise<void> {
  const url = `${base.replace(/\/+$/, '')}/Zaak?$top=1&$select=Id`;
  let body: unknown;
  try {
    body = await http.getParsed(url, 'application/json', (bytes) => JSON.parse(bytes.toString('utf8')) as unknown, { retries: 1 });
  } catch (err) {
    if (err instanceof HttpError && (err.status === 404 || err.status === 410 || err.status === 400)) throw new OdataRetiredError(url, err.status);
    if (err instanceof HttpError && err.status === null && /does not parse/.test(err.message)) throw new OdataRetiredError(url, null);
    throw err;
  }
  try {
    asPage(body, url);
  } catch {
    throw new OdataRetiredError(url, null);
  }
}
