import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderAtomFeed } from '../publish/feeds/atom.js';
import { rowFor } from '../pipeline/exportRows.js';
import type { Store } from '../store/db.js';
import { getDocument } from '../store/documentRepo.js';
import { parseSearchParams, search, summariesFor } from './searchApi.js';
import { resolveStaticPath, sendFile } from './staticFiles.js';
import { parseToezeggingParams, toezeggingenApi } from './toezeggingApi.js';

export interface ServeOptions {
  /** A store opened read-only: the server never writes. */
  store: Store;
  siteDir: string;
  host?: string;
  port?: number;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Same-origin only; WebAssembly for the Pagefind search; no inline script. */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(data), 'cache-control': 'no-store' });
  res.end(data);
}

function baseUrlOf(req: IncomingMessage, fallback: string): string {
  // The Host header is the client's; it is only used inside escaped XML, never to decide anything.
  const host = req.headers.host && /^[\w.:[\]-]+$/.test(req.headers.host) ? req.headers.host : fallback;
  return `http://${host}/`;
}

/** The request handler: static site, search API, motion API, health. */
export function createHandler(o: ServeOptions, fallbackHost: string) {
  const db = o.store.db;
  return (req: IncomingMessage, res: ServerResponse): void => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname;
      if (path === '/healthz') {
        const n = db.prepare("SELECT COUNT(*) AS n FROM documents WHERE soort = 'motie' AND verwijderd = 0").get() as { n: number };
        return sendJson(res, 200, { ok: true, moties: n.n });
      }
      if (path === '/api/toezeggingen') return sendJson(res, 200, toezeggingenApi(db, parseToezeggingParams(url.searchParams)));
      if (path === '/api/search') return sendJson(res, 200, search(db, parseSearchParams(url.searchParams)));
      if (path === '/api/search.atom') {
        const p = parseSearchParams(url.searchParams);
        const result = search(db, { ...p, page: 1, pageSize: 50 });
        const motions = summariesFor(db, result.results.filter((r) => r.soort === 'motie').map((r) => r.id)).sort((a, b) => (b.datum ?? '').localeCompare(a.datum ?? ''));
        const base = baseUrlOf(req, fallbackHost);
        const feed = renderAtomFeed({ baseUrl: base, path: `api/search.atom${url.search}`, title: `Motiemonitor: zoeken naar "${p.q}"`, htmlPath: `zoeken.html${url.search}` }, motions);
        res.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'no-store' });
        res.end(feed);
        return;
      }
      const motie = /^\/api\/moties\/([^/]+)$/.exec(path);
      if (motie) {
        let id: string;
        try {
          id = decodeURIComponent(motie[1]!);
        } catch {
          return sendJson(res, 400, { error: 'bad id' });
        }
        const doc = getDocument(db, id);
        if (!doc || doc.soort !== 'motie' || doc.verwijderd) return sendJson(res, 404, { error: `no motion with id ${id}` });
        return sendJson(res, 200, rowFor(db, doc));
      }
      if (path.startsWith('/api/')) return sendJson(res, 404, { error: 'unknown API path' });
      const found = resolveStaticPath(o.siteDir, path);
      if (!found) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden\n');
        return;
      }
      sendFile(res, found.file, found.stat, req.method === 'HEAD');
    } catch (err) {
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
      process.stderr.write(`serve: ${req.method} ${req.url}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  };
}

/** Starts the server; binds 127.0.0.1 unless told otherwise. Port 0 picks a free port (tests). */
export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const host = o.host ?? '127.0.0.1';
  // Sorting and IN-sets of a large search stay in memory: no temp files next to a read-only database.
  o.store.db.pragma('temp_store = MEMORY');
  const server = createServer(createHandler(o, `${host}:${o.port ?? 8080}`));
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 8080, host, () => resolveListen());
  });
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    server,
    url: `http://${shownHost}:${addr.port}/`,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
