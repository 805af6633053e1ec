import { z } from 'zod';
import { normalizeInstant } from '../../../domain/instant.js';
import type {
  TkActiviteit,
  TkActor,
  TkAgendapunt,
  TkBesluit,
  TkDocument,
  TkFractie,
  TkFractieZetel,
  TkFractieZetelPersoon,
  TkKamerstukdossier,
  TkPersoon,
  TkStemming,
  TkToezegging,
  TkZaak,
} from '../../../domain/tkRecords.js';
import type { FeedEntry } from './atomPage.js';

/**
 * SyncFeed entities → the typed records the store writes (the OData field names, so that both
 * sources feed one set of tables). Validated here, at the boundary: a record that breaks the schema
 * becomes a rejection naming its category and id, and the sync goes on. Unknown children are ignored
 * (the live feed drifts from the XSD: Toezegging's `toegezegdAan`).
 */

export interface TkEntities {
  Zaak: TkZaak;
  ZaakActor: TkActor;
  Besluit: TkBesluit;
  Stemming: TkStemming;
  Agendapunt: TkAgendapunt;
  Activiteit: TkActiviteit;
  Document: TkDocument;
  Persoon: TkPersoon;
  Fractie: TkFractie;
  FractieZetel: TkFractieZetel;
  FractieZetelPersoon: TkFractieZetelPersoon;
  Kamerstukdossier: TkKamerstukdossier;
  Toezegging: TkToezegging;
}

/** The categories the sync reads, by their feed name (`Feed?category=…`). */
export type TkCategory = keyof TkEntities;

export const CATEGORIES: TkCategory[] = [
  'Zaak', 'ZaakActor', 'Besluit', 'Stemming', 'Agendapunt', 'Activiteit', 'Document',
  'Persoon', 'Fractie', 'FractieZetel', 'FractieZetelPersoon', 'Kamerstukdossier', 'Toezegging',
];

/** The category of an entity element: `zaakActor` → ZaakActor (case-insensitive, as the peers compare them). */
export function categoryOfElement(element: string): TkCategory | null {
  const lower = element.toLowerCase();
  return CATEGORIES.find((c) => c.toLowerCase() === lower) ?? null;
}

export type Typed<K extends TkCategory = TkCategory> = { ok: true; category: K; record: TkEntities[K] } | { ok: false; category: K; id: string; reason: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const guid = z.string().regex(GUID, 'not a GUID');
const opt = <T extends z.ZodType>(t: T) => t.nullable().optional();
const text = opt(z.string());
const int = opt(z.number().int());
const flag = opt(z.boolean());
const base = { Id: guid, GewijzigdOp: text, ApiGewijzigdOp: text, Verwijderd: z.boolean() };

const SCHEMAS = {
  Zaak: z.object({ ...base, Nummer: text, Soort: text, Titel: text, Onderwerp: text, GestartOp: text, Vergaderjaar: text, Volgnummer: int, Kabinetsappreciatie: text, Kamerstukdossier_Id: opt(guid) }),
  ZaakActor: z.object({ ...base, Zaak_Id: opt(guid), ActorNaam: text, ActorFractie: text, Functie: text, Relatie: text, Persoon_Id: opt(guid), Fractie_Id: opt(guid) }),
  Besluit: z.object({ ...base, Zaak_Ids: z.array(guid), Agendapunt_Id: opt(guid), StemmingsSoort: text, BesluitSoort: text, BesluitTekst: text, Opmerking: text, Status: text, AgendapuntZaakBesluitVolgorde: int }),
  Stemming: z.object({ ...base, Besluit_Id: opt(guid), Soort: text, FractieGrootte: int, ActorNaam: text, ActorFractie: text, Vergissing: flag, SidActorLid: text, SidActorFractie: text, Persoon_Id: opt(guid), Fractie_Id: opt(guid) }),
  Agendapunt: z.object({ ...base, Activiteit_Id: opt(guid), Nummer: text, Onderwerp: text }),
  Activiteit: z.object({ ...base, Datum: text, Soort: text, Nummer: text, Onderwerp: text, Status: text }),
  Document: z.object({ ...base, Soort: text, DocumentNummer: text, Titel: text, Onderwerp: text, Datum: text, Vergaderjaar: text, Volgnummer: int, ContentType: text, ContentLength: int, HuidigeDocumentVersie_Id: opt(guid), Kamerstukdossier_Id: opt(guid), Zaak: z.array(z.object({ Id: guid })) }),
  Persoon: z.object({ ...base, Nummer: int, Initialen: text, Tussenvoegsel: text, Achternaam: text, Roepnaam: text, Functie: text, Fractielabel: text }),
  Fractie: z.object({ ...base, Nummer: int, Afkorting: text, NaamNL: text, AantalZetels: int, DatumActief: text, DatumInactief: text }),
  FractieZetel: z.object({ ...base, Gewicht: int, Fractie_Id: opt(guid) }),
  FractieZetelPersoon: z.object({ ...base, FractieZetel_Id: opt(guid), Persoon_Id: opt(guid), Functie: text, Van: text, TotEnMet: text }),
  Kamerstukdossier: z.object({ ...base, Nummer: int, Toevoeging: text, Titel: text }),
  Toezegging: z.object({
    ...base, Nummer: text, Tekst: text, Status: text, Ministerie: text, Naam: text, DatumNakoming: text, Activiteit_Id: opt(guid),
    Aanmaakdatum: text, ActiviteitNummer: text, Functie: text, Titulatuur: text, Initialen: text, Voornaam: text, Tussenvoegsel: text, Achternaam: text, Achtervoegsel: text,
    ToegezegdAanFractie_Id: opt(guid), ToegezegdAanPersoon_Id: opt(guid), ToegezegdAan: z.array(z.string()), KamerbriefNakoming: z.array(z.string()),
    Relaties: z.array(z.object({ soort: z.enum(['herhaling', 'aanvulling', 'wijziging']), id: guid })),
  }),
} satisfies Record<TkCategory, z.ZodType>;

/** Reads one entry's fields; a value that is not what its name promises is kept as NaN/text so that zod rejects it. */
function reader(e: FeedEntry) {
  const s = (name: string): string | null => e.fields[name] ?? null;
  const trimmed = (name: string): string | null => s(name)?.trim() ?? null;
  return {
    s,
    int: (name: string): number | null => {
      const v = trimmed(name);
      return v === null ? null : /^-?\d+$/.test(v) ? Number(v) : Number.NaN;
    },
    bool: (name: string): boolean | string | null => {
      const v = trimmed(name)?.toLowerCase() ?? null;
      return v === null ? null : v === 'true' ? true : v === 'false' ? false : v;
    },
    /** A datetime field (local time without offset, read as Amsterdam). */
    instant: (name: string): string | null => {
      const v = trimmed(name);
      if (v === null) return null;
      try {
        return normalizeInstant(v, 'amsterdam');
      } catch {
        return `invalid:${v}`;
      }
    },
    /** A date-only field keeps its calendar day. */
    day: (name: string): string | null => trimmed(name)?.slice(0, 10) ?? null,
    ref: (name: string): string | null => e.refs[name]?.[0] ?? null,
    refs: (name: string): string[] => e.refs[name] ?? [],
    all: (name: string): string[] => e.lists[name] ?? (s(name) === null ? [] : [s(name)!]),
  };
}

type Reader = ReturnType<typeof reader>;

const MAPPERS: { [K in TkCategory]: (r: Reader) => Omit<TkEntities[K], keyof typeof base | 'Id'> } = {
  Zaak: (r) => ({
    Nummer: r.s('nummer'), Soort: r.s('soort'), Titel: r.s('titel'), Onderwerp: r.s('onderwerp'), GestartOp: r.day('gestartOp'),
    Vergaderjaar: r.s('vergaderjaar'), Volgnummer: r.int('volgnummer'), Kabinetsappreciatie: r.s('kabinetsappreciatie'), Kamerstukdossier_Id: r.ref('kamerstukdossier'),
  }),
  ZaakActor: (r) => ({
    Zaak_Id: r.ref('zaak'), ActorNaam: r.s('actorNaam'), ActorFractie: r.s('actorFractie'), Functie: r.s('functie'), Relatie: r.s('relatie'),
    Persoon_Id: r.ref('persoon'), Fractie_Id: r.ref('fractie'),
  }),
  Besluit: (r) => ({
    Zaak_Ids: r.refs('zaak'), Agendapunt_Id: r.ref('agendapunt'), StemmingsSoort: r.s('stemmingsSoort'), BesluitSoort: r.s('besluitSoort'),
    BesluitTekst: r.s('besluitTekst'), Opmerking: r.s('opmerking'), Status: r.s('status'), AgendapuntZaakBesluitVolgorde: r.int('agendapuntZaakBesluitVolgorde'),
  }),
  Stemming: (r) => ({
    Besluit_Id: r.ref('besluit'), Soort: r.s('soort'), FractieGrootte: r.int('fractieGrootte'), ActorNaam: r.s('actorNaam'), ActorFractie: r.s('actorFractie'),
    Vergissing: r.bool('vergissing') as boolean | null, SidActorLid: r.s('sidActorLid'), SidActorFractie: r.s('sidActorFractie'), Persoon_Id: r.ref('persoon'), Fractie_Id: r.ref('fractie'),
  }),
  Agendapunt: (r) => ({ Activiteit_Id: r.ref('activiteit'), Nummer: r.s('nummer'), Onderwerp: r.s('onderwerp') }),
  Activiteit: (r) => ({ Datum: r.instant('datum'), Soort: r.s('soort'), Nummer: r.s('nummer'), Onderwerp: r.s('onderwerp'), Status: r.s('status') }),
  Document: (r) => ({
    Soort: r.s('soort'), DocumentNummer: r.s('documentNummer'), Titel: r.s('titel'), Onderwerp: r.s('onderwerp'), Datum: r.day('datum'),
    Vergaderjaar: r.s('vergaderjaar'), Volgnummer: r.int('volgnummer'), ContentType: null, ContentLength: null,
    HuidigeDocumentVersie_Id: r.ref('huidigeDocumentVersie'), Kamerstukdossier_Id: r.ref('kamerstukdossier'), Zaak: r.refs('zaak').map((Id) => ({ Id })),
  }),
  Persoon: (r) => ({
    Nummer: r.int('nummer'), Initialen: r.s('initialen'), Tussenvoegsel: r.s('tussenvoegsel'), Achternaam: r.s('achternaam'), Roepnaam: r.s('roepnaam'),
    Functie: r.s('functie'), Fractielabel: r.s('fractielabel'),
  }),
  Fractie: (r) => ({
    Nummer: r.int('nummer'), Afkorting: r.s('afkorting'), NaamNL: r.s('naamNl') ?? r.s('naamNL'), AantalZetels: r.int('aantalZetels'),
    DatumActief: r.day('datumActief'), DatumInactief: r.day('datumInactief'),
  }),
  FractieZetel: (r) => ({ Gewicht: r.int('gewicht'), Fractie_Id: r.ref('fractie') }),
  FractieZetelPersoon: (r) => ({ FractieZetel_Id: r.ref('fractieZetel'), Persoon_Id: r.ref('persoon'), Functie: r.s('functie'), Van: r.day('van'), TotEnMet: r.day('totEnMet') }),
  Kamerstukdossier: (r) => ({ Nummer: r.int('nummer'), Toevoeging: r.s('toevoeging'), Titel: r.s('titel') }),
  Toezegging: (r) => ({
    Nummer: r.s('nummer'), Tekst: r.s('tekst'), Status: r.s('status'), Ministerie: r.s('ministerie'), Naam: r.s('naam'), DatumNakoming: r.day('datumNakoming'),
    Aanmaakdatum: r.instant('aanmaakdatum'), ActiviteitNummer: r.s('activiteitNummer'), Functie: r.s('functie'), Titulatuur: r.s('titulatuur'),
    Initialen: r.s('initialen'), Voornaam: r.s('voornaam'), Tussenvoegsel: r.s('tussenvoegsel'), Achternaam: r.s('achternaam'), Achtervoegsel: r.s('achtervoegsel'),
    Activiteit_Id: r.ref('activiteit'), ToegezegdAanFractie_Id: r.ref('toegezegdAanFractie'), ToegezegdAanPersoon_Id: r.ref('toegezegdAanPersoon'),
    ToegezegdAan: r.all('toegezegdAan'), KamerbriefNakoming: r.all('kamerbriefNakoming'),
    Relaties: [
      ...r.refs('isHerhalingVan').map((id) => ({ soort: 'herhaling' as const, id })),
      ...r.refs('isAanvullingOp').map((id) => ({ soort: 'aanvulling' as const, id })),
      ...r.refs('isWijzigingVan').map((id) => ({ soort: 'wijziging' as const, id })),
    ],
  }),
};

/** A tombstone carries only id and bijgewerkt: it is valid without the fields a live record needs. */
export function toEntity<K extends TkCategory>(category: K, e: FeedEntry): Typed<K> {
  let gewijzigdOp: string | null = null;
  let apiGewijzigdOp: string | null = null;
  try {
    gewijzigdOp = e.bijgewerkt ? normalizeInstant(e.bijgewerkt, 'amsterdam') : null;
    apiGewijzigdOp = e.updated ? normalizeInstant(e.updated) : null;
  } catch (err) {
    return { ok: false, category, id: e.id, reason: (err as Error).message };
  }
  const stamp = { Id: e.id, GewijzigdOp: gewijzigdOp, ApiGewijzigdOp: apiGewijzigdOp, Verwijderd: e.deleted };
  if (e.deleted) {
    if (!GUID.test(e.id)) return { ok: false, category, id: e.id, reason: 'id: not a GUID' };
    return { ok: true, category, record: stamp as TkEntities[K] };
  }
  const mapped: Record<string, unknown> = { ...stamp, ...MAPPERS[category](reader(e)) };
  if (category === 'Document') {
    mapped.ContentType = e.attributes.contentType ?? null;
    const length = e.attributes.contentLength;
    mapped.ContentLength = length === undefined ? null : /^\d+$/.test(length) ? Number(length) : Number.NaN;
  }
  const parsed = SCHEMAS[category].safeParse(mapped);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
    return { ok: false, category, id: e.id, reason };
  }
  return { ok: true, category, record: parsed.data as TkEntities[K] };
}
