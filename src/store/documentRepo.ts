import type {
  DocumentRecord,
  Explanation,
  ExplainerFamily,
  ExtractedText,
  JekyllMotionPage,
  ParsedMotion,
  Rendition,
  RenditionKind,
  Soort,
  StoredExplanation,
} from '../domain/types.js';
import { formatExplainer, formatStatus, parseExplainer, parseStatus } from '../domain/explainer.js';
import { kstId, parseKstId } from '../domain/kamerstuk.js';
import { prepared, type Db } from './db.js';

/** Reads and writes of documents, their renditions, texts, parses and explanations. Every write is an idempotent upsert. */

interface DocumentRow {
  id: string;
  soort: Soort;
  api_soort: string | null;
  titel: string | null;
  onderwerp: string | null;
  datum: string | null;
  bron_url: string | null;
  herkomst: string;
  verwijderd: number;
}

function toRecord(r: DocumentRow): DocumentRecord {
  return {
    id: r.id,
    soort: r.soort,
    apiSoort: r.api_soort,
    titel: r.titel,
    onderwerp: r.onderwerp,
    datum: r.datum,
    bronUrl: r.bron_url,
    herkomst: r.herkomst,
    verwijderd: r.verwijderd === 1,
  };
}

/** Inserts or updates a document. Returns true when something changed. */
export function upsertDocument(db: Db, doc: DocumentRecord, rawJson: string | null = null): boolean {
  const existing = prepared(db, 'SELECT * FROM documents WHERE id = ?').get(doc.id) as
    | (DocumentRow & { raw: string | null })
    | undefined;
  if (existing) {
    const same =
      JSON.stringify(toRecord(existing)) === JSON.stringify(doc) && (rawJson === null || rawJson === existing.raw);
    if (same) return false;
  }
  prepared(db, 
    `INSERT INTO documents (id, soort, api_soort, titel, onderwerp, datum, bron_url, herkomst, verwijderd, raw, updated_at)
     VALUES (@id, @soort, @apiSoort, @titel, @onderwerp, @datum, @bronUrl, @herkomst, @verwijderd, @rawJson, @now)
     ON CONFLICT(id) DO UPDATE SET soort = excluded.soort, api_soort = excluded.api_soort, titel = excluded.titel,
       onderwerp = excluded.onderwerp, datum = excluded.datum, bron_url = excluded.bron_url, herkomst = excluded.herkomst,
       verwijderd = excluded.verwijderd, raw = COALESCE(excluded.raw, documents.raw), updated_at = excluded.updated_at`,
  ).run({ ...doc, verwijderd: doc.verwijderd ? 1 : 0, rawJson, now: new Date().toISOString() });
  return true;
}

export function getDocument(db: Db, id: string): DocumentRecord | null {
  // Not `SELECT *`: the API record in raw (often on overflow pages) is not part of the record.
  const row = prepared(db, 'SELECT id, soort, api_soort, titel, onderwerp, datum, bron_url, herkomst, verwijderd FROM documents WHERE id = ?')
    .get(id) as DocumentRow | undefined;
  return row ? toRecord(row) : null;
}

export function getRaw(db: Db, id: string): string | null {
  const row = prepared(db, 'SELECT raw FROM documents WHERE id = ?').get(id) as { raw: string | null } | undefined;
  return row?.raw ?? null;
}

export interface ListOptions {
  soort?: Soort;
  includeDeleted?: boolean;
  ids?: string[];
}

/** Documents newest first (then by id, so the order is stable). */
export function listDocuments(db: Db, options: ListOptions = {}): DocumentRecord[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.soort) {
    where.push('soort = ?');
    params.push(options.soort);
  }
  if (!options.includeDeleted) where.push('verwijderd = 0');
  if (options.ids && options.ids.length > 0) {
    where.push(`id IN (${options.ids.map(() => '?').join(',')})`);
    params.push(...options.ids);
  }
  const sql = `SELECT * FROM documents ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY datum DESC, id`;
  return (prepared(db, sql).all(...params) as DocumentRow[]).map(toRecord);
}

export function setSoort(db: Db, id: string, soort: Soort): void {
  prepared(db, 'UPDATE documents SET soort = ? WHERE id = ?').run(soort, id);
}

// ---------------------------------------------------------------- renditions

export function upsertRendition(db: Db, documentId: string, r: Rendition): boolean {
  const existing = prepared(db, 'SELECT sha256 FROM renditions WHERE document_id = ? AND kind = ?')
    .get(documentId, r.kind) as { sha256: string } | undefined;
  if (existing?.sha256 === r.sha256) return false;
  prepared(db, 
    `INSERT INTO renditions (document_id, kind, sha256, media_type, source, byte_length, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(document_id, kind) DO UPDATE SET sha256 = excluded.sha256, media_type = excluded.media_type,
       source = excluded.source, byte_length = excluded.byte_length, added_at = excluded.added_at`,
  ).run(documentId, r.kind, r.sha256, r.mediaType, r.source, r.byteLength, new Date().toISOString());
  return true;
}

export function getRenditions(db: Db, documentId: string): Rendition[] {
  return (
    prepared(db, 'SELECT kind, sha256, media_type, source, byte_length FROM renditions WHERE document_id = ? ORDER BY kind')
      .all(documentId) as { kind: RenditionKind; sha256: string; media_type: string; source: string; byte_length: number }[]
  ).map((r) => ({ kind: r.kind, sha256: r.sha256, mediaType: r.media_type, source: r.source, byteLength: r.byte_length }));
}

// ---------------------------------------------------------------- texts

export function saveText(db: Db, documentId: string, inputSha256: string, t: ExtractedText): void {
  prepared(db, 
    `INSERT INTO texts (document_id, input_sha256, rendition, engine, pages, status, score, reason, body, footnotes_json,
       letterhead, kst, issn, extracted_at)
     VALUES (@documentId, @inputSha256, @rendition, @engine, @pages, @status, @score, @reason, @body, @footnotes, @letterhead,
       @kst, @issn, @now)
     ON CONFLICT(document_id) DO UPDATE SET input_sha256 = excluded.input_sha256, rendition = excluded.rendition,
       engine = excluded.engine, pages = excluded.pages, status = excluded.status, score = excluded.score,
       reason = excluded.reason, body = excluded.body, footnotes_json = excluded.footnotes_json,
       letterhead = excluded.letterhead, kst = excluded.kst, issn = excluded.issn, extracted_at = excluded.extracted_at`,
  ).run({
    documentId,
    inputSha256,
    rendition: t.rendition,
    engine: t.engine,
    pages: t.pages,
    status: t.verdict.status,
    score: t.verdict.score,
    reason: t.verdict.reason,
    body: t.text,
    footnotes: JSON.stringify(t.footnotes),
    letterhead: t.letterhead,
    kst: t.trailer.kst,
    issn: t.trailer.issn,
    now: new Date().toISOString(),
  });
}

interface TextRow {
  input_sha256: string;
  rendition: RenditionKind;
  engine: string;
  pages: number | null;
  status: ExtractedText['verdict']['status'];
  score: number;
  reason: string;
  body: string;
  footnotes_json: string;
  letterhead: string | null;
  kst: string | null;
  issn: string | null;
}

export function getText(db: Db, documentId: string): (ExtractedText & { inputSha256: string }) | null {
  const r = prepared(db, 'SELECT * FROM texts WHERE document_id = ?').get(documentId) as TextRow | undefined;
  if (!r) return null;
  return {
    inputSha256: r.input_sha256,
    text: r.body,
    verdict: { status: r.status, score: r.score, reason: r.reason },
    engine: r.engine,
    rendition: r.rendition,
    pages: r.pages,
    footnotes: JSON.parse(r.footnotes_json) as ExtractedText['footnotes'],
    letterhead: r.letterhead,
    trailer: { kst: r.kst, issn: r.issn },
  };
}

// ---------------------------------------------------------------- parsed motions

export function saveParsedMotion(db: Db, documentId: string, inputHash: string, p: ParsedMotion): void {
  prepared(db, 
    `INSERT INTO motions (document_id, input_hash, kst, dossier, toevoeging, nummer, vergaderjaar, datum, parsed_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(document_id) DO UPDATE SET input_hash = excluded.input_hash, kst = excluded.kst, dossier = excluded.dossier,
       toevoeging = excluded.toevoeging, nummer = excluded.nummer, vergaderjaar = excluded.vergaderjaar,
       datum = excluded.datum, parsed_json = excluded.parsed_json`,
  ).run(
    documentId,
    inputHash,
    p.kst,
    p.kamerstuk?.dossier ?? null,
    p.kamerstuk?.toevoeging ?? null,
    p.kamerstuk?.nummer ?? null,
    p.vergaderjaar,
    p.datum,
    JSON.stringify(p),
  );
}

export function getParsedMotion(db: Db, documentId: string): (ParsedMotion & { inputHash: string }) | null {
  const r = prepared(db, 'SELECT input_hash, parsed_json FROM motions WHERE document_id = ?').get(documentId) as
    | { input_hash: string; parsed_json: string }
    | undefined;
  // Onto the parsed object rather than a spread copy of it: the same keys in the same order, one object fewer.
  return r ? Object.assign(JSON.parse(r.parsed_json) as ParsedMotion, { inputHash: r.input_hash }) : null;
}

/** Finds a stored motion by its kamerstuk number (dossier without spaces, toevoeging upper-case or null). */
export function findMotionByKamerstuk(db: Db, dossier: string, toevoeging: string | null, nummer: number): string | null {
  const r = prepared(db, 
      'SELECT document_id FROM motions WHERE dossier = ? AND COALESCE(toevoeging, \'\') = ? AND nummer = ? ORDER BY document_id LIMIT 1',
    )
    .get(dossier, toevoeging ?? '', nummer) as { document_id: string } | undefined;
  return r?.document_id ?? null;
}

/** Finds a stored document by id or by kst id (`kst-32317-816`). */
export function resolveDocumentId(db: Db, idOrKst: string): string | null {
  if (getDocument(db, idOrKst)) return idOrKst;
  // Written as the parser writes it (toevoeging in capitals: kst-36410-XVI-115), however the user typed it.
  const k = parseKstId(idOrKst);
  if (!k) return null;
  const r = prepared(db, 'SELECT document_id FROM motions WHERE kst = ? ORDER BY document_id LIMIT 1').get(kstId(k)) as
    | { document_id: string }
    | undefined;
  return r?.document_id ?? null;
}

// ---------------------------------------------------------------- explanations


export function saveExplanation(
  db: Db,
  documentId: string,
  family: ExplainerFamily,
  inputHash: string,
  e: Explanation,
): void {
  prepared(db, 
    `INSERT INTO explanations (document_id, family, explainer, samenvatting, implicatie, status, bron, input_hash, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(document_id, family) DO UPDATE SET explainer = excluded.explainer, samenvatting = excluded.samenvatting,
       implicatie = excluded.implicatie, status = excluded.status, bron = excluded.bron, input_hash = excluded.input_hash,
       created_at = excluded.created_at`,
  ).run(documentId, family, formatExplainer(e.explainer), e.samenvatting, e.implicatie, formatStatus(e), e.bron, inputHash, new Date().toISOString());
}

export function deleteExplanation(db: Db, documentId: string, family: ExplainerFamily): void {
  prepared(db, 'DELETE FROM explanations WHERE document_id = ? AND family = ?').run(documentId, family);
}

export function getExplanations(db: Db, documentId: string): StoredExplanation[] {
  return (
    prepared(db, 'SELECT * FROM explanations WHERE document_id = ? ORDER BY family').all(documentId) as {
      family: ExplainerFamily;
      explainer: string;
      samenvatting: string;
      implicatie: string;
      status: string;
      bron: string | null;
      input_hash: string;
      created_at: string;
    }[]
  ).map((r) => ({
    family: r.family,
    explainer: parseExplainer(r.explainer),
    samenvatting: r.samenvatting,
    implicatie: r.implicatie,
    ...parseStatus(r.status),
    bron: r.bron,
    inputHash: r.input_hash,
    createdAt: r.created_at,
  }));
}

// ---------------------------------------------------------------- imported seed-format pages

export function saveImportedPage(db: Db, documentId: string, page: JekyllMotionPage): void {
  prepared(db, 
    'INSERT INTO imported_pages (document_id, page_json) VALUES (?, ?) ON CONFLICT(document_id) DO UPDATE SET page_json = excluded.page_json',
  ).run(documentId, JSON.stringify(page));
}

export function getImportedPage(db: Db, documentId: string): JekyllMotionPage | null {
  const r = prepared(db, 'SELECT page_json FROM imported_pages WHERE document_id = ?').get(documentId) as
    | { page_json: string }
    | undefined;
  return r ? (JSON.parse(r.page_json) as JekyllMotionPage) : null;
}
