/**
 * Which ministerie a motion belongs to, for "Wat werd ervan" (issue 15). A motion names no ministerie; its dossier
 * does when it is a chapter of the Rijksbegroting: the toevoeging of a begroting dossier is the chapter's number
 * (36410-VII is the 2024 budget of Binnenlandse Zaken). Motions on other dossiers (a wetsvoorstel, 29544
 * Arbeidsmarktbeleid …) are counted for the Kamer as a whole only: guessing from words would be wrong too often.
 * Names as the toezeggingen spell the ministerie, without "Ministerie van".
 */
export const BEGROTINGSHOOFDSTUKKEN: Readonly<Record<string, string>> = {
  III: 'Algemene Zaken',
  IV: 'Koninkrijksrelaties',
  V: 'Buitenlandse Zaken',
  VI: 'Justitie en Veiligheid',
  VII: 'Binnenlandse Zaken en Koninkrijksrelaties',
  VIII: 'Onderwijs, Cultuur en Wetenschap',
  IXB: 'Financiën',
  X: 'Defensie',
  XII: 'Infrastructuur en Waterstaat',
  XIII: 'Economische Zaken',
  XIV: 'Landbouw, Visserij, Voedselzekerheid en Natuur',
  XV: 'Sociale Zaken en Werkgelegenheid',
  XVI: 'Volksgezondheid, Welzijn en Sport',
  XVII: 'Buitenlandse Handel en Ontwikkelingshulp',
  XXII: 'Volkshuisvesting en Ruimtelijke Ordening',
  XXIII: 'Klimaat en Groene Groei',
};

/** "36410-XVI" → "Volksgezondheid, Welzijn en Sport"; null for a dossier that is no budget chapter. */
export function ministerieOfDossier(dossier: string | null): string | null {
  const m = /^\d+-([IVXL]+[AB]?)$/i.exec(dossier ?? '');
  return m ? (BEGROTINGSHOOFDSTUKKEN[m[1]!.toUpperCase()] ?? null) : null;
}
