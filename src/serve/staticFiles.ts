import { createReadStream, statSync, type Stats } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
};

/**
 * Maps a URL path to a file inside the site folder, or null. The path is decoded once, must not hold NUL or
 * backslashes, and after resolving must still be inside the folder: `..`, encoded `%2e%2e`, and absolute
 * paths cannot leave it. A folder gives its index.html.
 */
export function resolveStaticPath(siteDir: string, urlPath: string): { file: string; stat: Stats } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const root = resolve(siteDir);
  let file = resolve(root, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    let stat = statSync(file);
    if (stat.isDirectory()) {
      file = join(file, 'index.html');
      stat = statSync(file);
    }
    return stat.isFile() ? { file, stat } : null;
  } catch {
    return null;
  }
}

export function sendFile(res: ServerResponse, file: string, stat: Stats, headOnly: boolean): void {
  const type = TYPES[extname(file).toLowerCase()] ?? (/\.pf_\w+$/.test(file) ? 'application/octet-stream' : 'application/octet-stream');
  res.writeHead(200, {
    'content-type': type,
    'content-length': stat.size,
    'last-modified': stat.mtime.toUTCString(),
    'cache-control': 'no-cache',
  });
  if (headOnly) {
    res.end();
    return;
  }
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}
