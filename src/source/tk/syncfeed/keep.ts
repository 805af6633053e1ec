import type { TkCategory, TkEntities } from './entities.js';

/**
 * What the sync keeps of the feed. The feed carries every zaak, document, besluit and stemming of the
 * Kamer; Motiemonitor needs the motions with their actors, besluiten, stemmingen and vote dates, the
 * letters, the toezeggingen, and the small reference sets (personen, fracties, seats, dossiers).
 *
 * Relations are held by the child (`<zaak ref>` on a ZaakActor), so a child is judged by what the sync
 * knows of its parent: kept → keep; dropped → drop; never seen → keep for now (the parent may come
 * later in the feed; when it turns out to be dropped, the child is pruned with it).
 */

/** The categories in the order they are read: a round runs its categories side by side; parents come a round before children. */
export const SYNC_ROUNDS: TkCategory[][] = [
  ['Fractie', 'Persoon', 'FractieZetel', 'FractieZetelPersoon', 'Kamerstukdossier', 'Zaak', 'Document', 'Toezegging'],
  ['ZaakActor', 'Besluit'],
  ['Stemming', 'Agendapunt'],
  ['Activiteit'],
];

export type ParentState = 'kept' | 'dropped' | 'unseen';

export interface KeepContext {
  /** Document.Soort values to keep (`Motie`, `Brief regering`, …). */
  soorten: ReadonlySet<string>;
  /** Keep motions started on or after this day (YYYY-MM-DD); null: all. */
  since: string | null;
  parent(id: string): ParentState;
  /** Whether a kept record points at this Agendapunt or Activiteit. */
  referenced(category: 'Agendapunt' | 'Activiteit', id: string): boolean;
}

/**
 * `keep`: store it. `drop`: not needed. `drop-parent`: not needed, and remembered as dropped so that its
 * children are dropped too (zaken and besluiten only).
 */
export type Verdict = 'keep' | 'drop' | 'drop-parent';

export function verdict<K extends TkCategory>(category: K, record: TkEntities[K], ctx: KeepContext): Verdict {
  switch (category) {
    case 'Zaak': {
      const z = record as TkEntities['Zaak'];
      const motie = /^motie/i.test(z.Soort ?? '');
      const inRange = ctx.since === null || (z.GestartOp ?? '9999') >= ctx.since;
      return motie && inRange ? 'keep' : 'drop-parent';
    }
    case 'ZaakActor':
      return byParent(ctx, [(record as TkEntities['ZaakActor']).Zaak_Id], 'drop');
    case 'Besluit':
      return byParent(ctx, (record as TkEntities['Besluit']).Zaak_Ids ?? [], 'drop-parent');
    case 'Stemming':
      return byParent(ctx, [(record as TkEntities['Stemming']).Besluit_Id], 'drop');
    case 'Agendapunt':
    case 'Activiteit':
      return ctx.referenced(category, record.Id) ? 'keep' : 'drop';
    case 'Document': {
      const d = record as TkEntities['Document'];
      if (!ctx.soorten.has(d.Soort ?? '')) return 'drop';
      return ctx.since === null || (d.Datum ?? '9999') >= ctx.since ? 'keep' : 'drop';
    }
    default:
      return 'keep';
  }
}

/** Any kept parent keeps the child; all parents dropped drops it; otherwise the child waits for its parent. */
function byParent(ctx: KeepContext, parents: (string | null | undefined)[], dropped: Verdict): Verdict {
  const states = parents.filter((p): p is string => !!p).map((p) => ctx.parent(p));
  if (states.includes('kept')) return 'keep';
  if (states.length > 0 && states.every((s) => s === 'dropped')) return dropped;
  return states.length === 0 ? dropped : 'keep';
}
