import type { AnsweringLetter, LinkedReference, MotionReference, ParsedLetter } from '../domain/types.js';
import { formatExplainer, rulesExplainer, type Explainer } from '../domain/explainer.js';
import { sha256 } from '../domain/hash.js';
import { prepared, type Db } from './db.js';

/** Letters, the motion references found in them, and the reverse lookup from a motion to the letters that cite it. */

export type StoredReference = LinkedReference;

export interface LinkRecord {
  inputHash: string;
  letter: ParsedLetter | null;
  summary: string | null;
  references: StoredReference[];
}

const keepLlm = (column: string) =>
  `CASE WHEN letters.parsed_json IS excluded.parsed_json AND letters.summary IS excluded.summary THEN letters.${column} END`;

/** Replaces what is stored for one document, in one transaction. */
export function saveLink(db: Db, documentId: string, record: LinkRecord): void {
  db.transaction(() => {
    prepared(db, 
      `INSERT INTO letters (document_id, input_hash, parsed_json, datum, onderwerp, summary, linked_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(document_id) DO UPDATE SET input_hash = excluded.input_hash, parsed_json = excluded.parsed_json,
         datum = excluded.datum, onderwerp = excluded.onderwerp, summary = excluded.summary, linked_at = excluded.linked_at,
         -- The LLM summary stays while the letter it was made from stays (a relink for new motions keeps it), and goes with it.
         llm_input_hash = ${keepLlm('llm_input_hash')}, llm_status = ${keepLlm('llm_status')},
         llm_summary = ${keepLlm('llm_summary')}, llm_explainer = ${keepLlm('llm_explainer')}`,
    ).run(
      documentId,
      record.inputHash,
      record.letter ? JSON.stringify(record.letter) : null,
      record.letter?.datum ?? null,
      record.letter?.onderwerp ?? null,
      record.summary,
      new Date().toISOString(),
    );
    prepared(db, 'DELETE FROM motion_references WHERE document_id = ?').run(documentId);
    const insert = prepared(db, 
      `INSERT INTO motion_references (document_id, seq, kamerstuk, naam, snippet, confidence, motie_id, zeker, stance,
         in_footnote, from_garbled, date_hint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    record.references.forEach((r, seq) =>
      insert.run(documentId, seq, r.kamerstuk, r.naam, r.snippet, r.confidence, r.motieId, r.zeker ? 1 : 0, r.stance,
        r.inFootnote ? 1 : 0, r.fromGarbled ? 1 : 0, r.dateHint),
    );
  })();
}

export function getLinkInputHash(db: Db, documentId: string): string | null {
  const r = prepared(db, 'SELECT input_hash FROM letters WHERE document_id = ?').get(documentId) as { input_hash: string } | undefined;
  return r?.input_hash ?? null;
}

interface ReferenceRow {
  kamerstuk: string | null;
  naam: string | null;
  snippet: string;
  confidence: number;
  motie_id: string | null;
  zeker: number;
  stance: string | null;
  in_footnote: number;
  from_garbled: number;
  date_hint: string | null;
}

function toReference(r: ReferenceRow): StoredReference {
  return {
    kamerstuk: r.kamerstuk,
    naam: r.naam,
    snippet: r.snippet,
    confidence: r.confidence,
    motieId: r.motie_id,
    zeker: r.zeker === 1,
    stance: r.stance,
    inFootnote: r.in_footnote === 1,
    fromGarbled: r.from_garbled === 1,
    dateHint: r.date_hint,
  };
}

/** The motion references of one document, in the order they appear. */
export function getReferences(db: Db, documentId: string): MotionReference[] {
  return (prepared(db, 'SELECT * FROM motion_references WHERE document_id = ? ORDER BY seq').all(documentId) as ReferenceRow[]).map(
    (r) => {
      const { dateHint: _dateHint, ...ref } = toReference(r);
      return ref;
    },
  );
}

/**
 * The letters that cite a motion, oldest first. Only letters answer: Handelingen or other documents scanned for references
 * (soort overig) show their references on their own page but do not make a motion `beantwoord`.
 */
export function getAnsweringLetters(db: Db, motionId: string): AnsweringLetter[] {
  const rows = prepared(db, 
      `SELECT r.document_id, r.snippet, r.stance, COALESCE(d.datum, l.datum) AS brief_datum, COALESCE(d.onderwerp, l.onderwerp, d.titel) AS onderwerp
       FROM motion_references r JOIN documents d ON d.id = r.document_id LEFT JOIN letters l ON l.document_id = r.document_id
       WHERE r.motie_id = ? AND d.verwijderd = 0 AND d.soort = 'brief' AND r.document_id <> ?
       ORDER BY brief_datum IS NULL, brief_datum, r.document_id, r.seq`,
    )
    .all(motionId, motionId) as { document_id: string; snippet: string; stance: string | null; brief_datum: string | null; onderwerp: string | null }[];
  const seen = new Set<string>();
  const out: AnsweringLetter[] = [];
  for (const r of rows) {
    if (seen.has(r.document_id)) continue;
    seen.add(r.document_id);
    out.push({ briefId: r.document_id, datum: r.brief_datum, onderwerp: r.onderwerp, snippet: r.snippet, stance: r.stance });
  }
  return out;
}

/** The explainer of the rules summary (`link/letterSummary.ts`), shown as `rules` where a letter's summary source is. */
export const RULES_SUMMARY: Explainer = rulesExplainer(null);

/**
 * A parsed letter and the summary to show: the checked LLM summary when there is one, else the rules summary.
 * `summaryBron` says which: `openai:<model>@letter-v1`, `rules`, or `rules (llm rejected: …)` / `rules (llm failed: …)`
 * when the LLM's answer was not used; null when there is no summary and no LLM verdict.
 */
export function getParsedLetter(db: Db, documentId: string): { letter: ParsedLetter; summary: string | null; summaryBron: string | null } | null {
  const r = prepared(db, 'SELECT parsed_json, summary, llm_status, llm_summary, llm_explainer FROM letters WHERE document_id = ?')
    .get(documentId) as
    | { parsed_json: string | null; summary: string | null; llm_status: string | null; llm_summary: string | null; llm_explainer: string | null }
    | undefined;
  if (!r?.parsed_json) return null;
  const letter = JSON.parse(r.parsed_json) as ParsedLetter;
  if (r.llm_status === 'ok' && r.llm_summary) return { letter, summary: r.llm_summary, summaryBron: r.llm_explainer };
  const summaryBron = r.llm_status ? r.llm_explainer : r.summary ? formatExplainer(RULES_SUMMARY) : null;
  return { letter, summary: r.summary, summaryBron };
}

/** A letter as the LLM summary needs it: the parse, the rules summary (the fallback) and the stored LLM input hash. */
export interface LetterForLlm {
  documentId: string;
  letter: ParsedLetter;
  rulesSummary: string | null;
  llmInputHash: string | null;
}

/** Every linked letter (soort brief, not deleted) with a parse, optionally only these ids. */
export function listLettersForLlm(db: Db, ids?: string[]): LetterForLlm[] {
  const rows = prepared(db, 
      `SELECT l.document_id, l.parsed_json, l.summary, l.llm_input_hash FROM letters l JOIN documents d ON d.id = l.document_id
       WHERE d.soort = 'brief' AND d.verwijderd = 0 AND l.parsed_json IS NOT NULL ORDER BY l.document_id`,
    )
    .all() as { document_id: string; parsed_json: string; summary: string | null; llm_input_hash: string | null }[];
  const only = ids ? new Set(ids) : null;
  return rows
    .filter((r) => !only || only.has(r.document_id))
    .map((r) => ({ documentId: r.document_id, letter: JSON.parse(r.parsed_json) as ParsedLetter, rulesSummary: r.summary, llmInputHash: r.llm_input_hash }));
}

export interface LetterLlmRecord {
  inputHash: string;
  status: 'ok' | 'rejected' | 'failed';
  /** The checked answer; null unless `ok`. */
  summary: string | null;
  explainer: Explainer;
}

export function saveLetterLlm(db: Db, documentId: string, record: LetterLlmRecord): void {
  prepared(db, 'UPDATE letters SET llm_input_hash = ?, llm_status = ?, llm_summary = ?, llm_explainer = ? WHERE document_id = ?').run(
    record.inputHash,
    record.status,
    record.summary,
    formatExplainer(record.explainer),
    documentId,
  );
}

/** A short hash of every stored motion and its parse: when it changes, references are resolved again. */
export function motionsStateHash(db: Db): string {
  const rows = prepared(db, 'SELECT document_id, input_hash FROM motions ORDER BY document_id').all() as { document_id: string; input_hash: string }[];
  return sha256(rows.map((r) => `${r.document_id}:${r.input_hash}`).join('\n')).slice(0, 32);
}

/** What name resolution needs of each stored motion. */
export interface MotionCandidateRow {
  id: string;
  datum: string | null;
  titel: string | null;
  onderwerp: string | null;
  parsedJson: string;
}

export function listMotionCandidateRows(db: Db): MotionCandidateRow[] {
  return (
    prepared(db, 
        `SELECT m.document_id AS id, COALESCE(m.datum, d.datum) AS datum, d.titel AS titel, d.onderwerp AS onderwerp, m.parsed_json AS parsedJson
         FROM motions m JOIN documents d ON d.id = m.document_id WHERE d.verwijderd = 0`,
      )
      .all() as MotionCandidateRow[]
  );
}
