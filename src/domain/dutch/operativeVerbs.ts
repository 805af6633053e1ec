import type { ClauseKind } from '../types.js';

/**
 * The verbs that open an operative clause of a motion ("verzoekt de regering …", "spreekt uit dat …"), each with the
 * plural the explainers need for "De leden X en Y verzoeken …" and the clause kind the parser gives it. One list, so
 * a verb the parser learns always has its plural: the explainer never writes "De leden X en Y zegt".
 */
export interface OperativeVerb {
  /** Third person singular, as the motion writes it: "verzoekt". */
  singular: string;
  /** Third person plural: "verzoeken". */
  plural: string;
  kind: Extract<ClauseKind, 'verzoekt' | 'spreekt uit' | 'draagt op' | 'roept op' | 'besluit' | 'dictum'>;
}

export const OPERATIVE_VERBS: readonly OperativeVerb[] = [
  { singular: 'verzoekt', plural: 'verzoeken', kind: 'verzoekt' },
  { singular: 'spreekt', plural: 'spreken', kind: 'spreekt uit' },
  { singular: 'draagt', plural: 'dragen', kind: 'draagt op' },
  { singular: 'roept', plural: 'roepen', kind: 'roept op' },
  { singular: 'besluit', plural: 'besluiten', kind: 'besluit' },
  ...(
    [
      ['zegt', 'zeggen'], ['wijst', 'wijzen'], ['geeft', 'geven'], ['dringt', 'dringen'], ['vraagt', 'vragen'],
      ['nodigt', 'nodigen'], ['verklaart', 'verklaren'], ['keurt', 'keuren'], ['betreurt', 'betreuren'],
      ['veroordeelt', 'veroordelen'], ['steunt', 'steunen'], ['benadrukt', 'benadrukken'], ['beveelt', 'bevelen'],
      ['verlangt', 'verlangen'], ['wenst', 'wensen'], ['ondersteunt', 'ondersteunen'], ['stelt', 'stellen'],
    ] as const
  ).map(([singular, plural]) => ({ singular, plural, kind: 'dictum' as const })),
];

const PLURALS = new Map(OPERATIVE_VERBS.map((v) => [v.singular, v.plural]));

/** The plural of an operative verb ("zegt" → "zeggen"); any other word as it is. */
export function pluralOf(verb: string): string {
  return PLURALS.get(verb) ?? verb;
}
