/**
 * Covering indexes for loading a motion's view (store/tkRepo getMotionZaak): its zaak, actors, besluiten and
 * stemmingen are read from these indexes alone, without the table rows, which also hold the record's raw JSON
 * (a zaak's row ~0.5 kB, a besluit's ~15 stemmingen spread over several pages). On the 60k store that took
 * ~20 % off loading a motion view, most of it page reads. tk_stemming_view starts with besluit_id, as does
 * publish_stemming_fingerprint, so the plain index on besluit_id is dropped: a sync still maintains two there.
 */
export const sql = `
CREATE INDEX IF NOT EXISTS tk_stemming_view ON tk_stemming(besluit_id, verwijderd, id, soort, fractie_grootte, actor_naam,
  actor_fractie, vergissing, sid_actor_lid, persoon_id, gewijzigd_op, fractie_id);
DROP INDEX IF EXISTS tk_stemming_besluit;
CREATE INDEX IF NOT EXISTS tk_zaak_view ON tk_zaak(id, verwijderd, soort, nummer, kabinetsappreciatie, gestart_op);
CREATE INDEX IF NOT EXISTS tk_besluit_view ON tk_besluit(id, verwijderd, besluit_soort, besluit_tekst, stemmings_soort, status,
  volgorde, datum, gewijzigd_op);
CREATE INDEX IF NOT EXISTS tk_zaak_actor_view ON tk_zaak_actor(zaak_id, verwijderd, pos, actor_naam, actor_fractie, relatie, functie,
  persoon_id, fractie_id);
`;
