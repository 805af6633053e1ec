import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/db.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { buildSampleSite, SEED_000_ID, type BuiltSite } from '../support/sampleSite.js';
import { startFakeSyncFeedServer } from '../support/fakeSyncFeedServer.js';
import { tempDir } from '../support/tempStore.js';
import { CHROMIUM_ARGS, chromiumPath, needs } from '../support/tools.js';

/** WCAG 2.1 levels A and AA, as Dutch public-sector sites are held to. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface ExportRow { id: string; zetels_voor: number | null; implicatie: string | null; tekst_status: string }

/**
 * The pages checked. To add one: a name and its path in the built site (a function when it depends on the data);
 * `optional` pages are checked when the build wrote them (e.g. a page another change adds).
 */
interface PageCase {
  name: string;
  path: (site: SiteFacts) => string | null;
  optional?: boolean;
  /** What to do on the page before it is checked (type a query, pick a filter). */
  prepare?: (page: Page, site: SiteFacts) => Promise<void>;
}

interface SiteFacts { dir: string; rows: ExportRow[] }

/** The first page (by name) in a folder of the built site, so the list does not name data that may change. */
const firstIn = (folder: string) => (s: SiteFacts) => {
  const files = existsSync(join(s.dir, folder)) ? readdirSync(join(s.dir, folder)).filter((f) => f.endsWith('.html') && f !== 'index.html').sort() : [];
  return files[0] ? `${folder}/${files[0]}` : null;
};

const PAGES: PageCase[] = [
  { name: 'home', path: () => 'index.html' },
  { name: 'uitleg', path: () => 'uitleg.html' },
  { name: 'search, empty', path: () => 'zoeken.html' },
  {
    name: 'search with results',
    path: () => 'zoeken.html?q=migratie',
    prepare: async (page) => {
      await page.locator(`#resultaten a[href$="moties/${SEED_000_ID}.html"]`).waitFor({ timeout: 20_000 });
    },
  },
  {
    name: 'search with results and filters',
    path: () => 'zoeken.html?q=motie',
    prepare: async (page) => {
      await page.locator('#resultaten a').first().waitFor({ timeout: 20_000 });
      const options = await page.locator('select[name=fractie] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      await page.selectOption('select[name=fractie]', options[0]!);
      await page.locator('#status', { hasText: /resultaten?$/ }).waitFor({ timeout: 20_000 });
    },
  },
  { name: 'motion with an explanation', path: () => `moties/${SEED_000_ID}.html` },
  { name: 'motion with a vote', path: (s) => `moties/${s.rows.find((r) => r.zetels_voor !== null && r.implicatie)!.id}.html` },
  { name: 'motion with a doubtful text', path: (s) => `moties/${s.rows.find((r) => r.tekst_status === 'suspect')!.id}.html` },
  { name: 'fractie', path: firstIn('fracties') },
  { name: 'lid', path: firstIn('leden') },
  { name: 'dossier', path: firstIn('dossiers') },
  { name: 'thema', path: firstIn('themas') },
  { name: 'archief', path: firstIn('archief') },
  { name: 'letters', path: () => 'brieven/index.html' },
  { name: 'letter', path: firstIn('brieven') },
  { name: 'begrippen (glossary)', path: () => 'begrippen/index.html' },
  { name: 'toezeggingen', path: () => 'toezeggingen/index.html' },
  { name: 'toezeggingen te laat', path: () => 'toezeggingen/te-laat.html' },
  { name: 'toezegging', path: firstToezegging },
  { name: 'wat werd ervan', path: () => 'wat-werd-ervan/index.html' },
  { name: 'wat werd ervan, one ministerie', path: firstIn('wat-werd-ervan') },
];

/** A toezegging's own page (named by its GUID). */
function firstToezegging(s: SiteFacts): string | null {
  const dir = join(s.dir, 'toezeggingen');
  const page = existsSync(dir) ? readdirSync(dir).filter((f) => /^[0-9a-f-]{36}\.html$/.test(f)).sort()[0] : undefined;
  return page ? `toezeggingen/${page}` : null;
}

/**
 * The sample has no toezeggingen (no real one was ever published): the stand-in's synthetic ones are saved as a SyncFeed
 * page and imported beside it, so that their pages are checked too.
 */
async function syntheticToezeggingen(dir: string): Promise<string> {
  const feed = await startFakeSyncFeedServer({ zaakLimit: 1, toezeggingen: true, unrelated: false });
  try {
    const file = join(dir, 'toezeggingen.xml');
    writeFileSync(file, await (await fetch(`${feed.baseUrl}/Feed?category=Toezegging`)).text());
    return file;
  } finally {
    await feed.close();
  }
}

const haveChromium = needs('accessibility tests', 'chromium');

describe.skipIf(!haveChromium)('accessibility: axe-core, WCAG 2.1 A and AA, in Debian chromium', () => {
  let s: BuiltSite;
  let ro: Store;
  let server: RunningServer;
  let browser: Browser;
  let facts: SiteFacts;
  let extra: { dir: string; cleanup: () => void };

  beforeAll(async () => {
    extra = tempDir();
    s = await buildSampleSite(['sample', await syntheticToezeggingen(extra.dir)]);
    ro = openStore(s.dbPath, { readonly: true });
    server = await startServer({ store: ro, siteDir: s.site, port: 0 });
    const index = JSON.parse(readFileSync(join(s.site, 'data/index.json'), 'utf8')) as { bestanden: { pad: string }[] };
    const rows = index.bestanden.flatMap((f) => JSON.parse(readFileSync(join(s.site, 'data', f.pad), 'utf8')) as ExportRow[]);
    facts = { dir: s.site, rows };
    browser = await chromium.launch({ executablePath: chromiumPath()!, args: CHROMIUM_ARGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    ro?.close();
    s?.cleanup();
    extra?.cleanup();
  });

  it.for(PAGES)('$name: no violations', async (c, { skip }) => {
    const path = c.path(facts);
    if (c.optional && (path === null || !existsSync(join(facts.dir, path.split('?')[0]!)))) {
      skip(`${c.name}: ${path} is not in this build`);
      return;
    }
    expect(path, `${c.name}: a page to check`).not.toBeNull();
    // axe needs a page of its own context (it opens a blank page beside it).
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}${path}`);
      await c.prepare?.(page, facts);
      expect(await page.getAttribute('html', 'lang')).toBe('nl');
      const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
      const violations = result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ')}]` : ''}`).join('; ')}`,
      );
      expect(violations, `${c.name} (${path})`).toEqual([]);
      expect(result.passes.length, 'axe ran its checks').toBeGreaterThan(10);
    } finally {
      await context.close();
    }
  });

  it('the search filters work from the keyboard alone', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}zoeken.html?q=motie`);
      await page.locator('#resultaten a').first().waitFor({ timeout: 20_000 });
      const before = await page.textContent('#status');
      // Tab from the top of the page to the fractie filter, as a keyboard user would.
      let focused = '';
      for (let i = 0; i < 40 && focused !== 'fractie'; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name ?? '');
      }
      expect(focused, 'the fractie filter is reachable with Tab').toBe('fractie');
      const outline = await page.evaluate(() => {
        const st = getComputedStyle(document.activeElement!);
        return { style: st.outlineStyle, width: parseFloat(st.outlineWidth), shadow: st.boxShadow };
      });
      expect(outline.style !== 'none' && outline.width > 0 || outline.shadow !== 'none', 'the focus is visible').toBe(true);
      await page.keyboard.press('ArrowDown');
      const fractie = await page.inputValue('select[name=fractie]');
      expect(fractie).not.toBe('');
      await page.waitForFunction((f) => new URL(location.href).searchParams.get('fractie') === f, fractie, { timeout: 20_000 });
      await page.locator('#status', { hasText: /resultaten?$/ }).waitFor({ timeout: 20_000 });
      await page.waitForFunction((b) => document.querySelector('#status')?.textContent !== b, before, { timeout: 20_000 });
      const after = await page.textContent('#status');
      expect(Number(after!.match(/^(\d+)/)![1])).toBeLessThan(Number(before!.match(/^(\d+)/)![1]));
    } finally {
      await context.close();
    }
  });

  it('the vote bar has a text equivalent, and its parts and the charts contrast 3:1 with what they touch (WCAG 1.4.11)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const voted = facts.rows.find((r) => r.zetels_voor !== null && r.implicatie)!;
      await page.goto(`${server.url}moties/${voted.id}.html`);
      const bar = page.locator('figure.votebar');
      expect(await bar.locator('svg').getAttribute('role')).toBe('img');
      expect(await bar.locator('svg').getAttribute('aria-label')).toMatch(/^\d+ zetels voor, \d+ zetels tegen$/);
      expect(await bar.locator('figcaption').textContent()).toMatch(new RegExp(`^${voted.zetels_voor} voor · \\d+ tegen`));
      const low: string[] = [];
      for (const [path, selector] of [[`moties/${voted.id}.html`, 'figure.votebar rect.voor, figure.votebar rect.tegen'], [firstIn('fracties')(facts)!, 'svg.chart rect']] as const) {
        await page.goto(`${server.url}${path}`);
        low.push(...(await page.evaluate(lowContrast, [selector, 'parts'] as [string, 'parts'])));
        // Form controls: their border is what shows where to click or type.
        if (path.startsWith('fracties')) {
          await page.goto(`${server.url}zoeken.html`);
          low.push(...(await page.evaluate(lowContrast, ['input, select', 'borders'] as [string, 'borders'])));
        }
      }
      expect(low).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/**
 * Runs in the page (so it holds its own helpers): what contrasts less than 3:1 with what it touches.
 * `parts`: SVG parts (by selector) against the page background, or against the track they lie on (the class-less
 * first rect of a vote bar). `borders`: form controls' borders (or their own fill, for a button) against the
 * background around them.
 */
function lowContrast([selector, what]: [string, 'parts' | 'borders']): string[] {
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? ['255', '255', '255']).slice(0, 3).map(Number);
  const lum = (c: string) => {
    const [r, g, b] = rgb(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a: string, b: string) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
    return (x + 0.05) / (y + 0.05);
  };
  const background = (el: Element | null): string => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (c && !/rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent') return c;
    }
    return 'rgb(255, 255, 255)';
  };
  const out: string[] = [];
  for (const el of Array.from(document.querySelectorAll(selector))) {
    if (what === 'parts') {
      const fill = getComputedStyle(el).fill;
      const svg = el.closest('svg')!;
      const track = svg.closest('figure.votebar') ? svg.querySelector('rect:not([class])') : null;
      const against = [background(svg), ...(track && track !== el ? [getComputedStyle(track).fill] : [])];
      for (const b of against) if (ratio(fill, b) < 3) out.push(`${selector}: ${fill} on ${b} is ${ratio(fill, b).toFixed(2)}:1`);
    } else {
      const around = background(el.parentElement);
      const st = getComputedStyle(el);
      // A control filled with a colour of its own (a button) is told apart by that fill.
      const edge = ratio(st.backgroundColor, around) >= 3 ? st.backgroundColor : st.borderTopColor;
      if (ratio(edge, around) < 3) out.push(`${el.tagName.toLowerCase()}[name=${(el as HTMLInputElement).name}]: border ${edge} on ${around} is ${ratio(edge, around).toFixed(2)}:1`);
    }
  }
  return out;
}
