import type { Command } from 'commander';
import type { ContextFactory } from '../context.js';
import { formatExplainer } from '../../domain/explainer.js';
import { rowFor } from '../../pipeline/exportRows.js';
import { loadMotionView } from '../../pipeline/views.js';
import { findDocument } from '../../pipeline/documentLookup.js';
import { UserError } from '../context.js';

/** `motiemonitor show <id|kst-id>`: one document, its explanation and its lifecycle. */
export function registerShow(program: Command, ctx: ContextFactory): void {
  program
    .command('show')
    .description('show one document by id or kst id (kst-32317-816)')
    .argument('<id>', 'document id or kst id')
    .action((idArg: string) => {
      const c = ctx();
      const db = c.store().db;
      const doc = findDocument(db, idArg);
      if (!doc) throw new UserError(`no document "${idArg}" in ${c.options.db}; see 'motiemonitor export' for the ids`);
      const row = rowFor(db, doc);
      const lines = [`${doc.onderwerp ?? doc.titel ?? doc.id}`, `id: ${doc.id}   soort: ${doc.soort}   datum: ${row.datum ?? '?'}`];
      if (doc.soort === 'motie') {
        const v = loadMotionView(db, doc);
        if (v.parsed?.kst) lines.push(`kamerstuk: ${v.parsed.kst}   indieners: ${v.parsed.indieners.join(', ')}${v.parsed.cs ? ' c.s.' : ''}`);
        if (v.explanation?.status === 'ok') lines.push('', v.explanation.implicatie, '', v.explanation.samenvatting, `(${formatExplainer(v.explanation.explainer)})`);
        else lines.push('', `niet uitgelegd: ${v.explanation?.reason ?? 'nog niet'}`);
        lines.push('', `fase: ${v.lifecycle.fase}`);
        for (const ev of v.lifecycle.events) lines.push(`  ${ev.datum ?? '????-??-??'}  ${ev.label}${ev.snippet ? ` — ${ev.snippet}` : ''}`);
      } else {
        const refs = (row.verwijzingen as { kamerstuk: string | null; naam: string | null; motie_id: string | null; zeker: boolean; snippet: string }[] | undefined) ?? [];
        if (row.samenvatting) lines.push('', String(row.samenvatting), `(${String(row.samenvatting_bron)})`);
        lines.push('', `verwijzingen naar moties: ${refs.length}`);
        for (const r of refs) {
          const target = r.motie_id ? `${r.motie_id} (${r.zeker ? 'zeker' : 'waarschijnlijk'})` : 'niet gevonden';
          lines.push(`  ${r.kamerstuk ?? '-'}  ${r.naam ?? ''}  → ${target}`, `      ${r.snippet}`);
        }
      }
      c.result(row, lines.join('\n'));
    });
}
