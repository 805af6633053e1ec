import type { IndienerMetFractie } from './types.js';

/** An actor of a zaak or a document (ZaakActor, DocumentActor), with every fractie the store could place it in. */
export interface ActorFacts {
  naam: string | null;
  /** The fractie recorded on the actor itself. */
  actorFractie: string | null;
  relatie: string | null;
  functie: string | null;
  persoonId: string | null;
  /** The fractie of the member's zetel on the zaak's date. */
  zetelFractie: string | null;
  /** The fractie of the actor's Fractie_Id. */
  fractieById: string | null;
  /** The Persoon's current Fractielabel. */
  fractielabel: string | null;
}

/**
 * The indieners among the actors: indieners first, then medeindieners, each in the order given (the order the Kamer
 * recorded them: the store reads them by GewijzigdOp, then id — the one order both sources carry, as the SyncFeed has
 * no position of an actor in its zaak). Records without Relatie (recordings made with $select) count when the actor
 * is a person or fractie rather than a minister or commissie. The fractie is the one recorded on the actor; else the
 * member's zetel at the zaak's date; else that of the actor's Fractie_Id; else the Persoon's current Fractielabel.
 */
export function indienersOf(actors: ActorFacts[]): IndienerMetFractie[] {
  return actors
    .filter(isIndiener)
    .sort((a, b) => rank(a.relatie) - rank(b.relatie))
    .map((a) => ({
      naam: a.naam ?? 'onbekend',
      fractie: a.actorFractie ?? a.zetelFractie ?? a.fractieById ?? a.fractielabel ?? null,
      ...(a.relatie ? { relatie: a.relatie } : {}),
      persoonId: a.persoonId,
    }));
}

function isIndiener(a: ActorFacts): boolean {
  return a.relatie ? /indiener/i.test(a.relatie) : a.naam !== null && !/minister|staatssecretaris|commissie/i.test(`${a.functie ?? ''} ${a.naam}`);
}

function rank(relatie: string | null): number {
  return /^indiener/i.test(relatie ?? '') ? 0 : /medeindiener/i.test(relatie ?? '') ? 1 : 2;
}
