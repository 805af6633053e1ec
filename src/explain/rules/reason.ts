import { countWords } from '../../domain/dutch/sentences.js';
import { plainWords } from '../../domain/dutch/plainWords.js';
import { introduces, looseReferences } from '../../domain/dutch/looseReferences.js';
import type { Clause } from '../../domain/types.js';
import { cutsOf, CUT_MARK, endSentence, endsCleanly, keptBefore } from './cuts.js';

/**
 * The "Aanleiding" of the summary: why the motion asks what it asks, as one consideration in the motion's own words,
 * led by who says it: "Aanleiding: de indieners stellen vast dat …" (constaterende), "… wijzen erop dat …"
 * (overwegende), "… vinden dat …" (van mening). Which consideration: the one that introduces what the requests refer
 * to ("deze ambtenaren"), else the one sharing most words with the requests; a long one is cut where its own clause
 * ends (before ", waardoor …", " omdat …", "; …"), never inside it, because the verb of a Dutch subordinate clause
 * comes last. A consideration that cannot be cut to fit is passed over; when none fits, there is no "Aanleiding".
 */
export const REASON_LABEL = 'Aanleiding:';

const LEADS: { re: RegExp; singular: string; plural: string }[] = [
  { re: /^constaterende,?\s+dat\s+/iu, singular: 'stelt vast dat', plural: 'stellen vast dat' },
  { re: /^(?:overwegende|overwegend),?\s+dat\s+/iu, singular: 'wijst erop dat', plural: 'wijzen erop dat' },
  { re: /^(?:van\s+mening|van\s+oordeel|menende),?\s+dat\s+/iu, singular: 'vindt dat', plural: 'vinden dat' },
  // "constaterende het voortdurende uitstel van …", "gelet op …": a noun phrase, not a clause.
  { re: /^(?:constaterende|overwegende|gelet\s+op|wijzende\s+op|gezien),?\s+(?=(?:de|het|een|alle|deze)\s)/iu, singular: 'wijst op', plural: 'wijzen op' },
];

/**
 * Asides that can go without changing what the clause says: a bracketed part of two words or more ("(in artikel
 * 8.17, lid 5 onder c)"; a bracketed abbreviation such as "(AHA)" stays) and a part between dashes.
 */
export function withoutAsides(text: string): string {
  return text
    .replace(/\s\((?=[^()]*\s)[^()]{3,}\)(?=[\s,;.]|$)/gu, '')
    .replace(/\s–\s[^–]{3,}?\s–(?=\s)/gu, '')
    .replace(/\s{2,}/g, ' ');
}

/** Where a subordinate clause ends: the next part is a clause of its own, or a list. */
const CLAUSE_END =
  /[,;:]\s+(?=(?:en|maar|terwijl|omdat|doordat|waardoor|waarbij|waarmee|waarin|waarvan|zodat|aangezien|mede|dan|die|wat|hetgeen|welke|zoals|onder meer|met name|nu|ook|dit|dat|daarbij|daarmee|hierdoor|bijvoorbeeld|inclusief|•|–|-)\s)|;\s|:\s|\s(?=(?:omdat|doordat|terwijl|waardoor|zodat|aangezien|hoewel|ondanks dat|nu)\s)/gu;

const STOP = new Set('de het een en van dat die te om voor met op in is zijn wordt worden niet aan bij door naar ook als dan of tot over er deze dit hun haar zich meer'.split(' '));

function contentStems(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 6)));
}

export interface ReasonWho {
  /** "de indiener", "de indieners", "de Kamer" */
  who: string;
  plural: boolean;
}

/** The clause of a consideration after its lead, and the lead as the summary writes it; null for another kind. */
function led(c: Clause, w: ReasonWho): { lead: string; rest: string } | null {
  const text = c.text.trim();
  for (const l of LEADS) {
    const m = l.re.exec(text);
    if (m) return { lead: `${w.who} ${w.plural ? l.plural : l.singular}`, rest: text.slice(m[0].length) };
  }
  return null;
}

/** Finite verbs and auxiliaries that end a Dutch subordinate clause ("dat de natuur in slechte staat verkeert"). */
const FINITE = new Set(
  ('is zijn was waren wordt worden werd werden heeft hebben had hadden kan kunnen kon konden moet moeten mag mogen zal zullen ' +
    'zou zouden wil willen blijkt blijken lijkt lijken staat staan gaat gaan komt komen biedt bieden leidt leiden geldt gelden ' +
    'ligt liggen loopt lopen krijgt krijgen neemt nemen houdt houden blijft blijven doet doen ziet zien speelt spelen vormt vormen ' +
    'verkeert verkeren bestaat bestaan heerst ontbreekt ontbreken groeit groeien stijgt stijgen daalt dalen toeneemt afneemt ' +
    'noemt noemen vindt vinden weet weten hoort horen maakt maken zorgt zorgen kost kosten telt tellen dreigt dreigen').split(' '),
);
const SAYING = /\s(?:stelt|staat|zegt|schrijft|meldt|noemt|aangeeft|constateert|concludeert|stellen|zeggen|schrijven)$/u;
const MODAL = /\s(?:kan|kunnen|moet|moeten|mag|mogen|zal|zullen|zou|zouden|wil|willen|dient|dienen|blijft|blijven|gaat|gaan)\s/u;

/**
 * Does the kept part end where its clause's verb is, so that what is cut after it is only an adjunct ("… een
 * bottleneck is | bij het in goede banen leiden van …")? Its last word is a finite verb, a participle, or an
 * infinitive after a modal.
 */
function endsOnVerb(kept: string): boolean {
  const last = (kept.split(' ').pop() ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  if (FINITE.has(last)) return true;
  if (/^(?:ge|ver|be|ont|her|er)\p{L}{3,}(?:d|t|en)$/u.test(last) && !/^(?:ge|be|ver)(?:en|t|d)$/.test(last)) return true;
  return /en$/.test(last) && MODAL.test(` ${kept} `);
}

/**
 * The longest version of the clause that fits: whole; else cut where one of its own clauses ends; else cut after its
 * verb before an adjunct, marked " (…)".
 */
function fitted(rest: string, head: string, maxWords: number): string | null {
  const finish = (s: string) => endSentence(`${head} ${s}`);
  if (countWords(finish(rest)) <= maxWords) return finish(rest);
  const bare = withoutAsides(rest);
  if (bare !== rest) return fitted(bare, head, maxWords);
  const cuts = [...rest.matchAll(CLAUSE_END)].map((m) => m.index).sort((a, b) => b - a);
  for (const at of cuts) {
    const kept = keptBefore(rest, at);
    if (countWords(kept) < 4 || !endsCleanly(kept)) continue;
    if (countWords(finish(kept)) <= maxWords) return finish(kept);
  }
  for (const cut of cutsOf(rest, 0).filter((c) => c.kind !== 'word').sort((a, b) => b.at - a.at)) {
    const kept = keptBefore(rest, cut.at);
    if (countWords(kept) < 4 || !endsOnVerb(kept)) continue;
    // "dat de Minister in zijn brief stelt | «…»": what is said is the point; without it the reason says nothing.
    if (/^[\s,]*[:«"“‘']/u.test(rest.slice(cut.at)) || SAYING.test(kept)) continue;
    const sentence = finish(kept + CUT_MARK);
    if (countWords(sentence) <= maxWords) return sentence;
  }
  return null;
}

/**
 * "Aanleiding: de indieners stellen vast dat …." for the requests in `requestsText`, or null. `referredTo`: the nouns
 * the requests referred to loosely before they were resolved ("ambtenaren" of "deze ambtenaren").
 */
export function reasonSentence(
  considerations: readonly Clause[],
  requestsText: string,
  referredTo: readonly string[],
  w: ReasonWho,
  maxWords: number,
): string | null {
  const wanted = contentStems(requestsText);
  let best: { sentence: string; score: number } | null = null;
  considerations.forEach((c, i) => {
    const l = led(c, w);
    if (!l) return;
    const sentence = fitted(plainWords(l.rest), `${REASON_LABEL} ${l.lead}`, maxWords);
    if (!sentence) return;
    // The reason may not bring in a loose reference of its own ("deze vorm van protest").
    if (looseReferences(`${requestsText} ${sentence}`).some((r) => r.index > requestsText.length)) return;
    const shared = [...contentStems(sentence)].filter((s) => wanted.has(s)).length;
    const score = 10 * referredTo.filter((n) => introduces(c.text, n)).length + shared - i * 0.01;
    if (!best || score > best.score) best = { sentence, score };
  });
  return (best as { sentence: string } | null)?.sentence ?? null;
}
