/**
 * One builder per query the sync sends. Each owns its `$filter`, a deterministic `$orderby`
 * (ApiGewijzigdOp, then Id, so that a watermark plus the ids seen at it is an exact resume point)
 * and the `$expand` it needs. None uses `$top`: the server then stops sending `@odata.nextLink`.
 * test/source/tk/queries.test.ts asserts the exact strings.
 */

export const DEFAULT_BASE_URL = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0';

/** The Document.Soort values synced by default. */
export const DEFAULT_SOORTEN = ['Motie', 'Motie (gewijzigd/nader)', 'Brief regering'];

export interface Window {
  /** Normalised instant (see instant.ts): records with ApiGewijzigdOp ≥ since. */
  since: string | null;
  /** Records with ApiGewijzigdOp < until. */
  until: string | null;
}

const ORDER = 'ApiGewijzigdOp asc,Id asc';

/** A string literal in a $filter: single quotes doubled. */
export function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function windowFilter(w: Window): string[] {
  const parts: string[] = [];
  if (w.since) parts.push(`ApiGewijzigdOp ge ${w.since}`);
  if (w.until) parts.push(`ApiGewijzigdOp lt ${w.until}`);
  return parts;
}

/** Query string with `$`, `,`, `(`, `'` … kept readable and everything else (spaces, `&`, `+`) percent-encoded. */
function build(base: string, path: string, params: [string, string | null][]): string {
  const qs = params
    .filter((p): p is [string, string] => p[1] !== null)
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%(2C|24|3D|3B|2F|3A|40|28|29|27)/g, (m) => decodeURIComponent(m))}`)
    .join('&');
  return `${base.replace(/\/+$/, '')}/${path}${qs ? `?${qs}` : ''}`;
}

function join(parts: string[]): string | null {
  return parts.length ? parts.join(' and ') : null;
}

/** Whole small entity sets (Fractie, Persoon, FractieZetel, FractieZetelPersoon), changed in the window. */
export function changedEntitiesUrl(base: string, entitySet: string, w: Window): string {
  return build(base, entitySet, [
    ['$filter', join(windowFilter(w))],
    ['$orderby', ORDER],
  ]);
}

/**
 * What a motion zaak needs, in one expansion: its actors, and its besluiten through the zaak's own
 * `Besluit` relation (Besluit/Zaak) — never through the Agendapunt, which lists every motion on the
 * agenda item — with their stemmingen and the date of the activiteit where the vote took place.
 */
export const ZAAK_EXPAND =
  'ZaakActor,Besluit($expand=Stemming,Agendapunt($select=Id,Activiteit_Id;$expand=Activiteit($select=Id,Datum)))';

/** Motion zaken changed in the window. */
export function changedMotieZakenUrl(base: string, w: Window): string {
  return build(base, 'Zaak', [
    ['$filter', join([`Soort eq 'Motie'`, ...windowFilter(w)])],
    ['$orderby', ORDER],
    ['$expand', ZAAK_EXPAND],
  ]);
}

/** Motion zaken started on or after `startedSince` (YYYY-MM-DD): re-polled for late vergissingen and kabinetsappreciaties. */
export function recentMotieZakenUrl(base: string, startedSince: string): string {
  return build(base, 'Zaak', [
    ['$filter', `Soort eq 'Motie' and GestartOp ge ${startedSince}T00:00:00Z`],
    ['$orderby', 'GestartOp asc,Id asc'],
    ['$expand', ZAAK_EXPAND],
  ]);
}

/** One zaak by id, with the same expansion (a document points at a zaak the zaak feed has not brought). */
export function zaakByIdUrl(base: string, id: string): string {
  return build(base, `Zaak(${id})`, [['$expand', ZAAK_EXPAND]]);
}

export const DOCUMENT_EXPAND =
  'Zaak($select=Id,Nummer,Soort),DocumentActor,HuidigeDocumentVersie($select=Id,ExterneIdentifier;$expand=DocumentPublicatie($select=Id,Identifier,DocumentType,ContentType,ContentLength,GewijzigdOp,Verwijderd))';

/** Documents of the given soorten changed in the window, with their zaken, actors and publications. */
export function changedDocumentsUrl(base: string, soorten: string[], w: Window): string {
  if (soorten.length === 0) throw new Error('no document soorten to sync');
  const soort = soorten.length === 1 ? `Soort eq ${literal(soorten[0]!)}` : `(${soorten.map((s) => `Soort eq ${literal(s)}`).join(' or ')})`;
  return build(base, 'Document', [
    ['$filter', join([soort, ...windowFilter(w)])],
    ['$orderby', ORDER],
    ['$expand', DOCUMENT_EXPAND],
  ]);
}

/**
 * Tombstones: a deleted record may come back with every field null (its Soort too), so deletions are
 * read without the Soort filter, and applied only to records we hold.
 */
export function deletedUrl(base: string, entitySet: 'Document' | 'Zaak', w: Window): string {
  return build(base, entitySet, [
    ['$filter', join(['Verwijderd eq true', ...windowFilter(w)])],
    ['$select', 'Id,Verwijderd,ApiGewijzigdOp'],
    ['$orderby', ORDER],
  ]);
}

/** How many records a collection query will return (for the progress bar): same path and $filter, `/$count` appended. */
export function countUrl(collectionUrl: string): string {
  const [path = '', query = ''] = collectionUrl.split('?');
  const filter = query.split('&').find((p) => p.startsWith('$filter='));
  return `${path}/$count${filter ? `?${filter}` : ''}`;
}

export function documentResourceUrl(base: string, documentId: string): string {
  return build(base, `Document(${documentId})/resource`, []);
}

export function publicatieResourceUrl(base: string, publicatieId: string): string {
  return build(base, `DocumentPublicatie(${publicatieId})/resource`, []);
}
