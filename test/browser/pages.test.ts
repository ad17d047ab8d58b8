/**
 * The analyst pages in a real browser (Debian's chromium via playwright-core) over the real
 * server on a store of examples/ only (no ../shared needed): the briefing as a linked, printable
 * document loaded from its address; the timeline's time axis with inferred dates and modes drawn
 * as such; the network's focus on click; entity relations read as sentences in the right
 * direction; search facets and the searched words carried into the article.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserUnavailable, go, IN_CI, launch, ROOT, settle, shot, watchedPage } from './harness.js';
import { serveStore, type Served } from './server.js';

const unavailable = browserUnavailable();
if (unavailable && !IN_CI) console.warn(`[browser page tests skipped] ${unavailable}`);
const suite = unavailable && !IN_CI ? describe.skip : describe;

suite('analyst pages over the real server (examples/)', () => {
  let browser: Browser;
  let server: Served | null = null;
  let base = '';

  beforeAll(async () => {
    if (unavailable) throw new Error(`browser tests cannot run: ${unavailable}`);
    server = await serveStore([join(ROOT, 'examples')]);
    base = server.url;
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  it('briefing: rendered from its address alone, citations link to the cited sentence, prints without the app chrome', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, base, '/brief');
    const body = page.locator('[data-testid=brief-body]');
    expect(await body.locator('h1').textContent()).toContain('Orbit briefing');
    expect(await body.locator('h2').allTextContents()).toEqual([
      'Top stories',
      'Key events',
      'Notable quotes',
      'Alignment shifts',
    ]);
    const cites = body.locator('a.cite');
    expect(await cites.count()).toBeGreaterThan(3);
    // No raw Markdown left on the page.
    expect(await body.textContent()).not.toMatch(/\]\(|^#|\\\[/);
    await shot(page, 'page-brief');
    // Printing hides the top bar and the form, and keeps the document.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.topbar').isVisible()).toBe(false);
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    expect(await body.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    // A citation opens the reader on the cited span, which lies inside the quoted sentence.
    const cite = cites.nth(1);
    const citeText = (await cite.textContent()) ?? '';
    const hrefAttr = (await cite.getAttribute('href')) ?? '';
    expect(hrefAttr).toMatch(/^#\/doc\/[0-9a-f]+\?at=\d+-\d+$/);
    await cite.click();
    await page.waitForSelector('[data-testid=article-text] .focus');
    await settle(page);
    const focused = (await page.locator('[data-testid=article-text] .focus').allTextContents())
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    expect(focused.length).toBeGreaterThan(0);
    const sentence = citeText.replace(/\s+/g, ' ');
    expect(sentence).toContain(focused.slice(0, 30));
    // A period in the address is a briefing for that period, no button pressed.
    await go(page, base, '/brief?from=2030-01-01&to=2030-12-31');
    expect(await page.locator('[data-testid=brief-body] h1').textContent()).toContain(
      '2030-01-01 – 2030-12-31',
    );
    expect(await page.locator('[data-testid=brief-body]').textContent()).toContain('Nothing in this period.');
    expect(await page.locator('form.filters input[type=date]').first().inputValue()).toBe('2030-01-01');
    expect(errors).toEqual([]);
    await page.close();
  });
});
