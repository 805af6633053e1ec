import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { openStore, type Store } from '../../src/store/db.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { buildFtsQuery } from '../../src/serve/searchQuery.js';
import { buildSampleSite, SEED_000_ID, type BuiltSite } from '../support/sampleSite.js';

let s: BuiltSite;
let ro: Store;
let server: RunningServer;

/** A raw HTTP GET: the path is sent as written (no client-side normalisation of `..`). */
function get(path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  const u = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}
const json = async (path: string) => {
  const r = await get(path);
  expect(r.status, `${path}: ${r.body.slice(0, 200)}`).toBe(200);
  return JSON.parse(r.body) as { total: number; results: { id: string; snippet: string; url: string; datum: string | null }[]; pageSize: number; page: number };
};

beforeAll(async () => {
  s = await buildSampleSite(['sample'], { searchIndex: false });
  ro = openStore(s.dbPath, { readonly: true });
  server = await startServer({ store: ro, siteDir: s.site, port: 0 });
}, 120_000);
afterAll(async () => {
  await server?.close();
  ro?.close();
  s?.cleanup();
});

describe('search server', () => {
  it('binds to 127.0.0.1 by default and answers /healthz', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await get('/healthz');
    expect(JSON.parse(r.body)).toEqual({ ok: true, moties: s.report.motions });
  });

  it('finds "asielzoekers" by "asielzoeker", folds diacritics, ranks and highlights', async () => {
    const r = await json('/api/search?q=asielzoeker');
    expect(r.results.map((x) => x.id)).toContain(SEED_000_ID);
    const d = await json('/api/search?q=buitenlandcoordinator');
    expect(d.results.map((x) => x.id)).toContain(SEED_000_ID);
    const m = await json('/api/search?q=wortel%20stok%20instrumentalisering');
    expect(m.results[0]?.id).toBe(SEED_000_ID);
    expect(m.results[0]?.snippet).toMatch(/<mark>[^<]+<\/mark>/);
    expect(m.results[0]?.url).toBe(`/moties/${SEED_000_ID}.html`);
  });

  it('filters by year and result', async () => {
    expect((await json('/api/search?q=migratie&jaar=2023')).results.map((x) => x.id)).toContain(SEED_000_ID);
    expect((await json('/api/search?q=migratie&jaar=2024')).results.map((x) => x.id)).not.toContain(SEED_000_ID);
    for (const x of (await json('/api/search?q=migratie&jaar=2024')).results) expect(x.datum?.startsWith('2024')).toBe(true);
    expect((await json('/api/search?q=migratie&uitslag=onbekend')).results.length).toBeGreaterThan(0);
  });

  it('filters by fractie through the published facets', async () => {
    const top = ro.db.prepare("SELECT value, COUNT(*) AS n FROM publish_facets WHERE facet = 'fractie' GROUP BY value ORDER BY n DESC LIMIT 1").get() as { value: string; n: number } | undefined;
    expect(top, 'the sample has indieners with fracties').toBeTruthy();
    const members = new Set(ro.db.prepare("SELECT document_id FROM publish_facets WHERE facet = 'fractie' AND value = ?").pluck().all(top!.value) as string[]);
    const all = await json('/api/search?q=regering&pageSize=50');
    const filtered = await json(`/api/search?q=regering&pageSize=50&fractie=${encodeURIComponent(top!.value.toLowerCase())}`);
    expect(filtered.results.length).toBeGreaterThan(0);
    expect(filtered.results.length).toBeLessThan(all.results.length);
    for (const r of filtered.results) expect(members.has(r.id)).toBe(true);
    expect(filtered.total).toBe(filtered.results.length);
  });

  it('treats FTS5 syntax in the query as text: never an error, never an injection', async () => {
    for (const q of ['"', '*', 'NEAR(', 'migratie AND', 'a" OR "b', '"unbalanced', 'migratie NOT zorg', ')', '^x', '{tekst}:x', 'stems:x', 'x'.repeat(3000), '%%%', "'; DROP TABLE documents; --", 'NEAR(migratie asiel, 2)']) {
      const r = await get(`/api/search?q=${encodeURIComponent(q)}&fractie=${encodeURIComponent(q)}&page=${encodeURIComponent(q)}`);
      expect(r.status, q.slice(0, 40)).toBe(200);
      expect(() => JSON.parse(r.body)).not.toThrow();
    }
    // Operators are words: "migratie AND" searches migratie and the word "and" (not an FTS5 operator).
    expect(buildFtsQuery('migratie AND NEAR(x*')).toBe('("migratie" OR stems : "migratie") AND ("and" OR stems : "and") AND ("near" OR stems : "near") AND ("x" OR stems : "x")');
    expect(buildFtsQuery('"*():^')).toBeNull();
    expect((await json('/api/search?q=')).results).toEqual([]);
  });

  it('limits page size and pages', async () => {
    const big = await json('/api/search?q=regering&pageSize=1000&page=-3');
    expect(big.pageSize).toBe(50);
    expect(big.page).toBe(1);
    const p1 = await json('/api/search?q=regering&pageSize=5&page=1');
    const p2 = await json('/api/search?q=regering&pageSize=5&page=2');
    expect(p1.results).toHaveLength(5);
    expect(p2.results.map((x) => x.id).filter((id) => p1.results.some((y) => y.id === id))).toEqual([]);
  });

  it('gives the export row of a motion, 404 for others', async () => {
    const r = await get(`/api/moties/${SEED_000_ID}`);
    expect(r.status).toBe(200);
    const row = JSON.parse(r.body) as Record<string, unknown>;
    expect(row.id).toBe(SEED_000_ID);
    expect(row.dossier).toBe('32317');
    expect((await get('/api/moties/does-not-exist')).status).toBe(404);
    expect((await get('/api/moties/%E0%A4%A')).status).toBe(400);
  });

  it('offers an Atom feed for any search', async () => {
    const r = await get('/api/search.atom?q=migratie%20%22%3C%3E%26');
    expect(r.status).toBe(200);
    expect(r.type).toContain('application/atom+xml');
    expect(r.body).toContain(`/moties/${SEED_000_ID}.html`);
    expect(r.body).toContain('zoeken naar &quot;migratie &quot;&lt;&gt;&amp;&quot;');
  });

  it('serves the site and nothing outside it', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.type).toContain('text/html');
    expect(home.body).toContain('<html lang="nl">');
    expect((await get(`/moties/${SEED_000_ID}.html`)).body).toContain('Stoffer');
    expect((await get('/assets/style.css')).type).toContain('text/css');
    for (const p of ['/../motiemonitor.db', '/%2e%2e/motiemonitor.db', '/..%2fmotiemonitor.db', '/moties/..%2f..%2fmotiemonitor.db', '/%2e%2e%5cmotiemonitor.db', '/..\\motiemonitor.db', '/%00', '/etc/passwd', '//etc/passwd', '/%E0%A4%A']) {
      const r = await get(p);
      expect(r.status, p).not.toBe(200);
      expect(r.body).not.toContain('SQLite format');
    }
    expect((await get('/', 'POST')).status).toBe(405);
    expect((await get('/', 'HEAD')).status).toBe(200);
  });

  it('holds a read-only database handle', () => {
    expect(() => ro.db.prepare("UPDATE documents SET titel = 'x'").run()).toThrow(/readonly/i);
  });
});
