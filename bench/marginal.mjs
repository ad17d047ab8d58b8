// The marginal cost of one article: `orbit ingest` of one short project-written article into an
// empty store and into a store already holding --docs documents (Reuters-21578, replicated with
// a unique reference line per copy past 19,043). Wall seconds and peak RSS of the whole
// `orbit ingest` process (corpus update included), median of --trials runs, and their ratio.
// Also the one-article cost before and after one large prose document (--large-mb, 0 to skip):
// incremental corpus facts (src/corpus/incremental.ts) must keep it flat. Each run records how
// the corpus step took the article in (incremental, or a rebuild and why) and the load average.
// Reported, not asserted. Usage:
//   node bench/marginal.mjs [--docs 19043] [--trials 3] [--store postgres|pglite] [--large-mb 4]
// PostgreSQL: ORBIT_BENCH_DATABASE_URL (default the local test database); a fresh schema per store.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { generateProse } from './gen-corpus.mjs';
import { replicatedReuters } from './reuters.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const target = Number(arg('docs', '19043'));
const trials = Number(arg('trials', '3'));
const storeKind = arg('store', 'postgres');
const largeMb = Number(arg('large-mb', '4'));
const BASE = process.env.ORBIT_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const { freshSchemaUrl } = await import('../dist/store/test-backends.js');
const log = (s) => process.stderr.write(`marginal: ${s}\n`);
const load = () => loadavg().map((x) => +x.toFixed(2));
const dir = mkdtempSync(join(tmpdir(), 'orbit-marginal-'));
// Prints the child's peak RSS at exit, so the whole process is measured (startup included).
const preload = join(dir, 'rss.cjs');
writeFileSync(
  preload,
  "process.on('exit', () => process.stderr.write(`\\nORBIT_MAXRSS_KB ${process.resourceUsage().maxRSS}\\n`));\n",
);

/** A short article written for this benchmark (trial n gets its own closing line, so its own id). */
const article = (n) => `Kazakhstan and Uzbekistan agree on a new border crossing

ASTANA, March 3 - The foreign ministers of Kazakhstan and Uzbekistan met in Astana on Tuesday and agreed to open a new border crossing for freight trucks before the end of the year, the Kazakh foreign ministry said.
"This crossing will cut waiting times for our exporters in half," the Kazakh minister told reporters after the talks.
The two governments also discussed water sharing on the Syr Darya and a joint power line, the statement said.
Trial ${n} of the marginal-cost benchmark.
`;

async function openStore() {
  if (storeKind === 'pglite') {
    const data = mkdtempSync(join(tmpdir(), 'orbit-marginal-store-'));
    return {
      env: { ORBIT_DATABASE_URL: '', ORBIT_DATA: data },
      drop: async () => rmSync(data, { recursive: true, force: true }),
    };
  }
  const url = await freshSchemaUrl(BASE, 'orbit_bench_marg');
  const schema = /search_path=([^,]+)/.exec(
    decodeURIComponent(new URL(url).searchParams.get('options') ?? ''),
  )[1];
  return {
    env: { ORBIT_DATABASE_URL: url },
    drop: async () => {
      const c = new pg.Client({ connectionString: BASE });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

function ingest(env, path) {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=4096', '-r', preload, CLI, 'ingest', path, '--json'],
    { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 << 20 },
  );
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`orbit ingest exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const rss = /ORBIT_MAXRSS_KB (\d+)/.exec(r.stderr);
  let corpus = null;
  try {
    corpus = JSON.parse(r.stdout).corpus ?? null;
  } catch {
    corpus = null;
  }
  return { seconds, peakRssMB: rss ? Math.round(Number(rss[1]) / 1024) : null, corpus };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function oneArticleRuns(env, tag) {
  const runs = [];
  for (let i = 0; i < trials; i++) {
    const f = join(dir, `${tag}-${i}.txt`);
    writeFileSync(f, article(`${tag}-${i}`));
    runs.push({ ...ingest(env, f), loadavg: load() });
  }
  return {
    seconds: +median(runs.map((r) => r.seconds)).toFixed(2),
    peakRssMB: median(runs.map((r) => r.peakRssMB)),
    runs: runs.map((r) => ({ ...r, seconds: +r.seconds.toFixed(2) })),
  };
}

/** One-article ingests into a store holding the examples, before and after one large document. */
async function largeDocumentRuns() {
  const s = await openStore();
  try {
    ingest(s.env, join(ROOT, 'examples'));
    const before = await oneArticleRuns(s.env, 'before-large');
    const f = join(dir, 'large-report.txt');
    writeFileSync(f, generateProse(largeMb * 1048576));
    const large = ingest(s.env, f);
    log(`large document (${largeMb} MB): ${JSON.stringify(large)}`);
    const after = await oneArticleRuns(s.env, 'after-large');
    return {
      mb: largeMb,
      largeIngest: { ...large, seconds: +large.seconds.toFixed(2) },
      before,
      after,
      ratio: +(after.seconds / before.seconds).toFixed(2),
    };
  } finally {
    await s.drop();
  }
}

let largeResult = null;
if (largeMb > 0) {
  largeResult = await largeDocumentRuns();
  log(`large document: ${JSON.stringify(largeResult)}`);
}

const empty = await openStore();
let emptyResult;
try {
  emptyResult = await oneArticleRuns(empty.env, 'empty');
  log(`empty store: ${JSON.stringify(emptyResult)}`);
} finally {
  await empty.drop();
}

const loaded = await openStore();
let loadedResult;
let loadSeconds;
try {
  const docs = replicatedReuters(target);
  const corpusDir = join(dir, 'corpus');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(corpusDir);
  for (let i = 0; i < docs.length; i += 5000) {
    writeFileSync(
      join(corpusDir, `part-${String(i / 5000).padStart(3, '0')}.jsonl`),
      `${docs
        .slice(i, i + 5000)
        .map((d) => JSON.stringify(d))
        .join('\n')}\n`,
    );
  }
  log(`loading ${docs.length} documents…`);
  const l = ingest(loaded.env, corpusDir);
  loadSeconds = +l.seconds.toFixed(1);
  log(`loaded in ${loadSeconds} s (peak ${l.peakRssMB} MB)`);
  loadedResult = await oneArticleRuns(loaded.env, 'loaded');
  log(`loaded store: ${JSON.stringify(loadedResult)}`);
} finally {
  await loaded.drop();
  rmSync(dir, { recursive: true, force: true });
}

process.stdout.write(
  `${JSON.stringify({
    store: storeKind,
    documents: target,
    trials,
    loadSeconds,
    emptyStore: emptyResult,
    loadedStore: loadedResult,
    ratio: +(loadedResult.seconds / emptyResult.seconds).toFixed(2),
    afterLargeDocument: largeResult,
    loadavgEnd: load(),
  })}\n`,
);
