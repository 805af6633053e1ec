import { describe, expect, it } from 'vitest';
import { sha256, sha256Hasher, shortHash } from '../../src/domain/hash.js';

// FIPS 180-2's test vector: SHA-256("abc").
const ABC_HEX = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('sha256', () => {
  it('hex by default, for strings and bytes alike', () => {
    expect(sha256('abc')).toBe(ABC_HEX);
    expect(sha256(new TextEncoder().encode('abc'))).toBe(ABC_HEX);
  });

  it('base64url is the same digest, and shortHash its first 22 characters', () => {
    expect(Buffer.from(sha256('abc', 'base64url'), 'base64url').toString('hex')).toBe(ABC_HEX);
    expect(shortHash('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7');
    expect(shortHash('abc')).toBe(sha256('abc', 'base64url').slice(0, 22));
  });

  it('incremental hashing gives the one-shot digest', () => {
    expect(sha256Hasher().update('a').update('bc').digest('hex')).toBe(ABC_HEX);
    expect(sha256Hasher().update('ab').update('c').digest('base64url')).toBe(sha256('abc', 'base64url'));
  });
});
