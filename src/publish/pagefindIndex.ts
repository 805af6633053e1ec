import * as pagefind from 'pagefind';
import { rmSync, renameSync, existsSync } from 'node:fs';
import type { ParsedMotion } from '../domain/types.js';
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

/**
 * What of a motion's text is searched: its clauses (the considerations and what it asks), as parsed. The rest of the
 * text is alike in every motion (letterhead, "De Kamer, gehoord de beraadslaging", "en gaat over tot de orde van de
 * dag", the names that the subject holds too): it matched every search, filled the excerpts, and was a third of the
 * words Pagefind indexes, the largest cost of a build. Without parsed clauses: the whole text.
 */
export function motionSearchText(parsed: ParsedMotion | null, tekst: string): string {
  const clauses = parsed ? [...parsed.considerations, ...parsed.operative] : [];
  return clauses.length ? clauses.map((c) => c.text).join('\n') : tekst;
}

/**
 * A motion's search record: its subject and searchable text (motionSearchText); the title, summary and implication
 * only when there is no text (with a text they repeat it: the rules explainer quotes the dictum).
 */
export function motionSearchRecord(m: MotionSummary, tekst: string): SearchRecord {
  return {
    url: `moties/${encodeURIComponent(m.id)}.html`,
    content: (tekst ? [m.onderwerp, tekst] : [m.onderwerp, m.titel, m.implicatie, m.samenvatting]).filter(Boolean).join('\n'),
    meta: {
      title: m.onderwerp ?? m.titel ?? m.id,
      datum: datumNl(m.datum),
      uitslag: UITSLAG_LABEL[m.uitslag],
      soort: 'motie',
      ...(m.implicatie ? { implicatie: m.implicatie } : {}),
    },
    filters: { soort: ['motie'], ...motionFacets(m) },
    sort: { datum: m.datum ?? '0000-00-00' },
  };
}

/** The values a motion is filtered by, on the site's search page and in the server's search API. */
export function motionFacets(m: MotionSummary): Record<string, string[]> {
  return {
    fractie: nonEmpty(m.indieners.map((i) => i.fractie)),
    indiener: nonEmpty(m.indieners.map((i) => i.naam)),
    dossier: nonEmpty([m.dossier]),
    jaar: [yearOf(m.datum)],
    uitslag: [m.uitslag],
    thema: m.themes,
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
 * One Pagefind index ("shard"), fed record by record while the caller renders, and then written to disk.
 * Pagefind indexes in its own process: records sent early are indexed on the other core while this one renders
 * the next motions, instead of all indexing waiting for the end of the build. Pagefind splits each index into
 * chunks that the browser loads on demand; the site merges the shards at search time, so a build only re-indexes
 * the shards whose motions changed. Dutch stemming comes from the language `nl`.
 */
export class SearchShard {
  private pending: Promise<unknown>[] = [];
  count = 0;

  private constructor(private readonly index: pagefind.PagefindIndex) {}

  static async open(): Promise<SearchShard> {
    // Fragments (the result excerpts) bundled into shared files: thousands of tiny files cost more to write and delete.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl', maxFragments: 256 });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return new SearchShard(index);
  }

  /** Sends a record to the indexer without waiting for it (see `settle`). */
  add(r: SearchRecord): void {
    const p = this.index.addCustomRecord({ url: r.url, content: r.content, language: 'nl', meta: r.meta, filters: r.filters, sort: r.sort });
    // Handled by settle(); this keeps a failure from being reported as unhandled before then.
    p.catch(() => {});
    this.pending.push(p);
    this.count++;
  }

  /** Waits until at most `max` records are still on their way (keeps memory flat when Pagefind falls behind). */
  async settle(max = 0): Promise<void> {
    if (this.pending.length <= max) return;
    const done = this.pending.splice(0, this.pending.length - max);
    await Promise.all(done);
  }

  /** Writes the index to `outputPath`, replacing what was there; resolves when the files are on disk. */
  async write(outputPath: string): Promise<void> {
    await this.settle();
    const tmp = `${outputPath}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    const w = await this.index.writeFiles({ outputPath: tmp });
    await this.index.deleteIndex();
    if (w.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${w.errors.join('; ')}`);
    if (existsSync(outputPath)) rmSync(outputPath, { recursive: true, force: true });
    renameSync(tmp, outputPath);
  }
}

/** Stops the Pagefind process (it is started on first use). */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
