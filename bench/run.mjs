// `npm run bench`: runs every benchmark in its own process and writes bench/results.json.
// Figures are reported, never asserted. Set BENCH_DOCS to limit the Reuters subset.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
mkdirSync(join(here, 'out'), { recursive: true });
const docs = process.env.BENCH_DOCS ?? 'Infinity';
const results = { generatedAt: new Date().toISOString(), machine: { cpus: (await import('node:os')).cpus().length, node: process.version } };

function run(name, script, args = []) {
  process.stderr.write(`bench: ${name}…\n`);
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', join(here, script), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) {
    results[name] = { error: `exit ${r.status}` };
    return;
  }
  const last = r.stdout.trim().split('\n').pop();
  try {
    results[name] = JSON.parse(last);
  } catch {
    results[name] = { output: r.stdout.trim() };
  }
}

run('ingestPglite', 'ingest.mjs', ['--store', 'pglite', '--docs', docs]);
run('ingestPostgres', 'ingest.mjs', ['--store', 'postgres', '--docs', docs]);
for (const [name, script] of [['extraction', 'extraction.mjs'], ['copies', 'copies.mjs'], ['entities', 'entities.mjs']]) {
  if (existsSync(join(here, script))) {
    run(name, script);
    const out = join(here, 'out', `${name}.json`);
    if (existsSync(out)) results[name] = JSON.parse(readFileSync(out, 'utf8'));
  }
}
// Distributed pipeline (PostgreSQL + 1 and 2 worker processes), then query latency on the store it
// leaves behind, replicated to 20k and 100k documents. BENCH_PIPELINE_DOCS sizes the pipeline run.
run('pipeline', 'pipeline.mjs', ['--docs', process.env.BENCH_PIPELINE_DOCS ?? '20000', '--workers', '1,2', '--keep']);
const kept = results.pipeline?.runs?.at(-1)?.keptUrl;
if (kept) {
  run('queries', 'queries.mjs', ['--url', kept, '--drop', '--levels', '20000,100000']);
  delete results.pipeline.runs.at(-1).keptUrl;
}
results.loadavgAtEnd = (await import('node:os')).loadavg();
writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
