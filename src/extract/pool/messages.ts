import type { ExtractedText, RenditionKind } from '../../domain/types.js';
import type { ExtractOptions } from '../extractRendition.js';

/** Main process → worker. */
export interface JobMessage {
  id: number;
  bytes: Uint8Array;
  kind: RenditionKind;
  options: ExtractOptions;
}

/** Worker → main process: the result, and the worker's peak memory so far (for the benchmark). */
export interface ResultMessage {
  id: number;
  result: ExtractedText;
  maxRssMb: number;
}
