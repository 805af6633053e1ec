import { formatExplainer, formatStatus } from '../domain/explainer.js';
import { dossierLabel } from '../domain/kamerstuk.js';
import type { DocumentRecord, LetterView, MotionView } from '../domain/types.js';
import type { Db } from '../store/db.js';
import { listDocuments } from '../store/documentRepo.js';
import { loadLetterView, loadMotionView } from './views.js';
import type { Toezegging } from '../domain/toezegging.js';
import { explainToezegging } from '../explain/toezeggingExplainer.js';
import { listToezeggingen } from '../store/toezeggingRepo.js';


/**
 * One export row per document. The field names are a contract used by external checks:
 * keep them stable, extend freely (README, "Export").
 */
export function motionRow(v: MotionView): Record<string, unknown> {
  const p = v.parsed;
  const e = v.explanation;
  const vote = v.zaak?.vote ?? null;
  return {
    id: v.document.id,
    soort: v.document.soort,
    titel: v.document.titel ?? p?.titel ?? null,
    onderwerp: v.document.onderwerp,
    dossier: dossierLabel(p?.kamerstuk ?? null),
    nummer: p?.kamerstuk?.nummer ?? null,
    vergaderjaar: p?.vergaderjaar ?? null,
    kst: p?.kst ?? null,
    indieners: p?.indieners ?? [],
    cs: p?.cs ?? false,
    ondertekenaars: p?.ondertekenaars ?? [],
    datum: p?.datum ?? v.document.datum,
    samenvatting: e?.status === 'ok' ? e.samenvatting : null,
    implicatie: e?.status === 'ok' ? e.implicatie : null,
    explainer: e ? formatExplainer(e.explainer) : null,
    status: e ? formatStatus(e) : v.text ? 'niet uitgelegd' : 'geen tekst',
    tekst_status: v.text?.verdict.status ?? null,
    bron_url: v.document.bronUrl,
    // from the sync
    zaak: v.zaak?.nummer ?? null,
    kabinetsappreciatie: v.zaak?.kabinetsappreciatie ?? null,
    uitslag: vote?.uitslag ?? 'onbekend',
    stemdatum: vote?.datum ?? null,
    zetels_voor: vote?.zetelsVoor ?? null,
    zetels_tegen: vote?.zetelsTegen ?? null,
    stemmingen: (vote?.stemmingen ?? []).map((s) => ({ fractie: s.fractie, soort: s.soort, zetels: s.zetels, ...(s.persoon ? { persoon: s.persoon } : {}) })),
    indieners_fracties: (v.zaak?.indieners ?? []).map((i) => ({ naam: i.naam, fractie: i.fractie })),
    // from the letters
    fase: v.lifecycle.fase,
    beantwoord_door: v.letters.map((l) => ({ brief_id: l.briefId, datum: l.datum, snippet: l.snippet })),
    themas: v.themes,
  };
}

export function letterRow(v: LetterView): Record<string, unknown> {
  return {
    id: v.document.id,
    soort: v.document.soort,
    titel: v.document.titel,
    onderwerp: v.document.onderwerp ?? v.letter?.onderwerp ?? null,
    datum: v.document.datum ?? v.letter?.datum ?? null,
    kenmerk: v.letter?.kenmerk ?? null,
    afzender: v.letter?.afzender ?? null,
    ondertekenaar: v.letter?.ondertekenaar ?? null,
    samenvatting: v.summary,
    samenvatting_bron: v.summaryBron,
    tekst_status: v.text?.verdict.status ?? null,
    bron_url: v.document.bronUrl,
    verwijzingen: v.references.map((r) => ({
      kamerstuk: r.kamerstuk,
      naam: r.naam,
      snippet: r.snippet,
      motie_id: r.motieId,
      zeker: r.zeker,
    })),
  };
}

export function* exportRows(db: Db): Generator<Record<string, unknown>> {
  for (const doc of listDocuments(db)) yield rowFor(db, doc);
  for (const t of listToezeggingen(db)) yield toezeggingRow(t);
}

/**
 * A toezegging's export row (issue 15; README "Export"): `id` is the API's GUID, `status` as the API spells it,
 * `deadline` the day of datumNakoming, `toegezegd_aan` the fractie, the member and the free-text recipients,
 * `activiteit` the API id of the debate, `brief_id` the first fulfilling letter the store has (else null).
 */
export function toezeggingRow(t: Toezegging): Record<string, unknown> {
  const beloofd = explainToezegging(t.tekst);
  return {
    id: t.id,
    soort: 'toezegging',
    nummer: t.nummer,
    tekst: t.tekst,
    status: t.status,
    deadline: t.deadline,
    ministerie: t.ministerie,
    bewindspersoon: t.bewindspersoon,
    toegezegd_aan: [t.fractie, t.persoon, ...t.toegezegdAan].filter((x): x is string => !!x),
    activiteit: t.activiteit?.id ?? null,
    brief_id: t.brieven.find((b) => b.documentId)?.documentId ?? null,
    // beyond the fields the issue names
    datum: (t.aanmaakdatum ?? t.activiteit?.dag ?? null)?.slice(0, 10) ?? null,
    fractie: t.fractie,
    persoon: t.persoon,
    functie: t.functie,
    activiteit_nummer: t.activiteit?.nummer ?? null,
    activiteit_datum: t.activiteit?.dag ?? null,
    kamerbrief_nakoming: t.brieven.map((b) => ({ waarde: b.waarde, brief_id: b.documentId })),
    relaties: t.relaties.map((r) => ({ soort: r.soort, richting: r.richting, id: r.id, nummer: r.nummer })),
    beloofd: beloofd.tekst,
    explainer: beloofd.explainer,
  };
}

export function rowFor(db: Db, doc: DocumentRecord): Record<string, unknown> {
  return doc.soort === 'motie' ? motionRow(loadMotionView(db, doc)) : letterRow(loadLetterView(db, doc));
}

/**
 * CSV with one row per document or toezegging; arrays and objects are JSON inside the cell. The header is every field
 * of every row, in the order they first appear (motions first): a toezegging's or letter's own fields get columns too.
 */
export function toCsv(rows: Iterable<Record<string, unknown>>): string {
  const all = [...rows];
  const header = [...new Set(all.flatMap((r) => Object.keys(r)))];
  if (!all.length) return '';
  const lines = [header.map(csvCell).join(',')];
  for (const row of all) lines.push(header.map((k) => csvCell(row[k])).join(','));
  return lines.join('\r\n') + '\r\n';
}

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  // Cells that a spreadsheet would run as a formula are prefixed with a quote.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
