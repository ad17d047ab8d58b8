// Corpus updates with several `orbit worker` processes on PostgreSQL, in the steady state of live
// monitoring: a store already holding --base Reuters-21578 stories (corpus facts built), then
// --more stories per mode through the job queue, run by --workers worker processes (two ingest
// jobs at a time each). Modes (ORBIT_WORKER_CORPUS): `inline` — each ingest job takes its own
// documents into the corpus facts right after its commit (one incremental update; the corpus lock
// waited for at most 2 s); `job` — only the corpus job does. Queue settings are the defaults
// except 5 documents per job (ORBIT_ENQUEUE_BATCH) and a 2 s debounce. Reports per mode: seconds until the queue is drained and the corpus
// facts are up to date, documents/s, the mean number of documents waiting for the corpus facts
// (sampled every second) and the mean wait it implies (Little's law), the ingest jobs' take-in
// outcomes, and the seconds inline updates held the corpus lock. Reported, not asserted.
// Usage: node bench/corpus-workers.mjs [--base 2000] [--more 400] [--workers 2] [--modes job,inline]
// PostgreSQL: ORBIT_BENCH_DATABASE_URL (default the local test database); a fresh schema, dropped.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { query } from './pg-query.mjs';
import { replicatedReuters } from './reuters.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const base = Number(arg('base', '2000'));
const more = Number(arg('more', '400'));
const nWorkers = Number(arg('workers', '2'));
const modes = String(arg('modes', 'job,inline')).split(',');
const BASE = process.env.ORBIT_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const { freshSchemaUrl } = await import('../dist/store/test-backends.js');
const log = (s) => process.stderr.write(`corpus-workers: ${s}\n`);
const load = () => loadavg().map((x) => +x.toFixed(2));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const docs = replicatedReuters(base + more * modes.length);
const dir = mkdtempSync(join(tmpdir(), 'orbit-corpus-workers-'));
const part = (name, xs) => {
  mkdirSync(join(dir, name));
  writeFileSync(join(dir, name, 'docs.jsonl'), `${xs.map((d) => JSON.stringify(d)).join('\n')}\n`);
  return join(dir, name);
};

const url = await freshSchemaUrl(BASE, 'orbit_bench_cw');
const schema = /search_path=([^,]+)/.exec(
  decodeURIComponent(new URL(url).searchParams.get('options') ?? ''),
)[1];
const runs = [];
try {
  const t0 = performance.now();
  const first = spawnSync(
    process.execPath,
    ['--max-old-space-size=4096', CLI, 'ingest', part('base', docs.slice(0, base)), '--json'],
    {
      env: { ...process.env, ORBIT_DATABASE_URL: url },
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    },
  );
  if (first.status !== 0) throw new Error(`base ingest failed: ${first.stderr.slice(-2000)}`);
  const baseSeconds = +((performance.now() - t0) / 1000).toFixed(1);
  log(`base of ${base} documents in ${baseSeconds} s (${JSON.parse(first.stdout).corpus?.mode})`);

  for (const [k, mode] of modes.entries()) {
    const env = {
      ...process.env,
      ORBIT_DATABASE_URL: url,
      ORBIT_WORKER_CORPUS: mode,
      ORBIT_ENQUEUE_BATCH: process.env.ORBIT_ENQUEUE_BATCH ?? '5',
      ORBIT_CORPUS_DEBOUNCE_SECONDS: '2',
      ORBIT_JOB_EXPIRE_SECONDS: '900',
    };
    const input = part(`more-${k}`, docs.slice(base + k * more, base + (k + 1) * more));
    const enq = spawnSync(process.execPath, [CLI, 'ingest', '--enqueue', input, '--json'], {
      env,
      encoding: 'utf8',
    });
    if (enq.status !== 0) throw new Error(`enqueue failed: ${enq.stderr}`);
    const loadBefore = load();
    const t1 = performance.now();
    const before = Number((await query(url, `select count(*)::int as n from documents`))[0].n);
    const workers = [];
    for (let i = 0; i < nWorkers; i++) {
      const child = spawn(
        process.execPath,
        ['--max-old-space-size=4096', CLI, 'worker', '--concurrency', '2'],
        {
          env,
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      const w = { child, out: '', exit: new Promise((r) => child.on('exit', r)) };
      child.stdout.on('data', (d) => (w.out += d));
      workers.push(w);
    }
    let waitingSum = 0;
    let samples = 0;
    let seconds = null;
    for (;;) {
      await sleep(1000);
      const [q] = await query(
        url,
        `select (select count(*)::int from ${schema}_queue.job where state in ('created','retry','active')) as jobs,
                (select count(*)::int from ${schema}_queue.job where state = 'failed') as failed,
                (select count(*)::int from corpus_queue) as waiting,
                (select (value #>> '{}')::bigint from meta where key = 'corpus_generation') as gen,
                (select (value #>> '{}')::bigint from meta where key = 'corpus_built') as built`,
      );
      if (q.failed) throw new Error(`${q.failed} jobs failed`);
      waitingSum += q.waiting;
      samples++;
      if (q.jobs === 0 && q.waiting === 0 && String(q.gen) === String(q.built)) {
        seconds = (performance.now() - t1) / 1000;
        break;
      }
    }
    const loadAfter = load();
    for (const w of workers) w.child.kill('SIGTERM');
    for (const w of workers) await w.exit;
    const lines = workers.flatMap((w) =>
      w.out
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l)),
    );
    const outcomes = {};
    let lockSeconds = 0;
    for (const l of lines.filter((x) => x.event === 'job' && x.corpus)) {
      const key = l.corpusReason ? `${l.corpus}: ${l.corpusReason.replace(/ \S+:\S+/g, ' …')}` : l.corpus;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      // the update's own steps: the time it held the corpus lock (not the wait for it)
      if (l.corpus === 'incremental')
        lockSeconds += Object.values(l.corpusMs ?? {}).reduce((a, b) => a + b, 0) / 1000;
    }
    const corpusJobs = {};
    for (const l of lines.filter((x) => x.event === 'corpus' && x.outcome === 'rebuilt'))
      corpusJobs[l.mode] = (corpusJobs[l.mode] ?? 0) + 1;
    const documents = Number((await query(url, `select count(*)::int as n from documents`))[0].n) - before;
    const meanWaiting = waitingSum / samples;
    const r = {
      mode,
      workers: nWorkers,
      documents,
      seconds: +seconds.toFixed(1),
      docsPerSecond: +(documents / seconds).toFixed(1),
      meanDocumentsWaiting: +meanWaiting.toFixed(1),
      meanWaitSeconds: +(meanWaiting / (documents / seconds)).toFixed(1),
      takeIn: outcomes,
      inlineUpdateSeconds: +lockSeconds.toFixed(1),
      corpusJobs,
      loadavg: { before: loadBefore, after: loadAfter },
    };
    log(JSON.stringify(r));
    runs.push(r);
  }
  process.stdout.write(
    `${JSON.stringify({ store: 'postgres', base, baseSeconds, more, source: 'Reuters-21578', cpus: (await import('node:os')).cpus().length, runs })}\n`,
  );
} finally {
  await query(BASE, `drop schema if exists ${schema} cascade; drop schema if exists ${schema}_queue cascade`);
  rmSync(dir, { recursive: true, force: true });
}
