import { createHash, type Hash } from 'node:crypto';

/**
 * SHA-256, the one content hash of the project. Hex names what is stored and looked up (blob names, input hashes,
 * cache keys, ids of local files); base64url, shorter, names what the site build compares (`shortHash`).
 */
export function sha256(data: Uint8Array | string, encoding: 'hex' | 'base64url' = 'hex'): string {
  return createHash('sha256').update(data).digest(encoding);
}

/** 22 base64url characters (132 bits) of SHA-256: the fingerprint of a built page or of a motion's published data. */
export function shortHash(data: Uint8Array | string): string {
  return sha256(data, 'base64url').slice(0, 22);
}

/** An incremental SHA-256, for data that comes in parts (`update` each, then `digest('hex' | 'base64url')`). */
export function sha256Hasher(): Hash {
  return createHash('sha256');
}
