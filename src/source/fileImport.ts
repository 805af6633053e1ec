import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import type { DocumentRecord, Explanation, JekyllMotionPage, RenditionKind } from '../domain/types.js';
import { detectSoort } from '../domain/documentKind.js';
import { IMPORTED_EXPLAINER } from '../domain/explainer.js';
import { sha256 } from '../domain/hash.js';
import { documentIdFromUrl, isSeedPage, parseSeedPage } from './seedPage.js';
import { DEFAULT_SYNCFEED_URL, resourceUrl } from './tk/syncfeed/client.js';
import { apiRecordOf, isAtomFeed, readFeedFile, type ApiRecord } from './tk/apiRecordFile.js';

/** One document found in an import file, with the original bytes to keep. */
export interface ImportItem {
  record: DocumentRecord;
  /** The source record as received (a JSONL line), kept beside the typed fields. */
  rawJson: string | null;
  renditions: { kind: RenditionKind; mediaType: string; bytes: Uint8Array; source: string }[];
  importedPage: JekyllMotionPage | null;
  importedExplanation: Explanation | null;
}

/** A file that could not be read, and why; the import goes on with the other files. */
export interface ImportFailure {
  file: string;
  line?: number;
  message: string;
}

export const MEDIA_TYPES: Record<RenditionKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  xml: 'application/xml',
  txt: 'text/plain; charset=utf-8',
  html: 'text/html',
  md: 'text/markdown; charset=utf-8',
};

export const KIND_BY_EXTENSION: Record<string, RenditionKind> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.doc': 'doc',
  '.xml': 'xml',
  '.txt': 'txt',
  '.text': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
};

/** The rendition kind a file's extension says, or null. */
export function renditionKindOf(file: string): RenditionKind | null {
  return KIND_BY_EXTENSION[extname(file).toLowerCase()] ?? null;
}

export const SUPPORTED_EXTENSIONS = [...Object.keys(KIND_BY_EXTENSION), '.jsonl'];

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Lists the importable files under the given paths (folders recursively, sorted, hidden files skipped). */
export function listImportFiles(paths: string[]): { files: string[]; failures: ImportFailure[] } {
  const files: string[] = [];
  const failures: ImportFailure[] = [];
  const walk = (path: string, explicit: boolean): void => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      failures.push({ file: path, message: 'no such file or folder' });
      return;
    }
    if (stat.isDirectory()) {
      // A folder's README describes the folder; it is not a document.
      for (const name of readdirSync(path).sort()) {
        if (!name.startsWith('.') && name.toLowerCase() !== 'readme.md') walk(join(path, name), false);
      }
    } else if (SUPPORTED_EXTENSIONS.includes(extname(path).toLowerCase())) {
      files.push(path);
    } else if (explicit) {
      failures.push({ file: path, message: `unsupported file type; expected one of ${SUPPORTED_EXTENSIONS.join(' ')}` });
    }
  };
  for (const p of paths) walk(p, true);
  return { files, failures };
}

/** A moties-toegelicht JSONL line (see fixtures/corpus/moties-toegelicht/README.md). */
const jsonlMotion = z.object({
  id: z.string().regex(GUID),
  titel: z.string().nullish(),
  onderwerp: z.string().nullish(),
  tekst: z.string(),
  datum: z.string().nullish(),
  bron_url: z.string().nullish(),
  soort: z.string().nullish(),
  implicatie_gpt35: z.string().nullish(),
  samenvatting_gpt35: z.string().nullish(),
});

const RESOURCE_URL = (id: string) => resourceUrl(DEFAULT_SYNCFEED_URL, id);

/** What one import file holds: documents, and Tweede Kamer API records (zaken, document↔zaak links) in JSON lines. */
export interface ImportRead {
  items: ImportItem[];
  failures: ImportFailure[];
  apiRecords?: ApiRecord[];
}

/** Reads one file into documents. Throws with a readable message when the file as a whole is unusable. */
export function readImportFile(file: string): ImportRead {
  const bytes = readFileSync(file);
  const ext = extname(file).toLowerCase();
  if (bytes.length === 0) throw new Error('the file is empty (0 bytes)');
  if (ext === '.jsonl') return readJsonl(file, bytes.toString('utf8'));
  const kind = KIND_BY_EXTENSION[ext];
  if (!kind) throw new Error(`unsupported file type ${ext}`);
  if (kind === 'md' || kind === 'txt') {
    const text = bytes.toString('utf8');
    if (text.includes('\uFFFD')) throw new Error('the file is not valid UTF-8 text');
    if (isSeedPage(text)) return { items: [seedPageItem(file, bytes, text)], failures: [] };
    return { items: [plainItem(file, bytes, kind, detectSoort(text))], failures: [] };
  }
  if (kind === 'xml' && isAtomFeed(bytes.subarray(0, 2000).toString('utf8'))) {
    return { items: [], failures: [], apiRecords: readFeedFile(bytes.toString('utf8'), file) };
  }
  // Binary and XML documents: what they are becomes known after extraction.
  return { items: [plainItem(file, bytes, kind, 'overig')], failures: [] };
}

function readJsonl(file: string, content: string): ImportRead {
  const items: ImportItem[] = [];
  const apiRecords: ApiRecord[] = [];
  const failures: ImportFailure[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let parsed;
    try {
      const value: unknown = JSON.parse(line);
      const api = apiRecordOf(value);
      if (api) {
        apiRecords.push(api);
        return;
      }
      parsed = jsonlMotion.safeParse(value);
    } catch (err) {
      failures.push({ file, line: i + 1, message: `not JSON: ${(err as Error).message}` });
      return;
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      failures.push({ file, line: i + 1, message: `missing or bad field ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` });
      return;
    }
    const m = parsed.data;
    const id = m.id.toLowerCase();
    const soort = m.soort === 'brief' || m.soort === 'overig' || m.soort === 'motie' ? m.soort : detectSoort(m.tekst) === 'brief' ? 'brief' : 'motie';
    const gpt =
      m.implicatie_gpt35 && m.samenvatting_gpt35
        ? {
            samenvatting: m.samenvatting_gpt35,
            implicatie: m.implicatie_gpt35,
            explainer: IMPORTED_EXPLAINER,
            status: 'ok' as const,
            reason: null,
            bron: `${basename(file)} (GPT-3.5, moties-toegelicht, ongecontroleerd)`,
          }
        : null;
    items.push({
      record: {
        id,
        soort,
        apiSoort: null,
        titel: m.titel ?? null,
        onderwerp: m.onderwerp?.trim() ?? null,
        datum: m.datum?.slice(0, 10) ?? null,
        bronUrl: m.bron_url ?? RESOURCE_URL(id),
        herkomst: `import:${basename(file)}`,
        verwijderd: false,
      },
      rawJson: line,
      renditions: [{ kind: 'txt', mediaType: MEDIA_TYPES.txt, bytes: Buffer.from(m.tekst, 'utf8'), source: `${file}:${i + 1}` }],
      importedPage: null,
      importedExplanation: gpt,
    });
  });
  return { items, failures, apiRecords };
}

function seedPageItem(file: string, bytes: Buffer, text: string): ImportItem {
  const page = parseSeedPage(text);
  if (!page) throw new Error('looks like a motion page but a section heading is missing or out of order');
  const id = documentIdFromUrl(page.pdfUrl) ?? `local-${sha256(bytes).slice(0, 16)}`;
  const tekst = page.tekst.replace(/^\n+/, '');
  return {
    record: {
      id,
      soort: 'motie',
      apiSoort: null,
      titel: page.titel.trim() || null,
      onderwerp: page.onderwerp.trim() || null,
      datum: null,
      bronUrl: page.pdfUrl,
      herkomst: `import:${basename(file)}`,
      verwijderd: false,
    },
    rawJson: null,
    renditions: [
      { kind: 'md', mediaType: MEDIA_TYPES.md, bytes, source: file },
      { kind: 'txt', mediaType: MEDIA_TYPES.txt, bytes: Buffer.from(tekst, 'utf8'), source: `${file}#Orginele text` },
    ],
    importedPage: page,
    importedExplanation: {
      samenvatting: page.samenvatting.trim(),
      implicatie: page.implicaties.trim(),
      explainer: IMPORTED_EXPLAINER,
      status: 'ok',
      reason: null,
      bron: `${basename(file)} (moties-toegelicht, ongecontroleerd)`,
    },
  };
}

function plainItem(file: string, bytes: Buffer, kind: RenditionKind, soort: DocumentRecord['soort']): ImportItem {
  const guid = GUID.exec(basename(file))?.[0]?.toLowerCase();
  const id = guid ?? `local-${sha256(bytes).slice(0, 16)}`;
  return {
    record: {
      id,
      soort,
      apiSoort: null,
      titel: null,
      onderwerp: null,
      datum: null,
      bronUrl: guid ? RESOURCE_URL(guid) : null,
      herkomst: `import:${basename(file)}`,
      verwijderd: false,
    },
    rawJson: null,
    renditions: [{ kind, mediaType: MEDIA_TYPES[kind], bytes, source: file }],
    importedPage: null,
    importedExplanation: null,
  };
}
