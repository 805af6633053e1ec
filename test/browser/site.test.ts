import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openStore, type Store } from '../../src/store/db.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { buildSampleSite, SEED_000_ID, type BuiltSite } from '../support/sampleSite.js';
import { CHROMIUM_ARGS, chromiumPath, needs } from '../support/tools.js';

const ARTIFACTS = 'test-artifacts';
const haveChromium = needs('browser tests', 'chromium');

interface ExportRow { id: string; indieners_fracties: { naam: string; fractie: string | null }[]; zetels_voor: number | null; implicatie: string | null }

describe.skipIf(!haveChromium)('the site in a real browser', () => {
  let s: BuiltSite;
  let ro: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  let rows: ExportRow[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    s = await buildSampleSite();
    ro = openStore(s.dbPath, { readonly: true });
    server = await startServer({ store: ro, siteDir: s.site, port: 0 });
    const index = JSON.parse(readFileSync(join(s.site, 'data/index.json'), 'utf8')) as { bestanden: { pad: string }[] };
    rows = index.bestanden.flatMap((f) => JSON.parse(readFileSync(join(s.site, 'data', f.pad), 'utf8')) as ExportRow[]);
    browser = await chromium.launch({
      executablePath: chromiumPath()!,
      args: CHROMIUM_ARGS,
    });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
    // A request cut off because the test navigates on (ERR_ABORTED) is not an error of the site.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    ro?.close();
    s?.cleanup();
  });

  it('finds the Stoffer and Bisschop motion when typing "migratie", with the query in the URL', async () => {
    await page.goto(`${server.url}zoeken.html`);
    await page.fill('#q', 'migratie');
    await page.press('#q', 'Enter');
    const hit = page.locator(`#resultaten a[href$="moties/${SEED_000_ID}.html"]`);
    await hit.waitFor({ timeout: 20_000 });
    expect(await hit.textContent()).toContain('Stoffer en Bisschop');
    expect(new URL(page.url()).searchParams.get('q')).toBe('migratie');
    await page.screenshot({ path: join(ARTIFACTS, 'zoeken-migratie.png'), fullPage: true });
    // A shared link gives the same search.
    await page.goto(`${server.url}zoeken.html?q=migratie`);
    await page.locator(`#resultaten a[href$="moties/${SEED_000_ID}.html"]`).waitFor({ timeout: 20_000 });
  });

  it('filters by a fractie', async () => {
    const counts = new Map<string, number>();
    for (const r of rows) for (const f of new Set(r.indieners_fracties.map((i) => i.fractie).filter(Boolean))) counts.set(f!, (counts.get(f!) ?? 0) + 1);
    expect(counts.size, 'the sample has indieners with fracties').toBeGreaterThan(0);
    const [fractie, expected] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    await page.goto(`${server.url}zoeken.html`);
    await page.selectOption('select[name=fractie]', fractie);
    await page.locator('#status', { hasText: /resultaten?$/ }).waitFor({ timeout: 20_000 });
    expect(await page.textContent('#status')).toBe(expected === 1 ? '1 resultaat' : `${expected} resultaten`);
    expect(new URL(page.url()).searchParams.get('fractie')).toBe(fractie);
    await page.screenshot({ path: join(ARTIFACTS, 'zoeken-fractie.png'), fullPage: true });
  });

  it('shows a motion page with its implication and, where voted, the vote bar', async () => {
    await page.goto(`${server.url}moties/${SEED_000_ID}.html`);
    expect(await page.locator('.implicatie').textContent()).toMatch(/^Als de motie wordt aangenomen, dan /);
    const voted = rows.find((r) => r.zetels_voor !== null && r.implicatie);
    expect(voted, 'the sample has voted motions').toBeTruthy();
    await page.goto(`${server.url}moties/${voted!.id}.html`);
    await page.locator('.implicatie').waitFor();
    const bar = page.locator('figure.votebar svg');
    expect(await bar.isVisible()).toBe(true);
    expect(await bar.getAttribute('aria-label')).toMatch(new RegExp(`^${voted!.zetels_voor} zetels voor, \\d+ zetels tegen$`));
    await page.screenshot({ path: join(ARTIFACTS, 'motie.png'), fullPage: true });
    // The README's screenshots are refreshed on request (MOTIEMONITOR_SCREENSHOTS=1 npx vitest run test/browser),
    // so that a test run never changes files of the repository.
    const shots = process.env.MOTIEMONITOR_SCREENSHOTS === '1' ? 'docs/screenshots' : ARTIFACTS;
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, shots === ARTIFACTS ? 'motie-readme.png' : 'motie.png'), fullPage: false });
    await page.goto(`${server.url}index.html`);
    await page.screenshot({ path: join(shots, shots === ARTIFACTS ? 'home-readme.png' : 'home.png'), fullPage: false });
    await page.screenshot({ path: join(ARTIFACTS, 'home.png'), fullPage: true });
  });

  it('is readable on a phone and without JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const phone = await ctx.newPage();
    await phone.goto(`${server.url}moties/${SEED_000_ID}.html`);
    expect(await phone.locator('.implicatie').isVisible()).toBe(true);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: join(ARTIFACTS, 'motie-telefoon.png'), fullPage: true });
    await ctx.close();
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
