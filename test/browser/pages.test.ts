/**
 * The analyst pages in a real browser (Debian's chromium via playwright-core) over the real
 * server on a store of examples/ and one article written here (no ../shared needed): the briefing as a linked, printable
 * document loaded from its address; the timeline's time axis with inferred dates and modes drawn
 * as such; the network's focus on click; entity relations read as sentences in the right
 * direction; search facets and the searched words carried into the article.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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
} from './harness.js';
import { serveStore, type Served } from './server.js';

const unavailable = browserUnavailable();
if (unavailable && !IN_CI) console.warn(`[browser page tests skipped] ${unavailable}`);
const suite = unavailable && !IN_CI ? describe.skip : describe;

/** Written for this test: a planned, a negated (with an inferred date) and an offered event. */
const MODES_ARTICLE = [
  'Kazakhstan and Uzbekistan to sign water deal in April',
  '',
  'By Staff Reporter',
  '',
  'ASTANA, March 12, 2024 — Kazakhstan and Uzbekistan will sign a water-sharing agreement in Tashkent on April 20, 2024, the Kazakh foreign ministry said on Tuesday.',
  '',
  'Kyrgyzstan has still not signed the border treaty with Tajikistan, officials in Bishkek said.',
  '',
  'Azerbaijan reportedly offered to host talks between Armenia and Georgia in Baku next month.',
].join('\n');

suite('analyst pages over the real server (examples/)', () => {
  let browser: Browser;
  let server: Served | null = null;
  let base = '';
  let articles = '';

  beforeAll(async () => {
    if (unavailable) throw new Error(`browser tests cannot run: ${unavailable}`);
    articles = mkdtempSync(join(tmpdir(), 'orbit-ui-articles-'));
    writeFileSync(join(articles, 'planned-water-deal.txt'), MODES_ARTICLE);
    server = await serveStore([join(ROOT, 'examples'), articles]);
    base = server.url;
    browser = await launch();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.stop();
    if (articles) rmSync(articles, { recursive: true, force: true });
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
  it('timeline: a true time axis, lanes, inferred dates marked "by", modes drawn, zoom', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, base, '/timeline');
    const chart = page.locator('[data-testid=timeline-chart]');
    await chart.waitFor();
    // Axis ticks are calendar boundaries in time order, spaced in proportion to the time between them.
    const ticks = await page.$$eval('[data-testid=timeline-axis] text.tick', (els) =>
      els.map((e) => ({
        t: Number(e.getAttribute('data-t')),
        x: Number(e.getAttribute('x')),
        label: e.textContent ?? '',
      })),
    );
    expect(ticks.length).toBeGreaterThan(3);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].t).toBeGreaterThan(ticks[i - 1].t);
    const pxPerMs = (ticks[ticks.length - 1].x - ticks[0].x) / (ticks[ticks.length - 1].t - ticks[0].t);
    for (const t of ticks)
      expect(Math.abs(ticks[0].x + (t.t - ticks[0].t) * pxPerMs - t.x)).toBeLessThan(1.5);
    // Marks sit where their dates are on that same scale.
    const marks = await page.$$eval('.tl-mark', (els) =>
      els.map((e) => ({
        t0: Number(e.getAttribute('data-t0')),
        x0: Number(e.getAttribute('data-x0')),
        cls: e.getAttribute('class') ?? '',
        title: e.querySelector('title')?.textContent ?? '',
      })),
    );
    expect(marks.length).toBeGreaterThan(5);
    for (const m of marks.filter((m) => m.x0 > 171))
      expect(Math.abs(ticks[0].x - 3 + (m.t0 - ticks[0].t) * pxPerMs - m.x0)).toBeLessThan(2);
    // Lanes per event type, then per actor.
    const lanes = await page.$$eval('.tl-lane', (els) => els.map((e) => e.getAttribute('data-lane')));
    expect(lanes).toContain('AGREE');
    // An inferred date is drawn as such: a "by" tick, and its title says so.
    const inferred = marks.filter((m) => m.cls.includes('inferred'));
    expect(inferred.length).toBeGreaterThan(0);
    expect(inferred[0].title).toMatch(/\bby \d{4}-\d{2}-\d{2}/);
    expect(await page.locator('.tl-mark.inferred text.tl-by').first().textContent()).toBe('by');
    // Non-asserted modes are drawn hollow with a dashed or struck outline, and say so in words.
    const planned = marks.filter((m) => /mode-(intended|offered|hypothetical|negated)/.test(m.cls));
    expect(new Set(planned.map((m) => /mode-(\w+)/.exec(m.cls)![1]))).toEqual(
      new Set(['intended', 'negated', 'offered']),
    );
    for (const m of planned) expect(m.title).toMatch(/planned|offered|did not happen/);
    expect(await page.locator('.tl-mark.mode-negated line').count()).toBeGreaterThan(0);
    expect(await page.locator('.tl-mark.mode-intended [stroke-dasharray="4 2"]').count()).toBeGreaterThan(0);
    // The list below says "by <date>" for inferred dates.
    expect(await page.locator('[data-testid=timeline] .inferred-date').first().textContent()).toMatch(
      /^by \d{4}-\d{2}-\d{2}$/,
    );
    await shot(page, 'page-timeline');
    // Zoom in: a narrower window, finer ticks.
    const span = async () =>
      Number(await chart.getAttribute('data-to')) - Number(await chart.getAttribute('data-from'));
    const before = await span();
    await page.click('[data-testid=tl-zoom-in]');
    await page.click('[data-testid=tl-zoom-in]');
    expect(await span()).toBeLessThan(before * 0.5);
    await page.click('[data-testid=tl-fit]');
    expect(Math.abs((await span()) - before)).toBeLessThan(1000);
    await page.selectOption('[data-testid=tl-lanes]', 'actor');
    const actorLanes = await page.$$eval('.tl-lane', (els) => els.map((e) => e.getAttribute('data-lane')));
    expect(actorLanes).not.toContain('AGREE');
    expect(actorLanes.length).toBeGreaterThan(2);
    await shot(page, 'page-timeline-actors');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('entity pages: relations read as sentences in the right direction, roles merged, empty panels left out', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, base, '/entity/country%3AKZ');
    const relations = page.locator('[data-testid=entity-relations]');
    await relations.waitFor();
    // People in office: the person is the subject, the country the object, the role named.
    const office = relations.locator('li.relation[data-type=holds_role]');
    expect(await office.count()).toBeGreaterThan(0);
    const sentences = (await office.locator('.sentence').allTextContents()).map((t) =>
      t.replace(/\s+/g, ' ').trim(),
    );
    for (const s of sentences) expect(s).toMatch(/^\S.* (is|was|holds a role of) .*Kazakhstan$/);
    expect(
      sentences.some((s) => /^Kassym-Jomart Tokayev (is|was) .*president.* of Kazakhstan$/i.test(s)),
    ).toBe(true);
    expect(await relations.textContent()).not.toContain('←');
    // The page's own entity is bold, the other a link.
    expect(await office.first().locator('strong.self').textContent()).toBe('Kazakhstan');
    // Memberships read from Kazakhstan outwards.
    const member = (
      await relations.locator('li.relation[data-type=member_of] .sentence').allTextContents()
    ).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(member.length).toBeGreaterThan(0);
    for (const s of member) expect(s).toMatch(/^Kazakhstan (is|was) a member of /);
    await shot(page, 'page-entity-country');
    // A person: roles merged across case and undated repeats; no panel without content.
    await go(page, base, '/entity/person%3Akassym-jomart-tokayev');
    const roles = (await page.locator('[data-testid=entity-roles] li .sentence').allTextContents()).map((t) =>
      t.replace(/\s+/g, ' ').trim().toLowerCase(),
    );
    expect(roles.length).toBeGreaterThan(0);
    expect(new Set(roles).size).toBe(roles.length);
    for (const s of roles) expect(s).toMatch(/^kassym-jomart tokayev (is|was) /);
    for (const id of [
      'entity-quotes-by',
      'entity-quotes-about',
      'entity-events',
      'entity-mentions',
      'entity-alignment',
      'entity-relations',
      'entity-roles',
    ]) {
      const panel = page.locator(`[data-testid=${id}]`);
      if ((await panel.count()) > 0)
        expect(await panel.locator('.empty').count(), `${id} is shown empty`).toBe(0);
    }
    await shot(page, 'page-entity-person');
    expect(errors).toEqual([]);
    await page.close();
  });
  it('network: centred, communities coloured, top labels; a click focuses an entity and its neighbours', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, base, '/network');
    const g = page.locator('[data-testid=graph-canvas]');
    await g.waitFor();
    expect(Number(await g.getAttribute('data-nodes'))).toBeGreaterThan(10);
    expect(await page.locator('[data-testid=graph-communities] li').count()).toBeGreaterThan(1);
    await expect.poll(() => canvasHasInk(page, '[data-testid=graph-canvas] canvas.sigma-labels')).toBe(true);
    // Every node is drawn inside the panel: the drawing is centred and nothing is flung off-screen.
    const box = (await g.boundingBox())!;
    const positions = await g.evaluate((el) => {
      const pos = (el as HTMLElement & { orbitNodePosition: (id: string) => { x: number; y: number } | null })
        .orbitNodePosition;
      return ['country:KZ', 'country:AM', 'country:AZ', 'country:CN', 'country:RU']
        .map((id) => ({ id, p: pos(id) }))
        .filter((x) => x.p);
    });
    expect(positions.length).toBeGreaterThan(2);
    for (const { p } of positions) {
      expect(p!.x).toBeGreaterThan(0);
      expect(p!.x).toBeLessThan(box.width);
      expect(p!.y).toBeGreaterThan(0);
      expect(p!.y).toBeLessThan(box.height);
    }
    await shot(page, 'page-network');
    // A click on a country's node focuses it: the URL, the side panel with its neighbours. The
    // country clicked is the one drawn farthest from the others (the layout follows the data, and
    // a node drawn over another takes the click).
    const names: Record<string, string> = {
      'country:KZ': 'Kazakhstan',
      'country:AM': 'Armenia',
      'country:AZ': 'Azerbaijan',
      'country:CN': 'China',
      'country:RU': 'Russia',
    };
    const gap = (a: { x: number; y: number }) =>
      Math.min(...positions.filter((o) => o.p !== a).map((o) => Math.hypot(o.p!.x - a.x, o.p!.y - a.y)));
    const target = positions.slice().sort((a, b) => gap(b.p!) - gap(a.p!))[0];
    await page.mouse.click(box.x + target.p!.x, box.y + target.p!.y);
    await page.waitForURL((u) => u.href.includes(`focus=${encodeURIComponent(target.id)}`));
    await settle(page);
    expect(await g.getAttribute('data-focus')).toBe(target.id);
    const focusPanel = page.locator('[data-testid=graph-focus]');
    expect(await focusPanel.locator('.focus-name').textContent()).toContain(names[target.id]);
    const neighbours = await focusPanel.locator('[data-testid=graph-neighbours] li').count();
    expect(neighbours).toBeGreaterThan(2);
    await page.waitForTimeout(600); // the camera moves to the focused node
    await shot(page, 'page-network-focus');
    // A neighbour in the list moves the focus to it.
    const first = focusPanel.locator('[data-testid=graph-neighbours] li button').first();
    const name = ((await first.textContent()) ?? '').trim();
    // the button is found again by its name: the list may re-render while the camera moves
    await focusPanel.locator('[data-testid=graph-neighbours] li button', { hasText: name }).first().click();
    await page.waitForURL((u) => !u.href.includes(`focus=${encodeURIComponent(target.id)}`));
    await expect
      .poll(async () => (await page.locator('[data-testid=graph-focus] .focus-name').textContent()) ?? '')
      .toContain(name);
    // The minimum link weight drops weak links (and the entities left without one).
    const before = Number(await g.getAttribute('data-edges'));
    await page.locator('[data-testid=graph-min-weight]').fill('3');
    expect(Number(await g.getAttribute('data-edges'))).toBeLessThan(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('search: a result count, facets that narrow, and the searched words marked in the article', async () => {
    const { page, errors } = await watchedPage(browser);
    await go(page, base, '/search?q=Kazakhstan');
    const count = page.locator('[data-testid=result-count]');
    const total = Number(((await count.locator('strong').textContent()) ?? '').replace(/,/g, ''));
    expect(total).toBeGreaterThan(3);
    expect(await count.textContent()).toContain('articles match “Kazakhstan”');
    for (const facet of ['facet-outlet', 'facet-language', 'facet-month', 'facet-entity'])
      expect(await page.locator(`[data-testid=${facet}]`).count(), facet).toBe(1);
    expect(await page.locator('[data-testid=facet-entity]').textContent()).toContain('Kazakhstan');
    await shot(page, 'page-search');
    // An outlet facet narrows to exactly its count, shown as a removable filter.
    const outlet = page.locator('[data-testid=facet-outlet] button.facet-value').first();
    const value = (await outlet.getAttribute('data-value'))!;
    const n = Number(await outlet.locator('.n').textContent());
    await outlet.click();
    await page.waitForURL(/outlet=/);
    await expect.poll(async () => Number(await count.locator('strong').textContent())).toBe(n);
    expect(await page.locator('[data-testid=search-results] .result').count()).toBe(Math.min(n, 20));
    for (const meta of await page.locator('[data-testid=search-results] .result .meta').allTextContents())
      expect(meta).toContain(value);
    await count.locator('button.chip').click();
    await page.waitForURL((u) => !u.hash.includes('outlet='));
    await expect.poll(async () => Number(await count.locator('strong').textContent())).toBe(total);
    // A month bar narrows to that month.
    const bar = page.locator('[data-testid=facet-month] button.hbar:not([disabled])').first();
    const month = (await bar.getAttribute('data-value'))!;
    await bar.click();
    await page.waitForURL(new RegExp(`from=${month}&to=${month}`));
    const monthCount = Number(/: (\d+)$/.exec((await bar.getAttribute('title')) ?? '')![1]);
    await expect.poll(async () => Number(await count.locator('strong').textContent())).toBe(monthCount);
    for (const meta of await page.locator('[data-testid=search-results] .result .meta').allTextContents())
      expect(meta).toContain(month);
    // The first result opens with the searched word marked wherever it occurs.
    await go(page, base, '/search?q=Kazakhstan');
    await page.locator('[data-testid=search-results] .result a.doclink').first().click();
    await page.waitForSelector('[data-testid=article-text] mark.hit');
    await settle(page);
    expect(page.url()).toMatch(/hl=kazakhstan/);
    const hits = await page.locator('[data-testid=article-text] mark.hit[data-first]').allTextContents();
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.toLowerCase()).toMatch(/^kazakhstan/);
    expect(Number(await page.locator('[data-testid=hit-count]').textContent())).toBe(hits.length);
    await page.locator('[data-testid=hitbar] button', { hasText: 'next' }).click();
    expect(await page.locator('[data-testid=hitbar]').textContent()).toContain('(at 1)');
    await shot(page, 'page-article-highlight');
    expect(errors).toEqual([]);
    await page.close();
  });
});
