import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry { version?: string; integrity?: string; optionalDependencies?: Record<string, string> }

/**
 * `npm ci` refuses a lock file that lacks an optional dependency of any platform (pagefind ships one binary package per
 * system), so a lock regenerated on a mirror that misses some breaks CI. Every optional package must be listed.
 */
describe('package-lock.json works with npm ci', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };

  it('lists every optional platform package, pinned with its integrity', () => {
    const missing: string[] = [];
    let optional = 0;
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
        optional++;
        const dep = lock.packages[`node_modules/${name}`] ?? lock.packages[`${path}/node_modules/${name}`];
        // An exact pin (pagefind's) must match; a range is npm's to resolve, the entry must be there.
        const pinned = /^\d/.test(version);
        if (!dep?.integrity || (pinned && dep.version !== version)) missing.push(`${name}@${version} (for ${path})`);
      }
    }
    expect(optional).toBeGreaterThanOrEqual(7); // pagefind's seven platforms at least
    expect(missing).toEqual([]);
  });
});
