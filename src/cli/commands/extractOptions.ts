import { Option, type Command } from 'commander';
import type { ExtractOptions } from '../../extract/extractRendition.js';
import { DEFAULT_LIMITS } from '../../extract/limits.js';
import { UserError } from '../context.js';

/** The flags `extract` and `text` share: limits per file and the PDF engine. */
export function addExtractFlags(cmd: Command): Command {
  return cmd
    .option('--timeout <seconds>', 'time limit per file', String(DEFAULT_LIMITS.timeoutMs / 1000))
    .option('--max-bytes <MB>', 'refuse files larger than this', String(DEFAULT_LIMITS.maxBytes / 1024 / 1024))
    .option('--max-pages <n>', 'read at most this many pages of a PDF', String(DEFAULT_LIMITS.maxPages))
    .option('--max-memory <MB>', 'heap limit of a worker process', String(DEFAULT_LIMITS.maxMemoryMb))
    .addOption(new Option('--engine <engine>', 'PDF engine').choices(['auto', 'pdftotext', 'pdfjs']).default('auto'));
}

export interface ExtractFlags {
  timeout: string;
  maxBytes: string;
  maxPages: string;
  maxMemory: string;
  engine: 'auto' | 'pdftotext' | 'pdfjs';
}

export function extractOptionsFrom(flags: ExtractFlags): ExtractOptions {
  const num = (v: string, name: string) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new UserError(`${name} must be a positive number, got "${v}"`);
    return n;
  };
  return {
    timeoutMs: num(flags.timeout, '--timeout') * 1000,
    maxBytes: Math.round(num(flags.maxBytes, '--max-bytes') * 1024 * 1024),
    maxPages: Math.floor(num(flags.maxPages, '--max-pages')),
    maxMemoryMb: Math.floor(num(flags.maxMemory, '--max-memory')),
    pdfEngine: flags.engine,
  };
}
