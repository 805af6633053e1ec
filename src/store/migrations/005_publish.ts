/** Incremental build state (page hashes). Owned by the site work (publish/). */
export const sql = `
`;
