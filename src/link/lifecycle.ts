import type { AnsweringLetter, DocumentRecord, Fase, Lifecycle, LifecycleEvent, MotionZaak, ParsedMotion } from '../domain/types.js';

export interface LifecycleInput {
  document: DocumentRecord;
  parsed: ParsedMotion | null;
  zaak: MotionZaak | null;
  letters: AnsweringLetter[];
}

const UITSLAG_LABEL: Record<string, string> = {
  aangenomen: 'Aangenomen',
  verworpen: 'Verworpen',
  aangehouden: 'Aangehouden',
  ingetrokken: 'Ingetrokken',
  onbekend: 'Stemming, uitslag onbekend',
};

/** The natural order of a motion's life (appraisal has no date of its own); letters among themselves by date. */
const ORDER: Record<LifecycleEvent['soort'], number> = { ingediend: 0, kabinetsappreciatie: 1, stemming: 2, brief: 3 };

/**
 * A motion's life from all sources: submitted (parsed date, else the document's), the cabinet's appraisal and the vote
 * (from the API's zaak, when synced), and the letters that cite it. `fase` is the furthest known step:
 * `beantwoord` once a letter cites it, else the vote's outcome, else `ingediend`; `onbekend` when a vote is recorded
 * without an outcome.
 */
export function buildLifecycle(input: LifecycleInput): Lifecycle {
  const events: LifecycleEvent[] = [];
  const submitted = input.parsed?.datum ?? input.document.datum;
  const where = input.parsed?.voorgesteld ? ` (${input.parsed.voorgesteld})` : '';
  events.push({ datum: submitted, soort: 'ingediend', label: `Ingediend${where}` });
  const zaak = input.zaak;
  if (zaak?.kabinetsappreciatie) {
    events.push({ datum: null, soort: 'kabinetsappreciatie', label: `Kabinetsappreciatie: ${zaak.kabinetsappreciatie}` });
  }
  const vote = zaak?.vote ?? null;
  if (vote) {
    const seats = vote.zetelsVoor + vote.zetelsTegen > 0 ? `: ${vote.zetelsVoor} zetels voor, ${vote.zetelsTegen} tegen` : '';
    const how = vote.hoofdelijk ? ' (hoofdelijke stemming)' : '';
    events.push({ datum: vote.datum, soort: 'stemming', label: `${UITSLAG_LABEL[vote.uitslag] ?? vote.uitslag}${seats}${how}` });
  }
  for (const l of input.letters) {
    events.push({
      datum: l.datum,
      soort: 'brief',
      label: `Brief${l.onderwerp ? `: ${l.onderwerp}` : ''}${l.stance ? ` (${l.stance})` : ''}`,
      documentId: l.briefId,
      snippet: l.snippet,
    });
  }
  events.sort((a, b) => ORDER[a.soort] - ORDER[b.soort] || (a.datum ?? '9999').localeCompare(b.datum ?? '9999'));
  return { fase: faseOf(input), events };
}

function faseOf(input: LifecycleInput): Fase {
  if (input.letters.length > 0) return 'beantwoord';
  const vote = input.zaak?.vote;
  if (vote) return vote.uitslag;
  return 'ingediend';
}
