import { capitaliseName } from '../domain/dutch/names.js';
import { nameKey, sameNameOcr } from './names.js';

/**
 * Writes the heading's names (printed in capitals) the way the members write them, preferring, in order:
 *  1. the same name in the API's onderwerp ("Motie van de leden Léon de Jong en Kops over …"), which has accents;
 *  2. the same name among the signatures ("Inge van Dijk");
 *  3. the Dutch capitalisation rule ("VAN DER PLAS" → "Van der Plas").
 * Names are matched on `nameKey` (case, accents and dots ignored). A heading name that matches nothing keeps
 * the heading's spelling (the heading is the text, the onderwerp only helps to write it), except for a typo in the
 * heading that both the onderwerp and a signature correct.
 */
export function resolveIndieners(headingNames: string[], onderwerpNames: string[], signatures: string[]): string[] {
  return headingNames.map((raw, i) => {
    const key = nameKey(raw);
    const exact = onderwerpNames.find((n) => nameKey(n) === key) ?? signatures.find((s) => nameKey(s) === key);
    if (exact) return exact;
    // A typo in the heading ("THIJSSSEN") when the onderwerp, at the same place, and a signature agree on the name.
    const atSamePlace = onderwerpNames.length === headingNames.length ? onderwerpNames[i] : undefined;
    if (atSamePlace && sameNameOcr(raw, atSamePlace) && signatures.some((s) => nameKey(s) === nameKey(atSamePlace))) return atSamePlace;
    return capitaliseName(raw);
  });
}
