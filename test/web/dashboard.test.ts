import type { FastifyInstance } from 'fastify';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.js';
import { openStore, type Db } from '../../src/store/openStore.js';
import { writeCorpus } from '../server/corpus.js';

/*
 * The dashboard in Debian's chromium (playwright-core), over the hand-made
 * store of test/server/corpus.ts: IRN–RUS has 4 root events (e1 in Tehran,
 * e2 in Moscow, e4 and e6 not located), 3 months. Screenshots go to
 * test-artifacts/ (git-ignored). Skipped, saying so, where /usr/bin/chromium
 * is missing (`apt-get install -y chromium`; .ci/run installs it).
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`dashboard browser tests SKIPPED: ${CHROMIUM} not found (apt-get install -y chromium)`);

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = join(ROOT, 'test-artifacts');

describe.skipIf(!hasChromium)('dashboard in chromium', () => {
  let dir: string;
  let db: Db;
  let app: FastifyInstance;
  let context: BrowserContext;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-web-'));
    const webDir = join(dir, 'web');
    await build({ configFile: join(ROOT, 'web/vite.config.ts'), build: { outDir: webDir }, logLevel: 'error' });
    writeCorpus(join(dir, 'web.sqlite')).close();
    db = openStore(join(dir, 'web.sqlite'), { readonly: true });
    app = await buildServer({ db, webDir });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    mkdirSync(ARTIFACTS, { recursive: true });
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1400, height: 1000 },
    });
    page = context.pages()[0] ?? await context.newPage();
    page.on('pageerror', (err) => { throw err; });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
    db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens on the busiest dyad (IRN → RUS, 2 events) with its series, network and map', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('#series[data-points]');
    expect(new URL(page.url()).search).toBe('?a=IRN&b=RUS');
    expect(await page.inputValue('input[name=a]')).toBe('IRN');
    expect(await page.getAttribute('#series', 'data-points')).toBe('3'); // 2019-01, 2019-02, 2019-03
    expect(await page.getAttribute('#network', 'data-nodes')).toBe('3'); // IRN, RUS, USA
    await page.waitForSelector('#map svg .place');
    expect(await page.locator('#map .place').count()).toBe(2); // Tehran, Moscow
    expect(await page.locator('#map .country.side-a').count()).toBe(1); // Iran shaded
    expect(await page.textContent('#map-note')).toBe('2 of 4 events located at 2 places; 2 without a location yet (not drawn). Shaded: IRN RUS');
    expect(await page.locator('#events tbody tr').count()).toBe(4);
    expect(await page.textContent('#events-count')).toBe('(4, newest first)');
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-overview.png'), fullPage: true });
  });

  it('picks another dyad in the form; the URL follows', async () => {
    await page.fill('input[name=a]', 'usa');
    await page.fill('input[name=b]', 'IRN');
    await page.click('#filters button[type=submit]');
    await page.waitForFunction(() => document.querySelector('#dyad-title')?.textContent === 'USA ⇄ IRN');
    await page.waitForFunction(() => document.querySelector('#series')?.getAttribute('data-points') === '1');
    expect(new URL(page.url()).search).toBe('?a=USA&b=IRN');
    expect(await page.locator('#events tbody tr').count()).toBe(1);
    expect(await page.textContent('#map-note')).toContain('0 of 1 events located at 0 places; 1 without a location yet');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#dyad-title')?.textContent === 'IRN ⇄ RUS');
  });

  it('shows an event\'s sentence with source, verb and target highlighted, and its story', async () => {
    await page.goto(`${base}/?a=IRN&b=RUS&quad=4`);
    await page.waitForSelector('#events tbody tr[data-id="e6"]');
    expect(await page.locator('#events tbody tr').count()).toBe(1); // only the attack is QuadClass 4
    await page.click('#events tbody tr[data-id="e6"]');
    await page.waitForSelector('[data-testid=evidence-sentence]');
    expect(new URL(page.url()).searchParams.get('event')).toBe('e6');
    const sentence = page.locator('[data-testid=evidence-sentence]');
    expect(await sentence.textContent()).toBe('Iranian forces fired on Russian ships.');
    expect(await sentence.locator('mark.source').textContent()).toBe('Iranian forces');
    expect(await sentence.locator('mark.verb').textContent()).toBe('fired');
    expect(await sentence.locator('mark.target').textContent()).toBe('Russian ships');
    await page.locator('#evidence').screenshot({ path: join(ARTIFACTS, 'dashboard-evidence.png') });
    await page.click('a.open-story');
    await page.waitForSelector('#story-panel:not([hidden]) .story-text mark.verb');
    expect(await page.textContent('#story .story-text')).toBe('Tensions rose in the Caspian Sea. Iranian forces fired on Russian ships.');
    expect(await page.textContent('#story .story-text mark.verb')).toBe('fired');
    expect(new URL(page.url()).searchParams.get('story')).toBe('f1');
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-story.png'), fullPage: true });
  });

  it('reloads the same view from the URL alone', async () => {
    await page.goto(`${base}/?a=IRN&b=RUS&interval=week&event=e1`);
    await page.waitForSelector('[data-testid=evidence-sentence] mark.verb');
    expect(await page.inputValue('select[name=interval]')).toBe('week');
    expect(await page.getAttribute('#series', 'data-points')).toBe('3'); // weeks of 2019-01-07, 2019-01-28, 2019-03-11
    expect(await page.getAttribute('#series', 'data-periods')).toBe('10'); // every Monday from 2019-01-07 to 2019-03-11
    expect(await page.textContent('[data-testid=evidence-sentence]')).toBe('Iran met Russia in Tehran.');
  });

  it('shows the server\'s one-line message for a bad filter', async () => {
    await page.goto(`${base}/?a=IRN&b=RUS&q=${encodeURIComponent('AND (')}`);
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toMatch(/^The server said: text: not a valid full-text query/);
  });
});
