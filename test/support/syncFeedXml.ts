/**
 * Writes OData-shaped JSON records (as recorded in fixtures/corpus/tkmoties and fixtures/corpus/odata) as Tweede Kamer
 * SyncFeed 2.0 XML: the entity element inside `<content>`, the Atom `<entry>` around it, and a whole feed page.
 *
 * What is real: the shape. Every element name, its type and the order of the children come from the official XSDs
 * (fixtures/corpus/odata/syncfeed/xsd) and the real pages in fixtures/corpus/syncfeed (kaeldrin Stemming/Besluit/
 * Activiteit pages, the parlementaire-monitor entity): unprefixed elements in the tkData default namespace with
 * `xmlns:tk`/`xmlns:xsi` declared on the entity element, `tk:`-prefixed attributes, `xsi:nil="true"` for empty values,
 * `tk:bijgewerkt` = OData GewijzigdOp as Amsterdam local time without offset and 7 decimals, entry `<updated>` =
 * ApiGewijzigdOp in UTC, relations as `<x ref="…"/>` on the "many" side only. The children follow the OData property
 * order (a `X_Id` property becomes `<x ref>` at its place, collections come last), which is what the real Besluit,
 * Stemming and Activiteit pages show (Besluit: agendapunt ref first, zaak ref last; Stemming: besluit ref first,
 * fractie ref last; Activiteit: voortouwcommissie ref between voortouwkortenaam and aanvraagdatum).
 * Toezegging uses the `ns1:` prefix on elements and attributes, with `+01:00`-style offsets (the notes, §4).
 *
 * What is not known and so chosen here (see ../shared notes §9, copied into docs/sync.md): the exact bytes of a page
 * (every recorded sample was re-serialised), whether datetime fields other than bijgewerkt carry 7 decimals (we write
 * none when the recorded fraction is zero, as the real Activiteit `datum` shows, else 7).
 * A field missing from a recording (recordings made with `$select`) is left out, not written as nil: we do not know it.
 *
 * Synthetic entities are marked with an attribute in a namespace of our own,
 * `xmlns:mm="urn:motiemonitor:synthetic" mm:synthetic="true"`, which a namespace-aware client ignores.
 */

export type Json = Record<string, unknown>;

export const TK_NS = 'http://www.tweedekamer.nl/xsd/tkData/v1-0';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const ATOM_NS = 'http://www.w3.org/2005/Atom';
export const SYNTHETIC_NS = 'urn:motiemonitor:synthetic';
/** The real host: the real server writes absolute links to it, and so do we (a client takes only the skiptoken). */
export const SYNCFEED_ROOT = 'https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0';

/** Field types as the XSD gives them: string, integer, boolean, xs:dateTime, xs:date. */
type FieldType = 's' | 'i' | 'b' | 'dt' | 'd';

export interface ScalarSlot {
  kind: 'field';
  /** The OData property. */
  odata: string;
  /** The element name in the XSD. */
  xml: string;
  type: FieldType;
  /** Not in the XSD: live schema drift (Toezegging `toegezegdAan`). */
  drift?: boolean;
}

export interface RefSlot {
  kind: 'ref';
  xml: string;
  many: boolean;
}

export type Slot = ScalarSlot | RefSlot;

/**
 * Per category, the children in wire order. `Name` = string field (element = lowerCamel), `Name:i|b|dt|d` typed,
 * `Name=xmlName` when the element name is not the lowerCamel of the OData name, `@ref` a single relation, `@ref*` a
 * repeatable one, `~Name` a drift field that the XSD lacks.
 */
const SPEC = {
  Zaak: 'Nummer Soort Titel Citeertitel Alias Status Onderwerp GestartOp:dt Organisatie Grondslagvoorhang Termijn:dt Vergaderjaar Volgnummer:i HuidigeBehandelstatus Afgedaan:b GrootProject:b Kabinetsappreciatie @kamerstukdossier @activiteit* @agendapunt* @gerelateerdVanuit* @vervangenVanuit*',
  ZaakActor: '@zaak ActorNaam ActorFractie ActorAfkorting Functie Relatie SidActor @persoon @fractie @commissie',
  Besluit: '@agendapunt StemmingsSoort BesluitSoort BesluitTekst Opmerking Status AgendapuntZaakBesluitVolgorde:i @zaak*',
  Stemming: '@besluit Soort FractieGrootte:i ActorNaam ActorFractie Vergissing:b SidActorLid SidActorFractie @persoon @fractie',
  Document: 'Soort DocumentNummer Titel Onderwerp Datum:dt Vergaderjaar Kamer:i Volgnummer:i Citeertitel Alias DatumRegistratie:dt DatumOntvangst:dt Aanhangselnummer KenmerkAfzender Organisatie @huidigeDocumentVersie @bronDocument* @activiteit* @agendapunt* @kamerstukdossier @zaak*',
  DocumentActor: '@document ActorNaam ActorFractie Functie Relatie SidActor @persoon @fractie @commissie',
  DocumentVersie: 'Status Versienummer:i Bestandsgrootte:i Extensie Datum:dt @document ExterneIdentifier=externeidentifier',
  Persoon: 'Nummer:i Titels Initialen Tussenvoegsel Achternaam Voornamen Roepnaam Geslacht Functie Geboortedatum:d Geboorteplaats Geboorteland Overlijdensdatum:d Overlijdensplaats Woonplaats Land Fractielabel',
  Fractie: 'Nummer:i Afkorting NaamNL=naamNl NaamEN=naamEn AantalZetels:i AantalStemmen:i DatumActief:d DatumInactief:d',
  FractieZetel: 'Gewicht:i @fractie',
  FractieZetelPersoon: '@fractieZetel @persoon Functie Van:d TotEnMet:d',
  Kamerstukdossier: 'Titel Citeertitel Alias Nummer:i Toevoeging HoogsteVolgnummer:i Afgesloten:b Kamer',
  Agendapunt: 'Nummer Onderwerp Aanvangstijd:dt Eindtijd:dt Volgorde:i Rubriek Noot Status @activiteit',
  Activiteit: 'Soort Nummer Onderwerp DatumSoort Datum:dt Aanvangstijd:dt Eindtijd:dt Locatie Besloten:b Status Vergaderjaar Kamer Noot VRSNummer=vrsNummer SidVoortouw Voortouwnaam Voortouwafkorting Voortouwkortenaam @voortouwcommissie Aanvraagdatum:dt DatumVerzoekEersteVerlenging:dt DatumMededelingEersteVerlenging:dt DatumVerzoekTweedeVerlenging:dt DatumMededelingTweedeVerlenging:dt Vervaldatum:dt @voortgezetVanuit* @vervangenVanuit*',
  Toezegging: 'Aanmaakdatum:dt Nummer ActiviteitNummer Naam Achternaam Initialen Voornaam Achtervoegsel Titulatuur Functie ~ToegezegdAan Status DatumNakoming:dt KamerbriefNakoming Ministerie Tekst Tussenvoegsel @activiteit @toegezegdAanFractie @toegezegdAanPersoon @isHerhalingVan* @isAanvullingOp* @isWijzigingVan*',
} as const;

export type Category = keyof typeof SPEC;
export const CATEGORIES = Object.keys(SPEC) as Category[];

/** Categories whose entity XML uses the `ns1:` prefix (tkconv; the notes §4). */
const NS1: ReadonlySet<Category> = new Set<Category>(['Toezegging']);

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const SLOTS: Record<Category, Slot[]> = Object.fromEntries(
  CATEGORIES.map((c) => [
    c,
    SPEC[c].split(' ').map((tok): Slot => {
      if (tok.startsWith('@')) return { kind: 'ref', xml: tok.replace(/[@*]/g, ''), many: tok.endsWith('*') };
      const drift = tok.startsWith('~');
      const [name = '', type = 's'] = tok.replace('~', '').split(':');
      const [odata = '', xml] = name.split('=');
      return { kind: 'field', odata, xml: xml ?? lowerFirst(odata), type: type as FieldType, ...(drift ? { drift } : {}) };
    }),
  ]),
) as Record<Category, Slot[]>;

/** `zaak`, `zaakActor`, `fractieZetelPersoon`: the root element and the Atom `category term`. */
export function elementName(category: Category): string {
  return lowerFirst(category);
}

/** The category for a `category=` value, case-insensitive (djosh34 compares so); undefined when unknown. */
export function categoryOf(name: string): Category | undefined {
  const lower = name.toLowerCase();
  return CATEGORIES.find((c) => c.toLowerCase() === lower);
}

/** Relations: element name → one id or several. */
export type Refs = Record<string, string | readonly string[] | null | undefined>;

/**
 * The relations a record names itself: `X_Id` properties and navigation properties (`Zaak: [{Id}]`,
 * `HuidigeDocumentVersie: {Id}`) for the ref slots of its category. Nested children (a Zaak's ZaakActor[]) are not
 * relations of the parent: the feed holds the ref on the "many" side only.
 */
export function refsOf(category: Category, record: Json): Refs {
  const refs: Refs = {};
  for (const slot of SLOTS[category]) {
    if (slot.kind !== 'ref') continue;
    const pascal = upperFirst(slot.xml);
    const ids: string[] = [];
    const direct = record[`${pascal}_Id`];
    if (typeof direct === 'string') ids.push(direct);
    const nav = record[pascal];
    for (const n of Array.isArray(nav) ? nav : nav ? [nav] : []) {
      const id = (n as Json | null)?.Id;
      if (typeof id === 'string' && !ids.includes(id)) ids.push(id);
    }
    if (ids.length) refs[slot.xml] = slot.many ? ids : ids[0];
  }
  return refs;
}

// ---------------------------------------------------------------- text and time

/** XML 1.0 forbids most control characters even escaped; they are dropped. */
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeText(s: string): string {
  return s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

const STAMP = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?$/;

interface Parsed {
  /** Milliseconds since the epoch (whole seconds; the fraction is kept apart, as digits). */
  ms: number;
  fraction: string;
  /** No offset in the text: it is already Amsterdam wall time. */
  naive: boolean;
  dateOnly: boolean;
}

function parseStamp(s: string): Parsed {
  const m = STAMP.exec(s);
  if (!m) throw new Error(`not a timestamp: ${s}`);
  const [, y, mo, d, h = '00', mi = '00', sec = '00', frac = '', off] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec));
  let ms = wall;
  if (off && off !== 'Z') ms -= (off.startsWith('-') ? -1 : 1) * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4, 6))) * 60_000;
  else if (!off) ms -= amsterdamOffsetMinutes(wall - 3_600_000) * 60_000; // naive: Amsterdam wall time
  return { ms, fraction: frac, naive: !off, dateOnly: m[4] === undefined };
}

/** The instant a timestamp names, in milliseconds (a naive one read as Amsterdam time). */
export function instantMs(iso: string): number {
  const p = parseStamp(iso);
  return p.ms + Math.floor(Number(`0.${p.fraction || '0'}`) * 1000);
}

const offsetByHour = new Map<number, number>();
const amsterdamParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Amsterdam's UTC offset at an instant. DST switches at whole UTC hours, so one lookup per UTC hour is exact. */
export function amsterdamOffsetMinutes(ms: number): number {
  const hour = Math.floor(ms / 3_600_000);
  let off = offsetByHour.get(hour);
  if (off === undefined) {
    const p = Object.fromEntries(amsterdamParts.formatToParts(new Date(hour * 3_600_000)).map((x) => [x.type, x.value]));
    const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
    off = Math.round((wall - hour * 3_600_000) / 60_000);
    offsetByHour.set(hour, off);
  }
  return off;
}

const seven = (fraction: string): string => (fraction + '0000000').slice(0, 7);

function wallClock(ms: number): string {
  return new Date(ms + amsterdamOffsetMinutes(ms) * 60_000).toISOString().slice(0, 19);
}

/** `tk:bijgewerkt`: Amsterdam local time, no offset, 7 decimals (`2026-09-10T13:40:40.9030000`). */
export function localStamp(iso: string): string {
  const p = parseStamp(iso);
  return `${wallClock(p.ms)}.${seven(p.fraction)}`;
}

/** The `ns1:` form: Amsterdam local time with its offset, 7 decimals (`2024-01-15T10:00:00.0000000+01:00`). */
export function offsetStamp(iso: string): string {
  const p = parseStamp(iso);
  const off = amsterdamOffsetMinutes(p.ms);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${wallClock(p.ms)}.${seven(p.fraction)}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Entry `<updated>`: UTC with `Z` and 7 decimals (`2019-07-19T11:50:56.1999488Z`). */
export function utcStamp(iso: string): string {
  const p = parseStamp(iso);
  return `${new Date(p.ms).toISOString().slice(0, 19)}.${seven(p.fraction)}Z`;
}

/** A datetime field (`datum`, `gestartOp`): local time without offset; a fraction only when there is one. */
export function localDateTime(iso: string): string {
  const p = parseStamp(iso);
  return /[1-9]/.test(p.fraction) ? `${wallClock(p.ms)}.${seven(p.fraction)}` : wallClock(p.ms);
}

/** An xs:date field: the Amsterdam calendar day. */
export function localDate(iso: string): string {
  const p = parseStamp(iso);
  return p.dateOnly ? iso.slice(0, 10) : wallClock(p.ms).slice(0, 10);
}

function fieldText(value: unknown, type: FieldType): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  const s = String(value);
  if (type === 'dt' && STAMP.test(s)) return localDateTime(s);
  if (type === 'd' && STAMP.test(s)) return localDate(s);
  if (type === 'b') return s.toLowerCase();
  return s;
}

// ---------------------------------------------------------------- the entity element

export interface EntityXmlOptions {
  /** Relations to write in addition to those the record names itself (e.g. from nesting: a ZaakActor's zaak). */
  refs?: Refs;
  /** Writes `xmlns:mm` + `mm:synthetic="true"`: this entity was made up by the stand-in, not recorded. */
  synthetic?: boolean;
  /** Downloadable: writes `tk:contentType`/`tk:contentLength` (defaults: the record's ContentType/ContentLength). */
  file?: { contentType: string; contentLength: number } | null;
  /** Overrides the record's Id (the stand-in's repeated copies get fresh ids). */
  id?: string;
  /** Overrides the record's GewijzigdOp. */
  bijgewerkt?: string;
}

/** The downloadable file the record itself names, if any. */
export function fileOf(record: Json): { contentType: string; contentLength: number } | null {
  const type = record.ContentType;
  const length = record.ContentLength;
  return typeof type === 'string' && type && typeof length === 'number' ? { contentType: type, contentLength: length } : null;
}

/** One entity element exactly as it sits inside `<content type="application/xml">`, namespaces declared on it. */
export function entityXml(category: Category, record: Json, options: EntityXmlOptions = {}): string {
  const ns1 = NS1.has(category);
  const px = ns1 ? 'ns1:' : '';
  const ax = ns1 ? 'ns1:' : 'tk:';
  const id = options.id ?? String(record.Id);
  const changed = options.bijgewerkt ?? (record.GewijzigdOp as string | undefined) ?? (record.ApiGewijzigdOp as string);
  const file = options.file === undefined ? fileOf(record) : options.file;
  const name = `${px}${elementName(category)}`;
  let out = ns1
    ? `<${name} xmlns:ns1="${TK_NS}" xmlns:xsi="${XSI_NS}"`
    : `<${name} xmlns="${TK_NS}" xmlns:tk="${TK_NS}" xmlns:xsi="${XSI_NS}"`;
  if (options.synthetic) out += ` xmlns:mm="${SYNTHETIC_NS}" mm:synthetic="true"`;
  out += ` id="${escapeAttr(id)}" ${ax}bijgewerkt="${ns1 ? offsetStamp(changed) : localStamp(changed)}" ${ax}verwijderd="false"`;
  if (file) out += ` ${ax}contentType="${escapeAttr(file.contentType)}" ${ax}contentLength="${file.contentLength}"`;
  out += '>';
  const own = refsOf(category, record);
  const refs: Refs = { ...own, ...options.refs };
  for (const slot of SLOTS[category]) {
    if (slot.kind === 'ref') {
      const value = refs[slot.xml];
      const ids = value == null ? [] : typeof value === 'string' ? [value] : value;
      for (const ref of slot.many ? ids : ids.slice(0, 1)) out += `<${px}${slot.xml} ref="${escapeAttr(ref)}"/>`;
      continue;
    }
    if (!(slot.odata in record)) continue; // not recorded: unknown, so not written
    const value = record[slot.odata];
    for (const v of Array.isArray(value) ? value : [value]) {
      const tag = `${px}${slot.xml}`;
      if (v === null) out += `<${tag} xsi:nil="true"/>`;
      else if (v === '' && slot.drift) out += `<${tag}/>`;
      else out += `<${tag}>${escapeText(fieldText(v, slot.type))}</${tag}>`;
    }
  }
  return `${out}</${name}>`;
}

/** A deletion: the bare element with `verwijderd="true"` (or `True`, as live Persoon records spell it) and no children. */
export function tombstoneXml(category: Category, id: string, bijgewerkt: string, spelling: 'true' | 'True' = 'true', synthetic = false): string {
  const mm = synthetic ? ` xmlns:mm="${SYNTHETIC_NS}" mm:synthetic="true"` : '';
  if (NS1.has(category)) {
    return `<ns1:${elementName(category)} xmlns:ns1="${TK_NS}"${mm} id="${escapeAttr(id)}" ns1:bijgewerkt="${offsetStamp(bijgewerkt)}" ns1:verwijderd="${spelling}"/>`;
  }
  return `<${elementName(category)} xmlns="${TK_NS}" xmlns:tk="${TK_NS}"${mm} id="${escapeAttr(id)}" tk:bijgewerkt="${localStamp(bijgewerkt)}" tk:verwijderd="${spelling}"/>`;
}

// ---------------------------------------------------------------- the Atom envelope

const AUTHOR = '<author><name>Tweede Kamer der Staten-Generaal</name></author>';
const FEED_AUTHOR = '<author><name>Tweede Kamer der Staten-Generaal</name><uri>https://opendata.tweedekamer.nl</uri><email>opendata@tweedekamer.nl</email></author>';
const RIGHTS = '<rights>Disclaimer: https://opendata.tweedekamer.nl/disclaimer</rights>';

/** A Feed URL as the real server writes it in 2024–2026: skiptoken first, then category. */
export function feedUrl(category: string | undefined, skiptoken?: number): string {
  const params: string[] = [];
  if (skiptoken !== undefined) params.push(`skiptoken=${skiptoken}`);
  if (category !== undefined) params.push(`category=${encodeURIComponent(category)}`);
  return `${SYNCFEED_ROOT}/Feed${params.length ? `?${params.join('&')}` : ''}`;
}

export interface FeedEntry {
  category: Category;
  id: string;
  /** This entry's own skiptoken: its `rel="next"` link resumes the feed right after it. */
  token: number;
  /** ApiGewijzigdOp: when the entry entered the API. */
  updated: string;
  /** The entity element (entityXml or tombstoneXml). */
  content: string;
  /** Has a file: writes `<link rel="enclosure" href="…/Resources/<id>"/>`. */
  enclosure?: boolean;
}

export function entryXml(e: FeedEntry): string {
  return (
    `<entry><title>${e.id}</title><id>${SYNCFEED_ROOT}/Entiteiten/${e.id}</id>${AUTHOR}<updated>${utcStamp(e.updated)}</updated>` +
    `<category term="${elementName(e.category)}"/>` +
    (e.enclosure ? `<link rel="enclosure" href="${SYNCFEED_ROOT}/Resources/${e.id}"/>` : '') +
    `<link rel="next" href="${escapeAttr(feedUrl(e.category, e.token))}"/>` +
    `<content type="application/xml">${e.content}</content></entry>`
  );
}

export interface FeedPage {
  /** The category as requested (the title and self link echo it); undefined for the unfiltered feed. */
  category?: string;
  /** The skiptoken of the request, if any. */
  skiptoken?: number;
  /** The entries' XML (entryXml), in token order. */
  entries: readonly string[];
  /** Feed-level `rel="next"`: the last entry's token on a full page. */
  next?: number;
  /** Feed-level `rel="resume"`: on an empty page, where to poll again. */
  resume?: number;
  /** The server clock (written as Amsterdam time with its offset). */
  now: string;
  /** Canonical category name for the next/resume links (default: `category`). */
  linkCategory?: string;
}

/** A whole feed page: the envelope of the notes §3 around the entries. */
export function feedPageXml(p: FeedPage): string {
  const self = feedUrl(p.category, p.skiptoken);
  const link = p.linkCategory ?? p.category;
  return (
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="${ATOM_NS}">` +
    `<title>Gegevensmagazijn SyncFeed${p.category !== undefined ? ` (category: ${escapeText(p.category)})` : ''}</title>` +
    `<link rel="self" href="${escapeAttr(self)}"/>` +
    (p.next !== undefined ? `<link rel="next" href="${escapeAttr(feedUrl(link, p.next))}"/>` : '') +
    (p.resume !== undefined ? `<link rel="resume" href="${escapeAttr(feedUrl(link, p.resume))}"/>` : '') +
    `<updated>${offsetStamp(p.now)}</updated>${FEED_AUTHOR}${RIGHTS}<id>${escapeText(self)}</id>` +
    p.entries.join('') +
    '</feed>'
  );
}
