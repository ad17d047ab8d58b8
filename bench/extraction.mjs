#!/usr/bin/env node
// Main-text extraction benchmark: Orbit's extractHtml vs Mozilla Readability on the DEV half of
// the scrapinghub article-extraction benchmark (read from /work/shared, never copied).
//
// Usage: npx tsc -p tsconfig.build.json && node bench/extraction.mjs [--bench DIR] [--scorer FILE]
// Writes bench/out/extraction-orbit.json, bench/out/extraction-readability.json (predictions)
// and bench/out/extraction.json (scores and speed).
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt;
};
const benchDir = resolve(arg('--bench', resolve(root, '../shared/benchmarks/article-extraction')));
const scorer = resolve(arg('--scorer', resolve(root, '../shared/eval/extraction-score.mjs')));
const truthPath = join(benchDir, 'ground-truth.json');
const outDir = join(root, 'bench', 'out');
mkdirSync(outDir, { recursive: true });

const { extractHtml } = await import(join(root, 'dist', 'clean', 'html.js'));

const truth = JSON.parse(readFileSync(truthPath, 'utf8'));
const files = readdirSync(join(benchDir, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .sort();
// Decode once up front so the timings measure extraction, not gunzip.
const pages = files.map((f) => {
  const id = f.replace(/\.html\.gz$/, '');
  return {
    id,
    url: truth[id]?.url,
    html: gunzipSync(readFileSync(join(benchDir, 'html', f))).toString('utf8'),
  };
});
const bytes = pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0);

function runOrbit(p) {
  return extractHtml(p.html, { url: p.url }).text;
}

function runReadability(p) {
  try {
    const { document } = parseHTML(p.html);
    const art = new Readability(document).parse();
    return art?.textContent ?? '';
  } catch {
    return '';
  }
}

function timeIt(name, fn) {
  const preds = {};
  const t0 = performance.now();
  for (const p of pages) preds[p.id] = { articleBody: fn(p) };
  const secs = (performance.now() - t0) / 1000;
  const file = join(outDir, `extraction-${name}.json`);
  writeFileSync(file, JSON.stringify(preds, null, 1));
  return { file, secs };
}

function score(file) {
  const r = spawnSync(process.execPath, [scorer, '--truth', truthPath, '--pred', file, '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`scorer failed: ${r.stderr || r.stdout}`);
  const data = JSON.parse(r.stdout);
  // Accept both a single result object and a list/map of results.
  const res = Array.isArray(data)
    ? data[0]
    : data.results
      ? (Object.values(data.results)[0] ?? data.results[0])
      : data;
  return res;
}

const pick = (res, key) => {
  const v = res?.[key] ?? res?.metrics?.[key];
  return typeof v === 'object' && v !== null ? (v.mean ?? v.value) : v;
};

const results = {};
for (const [name, fn] of [
  ['orbit', runOrbit],
  ['readability', runReadability],
]) {
  const { file, secs } = timeIt(name, fn);
  const res = score(file);
  results[name] = {
    f1: pick(res, 'f1'),
    precision: pick(res, 'precision'),
    recall: pick(res, 'recall'),
    accuracy: pick(res, 'accuracy'),
    f1_std: pick(res, 'f1_std'),
    pages: pages.length,
    seconds: Number(secs.toFixed(3)),
    pagesPerSecond: Number((pages.length / secs).toFixed(1)),
    predictions: file.replace(`${root}/`, ''),
  };
}

const summary = {
  benchmark: 'article-extraction DEV half',
  pages: pages.length,
  megabytes: Number((bytes / 1e6).toFixed(2)),
  node: process.version,
  date: new Date().toISOString(),
  results,
};
writeFileSync(join(outDir, 'extraction.json'), JSON.stringify(summary, null, 2) + '\n');

const f = (x) => (typeof x === 'number' ? x.toFixed(3) : String(x));
console.log(`article-extraction DEV: ${pages.length} pages, ${summary.megabytes} MB`);
console.log('extractor     F1     P      R      acc    pages/s');
for (const [name, r] of Object.entries(results)) {
  console.log(
    `${name.padEnd(12)}  ${f(r.f1)}  ${f(r.precision)}  ${f(r.recall)}  ${f(r.accuracy)}  ${r.pagesPerSecond}`,
  );
}
console.log(`written: bench/out/extraction.json`);
