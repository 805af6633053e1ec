/**
 * For the site build's fingerprint pass (store/publishRepo), which reads a few small columns of every motion's rows:
 * - covering indexes on the parse and the explanations: from the tables it read each row whole, the parsed motion
 *   and the explanation texts with it (~200 MB of pages per build on the 60,000-motion store);
 * - the summary of a besluit's stemmingen (count, newest change stamp, Vergissingen), kept on the besluit when the
 *   sync writes its stemmingen: the pass aggregated 1.2 million stemmingen every build.
 */
export const sql = `
CREATE INDEX publish_motions_fingerprint ON motions(document_id, input_hash, datum);
CREATE INDEX publish_explanations_fingerprint ON explanations(document_id, family, input_hash, created_at, status);
ALTER TABLE tk_besluit ADD COLUMN stemmingen_fp TEXT;
UPDATE tk_besluit SET stemmingen_fp = (SELECT COUNT(*) || '-' || COALESCE(MAX(s.api_gewijzigd_op), '') || '-' || COALESCE(SUM(s.vergissing), 0)
  FROM tk_stemming s WHERE s.besluit_id = tk_besluit.id);
DROP INDEX IF EXISTS publish_besluit_fingerprint;
CREATE INDEX publish_besluit_fingerprint ON tk_besluit(id, api_gewijzigd_op, verwijderd, datum, stemmingen_fp);
DROP INDEX IF EXISTS publish_stemming_fingerprint;
`;
