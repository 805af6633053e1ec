import type { AnswerCache, CacheKey, CachedAnswer, CallRecord } from '../domain/llm.js';
import { prepared, type Db } from './db.js';

/** The LLM answer cache and call log in SQLite (migration 003). */
export function sqliteAnswerCache(db: Db): AnswerCache {
  const select = prepared(db, 
    'SELECT content, tokens_in, tokens_out FROM llm_cache WHERE text_hash = ? AND prompt_version = ? AND model = ? AND request = ?',
  );
  const insert = prepared(db, 
    `INSERT INTO llm_cache (text_hash, prompt_version, model, request, content, tokens_in, tokens_out, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(text_hash, prompt_version, model, request) DO UPDATE SET content = excluded.content,
       tokens_in = excluded.tokens_in, tokens_out = excluded.tokens_out, created_at = excluded.created_at`,
  );
  return {
    get(k: CacheKey): CachedAnswer | null {
      const r = select.get(k.textHash, k.promptVersion, k.model, k.request) as
        | { content: string; tokens_in: number; tokens_out: number }
        | undefined;
      return r ? { content: r.content, tokensIn: r.tokens_in, tokensOut: r.tokens_out } : null;
    },
    put(k: CacheKey, a: CachedAnswer): void {
      insert.run(k.textHash, k.promptVersion, k.model, k.request, a.content, a.tokensIn, a.tokensOut, new Date().toISOString());
    },
  };
}

export function llmCallLogger(db: Db): (r: CallRecord) => void {
  const insert = prepared(db, 
    `INSERT INTO llm_calls (document_id, model, prompt_version, request, outcome, http_status, tokens_in, tokens_out, ms, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (r) =>
    insert.run(r.documentId, r.model, r.promptVersion, r.request, r.outcome, r.httpStatus, r.tokensIn, r.tokensOut, r.ms, new Date().toISOString());
}
