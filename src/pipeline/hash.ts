import { sha256 } from '../domain/hash.js';

/** A short, stable hash of whatever a stage's output depends on; a stage redoes its work only when it changes. */
export function inputHash(...parts: unknown[]): string {
  return sha256(JSON.stringify(parts)).slice(0, 32);
}
