/** Letters, motion references and lifecycle. Owned by the letters work (link/). */
export const sql = `
`;
