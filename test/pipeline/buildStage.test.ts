import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { saveExplanation, saveText, getExplanations } from '../../src/store/documentRepo.js';
import { loadMotionZaak } from '../../src/pipeline/motionZaak.js';
import { upsertZaak } from '../../src/store/tk/zaakWrites.js';
import { parseEntityXml } from '../../src/source/tk/syncfeed/atomPage.js';
import { emptyFeedCounts, feedWriter } from '../../src/pipeline/feedWriter.js';
import { importPaths } from '../../src/pipeline/importStage.js';
import { parseStage } from '../../src/pipeline/parseStage.js';
import { explainStage } from '../../src/pipeline/explainStage.js';
import { extractStage } from '../../src/pipeline/extractStage.js';
import { buildSampleSite, SEED_000_ID, SEED_001_ID, type BuiltSite } from '../support/sampleSite.js';
import { parseExplainer } from '../../src/domain/explainer.js';

let s: BuiltSite;
const read = (p: string) => readFileSync(join(s.site, p), 'utf8');
const XSS_ID = 'aaaaaaaa-0000-4000-8000-000000000001';
const LIQUID_ID = 'aaaaaaaa-0000-4000-8000-000000000002';
const GARBLED_ID = 'aaaaaaaa-0000-4000-8000-000000000003';

/**
 * Each describe builds its own site, before its first test (also when one test runs alone): the tests that change the
 * store and rebuild get a site of their own, so the ones that read the first build see it as built.
 */
function withSampleSite(): void {
  beforeAll(async () => {
    s = await buildSampleSite();
  }, 120_000);
  afterAll(() => s?.cleanup());
}

describe('static site on the sample', () => {
  withSampleSite();

  it('writes home, motion, overview, feed, sitemap, export and search files', () => {
    expect(s.report.motions).toBeGreaterThanOrEqual(60);
    for (const p of ['index.html', 'uitleg.html', 'zoeken.html', 'assets/style.css', 'assets/zoeken.js', 'feeds/moties.xml', 'sitemap.xml', 'sitemap-1.xml', 'data/index.json', 'themas/index.html', 'fracties/index.html', 'leden/index.html', 'dossiers/index.html', 'archief/index.html', 'brieven/index.html']) {
      expect(existsSync(join(s.site, p)), p).toBe(true);
    }
    expect(readdirSync(join(s.site, 'moties')).length).toBe(s.report.motions);
    expect(s.report.searchShardsRebuilt.length).toBeGreaterThan(0);
    for (const shard of s.report.searchShardsRebuilt) expect(existsSync(join(s.site, 'zoekindex', shard, 'pagefind.js'))).toBe(true);
  });

  it('shows the seed motion with its implication, explainer, PDF link, theme and highlighted dictum', () => {
    const page = read(`moties/${SEED_000_ID}.html`);
    expect(page).toContain('<html lang="nl">');
    expect(page).toMatch(/<p class="implicatie">Als de motie wordt aangenomen, dan [^<]+<\/p>/);
    expect(page).toContain('Document(b97fb706-5a2f-494a-8d01-5f18e2d0628c)/resource');
    expect(page).toContain('<mark class="dictum">verzoekt de regering');
    expect(page).toMatch(/Uitleg: (regels|taalmodel|overgenomen)/);
    expect(page).toContain('migratie en asiel');
    expect(page).toContain('Stoffer');
    // Every link inside the site is relative, so the site opens from disk.
    expect(page).not.toMatch(/(href|src)="\/(?!\/)/);
    expect(read('archief/2023-02.html')).toContain(`../moties/${SEED_000_ID}.html`);
    expect(read('dossiers/32317.html')).toContain(`../moties/${SEED_000_ID}.html`);
    expect(read('themas/migratie-en-asiel.html')).toContain(`../moties/${SEED_000_ID}.html`);
    expect(read('index.html')).toMatch(/<strong>\d+<\/strong> moties/);
  });

  it('lists motions newest first on the home page and in the Jekyll index', () => {
    const dates = [...read('index.html').matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]!);
    expect(dates.length).toBeGreaterThan(10);
    expect([...dates].sort().reverse()).toEqual(dates);
    const index = readFileSync(join(s.jekyll, 'index.md'), 'utf8');
    expect(index).toContain('| Motie | Implicatie | Orgineel | Datum |');
    const jdates = [...index.matchAll(/\| (\d{4}-\d{2}-\d{2}) \|$/gm)].map((m) => m[1]!);
    expect(jdates.length).toBe(s.report.motions);
    expect([...jdates].sort().reverse()).toEqual(jdates);
  });

  it('writes the seed pages back byte for byte in the Jekyll folder', () => {
    for (const [id, prefix] of [[SEED_000_ID, '000_'], [SEED_001_ID, '001_']] as const) {
      const seed = readdirSync('fixtures/seeds').find((f) => f.startsWith(prefix))!;
      expect(readFileSync(join(s.jekyll, 'moties', `${id}.md`), 'utf8')).toBe(readFileSync(join('fixtures/seeds', seed), 'utf8'));
    }
  });

  it('exports every motion as JSON and announces feeds and sitemaps with absolute URLs', () => {
    const index = JSON.parse(read('data/index.json')) as { bestanden: { pad: string; moties: number }[] };
    let rows = 0;
    for (const f of index.bestanden) {
      const list = JSON.parse(read(`data/${f.pad}`)) as { id: string; implicatie: string | null }[];
      expect(list.length).toBe(f.moties);
      rows += list.length;
    }
    expect(rows).toBe(s.report.motions);
    expect(read('feeds/moties.xml')).toMatch(/^<\?xml[^]*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"[^]*<entry>/);
    expect(read('sitemap-1.xml')).toContain(`<loc>http://127.0.0.1:8080/moties/${SEED_000_ID}.html</loc>`);
  });

});

describe('static site on the sample, rebuilt after a change', () => {
  withSampleSite();

  it('rebuilds nothing when nothing changed, and only the changed motion when one changes', async () => {
    await s.rebuild(); // whatever another test here changed
    const again = await s.rebuild();
    expect(again.motionsChanged).toBe(0);
    expect(again.pagesWritten).toBe(0);
    expect(again.searchShardsRebuilt).toEqual([]);
    expect(again.jekyll?.pagesWritten).toBe(0);

    const e = getExplanations(s.store.db, SEED_001_ID).find((x) => x.family === 'rules' || x.family === 'imported')!;
    saveExplanation(s.store.db, SEED_001_ID, 'llm', 'test', { ...e, explainer: parseExplainer('openai:test@v1'), implicatie: 'Als de motie wordt aangenomen, dan verandert deze zin.', status: 'ok', reason: null });
    const after = await s.rebuild();
    expect(after.motionsChanged).toBe(1);
    expect(after.searchShardsRebuilt).toEqual(['2024-k1']);
    expect(read(`moties/${SEED_001_ID}.html`)).toContain('dan verandert deze zin.');
    // The motion page, and the overview pages that show it (home, its month, dossier, feeds …), nothing else.
    expect(after.pagesWritten).toBeGreaterThan(1);
    expect(after.pagesWritten).toBeLessThan(25);
    // The seed's own Jekyll page stays as imported.
    expect(after.jekyll?.pagesWritten).toBe(1); // index.md (implication changed)
  });

  it('writes the same search filter values motion by motion as in one pass (build --force)', async () => {
    const facets = () => s.store.db.prepare('SELECT facet, value, document_id FROM publish_facets ORDER BY 1, 2, 3').raw().all();
    // A motion published by the incremental path (one changed motion) has its values written one by one.
    await s.rebuild(); // whatever another test here changed
    const e = getExplanations(s.store.db, SEED_000_ID).find((x) => x.family === 'rules' || x.family === 'imported')!;
    saveExplanation(s.store.db, SEED_000_ID, 'llm', 'test', { ...e, explainer: parseExplainer('openai:test@v1'), implicatie: 'Als de motie wordt aangenomen, dan verandert ook deze zin.', status: 'ok', reason: null });
    expect((await s.rebuild()).motionsChanged).toBe(1);
    const before = facets();
    const motions = s.store.db.prepare('SELECT COUNT(*) FROM publish_motions').pluck().get() as number;
    expect(motions).toBeGreaterThanOrEqual(s.report.motions);
    expect(before.length).toBeGreaterThan(motions * 3);
    expect(before).toContainEqual(['thema', 'migratie en asiel', SEED_000_ID]);
    const forced = await s.rebuild({ force: true });
    expect(forced.motionsChanged).toBe(motions);
    expect(facets()).toEqual(before);
    // The index the one-pass rebuild drops and creates again is back.
    expect(s.store.db.prepare("SELECT name FROM sqlite_master WHERE name = 'publish_facets_document'").pluck().get()).toBe('publish_facets_document');
  });

  it('rebuilds a motion when its vote data changes (sync tables)', async () => {
    const voted = s.store.db.prepare("SELECT document_id, zaak_id FROM tk_document_zaak LIMIT 1").get() as { document_id: string; zaak_id: string } | undefined;
    expect(voted, 'the sample links motions to zaken').toBeTruthy();
    const zaak = loadMotionZaak(s.store.db, voted!.document_id)!;
    await s.rebuild({ searchIndex: false });
    upsertZaak(s.store.db, { Id: zaak.zaakId, Nummer: zaak.nummer, Kabinetsappreciatie: 'Overgenomen (test)', ApiGewijzigdOp: '2099-01-01T00:00:00Z' });
    const after = await s.rebuild({ searchIndex: false });
    expect(after.motionsChanged).toBe(1);
    expect(read(`moties/${voted!.document_id}.html`)).toContain('Kabinetsappreciatie: <strong>Overgenomen (test)</strong>');
  });

  it('rebuilds a motion when a Vergissing arrives as a changed stemming under an unchanged besluit', async () => {
    const db = s.store.db;
    const b = db.prepare(`SELECT dz.document_id, b.id, b.api_gewijzigd_op FROM tk_document_zaak dz JOIN tk_besluit_zaak bz ON bz.zaak_id = dz.zaak_id
      JOIN tk_besluit b ON b.id = bz.besluit_id WHERE EXISTS (SELECT 1 FROM tk_stemming s WHERE s.besluit_id = b.id) LIMIT 1`).get() as { document_id: string; id: string; api_gewijzigd_op: string | null } | undefined;
    expect(b, 'the sample has stemmingen').toBeTruthy();
    // The sample's stemmingen came as SyncFeed XML: the correction arrives as that stemming re-emitted with vergissing.
    const raw = db.prepare('SELECT raw FROM tk_stemming WHERE besluit_id = ? ORDER BY id LIMIT 1').pluck().get(b!.id) as string;
    await s.rebuild({ searchIndex: false });
    const fingerprint = () => db.prepare('SELECT fingerprint FROM publish_motions WHERE document_id = ?').pluck().get(b!.document_id);
    const before = fingerprint();
    const corrected = raw.replace(/<vergissing>false<\/vergissing>/, '').replace(/<\/(\w+:)?stemming>$/, '<vergissing>true</vergissing>$&');
    const entry = { ...parseEntityXml(corrected, 'test')!, updated: '2099-02-01T00:00:00Z', token: 99_999_999 };
    const writer = feedWriter(s.store, { keep: 'all', counts: emptyFeedCounts(), info: () => {}, files: null as never });
    db.transaction(() => {
      writer.write('Stemming', writer.typed('Stemming', entry)!, corrected, entry.token);
      writer.flush();
    })();
    expect(db.prepare('SELECT vergissing FROM tk_stemming WHERE raw = ?').pluck().get(corrected)).toBe(1);
    const after = await s.rebuild({ searchIndex: false });
    expect(after.motionsChanged).toBeGreaterThanOrEqual(1);
    expect(fingerprint()).not.toBe(before);
    const again = await s.rebuild({ searchIndex: false });
    expect(again.motionsChanged).toBe(0);
  });

  it('renders a motion titled <script>alert(1)</script> and one with {{ site.title }} as text, in HTML and Jekyll', async () => {
    const file = join(s.dir, 'evil.jsonl');
    const tekst = (kop: string) => `Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2022–2023\n\n32 317\n\nJBZ-Raad\n\nNr. 999\n\n${kop}\nVoorgesteld 9 februari 2023\nDe Kamer,\ngehoord de beraadslaging,\nverzoekt de regering <b>vet</b> en {% raw %} {{ site.title }} te doen,\nen gaat over tot de orde van de dag.\nX\n`;
    writeFileSync(file, [
      JSON.stringify({ id: XSS_ID, titel: '<script>alert(1)</script>', onderwerp: 'Motie van het lid X over <script>alert(1)</script>', tekst: tekst('MOTIE VAN HET LID X'), datum: '2023-02-09' }),
      JSON.stringify({ id: LIQUID_ID, titel: '{{ site.title }}', onderwerp: 'Motie van het lid Y over {{ site.title }} en {% include x %}', tekst: tekst('MOTIE VAN HET LID Y'), datum: '2023-02-09' }),
    ].join('\n') + '\n');
    expect(importPaths(s.store, [file]).failures).toEqual([]);
    await extractStage(s.store, {});
    parseStage(s.store, {});
    explainStage(s.store, {});
    await s.rebuild({ searchIndex: false });
    for (const p of [`moties/${XSS_ID}.html`, 'archief/2023-02.html', 'dossiers/32317.html', 'feeds/dossiers-32317.xml', 'sitemap-1.xml'.replace(/.*/, `moties/${XSS_ID}.html`)]) {
      const page = read(p);
      expect(page, p).not.toContain('<script>alert(1)');
      expect(page, p).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    expect(read(`moties/${XSS_ID}.html`)).not.toContain('<b>vet</b>');
    const md = readFileSync(join(s.jekyll, 'moties', `${LIQUID_ID}.md`), 'utf8');
    expect(md).not.toMatch(/\{\{|\{%/);
    expect(md).toContain('&#123;&#123; site.title &#125;&#125;');
    const xssMd = readFileSync(join(s.jekyll, 'moties', `${XSS_ID}.md`), 'utf8');
    expect(xssMd).not.toMatch(/<script|<b>/);
    expect(readFileSync(join(s.jekyll, 'index.md'), 'utf8')).not.toMatch(/\{\{|\{%|<script/);
  });

  it('warns "tekst onleesbaar" for a motion whose text is garbled and has no explanation', async () => {
    const file = join(s.dir, 'garbled.jsonl');
    writeFileSync(file, JSON.stringify({ id: GARBLED_ID, titel: 'Iets', onderwerp: 'Motie van het lid Z over iets', tekst: 'xq zzv ppp', datum: '2023-02-10' }) + '\n');
    importPaths(s.store, [file]);
    saveText(s.store.db, GARBLED_ID, 'garbled-test', { text: 'x#q zz@v ¤¤ pp', verdict: { status: 'garbled', score: 0.1, reason: 'de tekstlaag van de PDF is onleesbaar' }, engine: 'pdftotext', rendition: 'pdf', pages: 1, footnotes: [], letterhead: null, trailer: { kst: null, issn: null } });
    s.store.db.prepare('DELETE FROM explanations WHERE document_id = ?').run(GARBLED_ID);
    saveExplanation(s.store.db, GARBLED_ID, 'rules', 'x', { samenvatting: '', implicatie: '', explainer: parseExplainer('rules@1'), status: 'not-explained', reason: 'tekst onleesbaar', bron: null });
    await s.rebuild({ searchIndex: false });
    const page = read(`moties/${GARBLED_ID}.html`);
    expect(page).toContain('Tekst onleesbaar.');
    expect(page).toContain('de tekstlaag van de PDF is onleesbaar');
    expect(page).not.toContain('class="implicatie"');
  });
});
