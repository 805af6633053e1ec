import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { buildStage, type BuildReport } from '../../src/pipeline/buildStage.js';
import { isOverdue } from '../../src/domain/toezegging.js';
import { syncFeedFixture } from '../pipeline/syncFeedSupport.js';
import { TOEZEGGING_BRIEF } from '../support/fakeSyncFeedServer.js';

/**
 * Toezeggingen on the site (issue 15), from the SyncFeed stand-in with its SYNTHETIC toezeggingen (no real Toezegging
 * record was ever published: fixtures/corpus/syncfeed/README.md); the build judges them on a fixed day.
 */
const TODAY = '2025-06-01';
const cleanups: (() => unknown)[] = [];
let f: Awaited<ReturnType<typeof syncFeedFixture>>;
let site: string;
let report: BuildReport;
const read = (p: string) => readFileSync(join(site, p), 'utf8');
const ids = (sql: string, ...params: unknown[]) => f.store.db.prepare(sql).pluck().all(...params) as string[];
const linked = (page: string) => new Set([...page.matchAll(/href="(?:\.\.\/)+toezeggingen\/([0-9a-f-]{36})\.html"/g)].map((m) => m[1]!));

beforeAll(async () => {
  f = await syncFeedFixture(cleanups, { zaakLimit: 60, withDates: true, toezeggingen: true });
  await f.sync();
  site = join(mkdtempSync(join(tmpdir(), 'mm-tz-')), 'site');
  report = await buildStage(f.store, { out: site, searchIndex: false, today: TODAY, baseUrl: 'http://127.0.0.1:8080/' });
}, 120_000);
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('the overdue rule', () => {
  it('is open with a deadline before today, judged on the given day only', () => {
    expect(isOverdue({ status: 'Openstaand', deadline: '2025-05-31' }, TODAY)).toBe(true);
    expect(isOverdue({ status: 'Openstaand', deadline: TODAY }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'Openstaand', deadline: '2025-05-31' }, '2025-05-31')).toBe(false);
    expect(isOverdue({ status: 'Openstaand', deadline: null }, TODAY)).toBe(false);
    for (const status of ['Voldaan', 'Deels Voldaan', 'Vervallen', null]) expect(isOverdue({ status, deadline: '2020-01-01' }, TODAY)).toBe(false);
  });
});

describe('toezeggingen from the SyncFeed stand-in', () => {
  it('gives every stored toezegging a page with its text escaped, the deadline and the status', () => {
    const all = ids('SELECT id FROM tk_toezegging WHERE verwijderd = 0');
    expect(all.length).toBe(14);
    for (const id of all) expect(existsSync(join(site, 'toezeggingen', `${id}.html`)), id).toBe(true);
    const first = read(`toezeggingen/${all.find((id) => read(`toezeggingen/${id}.html`).includes('synthetische'))}.html`);
    expect(first).toContain('synthetische toezegging &amp; test &lt;');
    expect(first).not.toMatch(/test <\d>/);
    expect(first).toContain('Wat is er beloofd');
    expect(readdirSync(join(site, 'toezeggingen')).filter((n) => /^[0-9a-f-]{36}\.html$/.test(n)).length).toBe(all.length);
  });

  it('lists as overdue exactly the open ones whose deadline lies before the build date', () => {
    const expected = ids("SELECT id FROM tk_toezegging WHERE verwijderd = 0 AND status = 'Openstaand' AND datum_nakoming IS NOT NULL AND substr(datum_nakoming, 1, 10) < ?", TODAY);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(linked(read('toezeggingen/te-laat.html'))).toEqual(new Set(expected));
    // A later day makes the far deadline (2030) overdue too; an earlier one none of 2024's.
    expect(ids("SELECT id FROM tk_toezegging WHERE status = 'Openstaand' AND datum_nakoming >= ?", TODAY).length).toBeGreaterThan(0);
  });

  it('links the fulfilling letter, the versions, and the motions voted in the same debate (both ways)', () => {
    const fulfilled = ids('SELECT toezegging_id FROM tk_toezegging_brief WHERE sleutel IN (?, ?)', TOEZEGGING_BRIEF.id, TOEZEGGING_BRIEF.nummer);
    expect(fulfilled.length).toBe(3);
    for (const id of fulfilled) expect(read(`toezeggingen/${id}.html`)).toContain(`../brieven/${TOEZEGGING_BRIEF.id}.html`);
    const herhaling = ids("SELECT toezegging_id FROM tk_toezegging_relatie WHERE soort = 'herhaling'")[0]!;
    expect(read(`toezeggingen/${herhaling}.html`)).toContain('Herhaalt <a href="');
    // The lifecycle toezeggingen were made at the activiteit of the first voting day: its motions are listed.
    const motions = ids(`SELECT DISTINCT dz.document_id FROM tk_toezegging t JOIN tk_agendapunt ap ON ap.activiteit_id = t.activiteit_id
      JOIN tk_besluit b ON b.agendapunt_id = ap.id JOIN tk_besluit_zaak bz ON bz.besluit_id = b.id JOIN tk_document_zaak dz ON dz.zaak_id = bz.zaak_id
      JOIN documents d ON d.id = dz.document_id AND d.soort = 'motie' WHERE t.id = ?`, herhaling);
    expect(motions.length).toBeGreaterThan(0);
    const page = read(`toezeggingen/${herhaling}.html`);
    for (const m of motions) {
      expect(page).toContain(`../moties/${m}.html`);
      expect(linked(read(`moties/${m}.html`))).toContain(herhaling);
    }
  });

  it("counts one ministry's toezeggingen on the dashboard as SQL does", () => {
    const bzk = 'Binnenlandse Zaken en Koninkrijksrelaties';
    const n = (where: string) => f.store.db.prepare(`SELECT COUNT(*) FROM tk_toezegging WHERE verwijderd = 0 AND ministerie = @bzk AND ${where}`).pluck().get({ bzk, today: TODAY }) as number;
    const data = JSON.parse(read('data/wat-werd-ervan.json')) as { stand: string; ministeries: { naam: string; toezeggingen: number; open: number; teLaat: number; voldaan: number; vervallen: number }[] };
    expect(data.stand).toBe(TODAY);
    const m = data.ministeries.find((x) => x.naam === bzk)!;
    expect(m).toMatchObject({
      toezeggingen: n('@today = @today'),
      teLaat: n("status = 'Openstaand' AND datum_nakoming < @today"),
      open: n("status = 'Openstaand' AND (datum_nakoming IS NULL OR datum_nakoming >= @today)"),
      voldaan: n("status IN ('Voldaan', 'Deels Voldaan') AND @today = @today"),
      vervallen: n("status = 'Vervallen' AND @today = @today"),
    });
    const page = read('wat-werd-ervan/binnenlandse-zaken-en-koninkrijksrelaties.html');
    expect(page).toContain('<svg class="chart"');
    expect(page).toContain(`<tr><th scope="row">Te laat (deadline voorbij, nog open)</th><td>${m.teLaat}</td></tr>`);
  });

  it('writes group pages per ministerie, fractie and bewindspersoon, and Atom feeds that parse', () => {
    for (const p of ['toezeggingen/index.html', 'toezeggingen/open.html', 'toezeggingen/voldaan.html', 'toezeggingen/ministerie/volksgezondheid-welzijn-en-sport.html', 'toezeggingen/bewindspersoon/minister-a-b-voorbeeld.html', 'wat-werd-ervan/index.html']) {
      expect(existsSync(join(site, p)), p).toBe(true);
    }
    const feeds = readdirSync(join(site, 'feeds')).filter((n) => n.startsWith('toezeggingen-'));
    expect(feeds).toEqual(expect.arrayContaining(['toezeggingen-te-laat.xml', 'toezeggingen-status.xml', 'toezeggingen-nieuw.xml', 'toezeggingen-ministerie-binnenlandse-zaken-en-koninkrijksrelaties.xml']));
    expect(feeds.some((n) => n.startsWith('toezeggingen-fractie-'))).toBe(true);
    for (const name of feeds) {
      const feed = parseAtom(read(`feeds/${name}`));
      expect(feed.root, name).toBe('{http://www.w3.org/2005/Atom}feed');
      for (const e of feed.entries) {
        expect(e.id).toMatch(/^http:\/\/127\.0\.0\.1:8080\/toezeggingen\//);
        expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        expect(e.title.length).toBeGreaterThan(0);
      }
      expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
    }
    const overdue = parseAtom(read('feeds/toezeggingen-te-laat.xml')).entries.length;
    expect(overdue).toBe(linked(read('toezeggingen/te-laat.html')).size);
    expect(report.pagesWritten).toBeGreaterThan(0);
  });
});

/** The Atom elements a reader needs, read namespace-aware (a wrong namespace or bad XML fails here). */
function parseAtom(xml: string): { root: string; entries: { id: string; title: string; updated: string }[] } {
  const parser = new SaxesParser({ xmlns: true });
  const stack: string[] = [];
  let root = '';
  let text = '';
  const entries: { id: string; title: string; updated: string }[] = [];
  let entry: { id: string; title: string; updated: string } | null = null;
  parser.on('opentag', (t) => {
    const name = `{${t.uri}}${t.local}`;
    if (!stack.length) root = name;
    stack.push(name);
    text = '';
    if (name === '{http://www.w3.org/2005/Atom}entry') entry = { id: '', title: '', updated: '' };
  });
  parser.on('text', (t) => (text += t));
  parser.on('closetag', (t) => {
    stack.pop();
    if (entry && (t.local === 'id' || t.local === 'title' || t.local === 'updated') && t.uri === 'http://www.w3.org/2005/Atom') entry[t.local] = text;
    if (t.local === 'entry' && entry) {
      entries.push(entry);
      entry = null;
    }
  });
  parser.write(xml).close();
  return { root, entries };
}
