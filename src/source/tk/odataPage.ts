/** OData v4 collection pages as the server sends them, checked before anything reads them. */

/** One OData collection page as the server sends it. */
export interface ODataPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
  '@odata.context'?: string;
}

/** Checks the shape every OData collection page must have; anything else is a server or proxy fault. */
export function asPage<T extends { Id: string }>(body: unknown, url: string): ODataPage<T> {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { value?: unknown }).value)) {
    throw new Error(`not an OData collection page: ${url}`);
  }
  const page = body as ODataPage<T>;
  for (const row of page.value) {
    if (typeof row !== 'object' || row === null || typeof (row as { Id?: unknown }).Id !== 'string') {
      throw new Error(`a record without Id in ${url}`);
    }
  }
  const next = page['@odata.nextLink'];
  if (next !== undefined && typeof next !== 'string') throw new Error(`@odata.nextLink is not a string in ${url}`);
  return page;
}
