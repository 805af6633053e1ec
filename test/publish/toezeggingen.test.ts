import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { buildStage, type BuildReport } from '../../src/pipeline/buildStage.js';
import { isOverdue } from '../../src/domain/toezegging.js';
import { syncFeedFixture } from '../support/syncFeedSupport.js';
import { TOEZEGGING_BRIEF } from '../support/fakeSyncFeedServer.js';
import { exportRows, toCsv } from '../../src/pipeline/exportRows.js';
import { saveLink } from '../../src/store/linkRepo.js';
import { startServer } from '../../src/serve/server.js';
import { median } from '../../src/publish/toezeggingen/dashboard.js';

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

  it('writes nothing again when nothing changed, and judges a later day differently', async () => {
    const again = await buildStage(f.store, { out: site, searchIndex: false, today: TODAY, baseUrl: 'http://127.0.0.1:8080/' });
    expect(again.pagesWritten).toBe(0);
    const later = join(mkdtempSync(join(tmpdir(), 'mm-tz-')), 'site');
    await buildStage(f.store, { out: later, searchIndex: false, today: '2031-01-01', baseUrl: 'http://127.0.0.1:8080/' });
    const expected = ids("SELECT id FROM tk_toezegging WHERE verwijderd = 0 AND status = 'Openstaand' AND datum_nakoming < '2031-01-01'");
    expect(linked(readFileSync(join(later, 'toezeggingen/te-laat.html'), 'utf8'))).toEqual(new Set(expected));
    expect(expected.length).toBeGreaterThan(linked(read('toezeggingen/te-laat.html')).size);
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

describe('after the griffie changes things', () => {
  it('puts motions of a budget dossier on their ministry dashboard, as SQL counts them, and shows the toezeggingen a shared letter fulfils', async () => {
    const db = f.store.db;
    // Three adopted motions get the BZK budget dossier through their zaak (Zaak → Kamerstukdossier, as the API records it).
    const adopted = db.prepare(`SELECT pm.document_id AS id, dz.zaak_id AS zaak FROM publish_motions pm JOIN tk_document_zaak dz ON dz.document_id = pm.document_id
      WHERE json_extract(pm.summary_json, '$.uitslag') = 'aangenomen' AND json_extract(pm.summary_json, '$.stemdatum') IS NOT NULL ORDER BY pm.document_id LIMIT 3`).all() as { id: string; zaak: string }[];
    expect(adopted).toHaveLength(3);
    const dossier = '0d0d0d0d-0000-4000-8000-00000000d055';
    f.server.add('Kamerstukdossier', { Id: dossier, Nummer: 36600, Toevoeging: 'VII', Titel: 'Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties' });
    for (const m of adopted) f.server.update('Zaak', m.zaak, { Kamerstukdossier_Id: dossier });
    // The letter that fulfils three toezeggingen also answers the first motion (what the link stage stores).
    saveLink(db, TOEZEGGING_BRIEF.id, { inputHash: 'test', letter: null, summary: null, references: [
      { kamerstuk: null, naam: 'motie', snippet: 'Met deze brief geef ik uitvoering aan de motie.', confidence: 1, motieId: adopted[0]!.id, zeker: true, stance: null, inFootnote: false, fromGarbled: false, dateHint: null },
    ] });
    // And one toezegging is fulfilled now.
    const open = ids("SELECT id FROM tk_toezegging WHERE status = 'Openstaand' AND verwijderd = 0 ORDER BY id")[0]!;
    f.server.update('Toezegging', open, { Status: 'Voldaan' });
    await f.sync();
    await buildStage(f.store, { out: site, searchIndex: false, today: TODAY, baseUrl: 'http://127.0.0.1:8080/' });

    const bzk = JSON.parse(read('data/wat-werd-ervan.json')).ministeries.find((m: { naam: string }) => m.naam === 'Binnenlandse Zaken en Koninkrijksrelaties');
    const rows = db.prepare(`SELECT pm.document_id AS id,
        (SELECT MIN(a.dag) FROM tk_besluit_zaak bz JOIN tk_besluit b ON b.id = bz.besluit_id JOIN tk_agendapunt ap ON ap.id = b.agendapunt_id JOIN tk_activiteit a ON a.id = ap.activiteit_id WHERE bz.zaak_id = z.id) AS vote,
        (SELECT MIN(d.datum) FROM motion_references r JOIN documents d ON d.id = r.document_id AND d.soort = 'brief' WHERE r.motie_id = pm.document_id) AS letter
      FROM publish_motions pm JOIN tk_document_zaak dz ON dz.document_id = pm.document_id JOIN tk_zaak z ON z.id = dz.zaak_id
      JOIN tk_kamerstukdossier k ON k.id = z.kamerstukdossier_id
      WHERE k.toevoeging = 'VII' AND json_extract(pm.summary_json, '$.uitslag') = 'aangenomen'`).all() as { id: string; vote: string | null; letter: string | null }[];
    const days = rows.filter((r) => r.vote && r.letter && r.letter >= r.vote).map((r) => Math.round((Date.parse(r.letter!) - Date.parse(r.vote!)) / 86_400_000));
    expect(bzk).toMatchObject({ aangenomen: rows.length, metBrief: rows.filter((r) => r.letter).length, zonderBrief: rows.filter((r) => !r.letter).length, mediaanDagen: median(days) });
    expect([bzk.aangenomen, bzk.metBrief]).toEqual([3, 1]);

    const page = read(`moties/${adopted[0]!.id}.html`);
    expect(page).toContain('Nagekomen met een brief die ook op deze motie ingaat');
    for (const id of ids('SELECT toezegging_id FROM tk_toezegging_brief WHERE sleutel IN (?, ?)', TOEZEGGING_BRIEF.id, TOEZEGGING_BRIEF.nummer)) expect(linked(page)).toContain(id);

    // The status change: in the history, on the page, and in the status feed under its own entry.
    expect(db.prepare('SELECT van, naar FROM tk_toezegging_status WHERE toezegging_id = ? ORDER BY seq').all(open)).toEqual([{ van: null, naar: 'Openstaand' }, { van: 'Openstaand', naar: 'Voldaan' }]);
    expect(read(`toezeggingen/${open}.html`)).toContain('Openstaand → Voldaan');
    expect(parseAtom(read('feeds/toezeggingen-status.xml')).entries.some((e) => e.id.endsWith(`${open}.html#status-2-voldaan`))).toBe(true);
    expect(linked(read('toezeggingen/te-laat.html'))).not.toContain(open);
  }, 120_000);

  it('exports every toezegging with the fields of the issue, in JSON lines and CSV', () => {
    const rows = [...exportRows(f.store.db)].filter((r) => r.soort === 'toezegging');
    expect(rows.map((r) => r.id).sort()).toEqual(ids('SELECT id FROM tk_toezegging WHERE verwijderd = 0 ORDER BY id'));
    for (const r of rows) {
      for (const k of ['id', 'nummer', 'tekst', 'status', 'deadline', 'ministerie', 'bewindspersoon', 'toegezegd_aan', 'activiteit', 'brief_id']) expect(r, k).toHaveProperty(k);
      expect(String(r.nummer)).toMatch(/^TZ/);
      expect(['Openstaand', 'Voldaan', 'Deels Voldaan', 'Vervallen']).toContain(r.status);
      if (r.deadline !== null) expect(r.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(rows.filter((r) => r.brief_id === TOEZEGGING_BRIEF.id)).toHaveLength(3);
    const csv = toCsv(exportRows(f.store.db)).split('\r\n');
    const header = csv[0]!.split(',');
    expect(header.slice(0, 4)).toEqual(['id', 'soort', 'titel', 'onderwerp']);
    for (const k of ['deadline', 'bewindspersoon', 'toegezegd_aan', 'brief_id']) expect(header).toContain(k);
    expect(csv.filter((l) => l.includes(',toezegging,')).length).toBe(rows.length);
  });

  it('answers GET /api/toezeggingen with every match, filtered and paged like the search API', async () => {
    const server = await startServer({ store: f.store, siteDir: site, port: 0 });
    cleanups.push(() => server.close());
    const get = async (q: string) => (await (await fetch(`${server.url}api/toezeggingen${q}`)).json()) as { total: number; results: { id: string; status: string; ministerie: string; soort: string }[] };
    const all = await get('');
    expect(all.total).toBe(ids('SELECT id FROM tk_toezegging WHERE verwijderd = 0').length);
    expect(all.results.every((r) => r.soort === 'toezegging')).toBe(true);
    const open = await get('?status=Openstaand&ministerie=Binnenlandse%20Zaken%20en%20Koninkrijksrelaties');
    expect(open.total).toBe(f.store.db.prepare("SELECT COUNT(*) FROM tk_toezegging WHERE verwijderd = 0 AND status = 'Openstaand' AND ministerie = 'Binnenlandse Zaken en Koninkrijksrelaties'").pluck().get());
    expect(open.results.every((r) => r.status === 'Openstaand')).toBe(true);
    const fractie = f.store.db.prepare('SELECT f.afkorting FROM tk_toezegging t JOIN tk_fractie f ON f.id = t.fractie_id WHERE t.verwijderd = 0 LIMIT 1').pluck().get() as string;
    const byFractie = await get(`?fractie=${encodeURIComponent(fractie)}`);
    expect(byFractie.total).toBe(f.store.db.prepare('SELECT COUNT(*) FROM tk_toezegging t JOIN tk_fractie f ON f.id = t.fractie_id WHERE t.verwijderd = 0 AND f.afkorting = ?').pluck().get(fractie));
    const page2 = await get('?pageSize=5&page=2');
    expect(page2.results).toHaveLength(5);
    expect(page2.total).toBe(all.total);
    expect(page2.results.map((r) => r.id)).toEqual(all.results.slice(5, 10).map((r) => r.id));
    expect((await get("?status=x'%20OR%201=1--")).total).toBe(0);
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
