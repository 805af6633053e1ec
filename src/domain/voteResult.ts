import type { StemmingRow, Uitslag, VoteResult } from './types.js';

/**
 * From a zaak's besluiten to the result shown on a motion page. Pure: the store hands in rows,
 * this decides. The data faults of the API are handled here, in one place:
 * - duplicate Stemming rows (the same fractie or member twice under one besluit): the latest counts;
 * - member votes inside a fractie vote: shown with the member's name, counted only when their
 *   fractie has no row of its own (otherwise the fractie's FractieGrootte already holds their seat);
 * - a vote under an old Fractie id or a Persoon_Id pointing nowhere: the names recorded on the
 *   Stemming row itself (ActorFractie, ActorNaam) are used, so nothing depends on the lookup.
 */

export interface StemmingFacts {
  id: string;
  soort: string | null;
  fractieGrootte: number | null;
  actorNaam: string | null;
  actorFractie: string | null;
  /** The fractie's name via Fractie_Id, when ActorFractie is empty. */
  fractieNaam: string | null;
  persoonId: string | null;
  /** SidActorLid is set on a member's row even where Persoon_Id was not selected. */
  isMember: boolean;
  vergissing: boolean;
  gewijzigdOp: string | null;
}

export interface BesluitFacts {
  id: string;
  besluitSoort: string | null;
  besluitTekst: string | null;
  stemmingsSoort: string | null;
  status: string | null;
  volgorde: number | null;
  /** YYYY-MM-DD of the activiteit where it was decided, when known. */
  datum: string | null;
  gewijzigdOp: string | null;
  stemmingen: StemmingFacts[];
}

const OUTCOMES: [RegExp, Uitslag][] = [
  [/aangenomen/i, 'aangenomen'],
  [/verworpen/i, 'verworpen'],
  [/ingetrokken|intrekken/i, 'ingetrokken'],
  [/aangehouden|aanhouden/i, 'aangehouden'],
];

/** The outcome a besluit records, or null when it is not an outcome ("Ingediend", "Overgenomen", agenda changes). */
export function uitslagOf(b: Pick<BesluitFacts, 'besluitSoort' | 'besluitTekst'>): Uitslag | null {
  for (const text of [b.besluitSoort, b.besluitTekst]) {
    if (!text || /^ingediend/i.test(text.trim())) continue;
    for (const [pattern, uitslag] of OUTCOMES) if (pattern.test(text)) return uitslag;
  }
  return null;
}

const VOTE_SOORTEN = new Set<StemmingRow['soort']>(['Voor', 'Tegen', 'Niet deelgenomen']);

/**
 * The latest besluit with an outcome decides; a draft ("Voorstel", "Concept voorstel") never does.
 * Latest = later vote date, then later GewijzigdOp, then higher AgendapuntZaakBesluitVolgorde.
 */
export function voteResult(besluiten: BesluitFacts[]): VoteResult | null {
  // A vote whose outcome is written nowhere ("Stemmen" without BesluitTekst) is decided by the seats.
  const real = besluiten
    .filter((b) => !/voorstel/i.test(b.status ?? ''))
    .map((b) => ({ b, uitslag: uitslagOf(b) ?? (isUnwrittenVote(b) ? ('seats' as const) : null) }))
    .filter((x): x is { b: BesluitFacts; uitslag: Uitslag | 'seats' } => x.uitslag !== null);
  if (real.length === 0) return null;
  real.sort((x, y) => compareBesluit(x.b, y.b));
  const { b, uitslag: written } = real[real.length - 1]!;
  // In a hoofdelijke stemming every row is a member's, also where the recording lacks Persoon_Id and SidActorLid.
  const declaredHoofdelijk = /hoofdelijk/i.test(b.stemmingsSoort ?? '') || /hoofdelijk/i.test(b.besluitTekst ?? '');
  const rows = dedupe(declaredHoofdelijk ? b.stemmingen.map((s) => ({ ...s, isMember: true })) : b.stemmingen);
  const hoofdelijk = declaredHoofdelijk || (rows.length > 0 && rows.every((s) => s.isMember));
  const fractiesWithOwnRow = new Set(rows.filter((s) => !s.isMember).map((s) => fractieName(s)));
  const stemmingen: StemmingRow[] = [];
  let zetelsVoor = 0;
  let zetelsTegen = 0;
  for (const s of rows) {
    if (!s.soort || !VOTE_SOORTEN.has(s.soort as StemmingRow['soort'])) continue;
    const soort = s.soort as StemmingRow['soort'];
    const fractie = fractieName(s);
    const counted = hoofdelijk || !s.isMember || !fractiesWithOwnRow.has(fractie);
    const zetels = s.isMember ? 1 : (s.fractieGrootte ?? 0);
    const row: StemmingRow = { fractie, soort, zetels };
    if (s.isMember) row.persoon = s.actorNaam ?? 'onbekend lid';
    if (s.vergissing) row.vergissing = true;
    stemmingen.push(row);
    if (!counted) continue;
    if (soort === 'Voor') zetelsVoor += zetels;
    if (soort === 'Tegen') zetelsTegen += zetels;
  }
  stemmingen.sort((x, y) => order(x.soort) - order(y.soort) || y.zetels - x.zetels || x.fractie.localeCompare(y.fractie, 'nl') || (x.persoon ?? '').localeCompare(y.persoon ?? '', 'nl'));
  // A tie is not a majority: the motion is not adopted.
  const uitslag: Uitslag = written === 'seats' ? (zetelsVoor > zetelsTegen ? 'aangenomen' : 'verworpen') : written;
  return { uitslag, datum: b.datum, zetelsVoor, zetelsTegen, hoofdelijk, stemmingen, besluitTekst: b.besluitTekst ?? b.besluitSoort };
}

function isUnwrittenVote(b: BesluitFacts): boolean {
  return /^stemmen\b/i.test(b.besluitSoort?.trim() ?? '') && b.stemmingen.length > 0;
}

function compareBesluit(x: BesluitFacts, y: BesluitFacts): number {
  return (
    (x.datum ?? '').localeCompare(y.datum ?? '') ||
    (x.gewijzigdOp ?? '').localeCompare(y.gewijzigdOp ?? '') ||
    (x.volgorde ?? 0) - (y.volgorde ?? 0) ||
    x.id.localeCompare(y.id)
  );
}

function fractieName(s: StemmingFacts): string {
  return s.actorFractie?.trim() || s.fractieNaam?.trim() || (s.isMember ? 'onbekend' : s.actorNaam?.trim() || 'onbekend');
}

/** One row per member (hoofdelijk) or per fractie; of duplicates the latest GewijzigdOp (then highest Id) wins. */
function dedupe(rows: StemmingFacts[]): StemmingFacts[] {
  const byKey = new Map<string, StemmingFacts>();
  for (const s of rows) {
    const key = s.isMember ? `lid:${s.persoonId ?? s.actorNaam ?? s.id}` : `fractie:${fractieName(s)}`;
    const seen = byKey.get(key);
    if (!seen || (s.gewijzigdOp ?? '') > (seen.gewijzigdOp ?? '') || ((s.gewijzigdOp ?? '') === (seen.gewijzigdOp ?? '') && s.id > seen.id)) {
      byKey.set(key, s);
    }
  }
  return [...byKey.values()];
}

function order(soort: StemmingRow['soort']): number {
  return soort === 'Voor' ? 0 : soort === 'Tegen' ? 1 : 2;
}
