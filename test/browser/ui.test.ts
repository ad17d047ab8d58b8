/**
 * The web UI in a real browser (Debian's chromium via playwright-core):
 * 1. over the real server (`orbit serve`) on a store that ingested examples/ and the seed
 *    articles plus a hostile article: home, search, reader highlights, entity page, graph, map,
 *    and hostile text shown escaped with no script run;
 * 2. over a canned API (mock-api.ts) that fills every panel, including hostile names, titles and
 *    snippets, and over an empty API, where every panel must show its empty state.
 * Screenshots go to test-artifacts/ui/. No console errors are allowed on any page.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  browserUnavailable,
  canvasHasInk,
  go,
  IN_CI,
  launch,
  ROOT,
  settle,
  shot,
  watchedPage,
  WEB_DIST,
} from './harness.js';
import { HOSTILE_TITLE, MOCK_IDS, startMockApi } from './mock-api.js';
import { runCli, serveData } from './server.js';
import { partly, sharedData, SHARED_DIR } from '../../src/testing/requirements.js';

const CLI = join(ROOT, 'dist', 'cli', 'main.js');

const unavailable = browserUnavailable();
// The real-server suite adds the seed articles when ../shared is there; the examples alone fill every page.
const REAL_SEEDS =
  !unavailable &&
  partly(
    'UI over the real server (test/browser/ui.test.ts)',
    sharedData('corpus/seeds'),
    'runs on examples/ only',
  )
    ? [join(SHARED_DIR, 'corpus', 'seeds')]
    : [];
if (unavailable && !IN_CI) console.warn(`[browser tests skipped] ${unavailable}`);
// In CI a missing browser or build must fail loudly, never skip.
const suite = unavailable && !IN_CI ? describe.skip : describe;

/** Fails the run in CI with the reason; used before anything else in each suite. */
function requireBrowser(): void {
  if (unavailable) throw new Error(`browser tests cannot run: ${unavailable}`);
}

async function expectNoXss(page: Page): Promise<void> {
  const flag = await page.evaluate(() => (window as unknown as { __orbitXss?: unknown }).__orbitXss);
  expect(flag, 'a script from article text ran').toBeUndefined();
  // Markup from text must not have become elements.
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('main script').count()).toBe(0);
}

const startServer = (data: string) => serveData(data, 60_000);
const run = runCli;

/** A hostile article written for this test: markup and script in title and body text. */
const HOSTILE_ARTICLE = [
  'Border talks <script>window.__orbitXss=1</script> resume in Tbilisi',
  '',
  'TBILISI — Georgia and Armenia resumed border talks on Monday, officials said. <img src=x onerror="window.__orbitXss=2"> A spokesman said the sides agreed to meet again in April.',
  '',
  '"We are <b>close</b> to a deal," the Armenian deputy foreign minister told reporters. </p><svg onload="window.__orbitXss=3"></svg>',
].join('\n');

suite('UI over the real server', () => {
  let browser: Browser;
  let server: { url: string; child: ChildProcess; log: () => string } | null = null;
  let base = '';

  beforeAll(async () => {
    requireBrowser();
    expect(existsSync(CLI), 'npm run build must have produced dist/cli/main.js').toBe(true);
    const help = await run(['serve', '--help']);
    if (help.code !== 0)
      throw new Error(
        `\`orbit serve\` is not available in dist/cli/main.js (exit ${help.code}): ${help.stderr.slice(0, 300)}`,
      );
    const dir = mkdtempSync(join(tmpdir(), 'orbit-ui-'));
    const hostile = join(dir, 'hostile-article.txt');
    writeFileSync(hostile, HOSTILE_ARTICLE);
    const data = join(dir, 'store');
    const ingest = await run([
      'ingest',
      join(ROOT, 'examples'),
      ...REAL_SEEDS,
      hostile,
      '--data',
      data,
      '--json',
    ]);
    expect(ingest.code, ingest.stderr).toBe(0);
    server = await startServer(data);
    base = server.url;
    browser = await launch();
    // Ingesting the examples and seeds takes minutes on a loaded machine.
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
  });

  it('shows the home page with corpus figures, latest documents and entities', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, base, '/');
    await expect
      .poll(() => page.locator('[data-testid=stats] .figure .value').first().textContent())
      .not.toBe('0');
    expect(await page.locator('[data-testid=latest-docs] li').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=top-entities] a.ent').count()).toBeGreaterThan(0);
    await shot(page, 'real-home');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches and highlights hits with <mark>', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, base, '/');
    await page.fill('[data-testid=home-search]', 'Kazakhstan');
    await page.press('[data-testid=home-search]', 'Enter');
    await page.waitForSelector('[data-testid=search-results] .result');
    await settle(page);
    expect(await page.locator('[data-testid=search-results] mark').count()).toBeGreaterThan(0);
    const marked = (await page.locator('[data-testid=search-results] mark').first().textContent()) ?? '';
    expect(marked.toLowerCase()).toContain('kazakh');
    await shot(page, 'real-search');
    // Open the first result: the reader shows highlighted entity mentions.
    await page.locator('[data-testid=search-results] .result a.doclink').first().click();
    await page.waitForSelector('[data-testid=article-text]');
    await settle(page);
    expect(await page.locator('[data-testid=article-text] a.m').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=facts-entities] a.ent').count()).toBeGreaterThan(0);
    await shot(page, 'real-reader');
    // And an entity page from a highlighted mention.
    await page.locator('[data-testid=article-text] a.m').first().click();
    await page.waitForSelector('[data-testid=entity-head] h1');
    await settle(page);
    expect(
      ((await page.locator('[data-testid=entity-head] h1').textContent()) ?? '').trim().length,
    ).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=entity-mentions] li').count()).toBeGreaterThan(0);
    await shot(page, 'real-entity');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the entity network on a canvas', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, base, '/network');
    const graph = page.locator('[data-testid=graph-canvas], [data-testid=graph-svg]');
    await graph.first().waitFor();
    expect(Number(await graph.first().getAttribute('data-nodes'))).toBeGreaterThan(1);
    if ((await page.locator('[data-testid=graph-canvas] canvas').count()) > 0) {
      await expect
        .poll(() => canvasHasInk(page, '[data-testid=graph-canvas] canvas.sigma-labels'))
        .toBe(true);
    }
    await shot(page, 'real-network');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the region map', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, base, '/map');
    await page.waitForSelector('[data-testid=map-svg] path.country');
    expect(await page.locator('[data-testid=map-svg] path.country').count()).toBeGreaterThan(20);
    expect(await page.locator('[data-testid=map-svg] path[data-a2=KZ]').count()).toBe(1);
    await shot(page, 'real-map');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows an article with <script> and <img onerror> text escaped, running nothing', async () => {
    const res = await fetch(`${base}/api/documents?limit=500`);
    expect(res.status).toBe(200);
    const list = (await res.json()) as { items: { id: string; source?: string }[] };
    const doc = list.items.find((d) => (d.source ?? '').endsWith('hostile-article.txt'));
    expect(doc, 'the hostile article was ingested').toBeTruthy();
    const { page, errors } = await watchedPage(browser);
    await go(page, base, `/doc/${doc!.id}`);
    await page.waitForSelector('[data-testid=article-text]');
    const text = (await page.locator('[data-testid=reader]').textContent()) ?? '';
    expect(text).toContain('onerror="window.__orbitXss=2"');
    await expectNoXss(page);
    await shot(page, 'real-hostile');
    expect(errors).toEqual([]);
    await page.close();
  });
});

suite('UI over a canned API', () => {
  let browser: Browser;
  let api: { url: string; close: () => Promise<void> };
  let empty: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    requireBrowser();
    api = await startMockApi(WEB_DIST);
    empty = await startMockApi(WEB_DIST, { empty: true });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await empty?.close();
  });

  it('home: figures, entities, documents, stories', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, api.url, '/');
    expect(await page.locator('[data-testid=stats] .figure').count()).toBe(8);
    expect(await page.locator('[data-testid=top-entities] a.ent').count()).toBe(7);
    expect(await page.locator('[data-testid=latest-docs] li').count()).toBe(3);
    expect(await page.locator('[data-testid=home-stories] li').count()).toBe(1);
    // A title with markup is shown as text.
    expect(await page.locator('[data-testid=latest-docs]').textContent()).toContain(HOSTILE_TITLE);
    await expectNoXss(page);
    await shot(page, 'mock-home');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('search: hit markers become <mark>, markup in snippets stays text', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, api.url, '/search?q=water');
    const marks = await page
      .locator('[data-testid=search-results] .result')
      .first()
      .locator('mark')
      .allTextContents();
    expect(marks).toEqual(['water', 'both']);
    expect(await page.locator('[data-testid=search-results] .snippet').first().textContent()).toContain(
      '<b>was</b>',
    );
    expect(await page.locator('[data-testid=search-results] b').count()).toBe(0);
    await shot(page, 'mock-search');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reader: mentions by type, quote with speaker and relay, times, events, copies', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, api.url, `/doc/${MOCK_IDS.DOC1}`);
    const text = page.locator('[data-testid=article-text]');
    expect(await text.locator('a.m').count()).toBe(6);
    expect(await text.locator('a.m.t-person').textContent()).toBe('Aidos Serikbay');
    expect(await text.locator('a.m.t-person').getAttribute('href')).toBe('#/entity/person%3Aaidos-serikbay');
    expect(await text.locator('.q').first().textContent()).toContain('We will build');
    expect(await text.locator('.qspk').textContent()).toContain('Aidos Serikbay');
    expect(await text.locator('time.tx').count()).toBe(2);
    expect(await text.locator('.evmark').textContent()).toBe('AGREE');
    // The hostile paragraph of this article is plain text.
    expect(await text.textContent()).toContain('<img src=x onerror="window.__orbitXss=2">');
    expect(await page.locator('[data-testid=facts-quotes] .relay').textContent()).toContain('Steppe Herald');
    expect(await page.locator('[data-testid=facts-events]').textContent()).toContain('AGREE');
    expect(await page.locator('[data-testid=facts-times] tr').count()).toBe(2);
    expect(await page.locator('[data-testid=facts-links]').textContent()).toContain('Copied by');
    // Side-panel "show" focuses the span in the text.
    await page.locator('[data-testid=facts-quotes] button.linkbtn').click();
    expect(await text.locator('.focus').first().textContent()).toContain('We will build');
    // Layers toggle off.
    await page.locator('.layers input').first().uncheck();
    expect(await text.locator('a.m').count()).toBe(0);
    await page.locator('.layers input').first().check();
    await expectNoXss(page);
    await shot(page, 'mock-reader');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reader of a hostile document: title, author, text, entity and quote all shown as text', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, api.url, `/doc/${MOCK_IDS.DOC3}`);
    const reader = page.locator('[data-testid=reader]');
    expect(await reader.locator('h1').textContent()).toBe(HOSTILE_TITLE);
    expect(await reader.textContent()).toContain('<svg onload="window.__orbitXss=4"></svg>');
    expect(await page.locator('[data-testid=facts]').textContent()).toContain(
      '<script>window.__orbitXss=6</script>',
    );
    expect(await page.locator('main svg').count()).toBe(0);
    await expectNoXss(page);
    await shot(page, 'mock-hostile');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('entity pages: aliases, relations, alignment chart with evidence, quotes, roles', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, api.url, '/entity/country%3AKZ');
    expect(await page.locator('[data-testid=entity-head] h1').textContent()).toContain('Kazakhstan');
    expect(await page.locator('.alias').count()).toBe(3);
    expect(await page.locator('[data-testid=alignment-chart] circle.pt').count()).toBe(12);
    expect(await page.locator('[data-testid=alignment-axis] text').count()).toBeGreaterThan(1);
    expect(await page.locator('[data-testid=entity-alignment] .alignment-evidence').textContent()).toContain(
      '1 evidence',
    );
    expect(await page.locator('[data-testid=entity-relations] li.relation').count()).toBe(2);
    expect(await page.locator('[data-testid=entity-quotes-about] .quote').count()).toBe(1);
    expect(await page.locator('[data-testid=entity-mentions] mark').textContent()).toBe('Kazakhstan');
    await shot(page, 'mock-entity');
    await go(page, api.url, '/entity/person%3Aaidos-serikbay');
    expect(await page.locator('[data-testid=entity-roles]').textContent()).toContain(
      'Aidos Serikbay is foreign minister',
    );
    expect(await page.locator('[data-testid=entity-quotes-by] .quote').count()).toBe(1);
    expect(await page.locator('[data-testid=entity-alignment]').count(), 'an empty panel is left out').toBe(
      0,
    );
    await go(page, api.url, '/entity/nobody');
    expect(await page.locator('.error').textContent()).toContain('ORBIT_E_UNKNOWN_ID');
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await page.close();
  });

  it('network: sigma draws nodes and labels; type filter removes nodes', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, api.url, '/network');
    const g = page.locator('[data-testid=graph-canvas]');
    await g.waitFor();
    expect(await g.getAttribute('data-nodes')).toBe('6');
    expect(await g.getAttribute('data-edges')).toBe('5');
    await expect.poll(() => canvasHasInk(page, '[data-testid=graph-canvas] canvas.sigma-labels')).toBe(true);
    await shot(page, 'mock-network');
    // Filter out countries: fewer nodes.
    await page.locator('.filters label.chk', { hasText: 'Country' }).locator('input').uncheck();
    // Entities whose only links were to countries are left out unless asked for.
    expect(Number(await g.getAttribute('data-nodes'))).toBe(2);
    await page.locator('.filters label.chk', { hasText: 'unlinked' }).locator('input').check();
    expect(Number(await g.getAttribute('data-nodes'))).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('map: countries coloured by score, tooltip with score and evidence, bloc switch', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, api.url, '/map?bloc=turkey');
    await page.waitForSelector('[data-testid=map-svg] path.country.scored');
    expect(await page.locator('[data-testid=map-svg] path.country.scored').count()).toBe(8);
    const az = page.locator('[data-testid=map-svg] path[data-a2=AZ]');
    const am = page.locator('[data-testid=map-svg] path[data-a2=AM]');
    expect(await az.evaluate((el) => getComputedStyle(el).fill)).not.toBe(
      await am.evaluate((el) => getComputedStyle(el).fill),
    );
    await page.locator('[data-testid=map-svg] path[data-a2=KZ]').hover();
    const tip = await page.locator('[data-testid=map-tooltip]').textContent();
    expect(tip).toContain('Kazakhstan');
    expect(tip).toContain('evidence');
    expect(await page.locator('[data-testid=map-scores] tr').count()).toBe(9);
    await shot(page, 'mock-map');
    await page.selectOption('[data-testid=map-bloc]', 'russia');
    await settle(page);
    expect(page.url()).toContain('bloc=russia');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('timeline, quotes, stories, story and briefing pages', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, api.url, '/timeline');
    expect(await page.locator('[data-testid=timeline] .tl-event').count()).toBe(1);
    expect(await page.locator('[data-testid=timeline] .sources li').count()).toBe(2);
    await shot(page, 'mock-timeline');
    // Filters live in the URL: a select applies at once, text fields on submit.
    // Each filtered request must finish before the next navigation (an aborted fetch is an error here).
    const filtered = page.waitForResponse(
      (r) => r.url().includes('/api/timeline') && r.url().includes('type=AGREE'),
    );
    await page.locator('form.filters select').selectOption('AGREE');
    await page.waitForURL(/type=AGREE/);
    await filtered;
    await settle(page);
    await go(page, api.url, '/documents');
    await page.locator('form.filters label', { hasText: 'Language' }).locator('input').fill('ru');
    const byLanguage = page.waitForResponse(
      (r) => r.url().includes('/api/documents') && r.url().includes('language=ru'),
    );
    await page.locator('form.filters button[type=submit]').click();
    await page.waitForURL(/language=ru/);
    await byLanguage;
    await settle(page);
    expect(
      await page.locator('form.filters label', { hasText: 'Language' }).locator('input').inputValue(),
    ).toBe('ru');
    await go(page, api.url, '/quotes');
    expect(await page.locator('[data-testid=quotes] .quote').count()).toBe(1);
    await go(page, api.url, '/stories');
    expect(await page.locator('[data-testid=stories] tbody tr').count()).toBe(1);
    await go(page, api.url, '/story/story1');
    expect(await page.locator('[data-testid=story-families] .copies li').count()).toBe(1);
    expect(await page.locator('[data-testid=story-families]').textContent()).toContain('syndicated');
    await shot(page, 'mock-story');
    await go(page, api.url, '/brief');
    expect(await page.locator('.brief').textContent()).toContain('<script>window.__orbitXss=7</script>');
    expect(await page.locator('.brief a.cite').getAttribute('href')).toBe(`#/doc/${MOCK_IDS.DOC1}?at=0-10`);
    expect(await page.locator('.brief a[href^="javascript"]').count()).toBe(0);
    await expectNoXss(page);
    await shot(page, 'mock-brief');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('every page shows empty states when the API has no data yet', async () => {
    const { page, errors } = await watchedPage(browser);
    const pages = [
      '/',
      '/search?q=nothing',
      '/documents',
      `/doc/${MOCK_IDS.DOC1}`,
      '/entities',
      '/entity/country%3AKZ',
      '/quotes',
      '/timeline',
      '/network',
      '/map',
      '/stories',
      '/story/s1',
      '/brief',
    ];
    for (const p of pages) {
      await go(page, empty.url, p);
      expect(await page.locator('.error').count(), `${p} shows an error`).toBe(0);
      expect(await page.locator('.empty').count(), `${p} has an empty state`).toBeGreaterThan(0);
    }
    await go(page, empty.url, '/');
    await shot(page, 'mock-empty-home');
    await go(page, empty.url, '/entity/country%3AKZ');
    await shot(page, 'mock-empty-entity');
    expect(errors).toEqual([]);
    await page.close();
  });
});
