// Crash safety: SIGKILL `orbit ingest` at seeded random moments, check the store after every
// kill, re-run to completion and compare the export with an uninterrupted run's.
//
//   npm run build && node bench/crash.mjs [--docs 5000] [--trials 10] [--seed 7] [--batch 100] [--mode independent|chain]
//
// independent: each trial starts from an empty store, is killed once at a random moment within
//              the uninterrupted run's duration, then re-run to completion (the full benchmark).
// chain:       one store killed again and again, each run resuming the last killed one; when a
//              run reaches the end its export is compared and the next starts from an empty
//              store; finally one run to completion. Cheaper; used by test/crash.test.ts in CI.
// Results go to bench/out/crash.json. Needs dist/ (npm run build).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus, prng } from './gen-corpus.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
/** Documents per write transaction (`orbit ingest --batch-size`; 100 is the CLI default). */
export const BATCH = 100;

/** Runs `orbit ingest DIR --data DATA`; with killAfterMs, SIGKILLs it then (if still running). */
export function ingestOnce(dir, data, { killAfterMs = null, batch = BATCH } = {}) {
  return new Promise((res, rej) => {
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      [CLI, 'ingest', dir, '--data', data, '--json', '--batch-size', String(batch)],
      {
        cwd: ROOT,
        env: { ...process.env, ORBIT_DATABASE_URL: '', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let timer = null;
    if (killAfterMs !== null) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', rej);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      res({ code, signal, stdout, stderr, seconds: (performance.now() - t0) / 1000 });
    });
  });
}

async function openStore(data) {
  const { Store } = await import(join(ROOT, 'dist', 'store', 'store.js'));
  return Store.open({ data });
}

const count = async (db, sql) => Number((await db.query(sql))[0].n);

/**
 * Consistency of a store after a kill. `inputs` are the input files in ingest order (all of them
 * hold one good document). Returns the problems found (empty = consistent) and some counts.
 */
export async function checkStore(data, inputs, batch = BATCH) {
  const problems = [];
  let store;
  try {
    store = await openStore(data);
  } catch (e) {
    return { problems: [`store does not open: ${e.message}`], documents: -1, stale: null };
  }
  try {
    const db = store.db;
    const docs = (await db.query('select source from documents order by seq')).map((r) =>
      String(r.source).replace(/#1$/, ''),
    );
    const noAnn = await count(
      db,
      'select count(*)::int as n from documents d where not exists (select 1 from annotations a where a.doc_id = d.id)',
    );
    if (noAnn) problems.push(`${noAnn} documents without annotations`);
    const noSketch = await count(
      db,
      'select count(*)::int as n from documents d where not exists (select 1 from copy_sketches s where s.doc_id = d.id)',
    );
    if (noSketch) problems.push(`${noSketch} documents without a copy sketch`);
    // No partial batch: whole batches of the input, in input order.
    if (docs.length % batch !== 0 && docs.length !== inputs.length)
      problems.push(`${docs.length} documents stored: not a whole number of ${batch}-document batches`);
    for (let i = 0; i < docs.length; i++) {
      if (docs[i] !== inputs[i]) {
        problems.push(
          `stored document ${i} is ${docs[i]}, expected ${inputs[i]} (not a prefix of the input)`,
        );
        break;
      }
    }
    const orphans = {
      links:
        'select count(*)::int as n from links l where not exists (select 1 from documents d where d.id = l.from_doc) or not exists (select 1 from documents d where d.id = l.to_doc)',
      mentions:
        'select count(*)::int as n from mentions m where not exists (select 1 from documents d where d.id = m.doc_id)',
      'mention entities':
        'select count(*)::int as n from mentions m where not exists (select 1 from entities e where e.id = m.entity_id)',
      quotes:
        'select count(*)::int as n from quotes q where not exists (select 1 from documents d where d.id = q.doc_id)',
      'story documents': `select count(*)::int as n from stories s, jsonb_array_elements_text(s.documents) as x(id) where not exists (select 1 from documents d where d.id = x.id)`,
      'event evidence': `select count(*)::int as n from events e, jsonb_array_elements(e.data->'evidence') as ev where not exists (select 1 from documents d where d.id = ev->>'document')`,
    };
    for (const [what, sql] of Object.entries(orphans)) {
      const n = await count(db, sql);
      if (n) problems.push(`${n} ${what} reference missing rows`);
    }
    const stale = await store.corpusStale();
    return { problems, documents: docs.length, stale };
  } finally {
    await store.close();
  }
}

/** The export without its timestamp, as a string: equal strings = identical knowledge bases. */
export async function exportText(data) {
  const store = await openStore(data);
  try {
    const x = await store.exportAll();
    delete x.generatedAt;
    return JSON.stringify(x);
  } finally {
    await store.close();
  }
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at character ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

/** Generates the corpus and makes the reference store with one uninterrupted run. */
export async function prepare({ docs, seed, work, batch = BATCH }) {
  const dir = join(work, 'inbox');
  const inputs = generateCorpus(dir, { docs, seed });
  const refData = join(work, 'reference');
  const ref = await ingestOnce(dir, refData, { batch });
  if (ref.code !== 0) throw new Error(`reference ingest failed (${ref.code}): ${ref.stderr}`);
  return { dir, inputs, refSeconds: ref.seconds, reference: await exportText(refData) };
}

/**
 * `kills` SIGKILLs on one store at seeded moments in [minMs, maxMs] after each start, a check
 * after each, then a final run to completion compared with the reference.
 */
export async function runChain({
  docs = 300,
  kills = 10,
  seed = 7,
  batch = BATCH,
  from = 0.15,
  to = 0.9,
  work = mkdtempSync(join(tmpdir(), 'orbit-crash-')),
  log = () => undefined,
} = {}) {
  const p = await prepare({ docs, seed, work, batch });
  log(`reference: ${p.inputs.length} documents in ${p.refSeconds.toFixed(1)} s`);
  const minMs = from * p.refSeconds * 1000;
  const maxMs = to * p.refSeconds * 1000;
  const r = prng(seed);
  const data = join(work, 'chain');
  const trials = [];
  let completed = 0;
  for (let k = 0; k < kills; k++) {
    const at = Math.round(minMs + r() * (maxMs - minMs));
    const run = await ingestOnce(p.dir, data, { killAfterMs: at, batch });
    const check = await checkStore(data, p.inputs, batch);
    const trial = {
      killAfterMs: at,
      killed: run.signal === 'SIGKILL',
      exit: run.code,
      ...check,
      exportEqual: null,
    };
    // A run that got to the end (or was killed after it) is compared now, and the next trial
    // starts from an empty store so its kill lands mid-ingest again.
    if (check.documents === p.inputs.length && check.stale === false) {
      const after = await exportText(data);
      trial.exportEqual = after === p.reference;
      if (!trial.exportEqual) trial.problems.push(`export differs ${firstDifference(after, p.reference)}`);
      rmSync(data, { recursive: true, force: true });
      completed++;
    }
    trials.push(trial);
    log(
      `kill ${k + 1}/${kills} at ${at} ms: ${run.signal ?? `exit ${run.code}`}, ${check.documents} documents, stale=${check.stale}, problems=${check.problems.length}${trial.exportEqual === null ? '' : `, complete, export equal=${trial.exportEqual}`}`,
    );
  }
  const final = await ingestOnce(p.dir, data, { batch });
  const after = await exportText(data);
  const same = after === p.reference;
  return {
    mode: 'chain',
    docs: p.inputs.length,
    referenceSeconds: p.refSeconds,
    trials,
    completedBetweenKills: completed,
    finalExit: final.code,
    exportEqual: same,
    difference: same ? null : firstDifference(after, p.reference),
  };
}

/** Independent trials: fresh store, one kill at a seeded moment within the reference duration, re-run, compare. */
export async function runIndependent({
  docs = 5000,
  trials = 10,
  seed = 7,
  batch = BATCH,
  work = mkdtempSync(join(tmpdir(), 'orbit-crash-')),
  log = () => undefined,
} = {}) {
  const p = await prepare({ docs, seed, work, batch });
  log(`reference: ${p.inputs.length} documents in ${p.refSeconds.toFixed(1)} s`);
  const r = prng(seed);
  const out = [];
  for (let t = 0; t < trials; t++) {
    const data = join(work, `trial-${t}`);
    const at = Math.round(r() * p.refSeconds * 1000);
    const run = await ingestOnce(p.dir, data, { killAfterMs: at, batch });
    const check = await checkStore(data, p.inputs, batch);
    const rerun = await ingestOnce(p.dir, data, { batch });
    const after = await exportText(data);
    const same = after === p.reference;
    out.push({
      killAfterMs: at,
      killed: run.signal === 'SIGKILL',
      ...check,
      rerunExit: rerun.code,
      rerunSeconds: rerun.seconds,
      exportEqual: same,
      difference: same ? null : firstDifference(after, p.reference),
    });
    log(
      `trial ${t + 1}/${trials}: kill at ${at} ms (${run.signal ?? `exit ${run.code}`}), ${check.documents} stored, stale=${check.stale}, problems=${check.problems.length}, export equal=${same}`,
    );
    rmSync(data, { recursive: true, force: true });
  }
  return { mode: 'independent', docs: p.inputs.length, referenceSeconds: p.refSeconds, trials: out };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, d) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : d;
  };
  const work = mkdtempSync(join(tmpdir(), 'orbit-crash-'));
  const mode = opt('--mode', 'independent');
  const params = {
    docs: Number(opt('--docs', 5000)),
    seed: Number(opt('--seed', 7)),
    batch: Number(opt('--batch', BATCH)),
    work,
    log: (s) => process.stderr.write(`${s}\n`),
  };
  const t0 = performance.now();
  const result =
    mode === 'chain'
      ? await runChain({ ...params, kills: Number(opt('--trials', 10)) })
      : await runIndependent({ ...params, trials: Number(opt('--trials', 10)) });
  const summary = {
    ...result,
    seconds: (performance.now() - t0) / 1000,
    loadavg: loadavg(),
    date: new Date().toISOString(),
  };
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'out', 'crash.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const trials = result.trials;
  const bad =
    trials.filter((t) => t.problems.length || t.exportEqual === false).length +
    (result.exportEqual === false ? 1 : 0);
  process.stdout.write(
    `${mode}: ${trials.length} SIGKILL trials over ${result.docs} documents, ${bad} with problems; reference run ${result.referenceSeconds.toFixed(1)} s; load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}\n`,
  );
  rmSync(work, { recursive: true, force: true });
  process.exitCode = bad ? 1 : 0;
}
