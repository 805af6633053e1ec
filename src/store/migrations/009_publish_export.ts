/**
 * The JSON export of a quarter is written from the motion views the build loads for its search index anyway:
 * keeping every export row in the store as well cost a write of ~3 KB per motion per build.
 */
export const sql = `
ALTER TABLE publish_motions DROP COLUMN row_json;
`;
