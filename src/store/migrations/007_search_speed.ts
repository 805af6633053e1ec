/** Indexes for the search API (serve/). */
export const sql = `
-- From an FTS row to its document: a filtered search checks each match's facets by its rowid (see FACET_FILTER in
-- serve/searchApi.ts) instead of reading the document id from the match's stored content, the whole motion text.
CREATE INDEX IF NOT EXISTS search_index_state_fts_rowid ON search_index_state(fts_rowid, document_id);
`;
