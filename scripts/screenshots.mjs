#!/usr/bin/env node
/* global document */
/**
 * Screenshots of every page of the web UI, taken in Debian's chromium over the real server:
 *
 *   npm run screenshots                       # examples/ → test-artifacts/screenshots/
 *   npm run screenshots -- --out shots ../shared/corpus/dev
 *
 * Ingests examples/ (and any paths given) into a temporary store, serves it with `orbit serve`,
 * visits every page in the top navigation plus the detail pages (an article opened from a search,
 * a country, a person, a story, a focused network node), and writes one full-page PNG per page and
 * an index.txt listing them. Needs `npm run build` (the npm script runs it) and chromium
 * (apt-get install -y chromium, or ORBIT_CHROMIUM=/path/to/chrome).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const CHROMIUM = process.env.ORBIT_CHROMIUM || '/usr/bin/chromium';

const args = process.argv.slice(2);
let out = join(ROOT, 'test-artifacts', 'screenshots');
const extra = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = resolve(args[++i]);
  else if (args[i] === '--help' || args[i] === '-h') {
    console.log('usage: npm run screenshots -- [--out <folder>] [more paths to ingest...]');
    process.exit(0);
  } else extra.push(resolve(args[i]));
}

function fail(msg) {
  console.error(`screenshots: ${msg}`);
  process.exit(2);
}
if (!existsSync(CLI)) fail('dist/cli/main.js is missing: run `npm run build` first');
if (!existsSync(join(ROOT, 'web', 'dist', 'index.html')))
  fail('web/dist is missing: run `npm run build` first');
if (!existsSync(CHROMIUM))
  fail(`chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set ORBIT_CHROMIUM)`);

const env = { ...process.env, ORBIT_DATABASE_URL: '', NO_COLOR: '1' };

function run(argv) {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [CLI, ...argv], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.resume();
    child.on('error', rej);
    child.on('close', (code) =>
      code === 0 ? res() : rej(new Error(`orbit ${argv[0]} exited ${code}: ${err.slice(0, 400)}`)),
    );
  });
}

function serve(data) {
  return new Promise((res, rej) => {
    const child = spawn(
      process.execPath,
      [CLI, 'serve', '--port', '0', '--host', '127.0.0.1', '--data', data],
      { cwd: ROOT, env },
    );
    let log = '';
    const timer = setTimeout(() => rej(new Error(`orbit serve did not start:\n${log}`)), 60_000);
    const on = (d) => {
      log += d;
      const m = /listening on (http:\/\/[^\s]+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        res({ child, url: m[1].replace(/\/$/, '') });
      }
    };
    child.stdout.on('data', on);
    child.stderr.on('data', on);
    child.on('exit', (code) => rej(new Error(`orbit serve exited ${code}:\n${log}`)));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'orbit-shots-'));
let server = null;
let browser = null;
try {
  const data = join(dir, 'store');
  console.log(`ingesting examples/${extra.length ? ` and ${extra.join(', ')}` : ''}…`);
  await run(['ingest', join(ROOT, 'examples'), ...extra, '--data', data, '--json']);
  server = await serve(data);
  const base = server.url;
  const api = async (path) => (await fetch(`${base}${path}`)).json();
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

  // Every page in the top navigation, read from the app itself, then the detail pages.
  await page.goto(`${base}/#/`);
  await page.waitForSelector('header.topbar nav a');
  const nav = await page.$$eval('header.topbar nav a', (as) =>
    as.map((a) => ({ hash: a.getAttribute('href') ?? '#/', label: a.textContent ?? '' })),
  );
  const pages = nav.map((n) => ({
    name: n.label.trim().toLowerCase().replace(/\W+/g, '-') || 'overview',
    hash: n.hash,
  }));
  const entities = await api('/api/entities?limit=50');
  const country = entities.items?.find((e) => e.type === 'country');
  const person = entities.items?.find((e) => e.type === 'person');
  const story = (await api('/api/stories?limit=1')).items?.[0];
  const word = country?.name ?? 'Kazakhstan';
  const hits = await api(`/api/search?q=${encodeURIComponent(word)}&limit=1`);
  pages.push({ name: 'search', hash: `#/search?q=${encodeURIComponent(word)}` });
  if (hits.items?.[0])
    pages.push({
      name: 'article-from-search',
      hash: `#/doc/${hits.items[0].id}?hl=${encodeURIComponent(word)}`,
    });
  if (country) pages.push({ name: 'entity-country', hash: `#/entity/${encodeURIComponent(country.id)}` });
  if (person) pages.push({ name: 'entity-person', hash: `#/entity/${encodeURIComponent(person.id)}` });
  if (story) pages.push({ name: 'story', hash: `#/story/${encodeURIComponent(story.id)}` });
  if (country)
    pages.push({ name: 'network-focus', hash: `#/network?focus=${encodeURIComponent(country.id)}` });

  mkdirSync(out, { recursive: true });
  const written = [];
  for (const p of pages) {
    await page.goto('about:blank');
    await page.goto(`${base}/${p.hash.replace(/^\/?/, '')}`);
    await page.waitForLoadState('networkidle');
    await page
      .waitForFunction(() => document.querySelectorAll('.loading').length === 0, undefined, {
        timeout: 60_000,
      })
      .catch(() => {});
    await page.waitForTimeout(400); // canvas and map drawing settle
    const file = join(out, `${String(written.length + 1).padStart(2, '0')}-${p.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    written.push(`${file}\t${p.hash}`);
    console.log(`${file}  ${p.hash}`);
  }
  writeFileSync(join(out, 'index.txt'), `${written.join('\n')}\n`);
  console.log(
    `${written.length} screenshots in ${out}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`,
  );
  if (errors.length) process.exitCode = 1;
} catch (e) {
  console.error(`screenshots: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  server?.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
