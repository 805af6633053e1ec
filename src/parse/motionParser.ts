import type { ParsedMotion } from '../domain/types.js';

export interface MotionMetadata {
  titel?: string | null;
  onderwerp?: string | null;
  datum?: string | null;
}

/**
 * Parses a motion's text into its structure.
 * STUB: replaced by the parser work.
 */
export function parseMotion(_text: string, _meta: MotionMetadata = {}): ParsedMotion | null {
  return null;
}

/** Bump when the parser's output changes, so stored parses are redone. */
export const PARSER_VERSION = 'motion@0';
