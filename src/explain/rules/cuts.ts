import { countWords } from '../../domain/dutch/sentences.js';

/**
 * Shortening without rewording (copied from rules@2, which stays frozen in rulesV2.ts): a text too long for its limit
 * loses whole parts at the end, then is cut at the longest clean cut that fits (a trailing request or subordinate
 * clause of its own), else at a phrase boundary, marked with `CUT_MARK` so a reader sees the motion says more.
 */

/** A clause as it will be written, and the offset before which it may not be cut (the end of its main verb). */
export interface Piece {
  text: string;
  keepUntil: number;
}

/**
 * A place to cut a clause: it keeps `text.slice(0, at)`. A `clean` cut leaves a complete statement and is not marked;
 * the others are tried in this order, each marked: a phrase boundary, before a preposition, and (never needed on the
 * corpus) between any two words.
 */
interface Cut {
  at: number;
  kind: 'clean' | 'phrase' | 'preposition' | 'word';
}

/** The mark of a clause cut inside: the motion says more here. */
export const CUT_MARK = ' (…)';

/**
 * Joins the parts and finishes the text (`finish`: subject or prefix, full stop); when that is longer than `maxWords`
 * (counted as the checks count), leaves out whole parts at the end, and when the first part alone is too long, cuts it:
 * at the longest clean cut that fits, else at the longest phrase boundary that fits, marked with `CUT_MARK`.
 */
export function fitWords(parts: Piece[], finish: (body: string) => string, maxWords: number, hardMax = maxWords): string {
  const fitsIn = (limit: number) => (s: string) => countWords(s) <= limit;
  const fits = fitsIn(maxWords);
  for (let k = parts.length; k >= 1; k--) {
    const text = finish(joinParts(parts.slice(0, k).map((p) => p.text)));
    if (fits(text)) return text;
  }
  const first = parts[0]!;
  // rules@3: a sentence may run to `hardMax` words when that is what it takes to keep its main verb; only then is the
  // verb given up (never on the corpus).
  const tries: [number, (s: string) => boolean][] = [
    [first.keepUntil, fits],
    [first.keepUntil, fitsIn(hardMax)],
    [0, fitsIn(hardMax)],
  ];
  for (const [keepUntil, ok] of tries) {
    // The longest cut that fits, a clean one when it keeps nearly as much: rules@2 took any clean or phrase cut before
    // a longer preposition cut, which could leave "vraagt de regering te bevorderen (…)".
    const fitting = cutsOf(first.text, keepUntil)
      .filter((c) => c.kind !== 'word' && !emptyComplement(first.text, keepUntil, c.at) && !openCoordination(first.text, keepUntil, c.at))
      .map((c) => ({ c, text: finish(keptBefore(first.text, c.at) + (c.kind === 'clean' ? '' : CUT_MARK)) }))
      .filter((x) => ok(x.text));
    const longest = Math.max(0, ...fitting.map((x) => x.c.at));
    const clean = fitting.filter((x) => x.c.kind === 'clean' && x.c.at >= 0.7 * longest).sort((a, b) => b.c.at - a.c.at)[0];
    const best = clean ?? fitting.sort((a, b) => b.c.at - a.c.at)[0];
    if (best) return best.text;
    for (const cut of cutsOf(first.text, keepUntil).filter((c) => c.kind === 'word').sort((x, y) => y.at - x.at)) {
      const text = finish(keptBefore(first.text, cut.at) + CUT_MARK);
      if (ok(text)) return text;
    }
    if (ok(finish(first.text))) return finish(first.text);
  }
  return finish(CUT_MARK.trim());
}

/**
 * A cut right after the main verb, before the clause that is its object ("te bevorderen | dat …", "te onderzoeken |
 * hoe …"), leaves the request empty.
 */
function emptyComplement(text: string, keepUntil: number, at: number): boolean {
  if (text.slice(keepUntil, at).replace(/[\s,]/g, '') !== '') return false;
  return /^[\s,]*(?:dat|of|hoe|welke|wat|waarom|wie|waar|in hoeverre|op welke)\s/iu.test(text.slice(at));
}

/**
 * A cut inside a second request joined by "en" before its verb: "in te voeren en een wettelijke grondslag | te geven"
 * would leave "een wettelijke grondslag" without its verb.
 */
function openCoordination(text: string, keepUntil: number, at: number): boolean {
  const kept = text.slice(keepUntil, at);
  if (!/\s(?:en|of)\s/u.test(` ${kept} `)) return false;
  const segment = text.slice(at).split(/[,;]/)[0]!.trim().split(/\s+/);
  const last = (segment[segment.length - 1] ?? '').replace(/[^\p{L}]/gu, '');
  return /^\p{Ll}+(?:en|aan|ien|oen|ijn)$/u.test(last) && segment.length <= 8;
}

/** A trailing part that is a request or a subordinate clause of its own: leaving it out leaves a complete statement. */
const CLEAN_CUT = /,\s+(?=(?:en|zodat|opdat|waarbij|waarmee|waardoor|waarin|teneinde|om|daarbij|met als doel|met het doel)\s)/gu;
/**
 * Phrase boundaries: a comma, ";" (list items), ":" before a dash or bullet list, a subordinate opener, and "en"/"of"
 * when what follows starts a new phrase ("en de Kamer …", "en zich …", "en daarnaast …"), not when it joins two words
 * ("tijd en budget", "in Nederland en Europa", "toekennen of intrekken"): cutting there would narrow what the motion says.
 */
const PHRASE_CUT =
  /,\s|;\s|:\s+(?=[–•-]\s)|\s(?=(?:en|of)\s+(?:of|de|het|een|dit|deze|dat|die|zich|zij|ze|hun|haar|daarnaast|daarbij|tevens|ook|voorts|verder|hierover|daarover|hiervoor|waar|indien|wanneer|zo|te|om)\s)|\s(?=(?:dat|die|waarin|waarbij|waarmee|waardoor|waarvan|waarop|zodat|opdat|omdat|wanneer|indien|alvorens|hoe|welke|totdat|voordat|nadat|zodra|tenzij|mits|om|teneinde|zonder|zoals|inclusief|met als doel)\s)/gu;

/** Before a prepositional phrase: "… voor het toekennen of intrekken | van juridisch houdbare Wnb-vergunningen". */
const PREPOSITION_CUT = /\s(?=(?:van|voor|over|met|in|op|aan|bij|naar|tot|uit|door|tegen|onder|binnen|na|vanuit|tussen|rond|per|via|sinds|tijdens)\s)/gu;

/** Words a cut text may not end on: it would read as cut off mid-phrase. */
const DANGLING = new Set([
  'en', 'of', 'zoals', 'als', 'de', 'het', 'een', 'van', 'voor', 'met', 'in', 'op', 'aan', 'te', 'om', 'dat', 'die', 'door', 'bij',
  'naar', 'over', 'tot', 'uit', 'zowel', 'waaronder', 'namelijk', 'bijvoorbeeld', 'inclusief', 'onder', 'tegen', 'ook', 'dan',
  'maar', 'doch', 'nog', 'zo', 'hun', 'haar', 'deze', 'dit', 'welke', 'waarin', 'waarbij', 'tussen', 'binnen', 'vanuit',
  'hoe', 'wat', 'waar', 'wie', 'hoeverre', 'ja', 'nee', 'nodig', 'zonder', 'teneinde',
]);

/** A part after a comma that opens with these is fronted ("of, indien X, Y doen"): its main clause follows, so no cut there. */
const FRONTED = /^(?:(?:en|of)\s+)?(?:indien|wanneer|als|zodra|nadat|voordat|alvorens|tenzij|mits|omdat|hoewel|zolang|zo ja|zo nee|zo nodig|waar nodig|indien nodig)\b/u;

function bareWord(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Every place the clause may be cut: after its main verb, at a boundary, leaving no open bracket, quote or dash pair. */
export function cutsOf(text: string, keepUntil: number): Cut[] {
  const cuts = new Map<number, Cut['kind']>();
  const add = (re: RegExp, kind: Cut['kind']) => {
    for (const m of text.matchAll(re)) if (!cuts.has(m.index)) cuts.set(m.index, kind);
  };
  add(CLEAN_CUT, 'clean');
  add(PHRASE_CUT, 'phrase');
  add(PREPOSITION_CUT, 'preposition');
  add(/\s/g, 'word');
  return [...cuts]
    .map(([at, kind]) => ({ at, kind }))
    .filter(({ at }) => at >= keepUntil && at < text.length && endsCleanly(keptBefore(text, at)));
}

/** The text before a cut, without the punctuation or list mark it ended on. */
export function keptBefore(text: string, at: number): string {
  // A hyphen attached to a word stays: "terug- of overplaatsing".
  return text.slice(0, at).replace(/(?:[\s,;:–•]|\s-)+$/u, '');
}

export function endsCleanly(kept: string): boolean {
  const last = bareWord(kept.slice(kept.lastIndexOf(' ') + 1));
  if (!last || DANGLING.has(last)) return false;
  if (FRONTED.test(kept.slice(kept.lastIndexOf(',') + 1).trim())) return false;
  // "om in de samenwerkingsverbanden …, in goede afstemming …" without its "te overleggen": an open infinitive clause.
  const om = kept.search(/\s(?:om|teneinde|zonder)\s(?!dat\s)(?!.*\s(?:om|teneinde|zonder)\s)/su);
  if (om >= 0 && !/\ste\s+\p{L}/u.test(kept.slice(om))) return false;
  const count = (re: RegExp) => (kept.match(re) ?? []).length;
  // A dash that is not a list mark (after ";" or ":") opens or closes an aside: "alle varianten – … – worden betrokken".
  const asideDashes = count(/(?<![;:])\s–\s/gu);
  return count(/\(/g) === count(/\)/g) && count(/«/g) === count(/»/g) && asideDashes % 2 === 0;
}

// ---------------------------------------------------------------- sentences

/** Joins clause parts: "A en B", "A, B en C". */
export function joinParts(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')}, en ${parts[parts.length - 1]}`;
}

export function endSentence(s: string): string {
  return `${s.replace(/[\s,;:.]+$/, '')}.`;
}