/** LLM answer cache and call log. Owned by the LLM work (explain/llm). */
export const sql = `
-- Every answer a model gave, so that a re-run makes zero calls. The key is what the answer depends on:
-- the prompt's input (text_hash), the prompt version, the model, and which request of the prompt set it was.
CREATE TABLE llm_cache (
  text_hash      TEXT NOT NULL,
  prompt_version TEXT NOT NULL,
  model          TEXT NOT NULL,
  request        TEXT NOT NULL,          -- json | samenvatting | implicatie | <name>#retry:<hash of the first answer>
  content        TEXT NOT NULL,          -- the raw answer (cut at 8 001 characters)
  tokens_in      INTEGER NOT NULL,
  tokens_out     INTEGER NOT NULL,
  created_at     TEXT NOT NULL,
  PRIMARY KEY (text_hash, prompt_version, model, request)
);

-- One row per HTTP call to a model server, for cost and failure reports. No keys, no texts.
CREATE TABLE llm_calls (
  id             INTEGER PRIMARY KEY,
  document_id    TEXT NOT NULL,
  model          TEXT NOT NULL,
  prompt_version TEXT NOT NULL,
  request        TEXT NOT NULL,
  outcome        TEXT NOT NULL,          -- ok | rate-limit | server | timeout | network | client | aborted
  http_status    INTEGER,
  tokens_in      INTEGER NOT NULL,
  tokens_out     INTEGER NOT NULL,
  ms             INTEGER NOT NULL,
  created_at     TEXT NOT NULL
);
CREATE INDEX llm_calls_document ON llm_calls(document_id);
`;
