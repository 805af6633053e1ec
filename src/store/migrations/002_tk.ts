/** Tweede Kamer API records (zaak, besluit, stemming, persoon, fractie, actors) and sync checkpoints. Owned by the sync work (source/). */
export const sql = `
`;
