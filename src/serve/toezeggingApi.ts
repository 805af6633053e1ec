import { z } from 'zod';
import { toezeggingRow } from '../pipeline/exportRows.js';
import type { Db } from '../store/db.js';
import { findToezeggingen, listToezeggingen } from '../store/toezeggingRepo.js';
import { MAX_PAGE, MAX_PAGE_SIZE, PAGE_SIZE } from './searchApi.js';

/**
 * `GET /api/toezeggingen?status=&ministerie=&fractie=&jaar=&page=&pageSize=` (issue 15): every toezegging that
 * passes the filters, paged like the search API, each as its export row (`soort: "toezegging"`). `total` counts
 * all matches. Parameters are read with zod at the boundary: strings cut to 200 characters, numbers clamped.
 */
const text = z.string().trim().max(200).optional().transform((v) => (v ? v : undefined));
const int = (def: number, max: number) =>
  z.string().optional().transform((v) => {
    const n = Number.parseInt(v ?? '', 10);
    return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : def;
  });

const PARAMS = z.object({
  status: text,
  ministerie: text,
  fractie: text,
  jaar: text,
  page: int(1, MAX_PAGE),
  pageSize: int(PAGE_SIZE, MAX_PAGE_SIZE),
});
export type ToezeggingParams = z.infer<typeof PARAMS>;

export function parseToezeggingParams(params: URLSearchParams): ToezeggingParams {
  const raw = Object.fromEntries(['status', 'ministerie', 'fractie', 'jaar', 'page', 'pageSize'].map((k) => [k, params.get(k)?.slice(0, 400) ?? undefined]));
  return PARAMS.parse(raw);
}

export interface ToezeggingResult {
  page: number;
  pageSize: number;
  total: number;
  results: Record<string, unknown>[];
}

export function toezeggingenApi(db: Db, p: ToezeggingParams): ToezeggingResult {
  const { ids, total } = findToezeggingen(db, p, p.pageSize, (p.page - 1) * p.pageSize);
  const byId = new Map(listToezeggingen(db, ids).map((t) => [t.id, t]));
  return {
    page: p.page,
    pageSize: p.pageSize,
    total,
    results: ids.map((id) => byId.get(id)).filter((t) => t !== undefined).map((t) => ({ ...toezeggingRow(t), url: `/toezeggingen/${encodeURIComponent(t.id)}.html` })),
  };
}
