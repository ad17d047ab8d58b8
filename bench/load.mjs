// Load: autocannon against `orbit serve` (its own process) over a store with Reuters-21578 loaded
// (or a subset), on the search and entity endpoints. Reports requests/s, p50/p99 latency,
// errors and non-2xx responses, with the load average (the machine may be shared).
//
//   npm run build && node bench/load.mjs [--docs 21578] [--connections 100] [--seconds 30] [--data DIR | --url URL]
//
// --data reuses an embedded store, --url a PostgreSQL one (either is loaded once if empty). Results: bench/out/load.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const ROOT = resolve(import.meta.dirname, '..');
const dist = (p) => import(join(ROOT, 'dist', p));

/** Starts the API over `store` on an ephemeral port. */
export async function startServer(store) {
  const { buildApp } = await dist('server/app.js');
  const app = await buildApp({ store, token: null, webRoot: null });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url };
}

/** Requests that mirror what the UI asks for: search terms and entity pages. */
export function requestsFor(entities) {
  const terms = [
    'oil',
    'trade',
    'bank',
    'Kazakhstan',
    'Turkey',
    'grain exports',
    'interest rates',
    'gold',
    'Russia',
    'talks',
  ];
  const reqs = terms.map((q) => ({ method: 'GET', path: `/api/search?q=${encodeURIComponent(q)}&limit=20` }));
  reqs.push(
    { method: 'GET', path: '/api/entities?limit=50' },
    { method: 'GET', path: '/api/entities?q=bank&limit=20' },
    { method: 'GET', path: '/api/entities?type=country&limit=50' },
  );
  for (const e of entities.slice(0, 10))
    reqs.push({ method: 'GET', path: `/api/entities/${encodeURIComponent(e)}` });
  return reqs;
}

/** Runs autocannon; returns the figures that matter. */
export function hammer(url, requests, { connections = 100, seconds = 30 } = {}) {
  return new Promise((res, rej) => {
    autocannon({ url, connections, duration: seconds, requests, timeout: 30 }, (err, r) => {
      if (err) return rej(err);
      res({
        connections,
        seconds,
        requests: r.requests.total,
        rps: r.requests.average,
        latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
        status: r.statusCodeStats ?? null,
        // 503 with Retry-After is the server refusing work it could not serve in time (saturated)
        refused503: r.statusCodeStats?.['503']?.count ?? 0,
      });
    });
  });
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/**
 * `orbit serve` in its own process, as deployed: the load generator must not share the server's
 * event loop (with the embedded store the database runs in that loop too, and a client parsing
 * responses in it would be measured as server latency).
 */
async function spawnServer(storeArgs, env) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'dist', 'cli', 'main.js'), 'serve', ...storeArgs, '--port', String(port)],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`orbit serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { child, url };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('orbit serve did not start within 60 s');
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
  const docs = Number(opt('--docs', 21578));
  const data = opt('--data', null) ?? mkdtempSync(join(tmpdir(), 'orbit-load-'));
  const url0 = opt('--url', null);
  const { Store } = await dist('store/store.js');
  const store = await Store.open(url0 ? { url: url0 } : { data });
  if ((await store.documentCount()) === 0) {
    const { loadReuters } = await import('./reuters.mjs');
    const { ingestOutcomes } = await dist('pipeline.js');
    const { parseBytes } = await dist('ingest/index.js');
    const stories = loadReuters(docs);
    const t0 = performance.now();
    const inputs = stories.map((s) =>
      parseBytes(
        `reuters-${s.newid}.json`,
        Buffer.from(JSON.stringify({ title: s.title, body: s.body, date: s.date })),
      ),
    );
    const summary = await ingestOutcomes(store, inputs, inputs.length);
    process.stderr.write(
      `loaded ${summary.ingested} Reuters stories in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`,
    );
  }
  const n = await store.documentCount();
  const kind = store.db.kind;
  const ents = (await store.db.query('select name from entities order by mention_count desc limit 10')).map(
    (r) => String(r.name),
  );
  await store.close(); // the embedded store has one owner at a time: the server now
  const { child, url } = await spawnServer(
    url0 ? [] : ['--data', data],
    url0 ? { ORBIT_DATABASE_URL: url0 } : { ORBIT_DATABASE_URL: '' },
  );
  const before = loadavg();
  let result;
  try {
    // A short warm-up (caches, plans) so the figure is the server's steady state under load.
    await hammer(url, requestsFor(ents), { connections: 4, seconds: 3 });
    result = await hammer(url, requestsFor(ents), {
      connections: Number(opt('--connections', 100)),
      seconds: Number(opt('--seconds', 30)),
    });
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  const out = {
    store: kind,
    documents: n,
    serverProcess: 'orbit serve (separate process), 3 s warm-up with 4 connections first',
    ...result,
    loadavgBefore: before,
    loadavgAfter: loadavg(),
    date: new Date().toISOString(),
  };
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'out', 'load.json'), `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(
    `${n} documents, ${result.connections} connections × ${result.seconds} s: ${result.requests} requests, ${result.rps.toFixed(0)} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx} (${result.refused503} of them 503 busy); load ${out.loadavgAfter.map((x) => x.toFixed(2)).join(' ')}\n`,
  );
  process.exitCode = result.errors || result.non2xx - result.refused503 || result.timeouts ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
