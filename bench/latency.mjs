// Latency of the API pages analysts use most — search and entity pages — over a store with
// Reuters-21578 loaded: p50/p95/p99 per endpoint, measured per request with varied queries
// (no two consecutive requests alike), with 1 and with 4 concurrent clients.
//
//   npm run build && node bench/latency.mjs [--docs N] [--data DIR] [--store pglite|postgres] [--url URL]
//
// --data (PGlite) keeps the loaded store for reuse; --url (PostgreSQL) reuses a loaded store. PostgreSQL: ORBIT_BENCH_DATABASE_URL (default the local
// test database) in a fresh schema. Writes bench/out/latency.json. Reported, not asserted.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadReuters } from './reuters.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const dist = (p) => import(join(ROOT, 'dist', p));
const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const docsWanted = Number(opt('--docs', 'Infinity'));
const kind = opt('--store', 'pglite');

const { Store } = await dist('store/store.js');
let store;
if (kind === 'postgres' && opt('--url', null)) {
  store = await Store.open({ url: opt('--url', null) });
} else if (kind === 'postgres') {
  const { freshSchemaUrl } = await dist('store/test-backends.js');
  store = await Store.open({
    url: await freshSchemaUrl(
      process.env.ORBIT_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      'orbit_lat',
    ),
  });
} else {
  store = await Store.open({ data: opt('--data', null) ?? mkdtempSync(join(tmpdir(), 'orbit-latency-')) });
}
if ((await store.documentCount()) === 0) {
  const { ingestPaths } = await dist('pipeline.js');
  const input = mkdtempSync(join(tmpdir(), 'orbit-latency-in-'));
  const stories = loadReuters(docsWanted);
  for (let i = 0; i < stories.length; i += 1000) {
    writeFileSync(
      join(input, `part-${String(i / 1000).padStart(3, '0')}.jsonl`),
      `${stories
        .slice(i, i + 1000)
        .map((s) => JSON.stringify({ title: s.title, body: s.body, date: s.date, url: `reuters:${s.newid}` }))
        .join('\n')}\n`,
    );
  }
  const t0 = performance.now();
  const s = await ingestPaths(store, [input]);
  process.stderr.write(`loaded ${s.ingested} stories in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}
if (args.includes('--rebuild')) {
  // a store loaded by an older build: recompute corpus facts with this build's schema
  const { rebuildCorpus } = await dist('pipeline.js');
  await rebuildCorpus(store);
}
const documents = await store.documentCount();
const entityIds = (
  await store.db.query('select id from entities order by mention_count desc, id limit 200')
).map((r) => String(r.id));
const { buildApp } = await dist('server/app.js');
const app = await buildApp({ store, token: null, webRoot: null });
const base = await app.listen({ host: '127.0.0.1', port: 0 });

const TERMS = [
  'oil',
  'trade deficit',
  'bank',
  'interest rates',
  'gold',
  'wheat',
  'coffee',
  'talks',
  'dollar',
  'merger',
  'shares',
  'profit',
  'crude',
  'opec',
  'tariff',
  'japan',
  'brazil',
  'debt',
  'inflation',
  'grain exports',
  'soviet',
  'sugar',
  'strike',
  'acquisition',
  'dividend',
  'federal reserve',
  'yen',
  'bonds',
  'copper',
  'natural gas',
  'shipping',
  'earnings',
  'budget',
  'credit',
  'exports',
  'imports',
  'stake',
  'china',
  'iran',
  'rubber',
  'cocoa',
  'tin',
  'steel',
  'loan',
  'treasury',
  'germany',
  'france',
  'canada',
  'mexico',
  'argentina',
];

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))].toFixed(1);
};

async function measure(paths, clients) {
  const times = [];
  let errors = 0;
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++];
      const t = performance.now();
      const r = await fetch(base + path);
      await r.arrayBuffer();
      times.push(performance.now() - t);
      if (!r.ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  return {
    requests: times.length,
    errors,
    p50: pct(times, 50),
    p95: pct(times, 95),
    p99: pct(times, 99),
    max: pct(times, 100),
  };
}

const rounds = 4;
const searchPaths = Array.from({ length: rounds }, () =>
  TERMS.map((t) => `/api/search?q=${encodeURIComponent(t)}&limit=20`),
).flat();
const entityPaths = Array.from({ length: 2 }, () =>
  entityIds.map((id) => `/api/entities/${encodeURIComponent(id)}`),
).flat();
await measure(searchPaths.slice(0, 20), 1); // warm-up
const result = { store: kind, documents, loadavgBefore: loadavg() };
for (const clients of [1, 4]) {
  result[`search_${clients}`] = await measure(searchPaths, clients);
  result[`entity_${clients}`] = await measure(entityPaths, clients);
}
result.loadavgAfter = loadavg();
await app.close();
await store.close();
mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'out', `latency-${kind}.json`), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result));
