// `npm run bench`: runs every benchmark, each in its own process, and writes bench/results.json.
// Figures are reported, never asserted. Each entry records when and at which commit it was
// measured, with the load average, because a 2-core machine shared with other work is noisy.
//
//   BENCH_ONLY=pipeline,queries npm run bench   # run some, keep the other entries of results.json
//   BENCH_DOCS=5000 npm run bench                # a Reuters subset for the ingest/latency/load runs
//
// Order and store reuse: the embedded store loaded by the ingest run is measured for HTTP latency
// and load; the PostgreSQL store left by the 2-worker pipeline run is measured the same way, then
// replicated to 20k and 100k documents for the query benchmark (which drops it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const here = import.meta.dirname;
mkdirSync(join(here, 'out'), { recursive: true });
const docs = process.env.BENCH_DOCS ?? 'Infinity';
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : null;
const resultsFile = join(here, 'results.json');
const results = existsSync(resultsFile) && only ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const commit =
  spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: here, encoding: 'utf8' }).stdout.trim() || null;
results.machine = { cpus: cpus().length, node: process.version };

const wanted = (name) => !only || only.has(name);

/** Long lists (e.g. every false positive of the copies run) stay in bench/out; results.json keeps a count and a few. */
function trimmed(value, outFile) {
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] =
      Array.isArray(v) && v.length > 20
        ? { count: v.length, first: v.slice(0, 3), all: outFile ? `bench/out/${outFile}` : null }
        : v;
  }
  return out;
}

/** Runs one script; its last stdout line (JSON) or its bench/out file becomes results[name]. */
function run(name, script, args = [], outFile = null) {
  if (!wanted(name)) return null;
  process.stderr.write(`bench: ${name}…\n`);
  if (outFile) rmSync(join(here, 'out', outFile), { force: true }); // never report an older run's file
  const loadBefore = loadavg();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', join(here, script), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 << 20,
  });
  const meta = {
    measuredAt: new Date().toISOString(),
    commit,
    wallSeconds: +((performance.now() - t0) / 1000).toFixed(1),
    loadavgBefore: loadBefore,
    loadavgAfter: loadavg(),
  };
  let value;
  if (outFile && existsSync(join(here, 'out', outFile)))
    value = JSON.parse(readFileSync(join(here, 'out', outFile), 'utf8'));
  else {
    const last = r.stdout.trim().split('\n').pop() ?? '';
    try {
      value = JSON.parse(last);
    } catch {
      value = { output: r.stdout.trim().slice(-2000) };
    }
  }
  results[name] = {
    ...trimmed(value, outFile),
    ...(r.status !== 0 ? { error: `exit ${r.status}` } : {}),
    ...meta,
  };
  return results[name];
}

// Embedded store: ingest, then HTTP latency and 100-connection load on the same loaded store.
const pgliteData = mkdtempSync(join(tmpdir(), 'orbit-bench-pglite-'));
run('ingestPglite', 'ingest.mjs', ['--store', 'pglite', '--docs', docs, '--keep-data', pgliteData]);
run('latencyPglite', 'latency.mjs', ['--store', 'pglite', '--data', pgliteData, '--docs', docs]);
run('loadPglite', 'load.mjs', ['--data', pgliteData, '--docs', docs], 'load.json');
rmSync(pgliteData, { recursive: true, force: true });

run('ingestPostgres', 'ingest.mjs', ['--store', 'postgres', '--docs', docs]);
run('extraction', 'extraction.mjs', [], 'extraction.json');
run('nlp', 'nlp-speed.mjs', ['--docs', process.env.BENCH_NLP_DOCS ?? '2000']);
run('copies', 'copies.mjs', [], 'copies.json');
run('entities', 'entities.mjs', [], 'entities.json');
// NER (src/nlp/ner.ts): F1 on PolNeAR dev, wikigold, re3d and recognition tokens/s (goal ≥ 100k)
run('ner', 'ner-eval.mjs', ['--json']);
// attribution (issue 14): what attribution adds to ingest CPU time (fresh PGlite ingests with and without it), per-stage times
run('attributionSpeed', 'attribution-speed.mjs', ['--docs', process.env.BENCH_ATTRIBUTION_DOCS ?? '2000']);

// PostgreSQL + 1 and 2 worker processes; the store the last run leaves is measured further.
const pipeline = run('pipeline', 'pipeline.mjs', [
  '--docs',
  process.env.BENCH_PIPELINE_DOCS ?? '19043',
  '--workers',
  '1,2',
  ...(wanted('queries') || wanted('latencyPostgres') || wanted('loadPostgres') ? ['--keep'] : []),
]);
const kept = pipeline?.runs?.at(-1)?.keptUrl;
if (kept) {
  delete pipeline.runs.at(-1).keptUrl;
  run('latencyPostgres', 'latency.mjs', ['--store', 'postgres', '--url', kept]);
  run('loadPostgres', 'load.mjs', ['--url', kept], 'load.json');
  run('queries', 'queries.mjs', ['--url', kept, '--drop', '--levels', '20000,100000,200000', '--export']);
}

// One article into an empty store vs into the Reuters store (and a 200k replicated store):
// what a live feed pays per new document as the corpus grows.
// Also one article before and after one large document (BENCH_MARGINAL_LARGE_MB, 0 to skip).
run('marginal', 'marginal.mjs', [
  '--docs',
  process.env.BENCH_MARGINAL_DOCS ?? '19043',
  '--trials',
  process.env.BENCH_MARGINAL_TRIALS ?? '3',
  '--large-mb',
  process.env.BENCH_MARGINAL_LARGE_MB ?? '4',
]);
run('marginal200k', 'marginal.mjs', ['--docs', '200000', '--trials', '1']);
// Live monitoring with 2 workers: new stories into a built store, taken in by each ingest job
// (ORBIT_WORKER_CORPUS=inline) vs only by the corpus job.
run('corpusWorkers', 'corpus-workers.mjs', [
  '--base',
  process.env.BENCH_CORPUS_WORKERS_BASE ?? '1500',
  '--more',
  process.env.BENCH_CORPUS_WORKERS_MORE ?? '300',
]);
// One prose document of 0.25–10 MB: seconds and peak RSS per size and stage; one-article ingests before and after.
run(
  'largeDocs',
  'large-docs.mjs',
  ['--sizes', process.env.BENCH_LARGE_SIZES ?? '0.25,0.5,1,2,4,8,10'],
  'large-docs.json',
);
// 50 connections × 15 s of common-word searches against orbit serve; a cheap page probed during and after.
run('saturation', 'saturation.mjs', [], 'saturation.json');

// SIGKILL crash trials (5k documents × 10); the longest run, last.
run(
  'crash',
  'crash.mjs',
  ['--docs', process.env.BENCH_CRASH_DOCS ?? '5000', '--trials', process.env.BENCH_CRASH_TRIALS ?? '10'],
  'crash.json',
);

writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
