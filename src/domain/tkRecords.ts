/**
 * Records of the Tweede Kamer OData API (v4, data version 2.0), with the API's own field names.
 *
 * Every field is optional and nullable on purpose: bulk pages fetched with `$select` lack the `*_Id`
 * fields, tombstones (`Verwijderd: true`) come with most fields null, and recordings made by other
 * projects carry only the fields they selected. The record as received is kept (`raw`) beside the
 * typed view so that nothing the API said is lost.
 */

export type Nullable<T> = T | null | undefined;

interface Entity {
  Id: string;
  GewijzigdOp?: Nullable<string>;
  ApiGewijzigdOp?: Nullable<string>;
  Verwijderd?: Nullable<boolean>;
}

export interface TkStemming extends Entity {
  Besluit_Id?: Nullable<string>;
  Soort?: Nullable<string>;
  FractieGrootte?: Nullable<number>;
  ActorNaam?: Nullable<string>;
  ActorFractie?: Nullable<string>;
  Vergissing?: Nullable<boolean>;
  SidActorLid?: Nullable<string>;
  SidActorFractie?: Nullable<string>;
  Persoon_Id?: Nullable<string>;
  Fractie_Id?: Nullable<string>;
}

export interface TkActiviteit extends Entity {
  Datum?: Nullable<string>;
  Soort?: Nullable<string>;
  Nummer?: Nullable<string>;
  Onderwerp?: Nullable<string>;
  Status?: Nullable<string>;
}

export interface TkAgendapunt extends Entity {
  Activiteit_Id?: Nullable<string>;
  Activiteit?: Nullable<TkActiviteit>;
  Nummer?: Nullable<string>;
  Onderwerp?: Nullable<string>;
}

export interface TkKamerstukdossier extends Entity {
  Nummer?: Nullable<number>;
  Toevoeging?: Nullable<string>;
  Titel?: Nullable<string>;
}

/** A promise a minister made to the Kamer (SyncFeed only; the site uses it in a later issue). */
export interface TkToezegging extends Entity {
  Nummer?: Nullable<string>;
  Tekst?: Nullable<string>;
  Status?: Nullable<string>;
  Ministerie?: Nullable<string>;
  Naam?: Nullable<string>;
  /** The bewindspersoon's name parts and function (issue 15: the site names who promised). */
  Aanmaakdatum?: Nullable<string>;
  ActiviteitNummer?: Nullable<string>;
  Functie?: Nullable<string>;
  Titulatuur?: Nullable<string>;
  Initialen?: Nullable<string>;
  Voornaam?: Nullable<string>;
  Tussenvoegsel?: Nullable<string>;
  Achternaam?: Nullable<string>;
  Achtervoegsel?: Nullable<string>;
  DatumNakoming?: Nullable<string>;
  Activiteit_Id?: Nullable<string>;
  ToegezegdAanFractie_Id?: Nullable<string>;
  ToegezegdAanPersoon_Id?: Nullable<string>;
  /** Free-text recipients (`toegezegdAan`, outside the XSD, sometimes repeated). */
  ToegezegdAan?: string[];
  /** Letters that fulfil it (`kamerbriefNakoming`, may repeat). */
  KamerbriefNakoming?: string[];
  /** isHerhalingVan, isAanvullingOp, isWijzigingVan: the toezeggingen this one repeats, adds to or changes. */
  Relaties?: { soort: 'herhaling' | 'aanvulling' | 'wijziging'; id: string }[];
}

export interface TkBesluit extends Entity {
  Agendapunt_Id?: Nullable<string>;
  /** The besluit's zaken by id (SyncFeed: its `<zaak ref>` elements). */
  Zaak_Ids?: string[];
  StemmingsSoort?: Nullable<string>;
  BesluitSoort?: Nullable<string>;
  BesluitTekst?: Nullable<string>;
  Opmerking?: Nullable<string>;
  Status?: Nullable<string>;
  AgendapuntZaakBesluitVolgorde?: Nullable<number>;
  Stemming?: Nullable<TkStemming[]>;
  Agendapunt?: Nullable<TkAgendapunt>;
}

export interface TkActor extends Entity {
  /** The zaak or document the actor belongs to (SyncFeed: its `<zaak ref>` / `<document ref>`). */
  Zaak_Id?: Nullable<string>;
  ActorNaam?: Nullable<string>;
  ActorFractie?: Nullable<string>;
  Functie?: Nullable<string>;
  Relatie?: Nullable<string>;
  Persoon_Id?: Nullable<string>;
  Fractie_Id?: Nullable<string>;
}

export interface TkZaak extends Entity {
  Nummer?: Nullable<string>;
  Soort?: Nullable<string>;
  Titel?: Nullable<string>;
  Onderwerp?: Nullable<string>;
  GestartOp?: Nullable<string>;
  Vergaderjaar?: Nullable<string>;
  Volgnummer?: Nullable<number>;
  Kabinetsappreciatie?: Nullable<string>;
  Kamerstukdossier_Id?: Nullable<string>;
  ZaakActor?: Nullable<TkActor[]>;
  Besluit?: Nullable<TkBesluit[]>;
}

export interface TkDocumentPublicatie extends Entity {
  Identifier?: Nullable<string>;
  DocumentType?: Nullable<string>;
  ContentType?: Nullable<string>;
  ContentLength?: Nullable<number>;
}

export interface TkDocumentVersie extends Entity {
  ExterneIdentifier?: Nullable<string>;
  DocumentPublicatie?: Nullable<TkDocumentPublicatie[]>;
}

export interface TkDocument extends Entity {
  Soort?: Nullable<string>;
  DocumentNummer?: Nullable<string>;
  Titel?: Nullable<string>;
  Onderwerp?: Nullable<string>;
  Datum?: Nullable<string>;
  Vergaderjaar?: Nullable<string>;
  Volgnummer?: Nullable<number>;
  ContentType?: Nullable<string>;
  ContentLength?: Nullable<number>;
  HuidigeDocumentVersie_Id?: Nullable<string>;
  Kamerstukdossier_Id?: Nullable<string>;
  Zaak?: Nullable<Pick<TkZaak, 'Id' | 'Nummer' | 'Soort'>[]>;
  DocumentActor?: Nullable<TkActor[]>;
  HuidigeDocumentVersie?: Nullable<TkDocumentVersie>;
}

export interface TkPersoon extends Entity {
  Nummer?: Nullable<number>;
  Initialen?: Nullable<string>;
  Tussenvoegsel?: Nullable<string>;
  Achternaam?: Nullable<string>;
  Roepnaam?: Nullable<string>;
  Functie?: Nullable<string>;
  Fractielabel?: Nullable<string>;
}

export interface TkFractie extends Entity {
  Nummer?: Nullable<number>;
  Afkorting?: Nullable<string>;
  NaamNL?: Nullable<string>;
  AantalZetels?: Nullable<number>;
  DatumActief?: Nullable<string>;
  DatumInactief?: Nullable<string>;
}

export interface TkFractieZetel extends Entity {
  Gewicht?: Nullable<number>;
  Fractie_Id?: Nullable<string>;
}

export interface TkFractieZetelPersoon extends Entity {
  FractieZetel_Id?: Nullable<string>;
  Persoon_Id?: Nullable<string>;
  Functie?: Nullable<string>;
  Van?: Nullable<string>;
  TotEnMet?: Nullable<string>;
}

/** `2024-02-13T00:00:00+01:00` → `2024-02-13` (the date as the Kamer wrote it, not shifted to UTC). */
export function dateOnly(value: Nullable<string>): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/**
 * Where an OData feed stands: the ApiGewijzigdOp of the last record stored (normalised, see instant.ts) and
 * the ids stored at exactly that instant (source/tk/watermark.ts keeps it moving).
 */
export interface Checkpoint {
  watermark: string;
  ids: string[];
}

/** What we last stored of an API document's files (source/tk/documentFiles.ts decides what to fetch). */
export interface FileState {
  fileSha256: string | null;
  fileGewijzigdOp: string | null;
  fileContentLength: number | null;
  publicatieId: string | null;
  publicatieGewijzigdOp: string | null;
  xmlSha256: string | null;
  /** The document version the file belongs to, when the source names it (SyncFeed's huidigeDocumentVersie). */
  fileVersieId: string | null;
}
