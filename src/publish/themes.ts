/**
 * Themes of a motion from a documented keyword list over its title, subject and text.
 *
 * Each theme has word stems; a motion gets a theme when a stem starts a word in the title or subject once,
 * or starts words in the text at least twice (a single passing mention in a long text is not a theme).
 * The list is in Dutch, in the Kamer's own words, and printed on the site's "uitleg" page.
 */
export const THEMES: readonly { naam: string; stems: readonly string[] }[] = [
  { naam: 'migratie en asiel', stems: ['migrat', 'asiel', 'vluchteling', 'vreemdeling', 'statushouder', 'ind ', 'coa ', 'terugkeer', 'naturalisat', 'gezinshereniging', 'arbeidsmigra'] },
  { naam: 'zorg', stems: ['zorgverzeker', 'zorgverle', 'zorgkost', 'zorginstelling', 'zorgmedewerker', 'zorgaanbieder', 'zorgsector', 'jeugdzorg', 'ouderenzorg', 'gezondheidszorg', 'ziekenhuis', 'gezondheid', 'patiënt', 'patient', 'huisarts', 'geneesmiddel', 'ggz', 'verpleeg', 'eigen risico', 'mantelzorg', 'pandemie', 'vaccin'] },
  { naam: 'klimaat en energie', stems: ['klimaat', 'energie', 'co2', 'stikstof', 'uitstoot', 'duurzaam', 'windpark', 'wind op zee', 'zonnepa', 'kernenergie', 'kerncentrale', 'aardgas', 'gaswinning', 'groningen', 'waterstof', 'fossiel', 'emissie'] },
  { naam: 'onderwijs', stems: ['onderwijs', 'school', 'scholen', 'leraar', 'leraren', 'docent', 'student', 'universiteit', 'hogeschool', 'mbo', 'leerling', 'studiefinanciering', 'kinderopvang'] },
  { naam: 'defensie', stems: ['defensie', 'krijgsmacht', 'militair', 'navo', 'wapen', 'leger', 'munitie', 'oekraïne', 'oekraine', 'veteraan'] },
  { naam: 'wonen', stems: ['woning', 'huur', 'wonen', 'woon', 'bouwen', 'nieuwbouw', 'dakloos', 'corporatie', 'hypothe', 'vastgoed'] },
  { naam: 'landbouw en natuur', stems: ['landbouw', 'boer', 'veehouder', 'natuur', 'mest', 'visserij', 'dierenwelzijn', 'gewasbescherming', 'voedsel'] },
  { naam: 'werk en inkomen', stems: ['arbeidsmarkt', 'werkgever', 'werknemer', 'minimumloon', 'uitkering', 'bijstand', 'pensioen', 'aow', 'armoede', 'koopkracht', 'toeslag', 'schulden', 'zzp'] },
  { naam: 'belastingen en financiën', stems: ['belasting', 'fiscal', 'begroting', 'btw', 'accijns', 'box 3', 'financiën', 'financien', 'staatsschuld', 'bank'] },
  { naam: 'justitie en veiligheid', stems: ['politie', 'justitie', 'strafrecht', 'rechter', 'rechtspraak', 'gevangen', 'criminal', 'ondermijning', 'terroris', 'veiligheid', 'straf', 'drugs', 'slachtoffer'] },
  { naam: 'verkeer en vervoer', stems: ['verkeer', 'vervoer', 'spoor', ' ns ', 'trein', 'schiphol', 'luchtvaart', 'snelweg', 'fiets', 'openbaar vervoer', 'infrastructuur', 'auto ', 'autoweg', 'automobilist'] },
  { naam: 'europa en buitenland', stems: ['europe', 'eu-', ' eu ', 'brussel', 'buitenland', 'ontwikkelingssamenwerking', 'handelsakkoord', 'verenigde naties', 'israël', 'israel', 'gaza', 'rusland', 'china'] },
  { naam: 'digitalisering', stems: ['digita', 'internet', 'algoritme', 'kunstmatige intelligentie', 'privacy', 'data', 'cyber', 'online'] },
  { naam: 'jeugd en gezin', stems: ['jeugd', 'kinderen', 'gezin', 'ouders', 'pleegzorg'] },
  { naam: 'bestuur en democratie', stems: ['gemeente', 'provincie', 'grondwet', 'verkiezing', 'democrat', 'transparantie', 'integriteit', 'discriminatie'] },
];

/** One pattern per theme: any of its stems at the start of a word (the text is padded and folded to single spaces). */
const PATTERNS = THEMES.map((t) => ({
  naam: t.naam,
  re: new RegExp(` (?:${t.stems.map((s) => s.replace(/^ /, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g'),
}));

function countMatches(re: RegExp, text: string, limit: number): number {
  re.lastIndex = 0;
  let count = 0;
  while (count < limit && re.exec(text)) count++;
  return count;
}

function normalise(s: string): string {
  return ' ' + s.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ') + ' ';
}

export function themesFor(fields: { titel: string | null; onderwerp: string | null; tekst: string }): string[] {
  const head = normalise(`${fields.titel ?? ''} ${fields.onderwerp ?? ''}`);
  const body = normalise(fields.tekst);
  return PATTERNS.filter((p) => countMatches(p.re, head, 1) > 0 || countMatches(p.re, body, 2) >= 2).map((p) => p.naam);
}
