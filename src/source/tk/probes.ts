import { HttpError, type TkHttp } from './http.js';
import { checkOdataRoot } from './odataSource.js';
import { feedUrl, resourceUrl } from './syncfeed/client.js';
import { parseAtomPage } from './syncfeed/atomPage.js';

/** `sync --check`: one request per source, each answered plainly. */

export interface Probe {
  source: 'SyncFeed' | 'Resources' | 'OData';
  url: string;
  ok: boolean;
  detail: string;
}

export async function probeSources(http: TkHttp, syncFeedBase: string, odataBase: string): Promise<Probe[]> {
  const probes: Probe[] = [];
  // SyncFeed: the first page of the smallest category; it also names a file to probe Resources with.
  const pageUrl = feedUrl(syncFeedBase, 'Fractie', null);
  let fileId: string | null = null;
  try {
    const page = await http.getParsed(pageUrl, 'application/atom+xml', (b) => parseAtomPage(b.toString('utf8'), pageUrl), { retries: 1 });
    fileId = page.entries.find((e) => e.enclosure && !e.deleted)?.id ?? null;
    probes.push({ source: 'SyncFeed', url: pageUrl, ok: page.entries.length > 0, detail: page.entries.length > 0 ? `${page.entries.length} Fractie entries` : 'an empty feed' });
  } catch (err) {
    probes.push({ source: 'SyncFeed', url: pageUrl, ok: false, detail: reason(err) });
  }
  if (fileId) {
    const url = resourceUrl(syncFeedBase, fileId);
    try {
      const r = await http.get(url, { retries: 1 });
      probes.push({ source: 'Resources', url, ok: r.bytes.length > 0, detail: `${r.bytes.length} bytes (${r.contentType ?? 'no Content-Type'})` });
    } catch (err) {
      probes.push({ source: 'Resources', url, ok: false, detail: reason(err) });
    }
  } else {
    probes.push({ source: 'Resources', url: resourceUrl(syncFeedBase, '…'), ok: false, detail: 'no file to try: the SyncFeed probe named none' });
  }
  const odataUrl = `${odataBase.replace(/\/+$/, '')}/Zaak?$top=1&$select=Id`;
  try {
    await checkOdataRoot(http, odataBase);
    probes.push({ source: 'OData', url: odataUrl, ok: true, detail: 'answers OData pages' });
  } catch (err) {
    probes.push({ source: 'OData', url: odataUrl, ok: false, detail: reason(err) });
  }
  return probes;
}

function reason(err: unknown): string {
  // The line names the URL already.
  if (err instanceof HttpError) return err.status !== null ? `HTTP ${err.status}` : err.message.replace(` (${err.url})`, '');
  return (err as Error).message;
}
