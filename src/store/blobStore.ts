import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../domain/hash.js';


export function blobPath(blobDir: string, hash: string): string {
  return join(blobDir, hash.slice(0, 2), hash);
}

/**
 * Keeps the bytes unmodified under their SHA-256. Written to a temporary name and renamed,
 * so a killed process never leaves a half-written blob under a real hash.
 */
export function putBlob(blobDir: string, bytes: Uint8Array): string {
  const hash = sha256(bytes);
  const path = blobPath(blobDir, hash);
  if (existsSync(path)) return hash;
  mkdirSync(join(blobDir, hash.slice(0, 2)), { recursive: true });
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
  return hash;
}

export function getBlob(blobDir: string, hash: string): Buffer {
  const path = blobPath(blobDir, hash);
  if (!existsSync(path)) throw new Error(`original file ${hash} is missing from ${blobDir}: re-import the document`);
  return readFileSync(path);
}
