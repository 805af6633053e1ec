import type { MotionView, Uitslag } from '../domain/types.js';
import { formatDutchDate } from '../domain/dutch/dates.js';
import { formatExplainer, type Explainer } from '../domain/explainer.js';
import { dossierLabel } from '../domain/kamerstuk.js';
import { ministerieOfDossier } from './toezeggingen/ministeries.js';

/**
 * What the overview pages (home, themes, fracties, members, dossiers, archive, feeds, search index) need of a
 * motion: small enough that all 60,000 fit in memory, stored per motion so an incremental build can rebuild
 * the overviews without loading every motion again.
 */
export interface MotionSummary {
  id: string;
  datum: string | null;
  titel: string | null;
  onderwerp: string | null;
  implicatie: string | null;
  samenvatting: string | null;
  explainer: string | null;
  uitslag: Uitslag;
  zetelsVoor: number | null;
  zetelsTegen: number | null;
  /** Indieners with their fractie where the API gave it, else the names from the heading. */
  indieners: { naam: string; fractie: string | null }[];
  dossier: string | null;
  kst: string | null;
  themes: string[];
  bronUrl: string | null;
  tekstStatus: string | null;
  letters: number;
  /** The day of the vote, and of the first letter that answers it ("Wat werd ervan": days from vote to answer). */
  stemdatum?: string | null;
  eersteBrief?: string | null;
  /** The ministerie of its dossier, when that is a budget chapter (toezeggingen/ministeries.ts). */
  ministerie?: string | null;
}

export function summarise(view: MotionView): MotionSummary {
  const e = view.explanation?.status === 'ok' ? view.explanation : null;
  const vote = view.zaak?.vote ?? null;
  const fromZaak = (view.zaak?.indieners ?? []).map((i) => ({ naam: i.naam, fractie: i.fractie }));
  return {
    id: view.document.id,
    datum: view.parsed?.datum ?? view.document.datum,
    titel: view.document.titel ?? view.parsed?.titel ?? null,
    onderwerp: view.document.onderwerp,
    implicatie: e?.implicatie ?? null,
    samenvatting: e?.samenvatting ?? null,
    explainer: view.explanation ? formatExplainer(view.explanation.explainer) : null,
    uitslag: vote?.uitslag ?? 'onbekend',
    zetelsVoor: vote?.zetelsVoor ?? null,
    zetelsTegen: vote?.zetelsTegen ?? null,
    indieners: fromZaak.length > 0 ? fromZaak : (view.parsed?.indieners ?? []).map((naam) => ({ naam, fractie: null })),
    dossier: dossierLabel(view.parsed?.kamerstuk ?? null),
    kst: view.parsed?.kst ?? null,
    themes: view.themes,
    bronUrl: view.document.bronUrl,
    tekstStatus: view.text?.verdict.status ?? null,
    letters: view.letters.length,
    stemdatum: vote?.datum ?? null,
    eersteBrief: view.letters.map((l) => l.datum).filter((d): d is string => !!d).sort()[0] ?? null,
    ministerie: ministerieOfDossier(dossierLabel(view.parsed?.kamerstuk ?? null)) ?? ministerieOfDossier(view.zaakDossier ?? null),
  };
}

/**
 * The quarter a motion belongs to ("2023-k1" … "2023-k4"): the unit of the search index shards and export files.
 * Small enough (the Kamer votes on some 1,000–1,500 motions a quarter) that re-indexing the current one after a
 * daily sync takes a few seconds; few enough (40 for ten years) that a search merges them quickly.
 */
export function shardOf(datum: string | null): string {
  const y = yearOf(datum);
  return y === 'onbekend' ? y : `${y}-k${Math.ceil(Number(datum!.slice(5, 7)) / 3) || 1}`;
}

/** The year a motion belongs to (archives, the year filter). */
export function yearOf(datum: string | null): string {
  return datum && /^\d{4}/.test(datum) ? datum.slice(0, 4) : 'onbekend';
}

export const UITSLAG_LABEL: Record<Uitslag, string> = {
  aangenomen: 'Aangenomen',
  verworpen: 'Verworpen',
  aangehouden: 'Aangehouden',
  ingetrokken: 'Ingetrokken',
  onbekend: 'Nog geen uitslag',
};

/**
 * Who wrote the shown explanation, in words a reader understands. A rules text standing in for a rejected or failed
 * LLM answer is a rules text: its label says why (`rules@3 (llm rejected: …)`).
 */
export function explainerLabel(explainer: Explainer | null): string {
  if (!explainer) return 'geen uitleg';
  const label = formatExplainer(explainer);
  switch (explainer.family) {
    case 'rules':
      return `regels (${label}): offline, alleen uit het dictum van de motie`;
    case 'imported':
      return 'overgenomen van moties-toegelicht (GPT-3.5, niet gecontroleerd)';
    case 'llm':
      return `taalmodel (${label}), gecontroleerd op namen, getallen en dictum`;
  }
}

/** "9 februari 2023" */
export function datumNl(datum: string | null): string {
  if (!datum) return 'datum onbekend';
  return formatDutchDate(datum) ?? datum;
}
