import { prepared, type Db } from '../store/db.js';
import { esc } from '../publish/html/escape.js';
import type { MotionSummary } from '../publish/model.js';
import { buildFtsQuery } from './searchQuery.js';

export const PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;
export const MAX_PAGE = 100;
/** Totals are counted up to this many matches ("1000+"); counting every match of a common word costs more than the answer is worth. */
export const COUNT_LIMIT = 1000;

export interface SearchParams {
  q: string;
  fractie?: string;
  indiener?: string;
  dossier?: string;
  jaar?: string;
  uitslag?: string;
  thema?: string;
  page: number;
  pageSize: number;
}

export interface SearchHit {
  id: string;
  soort: string;
  titel: string | null;
  onderwerp: string | null;
  datum: string | null;
  uitslag: string | null;
  implicatie: string | null;
  /** HTML: the text around the match, escaped, with the matched words in <mark>. */
  snippet: string;
  url: string;
}

export interface SearchResult {
  q: string;
  page: number;
  pageSize: number;
  total: number;
  totalIsLowerBound: boolean;
  results: SearchHit[];
}

/** Reads search parameters from a query string, clamping numbers and cutting long strings. */
export function parseSearchParams(params: URLSearchParams): SearchParams {
  const str = (k: string) => {
    const v = params.get(k)?.trim().slice(0, 200);
    return v ? v : undefined;
  };
  const int = (k: string, def: number, max: number) => {
    const n = Number.parseInt(params.get(k) ?? '', 10);
    return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : def;
  };
  return {
    q: str('q') ?? '',
    fractie: str('fractie'),
    indiener: str('indiener'),
    dossier: str('dossier'),
    jaar: str('jaar'),
    uitslag: str('uitslag'),
    thema: str('thema'),
    page: int('page', 1, MAX_PAGE),
    pageSize: int('pageSize', PAGE_SIZE, MAX_PAGE_SIZE),
  };
}

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** Escapes a snippet and turns the FTS5 markers into <mark>. */
function snippetHtml(raw: string | null): string {
  return esc((raw ?? '').replace(/\s+/g, ' ').trim()).replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>');
}

/** bm25 weights of the FTS5 columns (document_id, titel, onderwerp, tekst, uitleg, stems): title and subject weigh most. */
const BM25_WEIGHTS = '0.0, 10.0, 8.0, 1.0, 4.0, 1.0';

/**
 * A match passes a filter when its document has the facet value: found by the match's FTS rowid through
 * search_index_state (index on fts_rowid, migration 007) and publish_facets (written by the site build). By rowid,
 * so a match's stored content (the whole motion) is never read to learn its document id; that read was most of the
 * time of a filtered search (60,000 motions, the bench's 1,000 queries: p95 17 ms by document id, 6 ms by rowid). A probe per
 * match beat building the facet's rowid set once per query: most searches match a few hundred motions, a facet
 * value (uitslag = verworpen) holds up to 30,000.
 */
const FACET_FILTER = `EXISTS (SELECT 1 FROM search_index_state s JOIN publish_facets pf ON pf.document_id = s.document_id
  WHERE s.fts_rowid = f.rowid AND pf.facet = ? AND pf.value = ?)`;

interface PageRow {
  id: string; soort: string; titel: string | null; onderwerp: string | null; datum: string | null; summary_json: string | null; snip_tekst: string | null; snip_onderwerp: string | null;
}

/** The columns of a result row: a match (alias f, in a MATCH query) joined to its document and published summary. */
const PAGE_COLUMNS = `d.id, d.soort, d.titel, d.onderwerp, d.datum, pm.summary_json,
         snippet(search_fts, 3, '${OPEN}', '${CLOSE}', '…', 24) AS snip_tekst,
         snippet(search_fts, 2, '${OPEN}', '${CLOSE}', '…', 24) AS snip_onderwerp`;
const PAGE_JOINS = 'JOIN documents d ON d.id = f.document_id LEFT JOIN publish_motions pm ON pm.document_id = f.document_id';

/** The filters of a search as [facet, value] pairs, in a fixed order (one prepared statement per combination). */
function facetFilters(p: SearchParams): [string, string][] {
  const facets: [string, string | undefined][] = [['fractie', p.fractie], ['indiener', p.indiener], ['thema', p.thema], ['dossier', p.dossier?.replace(/\s+/g, '')], ['jaar', p.jaar], ['uitslag', p.uitslag]];
  return facets.filter((f): f is [string, string] => !!f[1]);
}

/** The WHERE clause of a search: the match and one FACET_FILTER per filter (parameters: match, then facet, value pairs). */
function matchWhere(filters: [string, string][]): string {
  return ['search_fts MATCH ?', ...filters.map(() => FACET_FILTER)].join(' AND ');
}

/** Matches counted up to COUNT_LIMIT + 1. Deleted documents are taken out of the index by the index stage, so counting needs no join. */
function countMatches(db: Db, match: string, filters: [string, string][]): number {
  return (prepared(db, `SELECT COUNT(*) AS n FROM (SELECT 1 FROM search_fts f WHERE ${matchWhere(filters)} LIMIT ${COUNT_LIMIT + 1})`).get(match, ...filters.flat()) as { n: number }).n;
}

/**
 * A page of an unfiltered search: FTS5's own rank with the weights as a rank function is much cheaper than calling
 * bm25() per row in ORDER BY (p95 4 ms instead of 50 ms on 60,000 motions): FTS5 sorts rowid and score only, and the
 * columns and snippets are read for the returned rows alone.
 */
function rankedPage(db: Db, match: string, p: SearchParams): PageRow[] {
  return prepared(
    db,
    `SELECT ${PAGE_COLUMNS}
       FROM search_fts f ${PAGE_JOINS}
       WHERE search_fts MATCH ? AND f.rank MATCH 'bm25(${BM25_WEIGHTS})' AND d.verwijderd = 0
       ORDER BY f.rank
       LIMIT ? OFFSET ?`,
  ).all(match, p.pageSize, (p.page - 1) * p.pageSize) as PageRow[];
}

/**
 * A page of a filtered search, with the number of matches: the matches that pass the filters, scored by bm25() (the
 * rank function would score every match first, and a common word matches a third of all motions), then the columns
 * and snippets of the page's rows only. Same order as the rank, ties by rowid as FTS5 sorts them. Counting from the
 * same filtered set saves filtering every match a second time. CROSS JOIN keeps the page as the outer loop: left to
 * itself, SQLite 3.53 scans every match and reads its document id from the stored content (130 ms instead of 4 ms).
 */
function filteredPage(db: Db, match: string, filters: [string, string][], p: SearchParams): { rows: PageRow[]; total: number } {
  const rows = prepared(
    db,
    `WITH hits AS MATERIALIZED (
       SELECT f.rowid AS fts_rowid, bm25(search_fts, ${BM25_WEIGHTS}) AS score FROM search_fts f WHERE ${matchWhere(filters)}),
     page AS (SELECT fts_rowid, score FROM hits ORDER BY score, fts_rowid LIMIT ? OFFSET ?)
     SELECT (SELECT COUNT(*) FROM hits) AS total, ${PAGE_COLUMNS}
       FROM page CROSS JOIN search_fts f ON f.rowid = page.fts_rowid ${PAGE_JOINS}
       WHERE search_fts MATCH ? AND d.verwijderd = 0
       ORDER BY page.score, page.fts_rowid`,
  ).all(match, ...filters.flat(), p.pageSize, (p.page - 1) * p.pageSize, match) as (PageRow & { total: number })[];
  // An empty page carries no count: past the last page, or nothing found.
  return { rows, total: rows[0]?.total ?? countMatches(db, match, filters) };
}

/**
 * Full-text search over the FTS5 index, ranked by bm25 (title and subject weigh most), with filters from the
 * published motion summaries (fractie, indiener, dossier, year, result, theme). Every value is a bound parameter.
 */
export function search(db: Db, p: SearchParams): SearchResult {
  const match = buildFtsQuery(p.q);
  const empty: SearchResult = { q: p.q, page: p.page, pageSize: p.pageSize, total: 0, totalIsLowerBound: false, results: [] };
  if (!match) return empty;
  const filters = facetFilters(p);
  const { rows, total } = filters.length ? filteredPage(db, match, filters, p) : { rows: rankedPage(db, match, p), total: countMatches(db, match, []) };
  return {
    ...empty,
    total: Math.min(total, COUNT_LIMIT),
    totalIsLowerBound: total > COUNT_LIMIT,
    results: rows.map(toHit),
  };
}

function toHit(r: PageRow): SearchHit {
  const s = r.summary_json ? (JSON.parse(r.summary_json) as MotionSummary) : null;
  const tekst = r.snip_tekst && r.snip_tekst.includes(OPEN) ? r.snip_tekst : null;
  return {
    id: r.id,
    soort: r.soort,
    titel: r.titel,
    onderwerp: r.onderwerp,
    datum: s?.datum ?? r.datum,
    uitslag: s?.uitslag ?? null,
    implicatie: s?.implicatie ?? null,
    snippet: snippetHtml(tekst ?? r.snip_onderwerp ?? r.snip_tekst),
    url: `/${r.soort === 'motie' ? 'moties' : 'brieven'}/${encodeURIComponent(r.id)}.html`,
  };
}

/** The summaries of a result page, for the Atom feed of a search. */
export function summariesFor(db: Db, ids: string[]): MotionSummary[] {
  if (!ids.length) return [];
  const rows = db.prepare(`SELECT summary_json FROM publish_motions WHERE document_id IN (${ids.map(() => '?').join(',')})`).pluck().all(...ids) as string[];
  const byId = new Map(rows.map((s) => {
    const m = JSON.parse(s) as MotionSummary;
    return [m.id, m] as const;
  }));
  return ids.map((id) => byId.get(id)).filter((m): m is MotionSummary => !!m);
}
