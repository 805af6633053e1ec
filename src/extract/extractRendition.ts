import type { ExtractedText, RenditionKind } from '../domain/types.js';
import { cleanPlainText } from './cleanup/cleanPages.js';
import { normaliseCharacters } from './cleanup/normalise.js';
import { findTrailer } from './cleanup/trailer.js';
import { decodeWindows1252 } from './formats/charset.js';
import { htmlText } from './formats/html.js';
import { readPublicatie, renderPublicatie } from './formats/publicatieXml.js';
import { docText, docxText } from './formats/wordDocs.js';
import { formatBytes, resolveLimits, UnreadableFileError, type ExtractLimits } from './limits.js';
import { extractPdf, type PdfEngineChoice } from './pdf/extractPdf.js';
import { judgeText } from './quality/verdict.js';

export interface ExtractOptions extends Partial<ExtractLimits> {
  /** Which PDF engine: both as needed (default), or one only (`pdfjs` is the pure-JS path). */
  pdfEngine?: PdfEngineChoice;
}

/**
 * Turns one original file into clean reading-order text with a quality verdict.
 * Never throws for a bad file: it comes back with status `unreadable` (or `empty`) and the reason.
 * Limits are checked here (size, pages, time between pages); the worker pool adds hard time and memory limits.
 */
export async function extractRendition(bytes: Uint8Array, kind: RenditionKind, options: ExtractOptions = {}): Promise<ExtractedText> {
  const limits = resolveLimits(options);
  const deadline = Date.now() + limits.timeoutMs;
  try {
    if (bytes.length > limits.maxBytes) {
      throw new UnreadableFileError(`the file is too large: ${formatBytes(bytes.length)} > ${formatBytes(limits.maxBytes)} (raise with --max-bytes)`);
    }
    switch (kind) {
      case 'pdf':
        return await extractPdf(bytes, limits, deadline, options.pdfEngine ?? 'auto');
      case 'xml':
        return fromXml(bytes);
      case 'docx':
        return fromText(await docxText(bytes), 'mammoth', kind);
      case 'doc': {
        const doc = await docText(bytes, limits.timeoutMs);
        // Word keeps footnotes apart already: one per line, numbered in order.
        const footnotes = doc.footnotes
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .map((text, i) => ({ marker: String(i + 1), text }));
        return { ...fromText(doc.text, doc.engine, kind), footnotes };
      }
      case 'html':
        return fromText(htmlText(decodeUtf8(bytes)), 'html', kind);
      case 'txt':
      case 'md':
        return fromText(decodeUtf8(bytes), 'plain', kind);
    }
  } catch (err) {
    if (err instanceof UnreadableFileError) return unreadable(kind, err.message);
    return unreadable(kind, `could not extract: ${(err as Error).message}`);
  }
}

/** A text that is already text: characters normalised, nothing else rewritten; judged. */
function fromText(raw: string, engine: string, kind: RenditionKind): ExtractedText {
  const cleaned = cleanPlainText(raw);
  return {
    text: cleaned.text,
    verdict: judgeText(cleaned.text),
    engine,
    rendition: kind,
    pages: null,
    footnotes: [],
    letterhead: null,
    trailer: cleaned.trailer,
  };
}

function fromXml(bytes: Uint8Array): ExtractedText {
  const pub = readPublicatie(bytes);
  const text = normaliseCharacters(renderPublicatie(pub));
  return {
    text,
    verdict: judgeText(text),
    engine: 'publicatie-xml',
    rendition: 'xml',
    pages: null,
    footnotes: [],
    letterhead: null,
    trailer: { kst: pub.kst ?? findTrailer(text).kst, issn: null },
  };
}

function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new UnreadableFileError('the file is empty (0 bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Older exports are Windows-1252: read them as such rather than refuse them.
    return decodeWindows1252(bytes);
  }
}

/** The result for a file that could not be read: no text, the reason in words. */
export function unreadable(kind: RenditionKind, reason: string): ExtractedText {
  return {
    text: '',
    verdict: { status: 'unreadable', score: 0, reason },
    engine: 'none',
    rendition: kind,
    pages: null,
    footnotes: [],
    letterhead: null,
    trailer: { kst: null, issn: null },
  };
}

/** Bump when extraction output changes, so stored texts are redone. */
export const EXTRACTOR_VERSION = 'extract@1';
