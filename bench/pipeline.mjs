// Full-pipeline throughput with the PostgreSQL job queue: Reuters-21578 (topped up to --docs with
// perturbed copies) enqueued with `orbit ingest --enqueue`, then run by 1 and by 2 `orbit worker`
// processes, each into a fresh schema. Reports documents/s and words/s for the ingest phase
// (clean, annotate, store, copy links) and end to end (until the corpus job has finished), peak
// RSS per worker process (from its final log line) and store size per 1,000 documents.
// Reported, not asserted. Usage: node bench/pipeline.mjs [--docs 20000] [--workers 1,2] [--keep]
// With --keep the last run's schema is left in place and its URL printed as keptUrl (for
// bench/queries.mjs). PostgreSQL: ORBIT_BENCH_DATABASE_URL (default the local test database).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { query } from './pg-query.mjs';
import { replicatedReuters } from './reuters.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const target = Number(arg('docs', process.env.BENCH_DOCS ?? '20000'));
const workerCounts = String(arg('workers', '1,2')).split(',').map(Number);
const keep = process.argv.includes('--keep');
const BASE = process.env.ORBIT_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const { freshSchemaUrl } = await import('../dist/store/test-backends.js');

const log = (s) => process.stderr.write(`pipeline: ${s}\n`);
const load = () => loadavg().map((x) => +x.toFixed(2));

const docs = replicatedReuters(target);
const words = docs.reduce((n, d) => n + (d.body.match(/\S+/g)?.length ?? 0), 0);
const dir = mkdtempSync(join(tmpdir(), 'orbit-pipeline-'));
for (let i = 0; i < docs.length; i += 1000) {
  writeFileSync(
    join(dir, `part-${String(i / 1000).padStart(3, '0')}.jsonl`),
    `${docs
      .slice(i, i + 1000)
      .map((d) => JSON.stringify(d))
      .join('\n')}\n`,
  );
}
log(`${docs.length} documents, ${words} words in ${dir}`);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const schemaOf = (url) =>
  /search_path=([^,]+)/.exec(decodeURIComponent(new URL(url).searchParams.get('options') ?? ''))[1];

async function runWith(nWorkers) {
  const url = await freshSchemaUrl(BASE, 'orbit_bench_pipe');
  const schema = schemaOf(url);
  const env = {
    ...process.env,
    ORBIT_DATABASE_URL: url,
    ORBIT_ENQUEUE_BATCH: process.env.ORBIT_ENQUEUE_BATCH ?? '50',
    // One early corpus run, then none until the backlog is gone: the figure is the pipeline's.
    ORBIT_CORPUS_MIN_INTERVAL_SECONDS: '86400',
    ORBIT_CORPUS_DEBOUNCE_SECONDS: '2',
    ORBIT_JOB_EXPIRE_SECONDS: '900',
  };
  const t0 = performance.now();
  const enq = spawnSync(process.execPath, [CLI, 'ingest', '--enqueue', dir, '--json'], {
    env,
    encoding: 'utf8',
  });
  if (enq.status !== 0) throw new Error(`enqueue failed: ${enq.stderr}`);
  const enqueueSeconds = (performance.now() - t0) / 1000;
  const loadBefore = load();

  const workers = [];
  const t1 = performance.now();
  for (let i = 0; i < nWorkers; i++) {
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=4096', CLI, 'worker', '--concurrency', '2'],
      { env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const w = { child, out: '', exit: new Promise((r) => child.on('exit', r)) };
    child.stdout.on('data', (d) => (w.out += d));
    workers.push(w);
  }
  let ingestSeconds = null;
  let totalSeconds = null;
  const peakRss = new Array(nWorkers).fill(0);
  for (;;) {
    await sleep(1000);
    workers.forEach((w, i) => {
      for (const m of w.out.matchAll(/"rssMB":(\d+)/g)) peakRss[i] = Math.max(peakRss[i], Number(m[1]));
      w.out = w.out.slice(-4000);
    });
    const [q] = await query(
      BASE,
      `select count(*) filter (where name = 'orbit-ingest' and state in ('created','retry','active'))::int as ingest,
      count(*) filter (where name = 'orbit-corpus' and state in ('created','retry','active'))::int as corpus,
      count(*) filter (where state = 'failed')::int as failed from ${schema}_queue.job`,
    );
    if (q.failed) throw new Error(`${q.failed} jobs failed`);
    if (q.ingest === 0 && ingestSeconds === null) ingestSeconds = (performance.now() - t1) / 1000;
    if (ingestSeconds !== null) {
      const [m] = await query(
        url,
        `select (select (value #>> '{}')::bigint from meta where key = 'corpus_generation') as gen,
        (select (value #>> '{}')::bigint from meta where key = 'corpus_built') as built`,
      );
      if (q.corpus === 0 && m.gen !== null && String(m.gen) === String(m.built)) {
        totalSeconds = (performance.now() - t1) / 1000;
        break;
      }
    }
  }
  const loadAfter = load();
  for (const w of workers) w.child.kill('SIGTERM');
  const finals = [];
  for (const w of workers) {
    await w.exit;
    const m = /"event":"stopped".*"maxRssMB":(\d+)/.exec(w.out);
    finals.push(m ? Number(m[1]) : null);
  }
  const [count] = await query(url, 'select count(*)::int as n from documents');
  const [size] = await query(
    BASE,
    `select coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = $1 and c.relkind in ('r', 'm')`,
    [schema],
  );
  const result = {
    workers: nWorkers,
    concurrencyPerWorker: 2,
    documents: count.n,
    words,
    enqueueSeconds: +enqueueSeconds.toFixed(1),
    ingestSeconds: +ingestSeconds.toFixed(1),
    ingestDocsPerSecond: +(count.n / ingestSeconds).toFixed(1),
    ingestWordsPerSecond: Math.round(words / ingestSeconds),
    endToEndSeconds: +totalSeconds.toFixed(1),
    endToEndDocsPerSecond: +(count.n / totalSeconds).toFixed(1),
    peakRssMBPerWorker: finals.map((f, i) => f ?? peakRss[i]),
    storeMBPer1kDocs: +((Number(size.bytes) / 1048576) * (1000 / count.n)).toFixed(2),
    loadavg: { before: loadBefore, after: loadAfter },
  };
  log(JSON.stringify(result));
  if (!keep || nWorkers !== workerCounts[workerCounts.length - 1]) {
    await query(
      BASE,
      `drop schema if exists ${schema} cascade; drop schema if exists ${schema}_queue cascade`,
    );
  } else {
    result.keptUrl = url;
  }
  return result;
}

const runs = [];
for (const n of workerCounts) runs.push(await runWith(n));
rmSync(dir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({ corpus: { documents: docs.length, words, source: 'Reuters-21578 + perturbed copies' }, cpus: (await import('node:os')).cpus().length, runs })}\n`,
);
