import { sentenceBounds } from '../domain/dutch/sentences.js';

/**
 * The letter's stance on a motion in one line, only where the text says it in so many words.
 * Each rule is a phrase the government uses; the label repeats what the phrase says and adds nothing.
 * Searched in the sentence of the reference and the two sentences after it (where "deze motie" usually continues).
 */
export const STANCE_VERSION = 'stance@1';

const RULES: { pattern: RegExp; label: string }[] = [
  { pattern: /\bontra(?:ad|den)\b/i, label: 'ontraden' },
  { pattern: /\boordeel (?:aan de )?Kamer\b/i, label: 'oordeel Kamer' },
  { pattern: /\b(?:is|wordt) (?:door de Kamer )?verworpen\b|\bverworpen motie\b/i, label: 'motie verworpen' },
  { pattern: /\b(?:niet|geen) (?:uit te voeren|uitvoeren|uitvoering (?:te )?geven)\b/i, label: 'kabinet voert de motie niet uit' },
  { pattern: /\bkabinetsstandpunt\b/i, label: 'kabinetsstandpunt over de motie' },
  { pattern: /\bconform de motie\b|\bhandelt\b[^.]{0,40}\bconform\b/i, label: 'kabinet handelt conform de motie' },
  { pattern: /\buitvoering (?:aan|van) (?:de|deze) motie\b|\bUitvoering motie\b|\bgeeft uitvoering\b|\bvoert [^.]{0,30}motie[^.]{0,10} uit\b/i, label: 'kabinet voert de motie uit' },
  { pattern: /\bin lijn met de [^.]{0,60}motie\b/i, label: 'in lijn met de motie' },
  { pattern: /\bin het (?:licht|kader) van (?:de opvolging van )?(?:de )?motie\b/i, label: 'kabinet handelt in het kader van de motie' },
  { pattern: /\bIn reactie op de motie\b/i, label: 'reactie op de motie' },
];

/** The stance at the first of the positions (every mention of the motion) where one is said. */
export function findStanceAt(text: string, positions: number[], onderwerp: string | null = null): string | null {
  for (const p of positions) {
    const stance = stanceNear(text, p);
    if (stance) return stance;
  }
  // A subject line "Uitvoering motie Becker cs. …" says it for the whole letter.
  if (onderwerp && /^Uitvoering (?:van de )?motie\b/i.test(onderwerp)) return 'kabinet voert de motie uit';
  return null;
}

export function findStance(text: string, position: number, onderwerp: string | null = null): string | null {
  return findStanceAt(text, [position], onderwerp);
}

/** Questions (Kamervragen quoted in an answer) are not the government's stance: only statements count. */
function stanceNear(text: string, position: number): string | null {
  const sentences: string[] = [];
  let [start, end] = sentenceBounds(text, position);
  sentences.push(text.slice(start, end));
  for (let i = 0; i < 2 && end < text.length; i++) {
    [start, end] = sentenceBounds(text, Math.min(text.length - 1, end + 1));
    const next = text.slice(start, end);
    // Only sentences that go on about the motion.
    if (!/\b(?:deze|de|die) motie\b/i.test(next)) break;
    sentences.push(next);
  }
  for (const sentence of sentences) {
    const flat = sentence.replace(/\s+/g, ' ').trim();
    if (/\?\d*$/.test(flat)) continue;
    for (const rule of RULES) if (rule.pattern.test(flat)) return rule.label;
  }
  return null;
}
