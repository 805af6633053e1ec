import type { ActorFacts } from '../../domain/indieners.js';
import type { BesluitFacts, StemmingFacts } from '../../domain/voteResult.js';
import { prepared, type Db } from '../db.js';

/**
 * What the store holds of a motion's zaak, as facts for the domain to judge (domain/voteResult, domain/indieners):
 * the zaak, its besluiten with their stemmingen, and the actors of the zaak or of the document.
 */

/**
 * A zaak's besluiten and their stemmingen come with the zaak as one JSON string (see BesluitTuple), all read from
 * covering indexes (migration 008) instead of the table rows that also hold the raw record. JSON.parse of one string
 * instead of a row object per stemming (~15 per besluit, 10 columns), and one statement per motion instead of one per
 * besluit, took reading a motion's zaak from ~125 to ~80 µs per motion (60k store).
 */
const STEMMINGEN_JSON = `(SELECT json_group_array(json_array(s.id, s.soort, s.fractie_grootte, s.actor_naam, s.actor_fractie,
      (SELECT COALESCE(f.afkorting, f.naam_nl) FROM tk_fractie f WHERE f.id = s.fractie_id),
      s.persoon_id, s.persoon_id IS NOT NULL OR s.sid_actor_lid IS NOT NULL, s.vergissing, s.gewijzigd_op) ORDER BY s.id)
    FROM tk_stemming s WHERE s.besluit_id = b.id AND s.verwijderd = 0)`;

/** A motion's zaak with its besluiten and their stemmingen; built once, as the statement cache is keyed by the SQL text. */
const MOTION_ZAAK_SQL = `SELECT z.id, z.nummer, z.kabinetsappreciatie, z.gestart_op,
     (SELECT json_group_array(json_array(b.id, b.besluit_soort, b.besluit_tekst, b.stemmings_soort, b.status, b.volgorde, b.datum,
          b.gewijzigd_op, ${STEMMINGEN_JSON}) ORDER BY b.id)
      FROM tk_besluit_zaak bz JOIN tk_besluit b ON b.id = bz.besluit_id WHERE bz.zaak_id = z.id AND b.verwijderd = 0) AS besluiten_json
   FROM (SELECT z.id, z.nummer, z.kabinetsappreciatie, z.gestart_op FROM tk_document_zaak dz JOIN tk_zaak z ON z.id = dz.zaak_id
         WHERE dz.document_id = ? AND z.verwijderd = 0
         ORDER BY CASE WHEN z.soort = 'Motie' OR z.soort IS NULL THEN 0 ELSE 1 END, z.nummer DESC LIMIT 1) z`;

interface ZaakRow {
  id: string;
  nummer: string | null;
  kabinetsappreciatie: string | null;
  gestart_op: string | null;
  besluiten_json: string;
}

/** A motion's zaak (the motion's own: a Motie zaak before others, then the highest number) with its besluiten. */
export interface MotionZaakFacts {
  id: string;
  nummer: string | null;
  kabinetsappreciatie: string | null;
  gestartOp: string | null;
  besluiten: BesluitFacts[];
}

export function readMotionZaak(db: Db, documentId: string): MotionZaakFacts | null {
  const zaak = prepared(db, MOTION_ZAAK_SQL).get(documentId) as ZaakRow | undefined;
  if (!zaak) return null;
  return { id: zaak.id, nummer: zaak.nummer, kabinetsappreciatie: zaak.kabinetsappreciatie, gestartOp: zaak.gestart_op, besluiten: besluitenFrom(zaak.besluiten_json) };
}

/** The actors of a zaak or a document, built once: the statement cache is keyed by the SQL text. */
const actorsSql = (table: string, key: string) =>
  `SELECT a.actor_naam, a.actor_fractie, a.relatie, a.functie, a.persoon_id,
     (SELECT COALESCE(f.afkorting, f.naam_nl) FROM tk_fractie_zetel_persoon fzp
        JOIN tk_fractie_zetel fz ON fz.id = fzp.fractie_zetel_id JOIN tk_fractie f ON f.id = fz.fractie_id
      WHERE fzp.persoon_id = a.persoon_id AND fzp.verwijderd = 0 AND (@datum IS NULL OR ((fzp.van IS NULL OR fzp.van <= @datum) AND (fzp.tot_en_met IS NULL OR fzp.tot_en_met >= @datum)))
      ORDER BY fzp.van DESC LIMIT 1) AS zetel_fractie,
     (SELECT f.afkorting FROM tk_fractie f WHERE f.id = a.fractie_id) AS fractie_by_id,
     (SELECT p.fractielabel FROM tk_persoon p WHERE p.id = a.persoon_id) AS fractielabel
   FROM ${table} a WHERE a.${key} = @id AND a.verwijderd = 0 ORDER BY a.gewijzigd_op, a.id`;
const ACTORS_SQL = { zaak: actorsSql('tk_zaak_actor', 'zaak_id'), document: actorsSql('tk_document_actor', 'document_id') };

/**
 * The actors of a zaak or a document, in the order the Kamer recorded them (their GewijzigdOp, then id), each with the
 * fracties it can be placed in; `datum` (YYYY-MM-DD) is the day a member's zetel is looked up on.
 */
export function readActors(db: Db, of: 'zaak' | 'document', id: string, datum: string | null): ActorFacts[] {
  const rows = prepared(db, ACTORS_SQL[of]).all({ id, datum }) as {
    actor_naam: string | null;
    actor_fractie: string | null;
    relatie: string | null;
    functie: string | null;
    persoon_id: string | null;
    zetel_fractie: string | null;
    fractie_by_id: string | null;
    fractielabel: string | null;
  }[];
  return rows.map((r) => ({
    naam: r.actor_naam,
    actorFractie: r.actor_fractie,
    relatie: r.relatie,
    functie: r.functie,
    persoonId: r.persoon_id,
    zetelFractie: r.zetel_fractie,
    fractieById: r.fractie_by_id,
    fractielabel: r.fractielabel,
  }));
}

/** A besluit as MOTION_ZAAK_SQL's JSON holds it, in this order. */
type BesluitTuple = [
  id: string,
  besluitSoort: string | null,
  besluitTekst: string | null,
  stemmingsSoort: string | null,
  status: string | null,
  volgorde: number | null,
  datum: string | null,
  gewijzigdOp: string | null,
  stemmingen: StemmingTuple[],
];

/** A stemming as STEMMINGEN_JSON holds it, in this order. */
type StemmingTuple = [
  id: string,
  soort: string | null,
  fractieGrootte: number | null,
  actorNaam: string | null,
  actorFractie: string | null,
  fractieNaam: string | null,
  persoonId: string | null,
  isMember: 0 | 1,
  vergissing: number,
  gewijzigdOp: string | null,
];

function besluitenFrom(json: string): BesluitFacts[] {
  return (JSON.parse(json) as BesluitTuple[]).map(
    ([id, besluitSoort, besluitTekst, stemmingsSoort, status, volgorde, datum, gewijzigdOp, stemmingen]): BesluitFacts => ({
      id,
      besluitSoort,
      besluitTekst,
      stemmingsSoort,
      status,
      volgorde,
      datum,
      gewijzigdOp,
      stemmingen: stemmingen.map(
        ([id, soort, fractieGrootte, actorNaam, actorFractie, fractieNaam, persoonId, isMember, vergissing, gewijzigdOp]): StemmingFacts => ({
          id,
          soort,
          fractieGrootte,
          actorNaam,
          actorFractie,
          fractieNaam,
          persoonId,
          isMember: isMember === 1,
          vergissing: vergissing === 1,
          gewijzigdOp,
        }),
      ),
    }),
  );
}
