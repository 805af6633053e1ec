/**
 * Themes of a motion from a documented keyword list.
 * STUB until the site work lands.
 */
export function themesFor(_fields: { titel: string | null; onderwerp: string | null; tekst: string }): string[] {
  return [];
}
