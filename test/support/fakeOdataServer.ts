/**
 * A local stand-in for the Tweede Kamer OData API (v4, 2.0), on 127.0.0.1 with a free port.
 *
 * It serves RECORDED REAL records — the 7,071 motion zaken of fixtures/corpus/tkmoties (with their
 * actors, besluiten and stemmingen, exactly as recorded), the 400 zaken with real Documents and
 * DocumentPublicatie XML of fixtures/corpus/odata/zaak-with-documents, a real bulk page of 250
 * Documents of every soort, and the real Fractie and Persoon pages — and answers like the real server: pages of 250 with `@odata.nextLink`, no
 * nextLink under `$top`, `$filter` (eq/ne/ge/gt/le/lt, and/or/not, parentheses), `$orderby`,
 * `$select`, nested `$expand`, `/$count`, single entities `Set(<id>)` and `/resource` streams.
 *
 * Synthetic, and marked so (`"@motiemonitor.synthetic": true`, an OData-style annotation that
 * clients ignore): the tkmoties recordings carry no Document ids, so each of those zaken gets a
 * Document whose Id is derived from the zaak Id (a name-based UUID) and whose resource is a small
 * generated PDF. Recordings made with `$select` lack `Soort` on Zaak; it is served as 'Motie'
 * (all of them are motion zaken). The real documents' PDFs were not recorded: their resource is a
 * generated PDF padded to the recorded ContentLength.
 *
 * Faults are injected per request: 429 with Retry-After, 503, a connection cut mid-body, a slow
 * answer past the client's timeout, a page that repeats the previous page.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

type Json = Record<string, unknown>;

export interface Fault {
  /** Which requests (matched against path + query, decoded). */
  match: RegExp;
  kind: '429' | '503' | 'cut' | 'slow' | 'repeat';
  /** How many matching requests get the fault. */
  times: number;
  retryAfterSeconds?: number;
  delayMs?: number;
}

export interface FakeOdataOptions {
  /** Which recordings to serve (default: the 7,071 tkmoties zaken). */
  corpus?: 'tkmoties' | 'zaak-with-documents' | 'both';
  /** Serve only the first N tkmoties zaken (in file order), for quicker tests. */
  zaakLimit?: number;
  pageSize?: number;
  /**
   * 'distinct' (default): each document's PDF names its own Onderwerp and GewijzigdOp. 'shared': all synthetic
   * documents serve the same small PDF, so a sync of thousands stores one blob (for tests that are about the records).
   */
  files?: 'distinct' | 'shared';
}

export interface FakeOdataServer {
  /** The OData root, e.g. http://127.0.0.1:41234/OData/v4/2.0 */
  baseUrl: string;
  /** Every request as path + decoded query, in order. */
  requests: string[];
  /** The User-Agent of every request, in the same order. */
  userAgents: string[];
  faults: Fault[];
  sets: Map<string, Json[]>;
  /** Changes a record; `touch` (default) gives it a new, later ApiGewijzigdOp as the real API would. */
  update(set: string, id: string, patch: Json, touch?: boolean): Json;
  add(set: string, record: Json): void;
  /** The bytes served for a document's resource. */
  resource(documentId: string): Buffer | undefined;
  /** From now on the document's resource answers 404 (a record without a file). */
  dropResource(documentId: string): void;
  close(): Promise<void>;
}

const ROOT = join(process.cwd(), 'fixtures/corpus');
const PREFIX = '/OData/v4/2.0';

export async function startFakeOdataServer(options: FakeOdataOptions = {}): Promise<FakeOdataServer> {
  const pageSize = options.pageSize ?? 250;
  const data = loadCorpus(options);
  const requests: string[] = [];
  const userAgents: string[] = [];
  const faults: Fault[] = [];
  let clock = Date.parse('2026-01-01T00:00:00Z');

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      if (!res.headersSent) send(res, 500, { error: { message: err.message } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const logged = decodeURIComponent(url.pathname + url.search);
    requests.push(logged);
    userAgents.push(req.headers['user-agent'] ?? '');
    const fault = faults.find((f) => f.times > 0 && f.match.test(logged));
    if (fault) fault.times--;
    if (fault?.kind === '429') return send(res, 429, { error: 'too many requests' }, { 'retry-after': String(fault.retryAfterSeconds ?? 1) });
    if (fault?.kind === '503') return send(res, 503, { error: 'unavailable' });
    if (fault?.kind === 'slow') await new Promise((r) => setTimeout(r, fault.delayMs ?? 2_000));
    if (!url.pathname.startsWith(PREFIX)) return send(res, 404, { error: 'not found' });
    const path = url.pathname.slice(PREFIX.length + 1);
    let m: RegExpExecArray | null;
    if ((m = /^(\w+)\(([0-9a-f-]{36})\)\/resource$/i.exec(path))) {
      const bytes = m[1] === 'Document' ? data.documentFiles.get(m[2]!) : m[1] === 'DocumentPublicatie' ? data.xmlFiles.get(m[2]!) : undefined;
      if (!bytes) return send(res, 404, { error: 'no resource' });
      return sendBytes(res, bytes, m[1] === 'Document' ? 'application/pdf' : 'application/xml', fault?.kind === 'cut');
    }
    if ((m = /^(\w+)\(([0-9a-f-]{36})\)$/i.exec(path))) {
      const record = data.sets.get(m[1]!)?.find((r) => r.Id === m![2]);
      if (!record) return send(res, 404, { error: 'no such entity' });
      return sendJson(res, project(record, url.searchParams.get('$select'), url.searchParams.get('$expand')), fault?.kind === 'cut');
    }
    if ((m = /^(\w+)\/\$count$/.exec(path))) {
      const rows = query(m[1]!, url.searchParams);
      if (!rows) return send(res, 404, { error: 'no such set' });
      return sendBytes(res, Buffer.from(String(rows.length)), 'text/plain', false);
    }
    const rows = query(path, url.searchParams);
    if (!rows) return send(res, 404, { error: `no entity set ${path}` });
    const top = url.searchParams.get('$top');
    let skip = Number(url.searchParams.get('$skip') ?? 0);
    if (fault?.kind === 'repeat' && skip >= pageSize) skip -= pageSize; // a stale answer: the page before, with the right link
    const realSkip = Number(url.searchParams.get('$skip') ?? 0);
    const limit = top !== null ? Math.min(Number(top), pageSize) : pageSize;
    const slice = rows.slice(skip, skip + limit);
    const body: Json = {
      '@odata.context': `${baseUrl}/$metadata#${path}`,
      value: slice.map((r) => project(r, url.searchParams.get('$select'), url.searchParams.get('$expand'))),
    };
    // Like the real server: no nextLink when $top was given.
    if (top === null && realSkip + pageSize < rows.length) {
      const next = new URLSearchParams(url.searchParams);
      next.set('$skip', String(realSkip + pageSize));
      body['@odata.nextLink'] = `${baseUrl}/${path}?${next.toString()}`;
    }
    return sendJson(res, body, fault?.kind === 'cut');
  }

  // The answer to one $filter/$orderby is cached until a record changes, so paging through 7,071 records stays cheap.
  const answers = new Map<string, Json[]>();
  function query(set: string, params: URLSearchParams): Json[] | null {
    const key = `${set}\n${params.get('$filter') ?? ''}\n${params.get('$orderby') ?? ''}`;
    const cached = answers.get(key);
    if (cached) return cached;
    const answer = computeQuery(set, params);
    if (answer) answers.set(key, answer);
    return answer;
  }

  function computeQuery(set: string, params: URLSearchParams): Json[] | null {
    const rows = data.sets.get(set);
    if (!rows) return null;
    const filter = params.get('$filter');
    const predicate = filter ? parseFilter(filter) : () => true;
    const selected = rows.filter(predicate);
    const orderby = params.get('$orderby');
    if (orderby) {
      const keys = orderby.split(',').map((k) => {
        const [field = '', dir = 'asc'] = k.trim().split(/\s+/);
        return { field, desc: dir.toLowerCase() === 'desc' };
      });
      selected.sort((a, b) => {
        for (const k of keys) {
          const c = compareValues(a[k.field], b[k.field]);
          if (c !== 0) return k.desc ? -c : c;
        }
        return 0;
      });
    }
    return selected;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`;
  return {
    baseUrl,
    requests,
    userAgents,
    faults,
    sets: data.sets,
    update(set, id, patch, touch = true) {
      const record = data.sets.get(set)?.find((r) => r.Id === id);
      if (!record) throw new Error(`no ${set} ${id}`);
      Object.assign(record, patch);
      if (touch) {
        clock += 1000;
        record.ApiGewijzigdOp = new Date(clock).toISOString().replace('Z', '0000Z');
      }
      if (set === 'Document') refreshFile(data, record);
      answers.clear();
      return record;
    },
    add(set, record) {
      if (!data.sets.has(set)) data.sets.set(set, []);
      data.sets.get(set)!.push(record);
      if (set === 'Document') refreshFile(data, record);
      answers.clear();
    },
    resource: (id) => data.documentFiles.get(id),
    dropResource: (id) => void data.documentFiles.delete(id),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------- responses

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': bytes.length, ...headers });
  res.end(bytes);
}

function sendJson(res: ServerResponse, body: unknown, cut: boolean): void {
  sendBytes(res, Buffer.from(JSON.stringify(body)), 'application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8', cut);
}

/** With `cut`, the headers promise the whole body but the connection is dropped half-way. */
function sendBytes(res: ServerResponse, bytes: Buffer, contentType: string, cut: boolean): void {
  res.writeHead(200, { 'content-type': contentType, 'content-length': bytes.length, 'odata-version': '4.0' });
  if (!cut) {
    res.end(bytes);
    return;
  }
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
}

// ---------------------------------------------------------------- $select / $expand

/** Navigation properties are the object- and array-valued fields; only expanded ones are sent. */
function project(record: Json, select: string | null, expand: string | null): Json {
  const expands = parseExpand(expand);
  const fields = select ? new Set(select.split(',').map((s) => s.trim())) : null;
  const out: Json = {};
  for (const [key, value] of Object.entries(record)) {
    const isNav = value !== null && typeof value === 'object';
    if (isNav) {
      const e = expands.get(key);
      if (!e) continue;
      out[key] = Array.isArray(value)
        ? (value as Json[]).map((v) => project(v, e.select, e.expand))
        : project(value as Json, e.select, e.expand);
    } else if (!fields || fields.has(key) || (key.startsWith('@') && !fields)) {
      out[key] = value;
    }
  }
  // An expanded navigation property the recording lacks is sent empty, as the server would.
  for (const [key] of expands) if (!(key in out) && !(key in record)) out[key] = key === 'Agendapunt' || key === 'Activiteit' || key === 'HuidigeDocumentVersie' ? null : [];
  return out;
}

function parseExpand(expand: string | null): Map<string, { select: string | null; expand: string | null }> {
  const out = new Map<string, { select: string | null; expand: string | null }>();
  for (const item of splitTop(expand ?? '', ',')) {
    const m = /^(\w+)(?:\((.*)\))?$/.exec(item.trim());
    if (!m) continue;
    let select: string | null = null;
    let nested: string | null = null;
    for (const opt of splitTop(m[2] ?? '', ';')) {
      const [k, ...v] = opt.split('=');
      if (k === '$select') select = v.join('=');
      if (k === '$expand') nested = v.join('=');
    }
    out.set(m[1]!, { select, expand: nested });
  }
  return out;
}

function splitTop(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === sep && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) parts.push(cur);
  return parts;
}

// ---------------------------------------------------------------- $filter

const INSTANT = /^\d{4}-\d{2}-\d{2}(T[\d:.]+)?(Z|[+-]\d{2}:\d{2})?$/;

/** UTC with 7 fraction digits, so that instants written differently compare correctly as strings. */
const instantKeys = new Map<string, string>();
function instantKey(s: string): string {
  let key = instantKeys.get(s);
  if (key === undefined) {
    key = computeInstantKey(s);
    instantKeys.set(s, key);
  }
  return key;
}

function computeInstantKey(s: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?$/.exec(s)!;
  const base = new Date(`${m[1]}T${m[2] ?? '00:00'}${m[2]?.length === 5 ? ':00' : ''}${m[4] ?? 'Z'}`).toISOString().slice(0, 19);
  return `${base}.${((m[3] ?? '') + '0000000').slice(0, 7)}`;
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'string' && typeof b === 'string') {
    if (INSTANT.test(a) && INSTANT.test(b)) return instantKey(a) < instantKey(b) ? -1 : instantKey(a) > instantKey(b) ? 1 : 0;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return (a as number) < (b as number) ? -1 : 1;
}

type Predicate = (r: Json) => boolean;

/** A small recursive-descent parser for the $filter subset the sync uses; anything else is a 400-worthy error. */
export function parseFilter(text: string): Predicate {
  const tokens = text.match(/\(|\)|'(?:[^']|'')*'|[A-Za-z_][\w/]*|[\d][\w:.+-]*/g) ?? [];
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const next = (): string => {
    const t = tokens[i++];
    if (t === undefined) throw new Error(`unexpected end of $filter: ${text}`);
    return t;
  };
  const or = (): Predicate => {
    let left = and();
    while (peek() === 'or') {
      next();
      const l = left;
      const r = and();
      left = (x) => l(x) || r(x);
    }
    return left;
  };
  const and = (): Predicate => {
    let left = unary();
    while (peek() === 'and') {
      next();
      const l = left;
      const r = unary();
      left = (x) => l(x) && r(x);
    }
    return left;
  };
  const unary = (): Predicate => {
    if (peek() === 'not') {
      next();
      const p = unary();
      return (x) => !p(x);
    }
    if (peek() === '(') {
      next();
      const p = or();
      if (next() !== ')') throw new Error(`missing ) in $filter: ${text}`);
      return p;
    }
    const field = next();
    const op = next();
    const raw = next();
    const value: unknown =
      raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw === 'null' ? null : raw === 'true' ? true : raw === 'false' ? false : /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    const cmp = (x: Json): number | null => {
      const v = x[field];
      if (value === null) return v === null || v === undefined ? 0 : 1;
      if (v === null || v === undefined) return null;
      return compareValues(v, value);
    };
    switch (op) {
      case 'eq':
        return (x) => cmp(x) === 0;
      case 'ne':
        return (x) => cmp(x) !== 0;
      case 'ge':
        return (x) => (cmp(x) ?? -1) >= 0;
      case 'gt':
        return (x) => (cmp(x) ?? -1) > 0;
      case 'le':
        return (x) => (cmp(x) ?? 1) <= 0;
      case 'lt':
        return (x) => (cmp(x) ?? 1) < 0;
      default:
        throw new Error(`unsupported operator ${op} in $filter: ${text}`);
    }
  };
  const p = or();
  if (i !== tokens.length) throw new Error(`trailing tokens in $filter: ${text}`);
  return p;
}

// ---------------------------------------------------------------- the recordings

export interface Corpus {
  sharedFiles?: boolean;
  sets: Map<string, Json[]>;
  documentFiles: Map<string, Buffer>;
  xmlFiles: Map<string, Buffer>;
}

/** A name-based UUID (v5 layout) so that synthetic ids are the same in every run. */
export function syntheticId(name: string): string {
  const h = createHash('sha1').update(`motiemonitor-synthetic:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The tkmoties zaken as recorded (one JSON object per line). */
export function loadTkmotiesZaken(limit?: number): Json[] {
  const lines = gunzipSync(readFileSync(join(ROOT, 'tkmoties/zaken.jsonl.gz'))).toString('utf8').split('\n').filter(Boolean);
  return (limit ? lines.slice(0, limit) : lines).map((l) => JSON.parse(l) as Json);
}

/** The recordings as the OData stand-in serves them (shared with the SyncFeed stand-in, fakeSyncFeedServer.ts). */
export function loadCorpus(options: FakeOdataOptions): Corpus {
  const corpus: Corpus = { sets: new Map(), documentFiles: new Map(), xmlFiles: new Map() };
  const zaken: Json[] = [];
  const documents: Json[] = [];
  const which = options.corpus ?? 'tkmoties';
  if (which !== 'zaak-with-documents') {
    for (const z of loadTkmotiesZaken(options.zaakLimit)) {
      z.Soort ??= 'Motie';
      zaken.push(z);
      const d: Json = {
        '@motiemonitor.synthetic': true,
        Id: syntheticId(`document:${String(z.Id)}`),
        Soort: 'Motie',
        DocumentNummer: `${String(z.Nummer).slice(0, 4)}D${String(z.Nummer).slice(5)}`,
        Titel: z.Titel ?? null,
        Onderwerp: z.Onderwerp ?? null,
        Datum: z.GestartOp ?? null,
        Volgnummer: null,
        ContentType: 'application/pdf',
        ContentLength: 0,
        GewijzigdOp: z.GewijzigdOp ?? null,
        ApiGewijzigdOp: z.ApiGewijzigdOp ?? null,
        Verwijderd: false,
        Zaak: [{ Id: z.Id, Nummer: z.Nummer, Soort: 'Motie' }],
        DocumentActor: [],
        HuidigeDocumentVersie: null,
      };
      documents.push(d);
    }
  }
  if (which !== 'tkmoties') {
    const dir = join(ROOT, 'odata/zaak-with-documents');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const z = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Json;
      const docs = (z.Document as Json[] | undefined) ?? [];
      delete z.Document;
      zaken.push(z);
      for (const d of docs) {
        d.Zaak = [{ Id: z.Id, Nummer: z.Nummer, Soort: z.Soort }];
        d.DocumentActor ??= [];
        documents.push(d);
        const versie = d.HuidigeDocumentVersie as { DocumentPublicatie?: Json[] } | null;
        for (const p of versie?.DocumentPublicatie ?? []) {
          if (p.DocumentType !== 'Xml') continue;
          try {
            corpus.xmlFiles.set(String(p.Id), readFileSync(join(ROOT, 'odata/documentpublicatie-xml', `${String(p.Id)}.xml`)));
          } catch {
            /* not recorded: served as 404 */
          }
        }
      }
    }
  }
  if (which !== 'tkmoties') {
    // A real bulk page of 250 Documents of every soort (Motie, Brief regering, Bijlage, null, …), without *_Id fields
    // and without zaken: the Soort filter has to pick the right ones.
    // Five of them are also among the 400 documents above: an entity set holds each Id once.
    const known = new Set(documents.map((d) => d.Id));
    for (const d of JSON.parse(readFileSync(join(ROOT, 'odata/entity-pages/document-page218.json'), 'utf8')) as Json[]) {
      if (!known.has(d.Id)) documents.push({ ...d, Zaak: [], DocumentActor: [], HuidigeDocumentVersie: null });
    }
  }
  corpus.sets.set('Zaak', zaken);
  corpus.sets.set('Document', documents);
  corpus.sharedFiles = options.files === 'shared';
  for (const d of documents) refreshFile(corpus, d);
  corpus.sets.set('Fractie', JSON.parse(readFileSync(join(ROOT, 'odata/entity-pages/fractie-page1-active.json'), 'utf8')) as Json[]);
  corpus.sets.set('Persoon', JSON.parse(readFileSync(join(ROOT, 'odata/entity-pages/persoon-page1-kamerleden.json'), 'utf8')) as Json[]);
  corpus.sets.set('FractieZetel', []);
  corpus.sets.set('FractieZetelPersoon', []);
  return corpus;
}

/** The file behind a document: a small generated PDF (padded to a recorded ContentLength, else setting it). */
function refreshFile(corpus: Corpus, d: Json): void {
  const synthetic = d['@motiemonitor.synthetic'] === true;
  let pdf = tinyPdf(corpus.sharedFiles && synthetic ? 'Motie (synthetic file, fakeOdataServer)' : `${String(d.GewijzigdOp ?? '')} ${String(d.Onderwerp ?? d.Id)}`);
  if (!synthetic && typeof d.ContentLength === 'number' && d.ContentLength > pdf.length) {
    pdf = Buffer.concat([pdf, Buffer.from(`%${' '.repeat(d.ContentLength - pdf.length - 2)}\n`)]);
  } else {
    d.ContentLength = pdf.length;
  }
  corpus.documentFiles.set(String(d.Id), pdf);
}

/** A one-page PDF with one line of text, with a correct xref table (ASCII only). */
export function tinyPdf(text: string): Buffer {
  const line = text.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/[\\()]/g, '').slice(0, 90);
  const stream = `BT /F1 10 Tf 40 780 Td (${line}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
