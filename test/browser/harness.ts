/**
 * Real-browser harness: Debian's chromium driven by playwright-core, with console errors and
 * uncaught page errors collected per page, and screenshots saved to test-artifacts/ui/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const WEB_DIST = join(ROOT, 'web', 'dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'ui');
export const CHROMIUM = process.env.ORBIT_CHROMIUM || '/usr/bin/chromium';
export const IN_CI = process.env.CI === 'true';

/**
 * Why the browser tests cannot run here, or null when they can. In CI a missing browser is a
 * failure (the run must not pass without them); locally the suite skips and says why.
 */
export function browserUnavailable(): string | null {
  if (!existsSync(CHROMIUM))
    return `chromium not found at ${CHROMIUM} (install it: apt-get install -y chromium, or set ORBIT_CHROMIUM)`;
  if (!existsSync(join(WEB_DIST, 'index.html')))
    return 'web/dist/index.html is missing: run `npm run build:web` first';
  return null;
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type Watched = { page: Page; errors: string[] };

/** A new page that records console errors, page errors and failed same-origin requests. */
export async function watchedPage(browser: Browser): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? '';
    // ERR_ABORTED is the page cancelling a request itself: useApi aborts a fetch whose answer is no
    // longer wanted (the query changed, e.g. a facet click while the facets were still loading)
    if (!r.url().includes('favicon') && !reason.includes('ERR_ABORTED'))
      errors.push(`requestfailed: ${r.url()} ${reason}`);
  });
  return { page, errors };
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Navigates within the single-page app and waits until nothing is loading. */
export async function go(page: Page, base: string, hash: string): Promise<void> {
  // A hash-only navigation keeps the old page on screen until the new data arrives, and a
  // wait for "no .loading" could pass on the old page: load each route from a blank page.
  await page.goto('about:blank');
  await page.goto(`${base}/#${hash.replace(/^#/, '')}`);
  await settle(page);
}

export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0, undefined, {
    timeout: 30_000,
  });
}

/** True when a 2D canvas has at least one painted pixel (sigma draws labels on one). */
export async function canvasHasInk(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    for (const c of Array.from(document.querySelectorAll<HTMLCanvasElement>(sel))) {
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0 || c.height === 0) continue;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
    }
    return false;
  }, selector);
}
