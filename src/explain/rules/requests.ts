import type { Clause } from '../../domain/types.js';
import { isInfinitive, splitVerb } from './infinitives.js';

/**
 * The requests of a motion: its operative clauses, with a "verzoekt" clause that asks two things joined by ", en"
 * ("… te onderzoeken, en de Kamer over de uitkomsten te berichten") split in two, so the summary can give one sentence
 * per request. The split part is a clause of its own with the same verb and addressee ("verzoekt de regering de Kamer
 * over de uitkomsten te berichten"): the motion's words, in the motion's order.
 */
export function requestsOf(operative: Clause[]): Clause[] {
  return operative.filter((c) => c.text.trim().length > 0).flatMap(splitRequest);
}

/** Subordinate openers: a part after ", en" that starts with one belongs to the clause before it. */
const SUBORDINATE = /^(?:dat|die|waarin|waarbij|waarmee|waardoor|zodat|opdat|omdat|wanneer|indien|als|hoe|of|welke|wat|waar|zo|daarbij|daarmee|hierbij)\b/iu;

function hasMainInfinitive(part: string): boolean {
  return [...part.matchAll(/(?<=\s|^)te\s+(\S+)/g)].some((m) => isInfinitive(m[1]));
}

function balanced(s: string): boolean {
  const count = (re: RegExp) => (s.match(re) ?? []).length;
  return count(/\(/g) === count(/\)/g) && count(/«/g) === count(/»/g) && count(/\s–\s/g) % 2 === 0;
}

function splitRequest(clause: Clause): Clause[] {
  if (clause.kind !== 'verzoekt' || !clause.addressee) return [clause];
  const { verb, rest } = splitVerb(clause);
  const out: Clause[] = [];
  let start = 0;
  const pieces: string[] = [];
  for (const m of rest.matchAll(/[,;]\s+en\s+(?:(?:tevens|ook|daarnaast|voorts|verder)\s+)?/gu)) {
    const left = rest.slice(start, m.index);
    const right = rest.slice(m.index + m[0].length);
    const nextSplit = right.search(/[,;]\s+en\s+/u);
    const rightPart = nextSplit >= 0 ? right.slice(0, nextSplit) : right;
    if (!hasMainInfinitive(left) || !hasMainInfinitive(rightPart) || SUBORDINATE.test(rightPart) || !balanced(rest.slice(0, m.index))) continue;
    pieces.push(left);
    start = m.index + m[0].length;
  }
  if (pieces.length === 0) return [clause];
  pieces.push(rest.slice(start));
  pieces.forEach((p, i) => {
    const text = i === 0 ? `${verb} ${p}` : `${verb} ${clause.addressee} ${p.replace(/^om\s+/i, '')}`;
    out.push({ kind: clause.kind, addressee: clause.addressee, text: text.replace(/\s+/g, ' ').trim() });
  });
  return out;
}
