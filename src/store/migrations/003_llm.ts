/** LLM answer cache and call log. Owned by the LLM work (explain/llm). */
export const sql = `
`;
