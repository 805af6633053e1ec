import { OPERATIVE_VERBS } from '../domain/dutch/operativeVerbs.js';
import type { Clause, ClauseKind } from '../domain/types.js';

/**
 * Splits the body of a motion (between "De Kamer," and "en gaat over tot de orde van de dag") into its
 * considerations and operative clauses. A clause starts on a new line with a starter word
 * ("constaterende", "verzoekt", "spreekt … uit", …) when the line before ended a clause
 * (with , ; : . or a closing bracket), when the starter is capitalised (OCR'd forms write "Verzoekt"), or when an
 * operative verb is followed by its addressee (OCR can scramble the line before).
 * Everything else on the following lines belongs to the clause, so page furniture must be gone first.
 */

interface Starter {
  re: RegExp;
  kind: ClauseKind;
  operative: boolean;
}

const STARTERS: Starter[] = [
  { re: /^gehoord\s+de\s+beraadslaging/i, kind: 'considerans', operative: false },
  { re: /^(?:(?:en|tevens|voorts|mede|ook|nogmaals|eveneens|daarnaast)\s+)?(?:constaterende|constaterend|vaststellende)\b/i, kind: 'constaterende', operative: false },
  { re: /^(?:(?:en|tevens|voorts|mede|ook|nogmaals|eveneens|daarnaast)\s+)?(?:overwegende|overwegend|overwegence)\b/i, kind: 'overwegende', operative: false },
  { re: /^(?:(?:en|tevens|voorts|mede|ook|eveneens)\s+)?van\s+(?:mening|oordeel|opvatting)\b/i, kind: 'van mening', operative: false },
  { re: /^(?:(?:en|tevens|voorts|mede)\s+)?(?:kennisgenomen|kennis\s+genomen)\s+hebbende\b/i, kind: 'considerans', operative: false },
  { re: /^(?:(?:en|tevens|voorts|mede)\s+)?(?:gelet|gezien)\s+(?:op\b)?/i, kind: 'considerans', operative: false },
  { re: /^(?:(?:en|tevens|voorts|mede|ook)\s+)?\p{Ll}{3,}ende(?:\s+(?:dat|op|naar|van|met|,)|,)/iu, kind: 'considerans', operative: false },
  // The operative verbs (domain/dutch/operativeVerbs.ts): one starter per kind ("dictum" has many verbs).
  ...[...new Set(OPERATIVE_VERBS.map((v) => v.kind))].map((kind) => ({
    re: new RegExp(`^(?:en\\s+)?(?:${OPERATIVE_VERBS.filter((v) => v.kind === kind).map((v) => v.singular).join('|')})\\b`, 'i'),
    kind,
    operative: true,
  })),
];

/** Who an operative clause addresses: "de regering", "het kabinet", "de minister van Buitenlandse Zaken", … */
const ADDRESSEE_HEAD = /^(?:de\s+(?:Nederlandse\s+)?regering|het\s+(?:demissionaire\s+)?kabinet|het\s+presidium|de\s+(?:Voorzitter|griffier)|de\s+Kamer|(?:de|het)\s+(?:minister-president|ministers?|staatssecretaris(?:sen)?|bewindspersonen|ministerie))\b/i;

function startsClause(line: string, prev: string | null): Starter | null {
  const starter = STARTERS.find((s) => s.re.test(line));
  if (!starter) return null;
  if (prev === null || /[,;:.)]$/.test(prev)) return starter;
  // OCR'd forms capitalise starters ("Verzoekt"); "Besluit …" mid-sentence is a title ("het Besluit servicekosten").
  if (/^\p{Lu}/u.test(line) && starter.kind !== 'besluit' && starter.kind !== 'dictum') return starter;
  // OCR can scramble the line before; an operative verb followed by its addressee still starts a clause.
  if (starter.operative && addresseeOf(starter.kind, line) !== null) return starter;
  return null;
}

/** Folds lines into one; an OCR'd compound split at a line end ("‘de-" + "antisemitisering’") is rejoined. */
function fold(lines: string[]): string {
  let out = '';
  for (const l of lines) {
    if (!out) out = l;
    else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(l)) out += l;
    else out += ` ${l}`;
  }
  return out
    .replace(/\s+/g, ' ')
    .replace(/ ([,;:])/g, '$1') // "en , indien" as typeset
    .replace(/\s*[,;:]+$/, '')
    .replace(/\.$/, '')
    .trim();
}

export function addresseeOf(kind: ClauseKind, text: string): string | null {
  if (kind === 'spreekt uit' || kind === 'besluit') return null;
  const afterVerb = text.replace(/^(?:en\s+)?\p{L}+\s+(?:(?:tevens|ook|voorts|daarnaast|eveneens|nogmaals|verder|mede|dan\s+ook)\s+)?/iu, '');
  const head = ADDRESSEE_HEAD.exec(afterVerb);
  if (!head) return null;
  let addressee = head[0];
  // "de minister van Volksgezondheid, Welzijn en Sport": van/voor + capitalised words, commas and "en".
  if (/minister|staatssecretaris|ministerie|bewindspersonen/i.test(addressee)) {
    const tail = /^\s+(?:van|voor)\s+(?:\p{Lu}[\p{L}-]*(?:,\s*|\s+en\s+|\s+))*/u.exec(afterVerb.slice(addressee.length));
    if (tail) addressee += tail[0].replace(/(?:,|\s+en)?\s*$/, '');
  }
  addressee = addressee.replace(/\s+/g, ' ').trim();
  // Two addressees: "de minister van Financiën en de minister voor Klimaat en Energie" (clause text is folded,
  // so the addressee's length is its length in the text).
  const after = afterVerb.slice(addressee.length);
  const and = /^\s+en\s+/.exec(after);
  const other = and ? addresseeOf(kind, `x ${after.slice(and[0].length)}`) : null;
  if (other) return `${addressee} en ${other}`;
  return addressee;
}

export interface SplitClauses {
  considerations: Clause[];
  operative: Clause[];
}

export function splitClauses(bodyLines: string[]): SplitClauses {
  const groups: { starter: Starter; lines: string[] }[] = [];
  let prev: string | null = null;
  for (const line of bodyLines) {
    if (!line) continue;
    const starter = startsClause(line, prev);
    if (starter) groups.push({ starter, lines: [line] });
    else if (groups.length) groups[groups.length - 1]!.lines.push(line);
    prev = line;
  }
  const result: SplitClauses = { considerations: [], operative: [] };
  for (const g of groups) {
    if (/^gehoord\b/i.test(g.lines[0]!)) continue;
    const text = fold(g.lines);
    const normalised = text.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
    const clause: Clause = { kind: g.starter.kind, text: normalised, addressee: g.starter.operative ? addresseeOf(g.starter.kind, normalised) : null };
    (g.starter.operative ? result.operative : result.considerations).push(clause);
  }
  return result;
}
