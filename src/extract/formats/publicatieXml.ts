import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UnreadableFileError } from '../limits.js';
import { decodeWindows1252 } from './charset.js';

/** An officielebekendmakingen `<officiele-publicatie>` kamerstuk, read into its parts. */
export interface Publicatie {
  /** "Vergaderjaar 2023-2024" as printed in the kamerstukkop. */
  vergaderjaar: string | null;
  kamer: string | null;
  /** Each dossier: number as printed ("36 410 XVI", "21 501-20") and title. */
  dossiers: { nummer: string; titel: string | null }[];
  /** "Nr. 23" */
  stuknr: string | null;
  ondernummer: string | null;
  /** "GEWIJZIGDE MOTIE VAN HET LID EERDMANS …" */
  titel: string | null;
  /** "Voorgesteld 12 maart 2024", as printed. */
  datumtekst: string | null;
  /** YYYY-MM-DD from `isodatum`. */
  datum: string | null;
  /** One entry per `<al>` (list items get their number or bullet in front). */
  alineas: string[];
  /** `<metadata>`: name → values (present in full for about a fifth of the files). */
  meta: Record<string, string[]>;
  /** `kst-36372-23`, from DC.identifier or the external metadata link. */
  kst: string | null;
}

type XNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
});

/** Decodes the bytes with the charset the XML declaration names (UTF-8, ISO-8859-1, Windows-1252). */
export function decodeXml(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const declared = /<\?xml[^>]*encoding=["']([\w.-]+)["']/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  if (['iso-8859-1', 'latin1', 'latin-1', 'windows-1252', 'cp1252', 'us-ascii'].includes(declared)) {
    return decodeWindows1252(bytes);
  }
  if (declared !== 'utf-8' && declared !== 'utf8') throw new UnreadableFileError(`unsupported XML encoding "${declared}"`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UnreadableFileError('the XML is not valid UTF-8 (and names no other encoding)');
  }
}

export function readPublicatie(bytes: Uint8Array): Publicatie {
  const xml = decodeXml(bytes);
  // The parser is lenient (an unclosed tag just ends the document): validate first, so a cut-off file is reported.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new UnreadableFileError(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  let tree: XNode[];
  try {
    tree = parser.parse(xml) as XNode[];
  } catch (err) {
    throw new UnreadableFileError(`not well-formed XML: ${(err as Error).message.split('\n')[0]}`);
  }
  const root = find(tree, 'officiele-publicatie');
  const stukRoot = root ? find(children(root, 'officiele-publicatie'), 'kamerstuk') : null;
  if (!root || !stukRoot) throw new UnreadableFileError('not an officielebekendmakingen kamerstuk (no <officiele-publicatie><kamerstuk>)');
  const kamerstuk = children(stukRoot, 'kamerstuk');

  const meta: Record<string, string[]> = {};
  for (const m of findAll(children(root, 'officiele-publicatie'), 'metadata').flatMap((n) => findAll(children(n, 'metadata'), 'meta'))) {
    const a = attrs(m);
    if (a.name) (meta[a.name] ??= []).push(a.content ?? '');
  }

  const kop = find(kamerstuk, 'kamerstukkop');
  const regel = (inhoud: string) =>
    kop ? findAll(children(kop, 'kamerstukkop'), 'tekstregel').find((r) => attrs(r).inhoud === inhoud) : undefined;
  const stuk = find(kamerstuk, 'stuk');
  const stukChildren = stuk ? children(stuk, 'stuk') : [];
  const datumtekst = find(stukChildren, 'datumtekst');
  const datum = datumtekst ? find(children(datumtekst, 'datumtekst'), 'datum') : null;
  const stuknr = find(stukChildren, 'stuknr');
  const ondernummer = stuknr ? find(children(stuknr, 'stuknr'), 'ondernummer') : null;

  const kstFromMeta =
    meta['DC.identifier']?.find((v) => v.startsWith('kst-')) ??
    /\/(kst-[^/]+)\/metadata\.xml/.exec(meta['OVERHEIDop.externMetadataRecord']?.[0] ?? '')?.[1] ??
    null;

  return {
    vergaderjaar: textOrNull(regel('vergaderjaar')),
    kamer: textOrNull(regel('kameraanduiding')),
    dossiers: findAll(kamerstuk, 'dossier').map((d) => dossierOf(children(d, 'dossier'))),
    stuknr: textOrNull(stuknr),
    ondernummer: textOrNull(ondernummer),
    titel: textOrNull(find(stukChildren, 'titel')),
    datumtekst: textOrNull(datumtekst),
    datum: datum ? (attrs(datum).isodatum ?? null) : null,
    alineas: alineasOf(stukChildren),
    meta,
    kst: kstFromMeta,
  };
}

/**
 * The agreed text layout of a publication (the motion parser reads it like the PDF's text):
 * kamer, vergaderjaar, dossier number and title (each dossier), "Nr. 23", the stuk title, the date line,
 * then one line per `<al>`.
 */
export function renderPublicatie(p: Publicatie): string {
  const lines = [p.kamer ?? 'Tweede Kamer der Staten-Generaal', p.vergaderjaar];
  for (const d of p.dossiers) lines.push(d.nummer, d.titel);
  lines.push(p.stuknr, p.titel, p.datumtekst, ...p.alineas);
  return lines.filter((l): l is string => !!l && l.trim() !== '').join('\n') + '\n';
}

function dossierOf(nodes: XNode[]): { nummer: string; titel: string | null } {
  const dn = find(nodes, 'dossiernummer');
  const parts = dn ? children(dn, 'dossiernummer') : [];
  const nr = textOrNull(find(parts, 'dossiernr')) ?? '';
  const hoofdstuk = textOrNull(find(parts, 'begrotingshoofdstuk'));
  const raad = textOrNull(find(parts, 'raadnr'));
  // The XML says raadnr "2"; the printed kamerstuk (and its kst id) says "21 501-02".
  const raadnr = raad && /^\d$/.test(raad) ? `0${raad}` : raad;
  const nummer = `${nr}${hoofdstuk ? ` ${hoofdstuk}` : ''}${raadnr ? `-${raadnr}` : ''}` || textOf(parts).trim();
  return { nummer, titel: textOrNull(find(nodes, 'titel')) };
}

/** Every `<al>` below the stuk's text, in document order; a list item's number goes in front of its first `<al>`. */
function alineasOf(nodes: XNode[]): string[] {
  const out: string[] = [];
  const walk = (list: XNode[], prefix: string | null): void => {
    let pending = prefix;
    for (const n of list) {
      const name = nameOf(n);
      if (!name || name === ':@') continue;
      if (name === 'al') {
        const t = fold(textOf(children(n, 'al')));
        if (t) out.push(pending ? `${pending} ${t}` : t);
        pending = null;
      } else if (name === 'li') {
        const kids = children(n, 'li');
        walk(kids, textOrNull(find(kids, 'li.nr')));
      } else if (['titel', 'stuknr', 'datumtekst', 'li.nr', '#text'].includes(name)) {
        continue;
      } else {
        walk(children(n, name), pending);
      }
    }
  };
  walk(nodes, null);
  return out;
}

function nameOf(n: XNode): string | undefined {
  return Object.keys(n).find((k) => k !== ':@');
}
function children(n: XNode, name: string): XNode[] {
  const c = n[name];
  return Array.isArray(c) ? (c as XNode[]) : [];
}
function attrs(n: XNode): Record<string, string> {
  return (n[':@'] as Record<string, string> | undefined) ?? {};
}
function find(list: XNode[], name: string): XNode | null {
  return list.find((n) => name in n) ?? null;
}
function findAll(list: XNode[], name: string): XNode[] {
  return list.filter((n) => name in n);
}
function textOf(list: XNode[]): string {
  let s = '';
  for (const n of list) {
    const name = nameOf(n);
    if (name === '#text') s += String(n['#text']);
    else if (name) s += textOf(children(n, name));
  }
  return s;
}
function textOrNull(n: XNode | null | undefined): string | null {
  if (!n) return null;
  const name = nameOf(n);
  const t = name ? fold(textOf(children(n, name))) : '';
  return t || null;
}
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
