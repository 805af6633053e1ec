/**
 * Toezeggingen (issue 15): what a minister or state secretary promised the Kamer in a debate, with a deadline and a
 * status that the griffie keeps. The types the store reads and the site, feeds, export and API show, and the one
 * rule that decides "overdue" (te laat).
 */

/** The statuses of the XSD (tkData-v1-0-toezegging.xsd), spelled as the API spells them. */
export const TOEZEGGING_STATUSES = ['Openstaand', 'Voldaan', 'Deels Voldaan', 'Vervallen'] as const;

/** A letter named in kamerbriefNakoming, resolved to a stored document when the store has it. */
export interface NakomingBrief {
  /** The value as the API gave it (a GUID, a DocumentNummer, or free text). */
  waarde: string;
  documentId: string | null;
  titel: string | null;
  datum: string | null;
}

export interface ToezeggingRelatie {
  soort: 'herhaling' | 'aanvulling' | 'wijziging';
  /** herhaling: this one repeats `id`; aanvulling: adds to it; wijziging: changes it. `richting` 'later' = `id` points at this one. */
  richting: 'eerder' | 'later';
  id: string;
  nummer: string | null;
}

export interface StatusWijziging {
  van: string | null;
  naar: string;
  op: string | null;
}

/** Everything the site shows of one toezegging. */
export interface Toezegging {
  id: string;
  nummer: string | null;
  tekst: string | null;
  status: string | null;
  /** YYYY-MM-DD, from datumNakoming. */
  deadline: string | null;
  ministerie: string | null;
  /** The bewindspersoon as a reader knows them ("minister A.B. Voorbeeld"), else the API's naam. */
  bewindspersoon: string | null;
  functie: string | null;
  /** To whom: a fractie (afkorting), a member, or the free-text toegezegdAan. */
  fractie: string | null;
  persoon: string | null;
  toegezegdAan: string[];
  activiteit: { id: string; nummer: string | null; soort: string | null; onderwerp: string | null; dag: string | null } | null;
  aanmaakdatum: string | null;
  brieven: NakomingBrief[];
  relaties: ToezeggingRelatie[];
  statusHistorie: StatusWijziging[];
  gewijzigdOp: string | null;
}

/** Still open: only `Openstaand` (a `Deels Voldaan` toezegging has been answered in part and counts as fulfilled in part). */
export function isOpen(t: Pick<Toezegging, 'status'>): boolean {
  return t.status === 'Openstaand';
}

/** Fulfilled, fully or in part. */
export function isFulfilled(t: Pick<Toezegging, 'status'>): boolean {
  return t.status === 'Voldaan' || t.status === 'Deels Voldaan';
}

/**
 * Overdue (te laat): still open and its deadline lies before `today` (YYYY-MM-DD, the build date; injected so that
 * tests never read the clock). A deadline of today itself is not overdue yet.
 */
export function isOverdue(t: Pick<Toezegging, 'status' | 'deadline'>, today: string): boolean {
  return isOpen(t) && t.deadline !== null && /^\d{4}-\d{2}-\d{2}$/.test(t.deadline) && t.deadline < today;
}

/** When it was fulfilled or lapsed: the date of the status change that made it so (else its last change). */
export function settledOn(t: Toezegging): string | null {
  const last = [...t.statusHistorie].reverse().find((h) => h.naar === t.status);
  return (last?.op ?? t.gewijzigdOp)?.slice(0, 10) ?? null;
}

/** "Ministerie van Binnenlandse Zaken" and "Binnenlandse Zaken" are one ministerie on the site. */
export function ministerieNaam(s: string | null | undefined): string | null {
  const v = (s ?? '').replace(/^\s*(het\s+)?ministerie\s+van\s+/i, '').replace(/\s+/g, ' ').trim();
  return v ? v.charAt(0).toUpperCase() + v.slice(1) : null;
}

/** A toezegging as a motion page lists it. */
export interface MotionToezegging extends Pick<Toezegging, 'id' | 'nummer' | 'tekst' | 'status' | 'deadline' | 'ministerie'> {
  /** debat: made in the debate the motion was voted in; brief: fulfilled by a letter that also answers the motion. */
  via: 'debat' | 'brief';
}
