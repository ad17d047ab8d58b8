// Saturation: many connections search a common word (clients give up after a few seconds, as
// impatient users and proxies do) while a cheap store-backed page is probed every 250 ms, during
// the load and for 3 s after it. Reports the load's status codes and timeouts (hung requests) and
// the cheap page's latencies. Used by test/saturation.test.ts and, against `orbit serve` over a
// store with a large document, by `node bench/saturation.mjs`.
//
//   npm run build && node bench/saturation.mjs [--connections 50] [--seconds 15] [--docs 200] [--long-mb 2]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { generateCorpus, generateProse } from './gen-corpus.mjs';

const ROOT = resolve(import.meta.dirname, '..');

const quantile = (xs, q) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** Probes `path` every `everyMs` until `until()` is true; returns [{ms, status}]. */
async function probe(url, path, until, everyMs = 250) {
  const out = [];
  while (!until()) {
    const t0 = performance.now();
    let status = 0;
    try {
      const r = await fetch(`${url}${path}`, { signal: globalThis.AbortSignal.timeout(30_000) });
      await r.arrayBuffer();
      status = r.status;
    } catch {
      status = -1; // hung past 30 s or refused
    }
    const ms = Math.round(performance.now() - t0);
    out.push({ ms, status });
    await new Promise((r) => setTimeout(r, Math.max(0, everyMs - ms)));
  }
  return out;
}

export async function saturate(
  url,
  {
    connections = 50,
    seconds = 15,
    clientTimeoutSeconds = 10,
    query = 'the',
    cheap = '/api/documents?limit=1',
  } = {},
) {
  let loadDone = false;
  const loadRun = new Promise((res, rej) => {
    autocannon(
      {
        url: `${url}/api/search?q=${encodeURIComponent(query)}&limit=20`,
        connections,
        duration: seconds,
        timeout: clientTimeoutSeconds,
      },
      (err, r) => (err ? rej(err) : res(r)),
    );
  }).finally(() => (loadDone = true));
  const during = probe(url, cheap, () => loadDone);
  const r = await loadRun;
  const duringProbes = (await during).map((p) => ({ ...p, phase: 'during' }));
  const t0 = performance.now();
  const afterProbes = (await probe(url, cheap, () => performance.now() - t0 > 3000)).map((p) => ({
    ...p,
    phase: 'after',
  }));
  const healthAfter = await (await fetch(`${url}/api/health`)).json();
  const ms = (ps) => ps.map((p) => p.ms);
  return {
    query,
    connections,
    seconds,
    clientTimeoutSeconds,
    load: {
      requests: r.requests.total,
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
      status: r.statusCodeStats ?? {},
      latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
    },
    cheap: {
      path: cheap,
      during: {
        n: duringProbes.length,
        p50: quantile(ms(duringProbes), 0.5),
        p99: quantile(ms(duringProbes), 0.99),
        max: Math.max(...ms(duringProbes)),
        over1s: duringProbes.filter((p) => p.ms > 1000).length,
        non200: duringProbes.filter((p) => p.status !== 200).length,
      },
      after: {
        n: afterProbes.length,
        p50: quantile(ms(afterProbes), 0.5),
        max: Math.max(...ms(afterProbes)),
        over1s: afterProbes.filter((p) => p.ms > 1000).length,
        non200: afterProbes.filter((p) => p.status !== 200).length,
      },
    },
    probes: [...duringProbes, ...afterProbes],
    healthAfter,
  };
}

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

async function main() {
  const args = process.argv.slice(2);
  const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
  const data = mkdtempSync(join(tmpdir(), 'orbit-saturation-'));
  const inbox = join(data, 'inbox');
  generateCorpus(inbox, { docs: Number(opt('--docs', 200)), seed: 17 });
  writeFileSync(join(inbox, 'long-report.txt'), generateProse(Number(opt('--long-mb', 2)) * 1048576));
  const cli = join(ROOT, 'dist', 'cli', 'main.js');
  const env = { ...process.env, ORBIT_DATABASE_URL: '' };
  const t0 = performance.now();
  await new Promise((res, rej) =>
    spawn(process.execPath, [cli, 'ingest', inbox, '--data', join(data, 'store'), '--quiet'], {
      env,
      stdio: 'inherit',
    }).once('exit', (c) => (c === 0 ? res() : rej(new Error(`ingest exit ${c}`)))),
  );
  process.stderr.write(`loaded in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [cli, 'serve', '--data', join(data, 'store'), '--port', String(port)],
    { env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const before = loadavg();
  let r;
  try {
    r = await saturate(url, {
      connections: Number(opt('--connections', 50)),
      seconds: Number(opt('--seconds', 15)),
      clientTimeoutSeconds: Number(opt('--client-timeout', 10)),
      query: opt('--q', 'officials'),
    });
  } finally {
    server.kill('SIGTERM');
    await new Promise((res) => server.once('exit', res));
  }
  delete r.probes;
  const out = {
    serverProcess: 'orbit serve (separate process)',
    documents: `${opt('--docs', 200)} generated + one ${opt('--long-mb', 2)} MB report`,
    ...r,
    loadavgBefore: before,
    loadavgAfter: loadavg(),
    date: new Date().toISOString(),
  };
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'out', 'saturation.json'), `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
