import type { Soort } from './types.js';

/**
 * What a text is: a motion, a letter, or something else.
 * A motion has its heading ("MOTIE VAN HET LID …") at the start of a line and the formula of a motion
 * ("gehoord de beraadslaging", "gaat over tot de orde van de dag", "verzoekt …"). Long texts that merely quote
 * motions (Handelingen) fail the length test; letters that cite a motion ("de motie van het lid Fritsma")
 * have no heading. A letter is recognised by the furniture of Kamerbrieven and answers to Kamervragen,
 * which survives even a badly extracted text (seed 002 keeps "Ons kenmerk", "Datum", "Retouradres").
 */

const MOTION_HEADING = /^\s*(?:(?:NADER\s+)?GEWIJZ\p{Lu}*\s+)?MOTIE\s+(?:VAN\s+)?(?:DE\s+)?(?:HET\s+LID|LEDEN|LID)\b/mu;
const MOTION_FORMULA = /gehoord\s+de\s+beraadslaging|gaat\s+over\s+tot\s+de\s+orde\s+[vd]an\s+de\s+dag|^\s*verzoekt\s|^\s*spreekt\s.*\buit\b/im;
/** Motions are short (the corpus: 404 … 2,085 characters); Handelingen that quote them run to pages. */
const MAX_MOTION_LENGTH = 8000;

const LETTER_MARKS: RegExp[] = [
  /Retouradres/i,
  /Ons kenmerk/i,
  /^\s*Datum\b/m,
  /^\s*Onderwerp\b/m,
  /Aan de Voorzitter van de Tweede Kamer/i,
  /Geachte (?:voorzitter|heer|mevrouw)/i,
  /Hoogachtend/i,
  /\buw Kamer\b/i,
  /Aanhangsel van de Handelingen/i,
  /^\s*Vragen van (?:het lid|de leden)\b/im,
  /^\s*Antwoord van\b/im,
  /^\s*(?:De )?(?:Minister|Staatssecretaris)(?:-president)? (?:van|voor) .*,\s*$/im,
  /In antwoord op uw brief/i,
  /Bij beantwoording de datum/i,
];

export function detectSoort(text: string): Soort {
  const marks = LETTER_MARKS.filter((re) => re.test(text)).length;
  if (text.length <= MAX_MOTION_LENGTH && MOTION_HEADING.test(text)) {
    // The formula can be lost to OCR (a handwritten form read as noise); the heading of a short text still says motie.
    if (MOTION_FORMULA.test(text) || marks < 2) return 'motie';
  }
  if (marks >= 2) return 'brief';
  return 'overig';
}
