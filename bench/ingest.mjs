// Ingest+clean+annotate+store throughput on Reuters-21578 for one store, in its own process so
// peak RSS is this run's alone. Usage: node bench/ingest.mjs --store pglite|postgres [--docs N]
// [--keep-data DIR] (PGlite: load into DIR, an empty folder, and keep it for later benchmarks)
// Prints one JSON object. PostgreSQL: ORBIT_BENCH_DATABASE_URL (default the local test database),
// in a fresh schema.
import { mkdtempSync, writeFileSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReuters } from './reuters.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const storeKind = arg('store', 'pglite');
const limit = Number(arg('docs', 'Infinity'));

const { Store } = await import('../dist/store/store.js');
const { ingestPaths } = await import('../dist/pipeline.js');

const docs = loadReuters(limit);
const dir = mkdtempSync(join(tmpdir(), 'orbit-bench-'));
const keepData = arg('keep-data', null);
const storeDir = keepData ?? mkdtempSync(join(tmpdir(), 'orbit-bench-store-')); // never inside the input folder
// One JSON Lines file per 1,000 stories, as a feed dump would arrive.
let bytes = 0;
for (let i = 0; i < docs.length; i += 1000) {
  const lines = docs
    .slice(i, i + 1000)
    .map((d) => JSON.stringify({ title: d.title, body: d.body, date: d.date, url: `reuters:${d.newid}` }));
  const file = join(dir, `part-${String(i / 1000).padStart(3, '0')}.jsonl`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  bytes += statSync(file).size;
}
let store;
if (storeKind === 'postgres') {
  const { freshSchemaUrl } = await import('../dist/store/test-backends.js');
  store = await Store.open({
    url: await freshSchemaUrl(
      process.env.ORBIT_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      'orbit_bench',
    ),
  });
} else {
  store = await Store.open({ data: storeDir });
}
const t0 = performance.now();
const summary = await ingestPaths(store, [dir]);
const seconds = (performance.now() - t0) / 1000;
const words = docs.reduce((n, d) => n + d.body.split(/\s+/).length, 0);
await store.close();
const result = {
  store: storeKind,
  documents: summary.ingested,
  failed: summary.failed,
  seconds: +seconds.toFixed(2),
  docsPerSecond: +(summary.ingested / seconds).toFixed(1),
  wordsPerSecond: Math.round(words / seconds),
  mbPerSecond: +(bytes / 1048576 / seconds).toFixed(2),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
};
rmSync(dir, { recursive: true, force: true });
if (!keepData) rmSync(storeDir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(result)}\n`);
