import * as pagefind from 'pagefind';
import { rmSync, renameSync, existsSync } from 'node:fs';
import { datumNl, UITSLAG_LABEL, yearOf, type MotionSummary } from './model.js';

/** One searchable page for Pagefind: a motion or a letter, with the filters the search page offers. */
export interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

function nonEmpty(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v && v.trim() !== ''))];
}

export function motionSearchRecord(m: MotionSummary, tekst: string): SearchRecord {
  return {
    url: `moties/${encodeURIComponent(m.id)}.html`,
    content: [m.onderwerp, m.titel, m.implicatie, m.samenvatting, tekst].filter(Boolean).join('\n'),
    meta: {
      title: m.onderwerp ?? m.titel ?? m.id,
      datum: datumNl(m.datum),
      uitslag: UITSLAG_LABEL[m.uitslag],
      soort: 'motie',
      ...(m.implicatie ? { implicatie: m.implicatie } : {}),
    },
    filters: {
      soort: ['motie'],
      fractie: nonEmpty(m.indieners.map((i) => i.fractie)),
      indiener: nonEmpty(m.indieners.map((i) => i.naam)),
      dossier: nonEmpty([m.dossier]),
      jaar: [yearOf(m.datum)],
      uitslag: [m.uitslag],
      thema: m.themes,
    },
    sort: { datum: m.datum ?? '0000-00-00' },
  };
}

export function letterSearchRecord(l: { id: string; titel: string; datum: string | null; tekst: string; summary: string | null }): SearchRecord {
  return {
    url: `brieven/${encodeURIComponent(l.id)}.html`,
    content: [l.titel, l.summary, l.tekst].filter(Boolean).join('\n'),
    meta: { title: l.titel, datum: datumNl(l.datum), soort: 'brief' },
    filters: { soort: ['brief'], jaar: [yearOf(l.datum)] },
    sort: { datum: l.datum ?? '0000-00-00' },
  };
}

/**
 * Indexes one Pagefind index ("shard") and starts writing it to `outputPath`, replacing what was there.
 * Resolves when the records are in; `written` resolves when the files are on disk, so the caller can feed the
 * next shard while Pagefind writes this one. Pagefind splits each index into chunks that the browser loads on
 * demand; the site merges the shards at search time, so a build only re-indexes the shards whose motions
 * changed. Dutch stemming comes from the language `nl`.
 */
export async function writeSearchShard(outputPath: string, records: Iterable<SearchRecord>): Promise<{ count: number; written: Promise<void> }> {
  // Fragments (the result excerpts) bundled into shared files: thousands of tiny files cost more to write and delete.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl', maxFragments: 256 });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let count = 0;
  let pending: Promise<unknown>[] = [];
  for (const r of records) {
    pending.push(index.addCustomRecord({ url: r.url, content: r.content, language: 'nl', meta: r.meta, filters: r.filters, sort: r.sort }));
    count++;
    // Bounded batches keep memory flat while the Pagefind process works in parallel with us.
    if (pending.length >= 500) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  const tmp = `${outputPath}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const written = index.writeFiles({ outputPath: tmp }).then(async (w) => {
    await index.deleteIndex();
    if (w.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${w.errors.join('; ')}`);
    if (existsSync(outputPath)) rmSync(outputPath, { recursive: true, force: true });
    renameSync(tmp, outputPath);
  });
  // Handled by whoever awaits `written`; this keeps an early failure from being reported as unhandled.
  written.catch(() => {});
  return { count, written };
}

/** Stops the Pagefind process (it is started on first use). */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
