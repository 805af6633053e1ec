import type { ExtractedText, RenditionKind } from '../domain/types.js';

export interface ExtractOptions {
  /** Per-file time limit. */
  timeoutMs?: number;
  /** Refuse files larger than this. */
  maxBytes?: number;
}

/**
 * Turns one original file into clean reading-order text with a quality verdict.
 * STUB (foundation): plain text only; replaced by the extraction work.
 */
export async function extractRendition(bytes: Uint8Array, kind: RenditionKind, _options: ExtractOptions = {}): Promise<ExtractedText> {
  const text = kind === 'txt' || kind === 'md' ? Buffer.from(bytes).toString('utf8') : '';
  return {
    text,
    verdict: text.trim() ? { status: 'ok', score: 1, reason: 'plain text' } : { status: 'empty', score: 0, reason: 'no text' },
    engine: 'plain',
    rendition: kind,
    pages: null,
    footnotes: [],
    letterhead: null,
    trailer: { kst: null, issn: null },
  };
}

/** Bump when extraction output changes, so stored texts are redone. */
export const EXTRACTOR_VERSION = 'extract@0';
