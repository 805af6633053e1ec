import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import type { ContextFactory } from '../context.js';
import type { ExtractedText } from '../../domain/types.js';
import { extractRendition } from '../../extract/extractRendition.js';
import { ExtractPool } from '../../extract/pool/extractPool.js';
import { KIND_BY_EXTENSION, renditionKindOf } from '../../source/fileImport.js';
import { UserError } from '../context.js';
import { addExtractFlags, extractOptionsFrom, type ExtractFlags } from './extractOptions.js';

/**
 * `motiemonitor text <file> [--json]`: the extracted text and verdict of one file, without touching the store.
 * With --json, exactly one object `{status, score, reason, engine, rendition, pages, text}` on stdout (a stable contract).
 */
export function registerText(program: Command, ctx: ContextFactory): void {
  addExtractFlags(
    program
      .command('text')
      .description('print the extracted text of one file (pdf, docx, doc, xml, html, txt) and its quality verdict')
      .argument('<file>', 'the file'),
  ).action(async (file: string, flags: ExtractFlags) => {
    const c = ctx();
    if (!existsSync(file) || !statSync(file).isFile()) throw new UserError(`no such file: ${file}`);
    const bytes = readFileSync(file);
    const kind = renditionKindOf(file) ?? (bytes.subarray(0, 1024).includes('%PDF-') ? 'pdf' : null);
    if (!kind) throw new UserError(`unsupported file type "${extname(file)}"; expected one of ${Object.keys(KIND_BY_EXTENSION).join(' ')}`);
    const options = extractOptionsFrom(flags);
    let result: ExtractedText;
    if (kind === 'pdf' || kind === 'doc' || kind === 'docx') {
      // The same time and memory bounds as `extract`: a hostile file cannot hang or exhaust this process.
      const pool = new ExtractPool(1, options);
      try {
        result = await pool.extract(bytes, kind, options);
      } finally {
        await pool.close();
      }
    } else {
      result = await extractRendition(bytes, kind, options);
    }
    const v = result.verdict;
    if (!c.options.json) {
      process.stderr.write(
        `${v.status} (score ${v.score.toFixed(2)}) via ${result.engine} from ${result.rendition}` +
          `${result.pages ? `, ${result.pages} page${result.pages === 1 ? '' : 's'}` : ''}: ${v.reason}\n`,
      );
    }
    c.result(
      { status: v.status, score: v.score, reason: v.reason, engine: result.engine, rendition: result.rendition, pages: result.pages, text: result.text },
      result.text,
    );
    if (v.status === 'unreadable') process.exitCode = 1;
  });
}
