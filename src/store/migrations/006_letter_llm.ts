/** The LLM letter summary (`link --provider openai`), beside the rules summary of migration 004. Owned by the letters work. */
export const sql = `
ALTER TABLE letters ADD COLUMN llm_input_hash TEXT;  -- hash of the prompt input, prompt version, model, checks and rules summary
ALTER TABLE letters ADD COLUMN llm_status TEXT;      -- ok | rejected | failed
ALTER TABLE letters ADD COLUMN llm_summary TEXT;     -- the checked answer (status ok only)
ALTER TABLE letters ADD COLUMN llm_explainer TEXT;   -- openai:<model>@letter-v1, or "rules (llm rejected: …)"
`;
