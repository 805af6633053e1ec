import type { FileState, TkDocument } from '../../domain/tkRecords.js';
import { statementsOf, type Db } from '../db.js';
import { actorInsertSql, actorParams, flag, num, str } from './columns.js';

/** The API side of a document: its typed fields, its zaken, its actors, and the state of its files. */

const st = statementsOf((db: Db) => ({
  getTkDocument: db.prepare('SELECT * FROM tk_document WHERE id = ?'),
  tkDocument: db.prepare(`INSERT INTO tk_document (id, document_nummer, soort, volgnummer, content_type, content_length, gewijzigd_op, api_gewijzigd_op, verwijderd,
      file_sha256, file_gewijzigd_op, file_content_length, publicatie_id, publicatie_gewijzigd_op, xml_sha256, versie_id, file_versie_id, kamerstukdossier_id)
    VALUES (@id, @documentNummer, @soort, @volgnummer, @contentType, @contentLength, @gewijzigdOp, @apiGewijzigdOp, @verwijderd,
      @fileSha256, @fileGewijzigdOp, @fileContentLength, @publicatieId, @publicatieGewijzigdOp, @xmlSha256, @versieId, @fileVersieId, @kamerstukdossierId)
    ON CONFLICT(id) DO UPDATE SET document_nummer = excluded.document_nummer, soort = excluded.soort, volgnummer = excluded.volgnummer,
      content_type = excluded.content_type, content_length = excluded.content_length, gewijzigd_op = excluded.gewijzigd_op,
      api_gewijzigd_op = excluded.api_gewijzigd_op, verwijderd = excluded.verwijderd, file_sha256 = excluded.file_sha256,
      file_gewijzigd_op = excluded.file_gewijzigd_op, file_content_length = excluded.file_content_length, publicatie_id = excluded.publicatie_id,
      publicatie_gewijzigd_op = excluded.publicatie_gewijzigd_op, xml_sha256 = excluded.xml_sha256, versie_id = excluded.versie_id,
      file_versie_id = excluded.file_versie_id, kamerstukdossier_id = excluded.kamerstukdossier_id`),
  deleteDocumentZaken: db.prepare('DELETE FROM tk_document_zaak WHERE document_id = ?'),
  documentZaak: db.prepare('INSERT OR IGNORE INTO tk_document_zaak (document_id, zaak_id) VALUES (?, ?)'),
  deleteDocumentActors: db.prepare('DELETE FROM tk_document_actor WHERE document_id = ?'),
  documentActor: db.prepare(actorInsertSql('tk_document_actor', 'document_id')),
}));

/** What we hold of an API document's files. */
export interface TkDocumentState extends FileState {
  id: string;
  gewijzigdOp: string | null;
  apiGewijzigdOp: string | null;
  contentLength: number | null;
  verwijderd: boolean;
}

export function getTkDocumentState(db: Db, id: string): TkDocumentState | null {
  const r = st(db).getTkDocument.get(id) as
    | {
        id: string;
        gewijzigd_op: string | null;
        api_gewijzigd_op: string | null;
        content_length: number | null;
        verwijderd: number;
        file_sha256: string | null;
        file_gewijzigd_op: string | null;
        file_content_length: number | null;
        publicatie_id: string | null;
        publicatie_gewijzigd_op: string | null;
        xml_sha256: string | null;
        file_versie_id: string | null;
      }
    | undefined;
  if (!r) return null;
  return {
    id: r.id,
    gewijzigdOp: r.gewijzigd_op,
    apiGewijzigdOp: r.api_gewijzigd_op,
    contentLength: r.content_length,
    verwijderd: r.verwijderd === 1,
    fileSha256: r.file_sha256,
    fileGewijzigdOp: r.file_gewijzigd_op,
    fileContentLength: r.file_content_length,
    publicatieId: r.publicatie_id,
    publicatieGewijzigdOp: r.publicatie_gewijzigd_op,
    xmlSha256: r.xml_sha256,
    fileVersieId: r.file_versie_id,
  };
}

/** Stores the API side of a document: its typed fields, zaak links, actors and file state. */
export function upsertTkDocument(db: Db, d: TkDocument, files: FileState): void {
  const s = st(db);
  s.tkDocument.run({
    id: d.Id,
    documentNummer: str(d.DocumentNummer),
    soort: str(d.Soort),
    volgnummer: num(d.Volgnummer),
    contentType: str(d.ContentType),
    contentLength: num(d.ContentLength),
    gewijzigdOp: str(d.GewijzigdOp),
    apiGewijzigdOp: str(d.ApiGewijzigdOp),
    verwijderd: flag(d.Verwijderd),
    versieId: str(d.HuidigeDocumentVersie_Id),
    kamerstukdossierId: str(d.Kamerstukdossier_Id),
    ...files,
  });
  if (Array.isArray(d.Zaak)) {
    s.deleteDocumentZaken.run(d.Id);
    for (const z of d.Zaak) s.documentZaak.run(d.Id, z.Id);
  }
  if (Array.isArray(d.DocumentActor)) {
    s.deleteDocumentActors.run(d.Id);
    d.DocumentActor.forEach((a, pos) => s.documentActor.run(actorParams(a, d.Id, pos)));
  }
}

/** A Document ↔ Zaak link from an import file (the bundled sample's derived links). */
export function linkDocumentZaak(db: Db, documentId: string, zaakId: string): boolean {
  return st(db).documentZaak.run(documentId, zaakId).changes > 0;
}
