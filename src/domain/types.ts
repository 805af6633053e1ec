import type { Explainer, ExplainerFamily, ExplanationStatus } from './explainer.js';
import type { MotionToezegging } from './toezegging.js';
export type { Explainer, ExplainerFamily, ExplanationStatus } from './explainer.js';
/**
 * The domain of Motiemonitor, in one place.
 *
 * Terms follow the Tweede Kamer and its open-data API (motie, besluit, stemming, fractie,
 * kamerstuk, indiener, dossier, vergaderjaar, kabinetsappreciatie); the rest is plain English.
 * Stages (source → extract → parse → explain → link → publish) transform these types and
 * know nothing of the database or the CLI.
 */

/** What a stored document is. `motie` covers "Motie" and "Motie (gewijzigd/nader)". */
export type Soort = 'motie' | 'brief' | 'overig';

/** The file formats we keep and can extract. */
export type RenditionKind = 'pdf' | 'docx' | 'doc' | 'xml' | 'txt' | 'html' | 'md';

/**
 * An original file, kept byte for byte in the content-addressed blob store.
 * A document can have several renditions (the PDF and the official XML of the same kamerstuk).
 */
export interface Rendition {
  kind: RenditionKind;
  sha256: string;
  mediaType: string;
  /** Original file name or URL, for provenance. */
  source: string;
  byteLength: number;
}

/** The metadata of a document as a source (API record, import file) knows it. */
export interface DocumentRecord {
  /** The Tweede Kamer Document.Id (GUID), or a stable id derived from the content for local files. */
  id: string;
  soort: Soort;
  /** Document.Soort as the API spells it, when known ("Motie", "Brief regering", …). */
  apiSoort: string | null;
  titel: string | null;
  onderwerp: string | null;
  /** YYYY-MM-DD */
  datum: string | null;
  /** Link to the original file: `…/Document(<id>)/resource` for API documents. */
  bronUrl: string | null;
  /** Where we got it: 'api', 'import:<path>'. */
  herkomst: string;
  /** True when the API marked the record Verwijderd: kept, hidden. */
  verwijderd: boolean;
}

// ---------------------------------------------------------------- extract

export type QualityStatus = 'ok' | 'suspect' | 'garbled' | 'empty' | 'unreadable';

/** How readable an extracted text is, with the reason in words. */
export interface QualityVerdict {
  status: QualityStatus;
  /** 0 (nonsense) … 1 (clean Dutch). */
  score: number;
  reason: string;
}

/**
 * Whether a motion's text may be explained. Only an `ok` text is: a `suspect` one (OCR with its reading order broken,
 * interleaved parts) is stored, shown with a warning and searchable, but an explanation built from its scrambled
 * clauses would be garbage presented as a summary; `garbled`, `empty` and `unreadable` texts are "tekst onleesbaar".
 */
export function isExplainable(verdict: QualityVerdict): boolean {
  return verdict.status === 'ok';
}

/** The verdicts the site shows as "tekst onleesbaar". */
export const UNREADABLE_STATUSES: ReadonlySet<QualityStatus> = new Set(['garbled', 'empty', 'unreadable']);

/** Text taken out of one rendition, cleaned, and judged. */
export interface ExtractedText {
  /** Body text in reading order; headers, footers, letterhead and footnotes removed. */
  text: string;
  verdict: QualityVerdict;
  /** e.g. 'pdftotext', 'pdfjs', 'mammoth', 'word-extractor', 'publicatie-xml', 'plain'. */
  engine: string;
  /** Which rendition the text came from. */
  rendition: RenditionKind;
  pages: number | null;
  footnotes: Footnote[];
  /** Letterhead / margin column of a Kamerbrief, kept apart from the body. */
  letterhead: string | null;
  /** Trailer metadata such as the `kst-…` id and ISSN; never part of the body. */
  trailer: { kst: string | null; issn: string | null };
}

export interface Footnote {
  marker: string;
  text: string;
}

// ---------------------------------------------------------------- parse

/**
 * A kamerstuk number: dossier, optional toevoeging, ondernummer.
 * `36 410 XVI, nr. 122` → { dossier: '36410', toevoeging: 'XVI', nummer: 122 }.
 */
export interface KamerstukNummer {
  dossier: string;
  toevoeging: string | null;
  nummer: number;
}

export type ClauseKind =
  | 'constaterende'
  | 'overwegende'
  | 'van mening'
  | 'considerans' // any other considering clause (wijzende op, gelet op, …)
  | 'verzoekt'
  | 'spreekt uit'
  | 'draagt op'
  | 'roept op'
  | 'besluit'
  | 'dictum'; // any other operative clause

export interface Clause {
  kind: ClauseKind;
  /** The clause as written, whitespace folded ("verzoekt de regering te …"). */
  text: string;
  /** Operative clauses only: who is addressed ("de regering", "het kabinet", "de minister van …"). */
  addressee: string | null;
}

/** A motion's structure, parsed from its text (and metadata where the text is silent). */
export interface ParsedMotion {
  kamerstuk: KamerstukNummer | null;
  /** `kst-32317-816` */
  kst: string | null;
  /** `2022–2023` as printed (en dash). */
  vergaderjaar: string | null;
  /** The dossier title as printed above the motion. */
  titel: string | null;
  /** "MOTIE VAN DE LEDEN STOFFER EN BISSCHOP", "GEWIJZIGDE MOTIE VAN …" */
  kop: string | null;
  gewijzigd: boolean;
  /** Names in the heading, capitalised as in the signatures: ["Inge van Dijk", "Mohandis"]. */
  indieners: string[];
  /** The heading ended in "c.s." */
  cs: boolean;
  /** Every name signed under the motion. */
  ondertekenaars: string[];
  /** YYYY-MM-DD of "Voorgesteld 9 februari 2023" (or the date on an OCR'd submitted form). */
  datum: string | null;
  /** "Voorgesteld tijdens het Wetgevingsoverleg van 12 februari 2024", as printed. */
  voorgesteld: string | null;
  considerations: Clause[];
  operative: Clause[];
  /** Why some field could not be found, for reports. */
  warnings: string[];
}

// ---------------------------------------------------------------- explain

export interface Explanation {
  samenvatting: string;
  /** One sentence starting "Als de motie wordt aangenomen, dan ". */
  implicatie: string;
  /** Who made it (`domain/explainer.ts`; stored as 'rules@3', 'imported', 'openai:gpt-4o-mini@default-v2', 'rules@3 (llm rejected: …)'). */
  explainer: Explainer;
  status: ExplanationStatus;
  /** Why the motion was not explained ("tekst onleesbaar: …", "geen dictum gevonden"); null when `ok`. */
  reason: string | null;
  /** Provenance for imported explanations (file / URL). */
  bron: string | null;
}

/** The fixed opening of every implication. */
export const IMPLICATIE_PREFIX = 'Als de motie wordt aangenomen, dan ';

// ---------------------------------------------------------------- votes and actors (sync)

export type Uitslag = 'aangenomen' | 'verworpen' | 'aangehouden' | 'ingetrokken' | 'onbekend';

export interface StemmingRow {
  fractie: string;
  soort: 'Voor' | 'Tegen' | 'Niet deelgenomen';
  zetels: number;
  /** Set for hoofdelijke stemmingen: the member's name. */
  persoon?: string;
  vergissing?: boolean;
}

export interface VoteResult {
  uitslag: Uitslag;
  /** YYYY-MM-DD of the vote, when known. */
  datum: string | null;
  zetelsVoor: number;
  zetelsTegen: number;
  hoofdelijk: boolean;
  stemmingen: StemmingRow[];
  besluitTekst: string | null;
}

export interface IndienerMetFractie {
  naam: string;
  fractie: string | null;
  /** 'Indiener' | 'Medeindiener' */
  relatie?: string;
  persoonId?: string | null;
}

/** What the API knows about the motion beyond its text. */
export interface MotionZaak {
  zaakId: string;
  nummer: string;
  kabinetsappreciatie: string | null;
  indieners: IndienerMetFractie[];
  vote: VoteResult | null;
}

// ---------------------------------------------------------------- letters and lifecycle (link)

/** A reference from a document to a motion. */
export interface MotionReference {
  /** `35300-VI-37`, `36200-24`, `19637-2380`; null when only a name is given. */
  kamerstuk: string | null;
  /** `motie Becker c.s.` where the text gives a name form. */
  naam: string | null;
  /** The sentence the reference stands in. */
  snippet: string;
  /** 0 … 1 */
  confidence: number;
  /** Stored motion this resolves to, or null. */
  motieId: string | null;
  /** True for an exact kamerstuk match. */
  zeker: boolean;
  /** The letter's stance on the motion in one line, where found faithfully. */
  stance: string | null;
  /** Found in a footnote. */
  inFootnote: boolean;
  /** Found in a readable part of a garbled document. */
  fromGarbled: boolean;
}

/** A reference as the linker found it, with the date the text gave ("de op 10 april 2018 aangenomen motie"). */
export interface LinkedReference extends MotionReference {
  dateHint: string | null;
}

export interface ParsedLetter {
  datum: string | null;
  onderwerp: string | null;
  kenmerk: string | null;
  /** "De Staatssecretaris van Justitie en Veiligheid" */
  afzender: string | null;
  /** "E. van der Burg" */
  ondertekenaar: string | null;
  body: string;
  footnotes: Footnote[];
}

/** Where a motion stands: submitted, the outcome of its vote, or answered by a letter after it was adopted. */
export type Fase = Uitslag | 'ingediend' | 'beantwoord';

export interface LifecycleEvent {
  datum: string | null;
  soort: 'ingediend' | 'stemming' | 'brief' | 'kabinetsappreciatie';
  label: string;
  /** For 'brief': the letter's id. */
  documentId?: string;
  snippet?: string;
}

export interface Lifecycle {
  fase: Fase;
  events: LifecycleEvent[];
}

export interface AnsweringLetter {
  briefId: string;
  datum: string | null;
  onderwerp: string | null;
  snippet: string;
  stance: string | null;
}

// ---------------------------------------------------------------- views (publish, serve, export)

/** Everything the site, the API and the export show of one motion. Optional parts appear when the data is there. */
export interface MotionView {
  document: DocumentRecord;
  text: ExtractedText | null;
  parsed: ParsedMotion | null;
  /** The explanation shown, chosen by `chooseExplanation`. */
  explanation: Explanation | null;
  /** The Jekyll page fields this motion was imported with, when it came from a seed-format page (kept for byte-exact re-rendering). */
  importedPage: JekyllMotionPage | null;
  zaak: MotionZaak | null;
  letters: AnsweringLetter[];
  lifecycle: Lifecycle;
  themes: string[];
  /** Toezeggingen of the debate it was voted in, or fulfilled by a letter that answers it (issue 15). */
  toezeggingen?: MotionToezegging[];
  /** The dossier of its zaak (Zaak → Kamerstukdossier: "36600-VII"), when the sync stored it. */
  zaakDossier?: string | null;
}

export interface LetterView {
  document: DocumentRecord;
  text: ExtractedText | null;
  letter: ParsedLetter | null;
  summary: string | null;
  /** Where the summary comes from: `openai:<model>@letter-v1`, `rules`, `rules (llm rejected: …)`; null when there is none. */
  summaryBron: string | null;
  references: MotionReference[];
}

/**
 * The fields of a moties-toegelicht Jekyll page (seeds 000, 001), kept raw:
 * whitespace around a field is part of the field so that rendering gives the page back byte for byte.
 */
export interface JekyllMotionPage {
  titel: string;
  onderwerp: string;
  implicaties: string;
  samenvatting: string;
  tekst: string;
  promptSamenvatting: string;
  promptImplicaties: string;
  pdfUrl: string;
}

/** An explanation as the store keeps it, with what it was made from. */
export interface StoredExplanation extends Explanation {
  family: ExplainerFamily;
  inputHash: string;
  createdAt: string;
}
