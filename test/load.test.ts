/**
 * Load smoke test (the 100-connection, 30-second run over Reuters is `node bench/load.mjs`):
 * 20 connections for 3 s on search and entity endpoints of a real listening server over a small
 * store. Asserts zero errors, timeouts and non-2xx answers; throughput and latency are reported,
 * not asserted (on a shared 2-core machine the request count depends on the load, not on Orbit).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM benchmark module without type declarations
import { generateCorpus } from '../bench/gen-corpus.mjs';
// @ts-expect-error plain ESM benchmark module without type declarations
import { hammer, requestsFor } from '../bench/load.mjs';
import { ingestPaths } from '../src/pipeline.js';
import { buildApp } from '../src/server/app.js';
import { Store } from '../src/store/store.js';
import { tempDir } from './helpers.js';

describe('load smoke', () => {
  it('serves 20 concurrent connections for 3 s without an error', async () => {
    const dir = join(tempDir(), 'inbox');
    generateCorpus(dir, { docs: 30, seed: 3 });
    const store = await Store.open({ data: join(tempDir(), 'store') });
    await ingestPaths(store, [dir]);
    const ents = (await store.db.query('select name from entities order by mention_count desc limit 10')).map(
      (r) => String(r.name),
    );
    expect(ents.length).toBeGreaterThan(0);
    const app = await buildApp({ store, token: null, webRoot: null });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const r = (await hammer(url, requestsFor(ents), { connections: 20, seconds: 3 })) as {
      requests: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      latencyMs: { p99: number };
    };
    await app.close();
    await store.close();
    console.log(`load smoke: ${r.requests} requests, p99 ${r.latencyMs.p99} ms`);
    expect(r.requests).toBeGreaterThan(0);
    expect(r.errors).toBe(0);
    expect(r.timeouts).toBe(0);
    expect(r.non2xx).toBe(0);
  }, 180_000);
});
