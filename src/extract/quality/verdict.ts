import { isPairedWord } from '../../domain/doubledGlyphs.js';
import type { QualityStatus, QualityVerdict } from '../../domain/types.js';
import { toLetters } from './letters.js';
import { dutchModel } from './trigramModel.js';

/** Measures of one stretch of text; each is 0 (nonsense) … 1 (clean Dutch). */
interface ChunkScore {
  chars: number;
  score: number;
  lm: number;
  common: number;
  doubled: number;
  /** Share of words of four letters or more that no Dutch word resembles ("ionntdeenrhsivaneridneglienng"). */
  odd: number;
  /** Share of lines in runs of word fragments ("een gaat" / "beschrijft" / "over de"): two layers read word by word. */
  fragmented: number;
  /** Share of lines repeated within the next two lines ("Directoraat-Generaal" / "Directoraat-Generaal Belastingdienst"). */
  repeated: number;
}

// Calibrated on the corpus (scripts/quality-report.ts): clean motions score −1.9 … −2.4 nats per character,
// OCR'd forms down to about −2.6, interleaved layers (seed 002) −2.85 and lower.
const LM_GOOD = -2.2;
const LM_BAD = -3.0;
const OK_AT = 0.6;
/** A word whose letters average below this is not Dutch (names and abbreviations rarely go this low). */
const ODD_WORD = -3.6;
const GARBLED_BELOW = 0.35;

/**
 * Judges how readable a text is: a Dutch character-trigram likelihood, the share of common Dutch words, and a
 * doubled-glyph detector, per page (or per ~2,000 characters), so that a document with one clean page and
 * nine interleaved ones is found out.
 */
export function judgeText(text: string): QualityVerdict {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters === 0) return { status: 'empty', score: 0, reason: text.trim() ? 'no letters in the text' : 'no text' };
  if (letters < 40) return { status: 'suspect', score: 0.5, reason: `very short text (${letters} letters)` };

  const chunks = chunksOf(text).map(scoreChunk).filter((c) => c.chars >= 40);
  if (chunks.length === 0) return { status: 'suspect', score: 0.5, reason: 'too little running text to judge' };
  const total = chunks.reduce((s, c) => s + c.chars, 0);
  const score = chunks.reduce((s, c) => s + c.score * c.chars, 0) / total;
  const garbledShare = chunks.filter((c) => c.score < GARBLED_BELOW).reduce((s, c) => s + c.chars, 0) / total;
  const weakShare = chunks.filter((c) => c.score < OK_AT).reduce((s, c) => s + c.chars, 0) / total;
  const mean = (f: (c: ChunkScore) => number) => chunks.reduce((s, c) => s + f(c) * c.chars, 0) / total;
  const detail =
    `Dutch trigram score ${mean((c) => c.lm).toFixed(2)}, common words ${(mean((c) => c.common) * 100).toFixed(0)}%, ` +
    `odd words ${(mean((c) => c.odd) * 100).toFixed(0)}%` +
    (mean((c) => c.fragmented) > 0.1 ? `, fragmented lines ${(mean((c) => c.fragmented) * 100).toFixed(0)}%` : '') +
    (mean((c) => c.repeated) > 0.05 ? `, repeated lines ${(mean((c) => c.repeated) * 100).toFixed(0)}%` : '') +
    (mean((c) => c.doubled) > 0.05 ? `, doubled glyphs in ${(mean((c) => c.doubled) * 100).toFixed(0)}% of words` : '');

  let status: QualityStatus;
  let reason: string;
  if (garbledShare >= 0.5 || score < GARBLED_BELOW) {
    status = 'garbled';
    reason = `${Math.round(garbledShare * 100)}% of the text reads as nonsense (interleaved or doubled glyphs?)`;
  } else if (weakShare >= 0.25 || score < OK_AT) {
    status = 'suspect';
    reason = `${Math.round(weakShare * 100)}% of the text reads poorly (OCR errors, interleaved parts or tables)`;
  } else {
    status = 'ok';
    reason = 'reads as Dutch';
  }
  return { status, score: Math.round(score * 1000) / 1000, reason: `${reason}; ${detail}` };
}

/** Pages (form feeds), each cut into pieces of about 2,000 characters at line breaks. */
function chunksOf(text: string): string[] {
  const out: string[] = [];
  for (const page of text.split('\f')) {
    let current = '';
    for (const line of page.split('\n')) {
      current += line + '\n';
      if (current.length >= 2000) {
        out.push(current);
        current = '';
      }
    }
    if (current.trim()) {
      // A short tail is judged with the piece before it.
      if (current.length < 400 && out.length) out[out.length - 1] += current;
      else out.push(current);
    }
  }
  return out;
}

function scoreChunk(chunk: string): ChunkScore {
  const model = dutchModel();
  const letters = toLetters(chunk);
  const scored = model.scoreLetters(letters);
  const lm = { value: scored.mean };
  const words = letters.trim().split(' ').filter(Boolean);
  const common = words.length ? words.filter((w) => model.commonWords.has(w)).length / words.length : 0;
  const long = chunk.split(/\s+/).filter((w) => w.length >= 4);
  const doubled = long.length ? long.filter(isPairedWord).length / long.length : 0;
  const longWords = scored.words.filter((w) => w.length >= 4);
  const odd = longWords.length ? longWords.filter((w) => w.mean < ODD_WORD).length / longWords.length : 0;
  const sLm = clamp((lm.value - LM_BAD) / (LM_GOOD - LM_BAD));
  const sCommon = clamp(common / 0.3);
  const sWords = clamp(1 - (odd - 0.05) / 0.25);
  const fragmented = fragmentedShare(chunk);
  const repeated = repeatedShare(chunk);
  const base = clamp(0.4 * sLm + 0.3 * sCommon + 0.3 * sWords - doubled * 1.5);
  // Fragments of real words read poorly but are not nonsense (an OCR'd form can come out one word per line):
  // they make a text suspect, never garbled, and so make the other PDF engine run.
  // The same goes for text printed twice (fake bold drawn further apart than pdftotext merges).
  const score = fragmented > 0.3 || repeated > 0.15 ? Math.min(base, 0.5) : base;
  return { chars: chunk.replace(/[^\p{L}]/gu, '').length, score, lm: lm.value, common, doubled, odd, fragmented, repeated };
}

/**
 * Lines of one to three words that mostly start in lower case, eight or more in a row: what two overlaid
 * layers look like when read word by word. Signature blocks (capitalised names) and headers do not count.
 */
function fragmentedShare(chunk: string): number {
  const lines = chunk.split('\n').filter((l) => l.trim());
  if (lines.length < 8) return 0;
  let inRuns = 0;
  let run: string[] = [];
  const flush = () => {
    const lower = run.filter((l) => /^\p{Ll}/u.test(l.trim())).length;
    if (run.length >= 8 && lower / run.length >= 0.5) inRuns += run.length;
    run = [];
  };
  for (const line of lines) {
    const words = line.trim().split(/\s+/).length;
    if (words <= 3) run.push(line);
    else flush();
  }
  flush();
  return inRuns / lines.length;
}

function repeatedShare(chunk: string): number {
  const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 3) return 0;
  let repeated = 0;
  lines.forEach((line, i) => {
    if (line.length < 8) return;
    for (let j = Math.max(0, i - 2); j <= Math.min(lines.length - 1, i + 2); j++) {
      if (j !== i && lines[j]!.includes(line)) {
        repeated++;
        return;
      }
    }
  });
  return repeated / lines.length;
}

const clamp = (v: number) => Math.max(0, Math.min(1, v));
