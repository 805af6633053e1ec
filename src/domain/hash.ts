import { createHash } from 'node:crypto';

/** SHA-256 as lower-case hex: the one content hash of the project (blob names, input hashes, ids of local files). */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
