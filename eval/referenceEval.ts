/**
 * Precision and recall of motion-reference detection and resolution on the labelled set
 * (fixtures/references/labelled.jsonl, documents in fixtures/references/documents.txt; see the README there).
 *
 * The measurement only; `npx tsx scripts/reference-eval.ts` prints the figures and every miss.
 *
 * Detection: a found reference matches a label of the same document when both have a kamerstuk and they are equal,
 * or when the label has no kamerstuk and the surnames are the same. Resolution: the corpus motions
 * (moties-toegelicht JSONL and the official XML) are imported into a temporary store and parsed by the real stages;
 * a found reference is resolved as the link stage does, and compared with the label's `resolves_to`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractRendition } from '../src/extract/extractRendition.js';
import { parseLetter } from '../src/link/letterParser.js';
import { surnameKey } from '../src/domain/dutch/names.js';
import { findReferences, type FoundReference } from '../src/link/referenceFinder.js';
import { resolveReference } from '../src/link/resolver.js';
import { extractStage } from '../src/pipeline/extractStage.js';
import { importPaths } from '../src/pipeline/importStage.js';
import { motionCandidates } from '../src/pipeline/linkStage.js';
import { parseStage } from '../src/pipeline/parseStage.js';
import { openStore } from '../src/store/db.js';
import { findMotionByKamerstuk } from '../src/store/documentRepo.js';

export interface Label {
  source: string;
  kamerstuk: string | null;
  naam: string | null;
  names: string[];
  evidence: string;
  resolves_to: string | null;
}

export interface EvalResult {
  documents: number;
  labels: number;
  detection: { tp: number; fp: number; fn: number; precision: number; recall: number };
  resolution: { correct: number; wrong: number; resolvable: number; precision: number; recall: number };
  misses: string[];
  falsePositives: string[];
  wrongLinks: string[];
}

const DIR = 'fixtures/references';

/**
 * The text of a source as the pipeline would see it: plain files as they are, PDFs through the extract stage's own
 * engines (pdftotext where installed, pdf.js otherwise), XML without tags.
 */
export async function sourceText(source: string): Promise<string> {
  const [path, id] = source.split('#') as [string, string | undefined];
  if (id) {
    const line = readFileSync(path, 'utf8').split('\n').find((l) => l.includes(`"${id}"`));
    if (!line) throw new Error(`${source}: record not found`);
    return (JSON.parse(line) as { tekst: string }).tekst;
  }
  if (path.endsWith('.pdf')) return (await extractRendition(readFileSync(path), 'pdf')).text;
  const raw = readFileSync(path, 'utf8');
  if (!path.endsWith('.xml')) return raw;
  // The official XML: one paragraph per <al>, titles on their own line; the metadata header is not text.
  return raw
    .replace(/<metadata>[\s\S]*?<\/metadata>/, '')
    .replace(/<\/(?:al|titel|tekstregel|dossiernr|stuknr|datumtekst)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The citing document's date, as the link stage knows it: the record's date, the XML's isodatum, or the letter's Datum. */
function sourceDate(source: string, text: string): string | null {
  const [path, id] = source.split('#') as [string, string | undefined];
  if (id) {
    const line = readFileSync(path, 'utf8').split('\n').find((l) => l.includes(`"${id}"`));
    return line ? ((JSON.parse(line) as { datum?: string | null }).datum?.slice(0, 10) ?? null) : null;
  }
  if (path.endsWith('.xml')) return /isodatum="(\d{4}-\d{2}-\d{2})"/.exec(readFileSync(path, 'utf8'))?.[1] ?? null;
  return parseLetter({ text }).datum;
}

function namesKey(names: string[]): string {
  return names.map(surnameKey).sort().join('/');
}

function matches(found: FoundReference, label: Label): boolean {
  if (label.kamerstuk) return found.kamerstuk === label.kamerstuk;
  return found.kamerstuk === null && found.names.length > 0 && namesKey(found.names) === namesKey(label.names);
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

export async function evaluateReferences(): Promise<EvalResult> {
  const labels = readFileSync(join(DIR, 'labelled.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Label);
  const documents = readFileSync(join(DIR, 'documents.txt'), 'utf8').split('\n').filter((l) => l.trim());

  // The corpus motions in a real store, for resolution.
  const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-refeval-'));
  const store = openStore(join(dir, 'eval.db'));
  try {
    importPaths(store, ['fixtures/corpus/moties-toegelicht/moties.jsonl', 'fixtures/corpus/odata/documentpublicatie-xml']);
    await extractStage(store);
    parseStage(store);
    const candidates = motionCandidates(store);
    const byKamerstuk = (k: { dossier: string; toevoeging: string | null; nummer: number }) =>
      findMotionByKamerstuk(store.db, k.dossier, k.toevoeging, k.nummer);

    const result: EvalResult = {
      documents: documents.length,
      labels: labels.length,
      detection: { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0 },
      resolution: { correct: 0, wrong: 0, resolvable: labels.filter((l) => l.resolves_to).length, precision: 0, recall: 0 },
      misses: [],
      falsePositives: [],
      wrongLinks: [],
    };
    for (const source of documents) {
      const text = await sourceText(source);
      const found = findReferences(text);
      const own = labels.filter((l) => l.source === source);
      const matched = new Set<Label>();
      for (const f of found) {
        const label = own.find((l) => !matched.has(l) && matches(f, l));
        if (!label) {
          result.detection.fp++;
          result.falsePositives.push(`${source}: ${f.kamerstuk ?? '-'} ${f.naam ?? ''} «${f.snippet.slice(0, 120)}»`);
          continue;
        }
        matched.add(label);
        result.detection.tp++;
        const r = resolveReference(f, { byKamerstuk, candidates, letterDatum: sourceDate(source, text), onderwerp: null });
        const selfId = source.split('#')[1] ?? source.match(/([0-9a-f-]{36})\.\w+$/)?.[1];
        const motieId = r.motieId === selfId ? null : r.motieId;
        if (motieId && motieId === label.resolves_to) result.resolution.correct++;
        else if (motieId) {
          result.resolution.wrong++;
          result.wrongLinks.push(`${source}: ${f.kamerstuk ?? f.naam} → ${motieId} (label: ${label.resolves_to ?? 'not in the corpus'})`);
        }
      }
      for (const l of own) if (!matched.has(l)) result.misses.push(`${source}: ${l.kamerstuk ?? '-'} ${l.naam ?? ''} «${l.evidence}»`);
    }
    result.detection.fn = result.misses.length;
    const d = result.detection;
    d.precision = ratio(d.tp, d.tp + d.fp);
    d.recall = ratio(d.tp, d.tp + d.fn);
    const res = result.resolution;
    res.precision = ratio(res.correct, res.correct + res.wrong);
    res.recall = ratio(res.correct, res.resolvable);
    return result;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

