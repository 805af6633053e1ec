import type { RenditionKind, Soort } from '../../domain/types.js';
import type { FileState, TkDocument, TkDocumentPublicatie } from '../../domain/tkRecords.js';

/** Which files of an API document to fetch, and what they are. Pure: the sync stage does the fetching. */

/** `Motie`, `Motie (gewijzigd/nader)` → motie; `Brief regering` → brief. */
export function soortOf(apiSoort: string | null | undefined): Soort {
  if (apiSoort && /^motie/i.test(apiSoort)) return 'motie';
  if (apiSoort === 'Brief regering') return 'brief';
  return 'overig';
}

/** The XML publication of the document's current version (the official structured text), if any. */
export function xmlPublicatie(d: TkDocument): TkDocumentPublicatie | null {
  const pubs = d.HuidigeDocumentVersie?.DocumentPublicatie ?? [];
  return pubs.find((p) => /^xml$/i.test(p.DocumentType ?? '') && !p.Verwijderd) ?? null;
}

/**
 * The stored file is the current one while the document's version and ContentLength are unchanged: the
 * submitted text of a motion is later replaced by the official one under the same Document id. The
 * version is the current DocumentVersie when the source names it (a re-emission of the same version,
 * as in the feed's data fixes, fetches nothing), else GewijzigdOp.
 */
export function fileIsCurrent(state: FileState | null, d: TkDocument): boolean {
  if (!state?.fileSha256 || state.fileContentLength !== (d.ContentLength ?? null)) return false;
  if (d.HuidigeDocumentVersie_Id) return state.fileVersieId === d.HuidigeDocumentVersie_Id;
  return state.fileGewijzigdOp === (d.GewijzigdOp ?? null);
}

export function xmlIsCurrent(state: FileState | null, p: TkDocumentPublicatie): boolean {
  return !!state?.xmlSha256 && state.publicatieId === p.Id && state.publicatieGewijzigdOp === (p.GewijzigdOp ?? null);
}

/** The API's ContentType is usually right; the bytes decide when they say otherwise or it is missing. */
export function kindOf(bytes: Uint8Array, contentType: string | null): RenditionKind {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 4).toString('latin1') === '%PDF') return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b) return 'docx';
  if (head[0] === 0xd0 && head[1] === 0xcf) return 'doc';
  const ct = (contentType ?? '').toLowerCase();
  if (ct.includes('pdf')) return 'pdf';
  if (ct.includes('wordprocessingml')) return 'docx';
  if (ct.includes('msword')) return 'doc';
  if (ct.includes('html')) return 'html';
  if (ct.includes('xml')) return 'xml';
  return 'txt';
}
