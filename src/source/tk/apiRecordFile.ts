import type { TkZaak } from '../../domain/tkRecords.js';
import { parseAtomPage, type FeedEntry } from './syncfeed/atomPage.js';

/**
 * API records in an import file (JSON lines), so that recorded API data can be imported offline —
 * the bundled sample's votes come this way (sample/api/). Two kinds of line are recognised:
 * - a Zaak as the API sends it (`Id`, `Nummer`, and `Besluit` / `ZaakActor` / `Kabinetsappreciatie`),
 *   with or without its expansions;
 * - a Document ↔ Zaak link `{"Document_Id": …, "Zaak_Id": …}` (extra fields are provenance).
 */
export type ApiRecord =
  | { kind: 'zaak'; zaak: TkZaak }
  | { kind: 'link'; documentId: string; zaakId: string }
  /** An entry of a SyncFeed page saved as a file (the bundled sample's API records: sample/api/syncfeed/). */
  | { kind: 'feed'; entry: FeedEntry };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The API record a parsed JSON line holds, or null when it is not one (then it is read as a motion line). */
export function apiRecordOf(value: unknown): ApiRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  if (typeof o.Document_Id === 'string' && typeof o.Zaak_Id === 'string' && GUID.test(o.Document_Id) && GUID.test(o.Zaak_Id)) {
    return { kind: 'link', documentId: o.Document_Id.toLowerCase(), zaakId: o.Zaak_Id.toLowerCase() };
  }
  const looksLikeZaak = typeof o.Id === 'string' && GUID.test(o.Id) && typeof o.Nummer === 'string' && /^\d{4}Z\d{5}$/.test(o.Nummer);
  if (looksLikeZaak && ('Besluit' in o || 'ZaakActor' in o || 'Kabinetsappreciatie' in o)) return { kind: 'zaak', zaak: o as unknown as TkZaak };
  return null;
}

/** Whether an .xml file is a SyncFeed (Atom) page rather than a document: the Atom namespace on a root `feed`. */
export function isAtomFeed(text: string): boolean {
  return /<feed\b[^>]*xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/.test(text.slice(0, 2000));
}

/** The entries of a saved SyncFeed page, in feed order. */
export function readFeedFile(text: string, file: string): ApiRecord[] {
  return parseAtomPage(text, file).entries.map((entry) => ({ kind: 'feed' as const, entry }));
}
