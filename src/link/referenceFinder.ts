import type { Footnote } from '../domain/types.js';
import { findKamerstukCitations, type KamerstukCitation } from './kamerstukCitation.js';
import { findFootnotes, type LocatedFootnote } from './footnotes.js';
import { surnameKey } from '../domain/dutch/names.js';
import { findNameMentions, type NameMention } from './motionNames.js';
import { parseDutchDate } from '../domain/dutch/dates.js';
import { looksGarbled } from './garbled.js';
import { sentenceBounds } from '../domain/dutch/sentences.js';
import { cleanSnippet, sentenceAt } from './sentences.js';

/**
 * A motion reference as found in a text, before it is resolved against the store.
 * How a citation is judged to be a motion is described in docs/letters.md ("Which citations are motions").
 */
export interface FoundReference {
  kamerstuk: string | null;
  naam: string | null;
  /** Surnames for name resolution. */
  names: string[];
  snippet: string;
  confidence: number;
  inFootnote: boolean;
  fromGarbled: boolean;
  /** YYYY-MM-DD from "de op 10 april 2018 aangenomen motie". */
  dateHint: string | null;
  /** Offset in the text of the first mention, for ordering. */
  position: number;
  /** Offsets of every mention of this motion in the body, for the stance finder. */
  positions: number[];
}

export interface FindOptions {
  /** Footnotes the extraction already split off (their markers are looked up in the text). */
  footnotes?: Footnote[];
  /** The text is known to be garbled (extraction verdict); when undefined it is judged here. */
  garbled?: boolean;
  /** A citation that is a stored motion counts even when the text does not say "motie" (`35300-VI-37` → true). */
  isStoredMotion?: (kamerstuk: string) => boolean;
}

export const FINDER_VERSION = 'refs@1';

/** How far (characters) a citation may stand after a name, or "motie" before a citation, in the same sentence. */
const NEAR = 140;

interface Candidate {
  kamerstuk: string | null;
  naam: string | null;
  names: string[];
  snippetAt: number;
  inFootnote: boolean;
  confidence: number;
  dateHint: string | null;
  position: number;
  /** A fixed snippet span instead of the sentence at snippetAt (Handelingen: proposer sentence + announcement). */
  span?: [number, number];
  /** The snippet when the reference stands only in a footnote the extraction split off. */
  snippetText?: string;
}

/** The text the finder searches, and so the one its offsets (`position`, `positions`) point into. */
export function normaliseText(text: string): string {
  return text.replace(/\f/g, '\n').replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n');
}

/** Footnote texts by marker: extraction footnotes first, then what is found in the text itself. */
function footnoteIndex(text: string, given: Footnote[]): { byMarker: Map<number, string>; located: LocatedFootnote[] } {
  const byMarker = new Map<number, string>();
  for (const f of given) if (/^\d+$/.test(f.marker.trim())) byMarker.set(Number(f.marker.trim()), f.text);
  const located = findFootnotes(text);
  for (const f of located) if (!byMarker.has(Number(f.marker))) byMarker.set(Number(f.marker), f.text);
  return { byMarker, located };
}

function dateHintBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 60), start + 12).replace(/\s+/g, ' ');
  const m = /op (\d{1,2} \p{L}+ \d{4}) aangenomen\s+motie/u.exec(before);
  return m ? parseDutchDate(m[1]!) : null;
}

/**
 * Where footnote `marker` is called in the body, with the words that call it: glued to a word ("c.s.2", "motie?1"),
 * the 80 characters before it; on a line of its own (pdftotext lifts superscripts above their line), the next line.
 */
function markerPositions(text: string, marker: number, footnoteZones: [number, number][]): { pos: number; window: [number, number] }[] {
  const out: { pos: number; window: [number, number] }[] = [];
  const re = new RegExp(String.raw`(?<=[\p{L}.)?!»”’,;:])${marker}(?=[\s,.;:)]|$)|^[ \t]*${marker}[ \t]*\n(?=[ \t]*\S)`, 'gmu');
  for (const m of text.matchAll(re)) {
    if (footnoteZones.some(([s, e]) => m.index >= s && m.index < e)) continue;
    if (m[0].includes('\n')) {
      const lineStart = m.index + m[0].length;
      const lineEnd = text.indexOf('\n', lineStart);
      out.push({ pos: lineStart, window: [lineStart, lineEnd < 0 ? text.length : lineEnd] });
    } else {
      const [s] = sentenceBounds(text, m.index);
      out.push({ pos: m.index, window: [Math.max(s, m.index - 80), m.index] });
    }
  }
  return out;
}

/** "motie" as running text says it; the upper-case heading of a motion ("MOTIE VAN …") is the motion itself. */
const MOTIE_WORD = /\b[Mm]oties?\b/;

/** Finds the motion references in a text (a letter, an answer, Handelingen, a motion citing another motion). */
export function findReferences(rawText: string, options: FindOptions = {}): FoundReference[] {
  const text = normaliseText(rawText);
  const garbled = options.garbled ?? looksGarbled(text);
  const { byMarker, located } = footnoteIndex(text, options.footnotes ?? []);
  const stored = options.isStoredMotion ?? (() => false);
  const zones: [number, number][] = located.map((f) => [f.start, f.end]);
  const inZone = (pos: number): boolean => zones.some(([s, e]) => pos >= s && pos < e);
  const mentions = findNameMentions(text);
  const citations = findKamerstukCitations(text);
  const footnoteCitations = new Map<number, KamerstukCitation[]>();
  for (const [marker, ftext] of byMarker) footnoteCitations.set(marker, findKamerstukCitations(ftext));

  const candidates: Candidate[] = [];
  const usedCitations = new Set<KamerstukCitation>();
  const usedFootnotes = new Set<number>();
  const mentionKamerstuk = new Map<NameMention, string>();

  // 1. A name with a citation right behind it in the same sentence: "motie van het lid Fritsma (Kamerstuk 19 637, nr. 2380)".
  for (const mention of mentions) {
    const [, sentenceEnd] = sentenceBounds(text, mention.start);
    const next = citations.find((c) => !usedCitations.has(c) && c.start >= mention.end && c.start - mention.end <= NEAR && c.start < sentenceEnd);
    if (next && !mentions.some((o) => o !== mention && o.start > mention.end && o.start < next.start)) {
      usedCitations.add(next);
      mentionKamerstuk.set(mention, next.label);
      continue;
    }
    // Or a footnote marker glued to it: "motie Brekelmans1" with footnote 1 "Kamerstukken 2022/2023, 36200, nr. 24".
    const fromMarker = mention.marker !== null ? footnoteCitations.get(mention.marker)?.[0] : undefined;
    if (fromMarker && mention.marker !== null) {
      usedFootnotes.add(mention.marker);
      mentionKamerstuk.set(mention, fromMarker.label);
    }
  }

  // 2. Footnotes that cite a kamerstuk, called from a sentence that speaks of a motion.
  for (const [marker, cits] of footnoteCitations) {
    if (usedFootnotes.has(marker) || cits.length === 0) continue;
    const ftext = byMarker.get(marker) ?? '';
    const positions = markerPositions(text, marker, zones);
    const zone = located.find((f) => Number(f.marker) === marker);
    for (const { pos, window } of positions) {
      const [s, e] = sentenceBounds(text, pos);
      // A name in the calling sentence that has no citation of its own takes this one ("motie-Simons c.s., … betreffende motie?1").
      const named =
        mentions.find((mn) => mn.start >= window[0] && mn.start < window[1] && !mentionKamerstuk.has(mn)) ??
        mentions.find((mn) => mn.start >= s && mn.start < e && mn.start < pos && !mentionKamerstuk.has(mn) && mn.marker === null);
      const sayMotie =
        named !== undefined || MOTIE_WORD.test(text.slice(window[0], window[1])) || /^\s*Motie\b/i.test(ftext) || stored(cits[0]!.label);
      if (!sayMotie) continue;
      if (named) mentionKamerstuk.set(named, cits[0]!.label);
      else
        candidates.push({
          kamerstuk: cits[0]!.label,
          naam: null,
          names: [],
          snippetAt: pos,
          inFootnote: true,
          confidence: 0.8,
          dateHint: dateHintBefore(text, pos),
          position: pos,
        });
      usedFootnotes.add(marker);
      break;
    }
    // A footnote that names the motion itself ("Motie van lid Brekelmans, …") counts even when its marker is not found.
    if (!usedFootnotes.has(marker) && /^\s*Motie\b/i.test(ftext)) {
      usedFootnotes.add(marker);
      candidates.push({
        kamerstuk: cits[0]!.label,
        naam: null,
        names: [],
        snippetAt: zone?.start ?? -1,
        snippetText: zone ? undefined : ftext,
        inFootnote: true,
        confidence: 0.75,
        dateHint: null,
        position: zone?.start ?? text.length,
      });
    }
    // The citations inside this footnote's own text are accounted for: do not judge them again as body citations.
    if (zone) for (const c of citations) if (c.start >= zone.start && c.start < zone.end) usedCitations.add(c);
  }

  // 3. Name mentions, with the kamerstuk found in 1 or 2.
  for (const mention of mentions) {
    const kamerstuk = mentionKamerstuk.get(mention) ?? null;
    candidates.push({
      kamerstuk,
      naam: mention.naam,
      names: mention.names,
      snippetAt: mention.start,
      inFootnote: inZone(mention.start),
      confidence: kamerstuk ? 0.95 : mention.cs || /van (het lid|de leden)/.test(mention.naam) ? 0.75 : 0.65,
      dateHint: dateHintBefore(text, mention.start),
      position: mention.start,
    });
  }

  // 4. Body citations that the text calls a motion ("aangenomen motie (36 200-XII, nr. 101)") or that Handelingen announce.
  for (const c of citations) {
    if (usedCitations.has(c)) continue;
    const [s] = sentenceBounds(text, c.start);
    const before = text.slice(Math.max(s, c.start - NEAR), c.start);
    const footnote = located.find((f) => c.start >= f.start && c.start < f.end);
    const says = c.handelingen || MOTIE_WORD.test(before) || (footnote !== undefined && /\bmotie\b/i.test(footnote.text)) || stored(c.label);
    if (!says) continue;
    const proposer = c.handelingen ? proposerBefore(text, c.start) : null;
    candidates.push({
      span: c.handelingen ? [proposer?.start ?? c.start, c.end + 1] : undefined,
      kamerstuk: c.label,
      naam: proposer?.naam ?? null,
      names: proposer?.names ?? [],
      snippetAt: c.handelingen ? Math.max(0, c.start - 2) : c.start,
      inFootnote: footnote !== undefined,
      confidence: c.handelingen ? 0.95 : 0.85,
      dateHint: dateHintBefore(text, c.start),
      position: c.start,
    });
  }

  return merge(candidates, text, garbled);
}

/** Handelingen: "Deze motie is voorgesteld door het lid De Hoop. Zij krijgt nr. 1136 (32847)." */
function proposerBefore(text: string, pos: number): { naam: string; names: string[]; start: number } | null {
  const from = Math.max(0, pos - 200);
  const before = text.slice(from, pos);
  const m = /(?:Deze motie is )?voorgesteld door (het lid|de leden) ([^.]+?)\.\s*$/u.exec(before);
  if (!m) return null;
  const names = m[2]!
    .replace(/\s+/g, ' ')
    .split(/\s*,\s*|\s+en\s+/)
    .map((n) => n.trim())
    .filter(Boolean);
  return { naam: `motie van ${m[1]} ${m[2]!.replace(/\s+/g, ' ')}`, names, start: from + m.index };
}

function snippetFor(text: string, c: Candidate): string {
  if (c.span) return cleanSnippet(text.slice(c.span[0], c.span[1]));
  if (c.snippetText !== undefined) return cleanSnippet(c.snippetText);
  if (c.snippetAt < 0) return '';
  return sentenceAt(text, c.snippetAt);
}

function inSubjectLine(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return /^\s*Onderwerp\b/.test(text.slice(lineStart, pos));
}

function nameKey(names: string[]): string {
  return names.map(surnameKey).sort().join('/');
}

/**
 * One reference per motion per document: mentions of the same kamerstuk, or of the same names where one of them has
 * the kamerstuk, are one reference. The first mention in the body gives the snippet.
 */
function merge(candidates: Candidate[], text: string, garbled: boolean): FoundReference[] {
  // The snippet comes from the body first: a subject line ("Onderwerp Uitvoering motie …") or a footnote says less.
  const rank = (c: Candidate): number => (c.inFootnote ? 2 : 0) + (inSubjectLine(text, c.position) ? 1 : 0);
  const sorted = [...candidates].sort((a, b) => rank(a) - rank(b) || a.position - b.position);
  const out: (FoundReference & { key: string })[] = [];
  const kamerstukByNames = new Map<string, string>();
  for (const c of sorted) if (c.kamerstuk && c.names.length) kamerstukByNames.set(nameKey(c.names), c.kamerstuk);
  for (const c of sorted) {
    const kamerstuk = c.kamerstuk ?? (c.names.length ? kamerstukByNames.get(nameKey(c.names)) ?? null : null);
    const key = kamerstuk ?? `naam:${nameKey(c.names)}`;
    const existing = out.find((o) => o.key === key);
    if (existing) {
      if (!c.inFootnote) existing.positions.push(c.position);
      existing.naam ??= c.naam;
      if (existing.names.length === 0) existing.names = c.names;
      existing.dateHint ??= c.dateHint;
      existing.confidence = Math.max(existing.confidence, c.kamerstuk && c.naam ? 0.95 : c.confidence);
      continue;
    }
    const snippet = snippetFor(text, c);
    out.push({
      key,
      kamerstuk,
      naam: c.naam,
      names: c.names,
      snippet,
      confidence: c.confidence,
      inFootnote: c.inFootnote,
      fromGarbled: garbled,
      dateHint: c.dateHint,
      position: c.position,
      positions: c.inFootnote ? [] : [c.position],
    });
  }
  return out
    .sort((a, b) => a.position - b.position)
    .map(({ key: _key, ...r }) => ({ ...r, positions: r.positions.sort((a, b) => a - b), confidence: Math.round((garbled ? r.confidence * 0.85 : r.confidence) * 100) / 100 }));
}
