/**
 * A client that ignores Retry-After cannot turn refusals into a flood: over real keep-alive
 * connections, a connection refused as busy (503 ORBIT_E_BUSY) that asks again at once is held
 * for the Retry-After it was given, while a new connection is answered at once; /api/health
 * answers while the lanes are full.
 */
import { request, Agent } from 'node:http';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { Store } from '../src/store/store.js';
import { tempDir } from './helpers.js';

type Answer = { status: number; ms: number; retryAfter: string | undefined; body: string };

/** GET over `agent` (one keep-alive socket per agent). */
function get(base: string, path: string, agent: Agent): Promise<Answer> {
  const t0 = performance.now();
  return new Promise((res, rej) => {
    const r = request(`${base}${path}`, { agent }, (m) => {
      let body = '';
      m.on('data', (c: Buffer) => (body += c.toString()));
      m.on('end', () =>
        res({
          status: m.statusCode ?? 0,
          ms: performance.now() - t0,
          retryAfter: m.headers['retry-after'] as string | undefined,
          body,
        }),
      );
    });
    r.on('error', rej);
    r.end();
  });
}

describe('clients that ignore Retry-After', () => {
  let store: Store;
  let app: FastifyInstance;
  let base: string;
  const saved = process.env.ORBIT_API_MAX_WAIT_MS;

  beforeAll(async () => {
    process.env.ORBIT_API_MAX_WAIT_MS = '50';
    store = await Store.open({ data: join(tempDir(), 'store') });
    app = await buildApp({ store, token: null, webRoot: null, concurrency: 1 });
    // A heavy route that holds its slot 400 ms: the lane's service time, known in advance.
    app.get('/api/test-slow', { config: { heavy: true } }, async () => {
      await new Promise((r) => setTimeout(r, 400));
      return { ok: true };
    });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.ORBIT_API_MAX_WAIT_MS;
    else process.env.ORBIT_API_MAX_WAIT_MS = saved;
    await app.close();
    await store.close();
  });

  it('holds the impatient connection for its Retry-After; answers a new one at once', async () => {
    const conn = () => new Agent({ keepAlive: true, maxSockets: 1 });
    const [a, b, c] = [conn(), conn(), conn()];
    expect((await get(base, '/api/test-slow', a)).status).toBe(200); // the lane learns 400 ms
    const busy = get(base, '/api/test-slow', b); // takes the one slot
    await new Promise((r) => setTimeout(r, 50));
    const first = await get(base, '/api/test-slow', a);
    expect(first.status).toBe(503);
    expect(JSON.parse(first.body).error.code).toBe('ORBIT_E_BUSY');
    expect(first.retryAfter).toBe('1');
    expect(first.ms).toBeLessThan(300); // refused at once
    // health reads no store and is admitted through no lane: it answers while the lane is full
    const health = await get(base, '/api/health', c);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body).requests.heavy).toMatchObject({ active: 1, refused: 1 });
    // asked again at once on the same connection: held for the Retry-After, then admitted
    const again = await get(base, '/api/test-slow', a);
    expect(again.ms).toBeGreaterThanOrEqual(900);
    expect(again.status).toBe(200);
    expect((await busy).status).toBe(200);
    // a new connection that arrives while the slot is busy is refused at once, not held
    const busy2 = get(base, '/api/test-slow', b);
    await new Promise((r) => setTimeout(r, 50));
    const fresh = await get(base, '/api/test-slow', c);
    expect(fresh.status).toBe(503);
    expect(fresh.ms).toBeLessThan(300);
    await busy2;
    for (const x of [a, b, c]) x.destroy();
  });
});
