/**
 * The server-side holes of the hostile pass: NUL bytes in parameters and ids, deeply nested JSON
 * and DOCTYPE feeds posted to /api/ingest, and errors produced by the HTTP layer itself (a bad
 * %-escape, an over-long path, a 100 KB query string) — every one answered with a 4xx, an
 * ORBIT_E_ code and the security headers, never a 500.
 */
import { request } from 'node:http';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { Store } from '../../src/store/store.js';
import { tempDir } from '../helpers.js';

const TOKEN = 'errors-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const PROSE =
  'Officials of Kazakhstan and Uzbekistan met in Astana on Monday to discuss a new rail link across the region, the ministry said.';

describe('server errors on hostile input', () => {
  let store: Store;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    store = await Store.open({ data: join(tempDir(), 'store') });
    app = await buildApp({ store, token: TOKEN, webRoot: null });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  /** Raw HTTP GET: the path reaches the server byte for byte. */
  const rawGet = (path: string) =>
    new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((res, rej) => {
      const u = new URL(base);
      const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (r) => {
        let body = '';
        r.on('data', (d) => (body += d));
        r.on('end', () => res({ status: r.statusCode ?? 0, body, headers: r.headers }));
      });
      req.on('error', rej);
      req.end();
    });
  const expectOrbitError = (
    r: { status: number; body: string; headers: Record<string, unknown> },
    status: number,
    code: string,
  ) => {
    expect(r.status).toBe(status);
    expect(JSON.parse(r.body).error.code).toBe(code);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
  };

  it('refuses a NUL byte in a query parameter or a path id with 400 ORBIT_E_USAGE', async () => {
    for (const path of [
      '/api/search?q=a%00b',
      '/api/documents/ab%00cd',
      '/api/entities/x%00y',
      '/api/entities?q=%00',
      '/api/quotes?speaker=a%00',
    ]) {
      expectOrbitError(await rawGet(path), 400, 'ORBIT_E_USAGE');
    }
  });

  it('answers deeply nested JSON posted to /api/ingest with 400 ORBIT_E_MALFORMED', async () => {
    for (const depth of [100, 100_000]) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/ingest',
        headers: { ...auth, 'content-type': 'application/json' },
        payload: `${'['.repeat(depth)}${']'.repeat(depth)}`,
      });
      expect(r.statusCode, String(depth)).toBe(400);
      expect(r.json().error.code).toBe('ORBIT_E_MALFORMED');
    }
    const ok = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      headers: auth,
      payload: { title: 'Rail link', body: PROSE },
    });
    expect(ok.statusCode).toBe(201);
  });

  it('reads an RSS feed with a DOCTYPE posted as XML as one document per item', async () => {
    const feed =
      `<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel><title>Desk</title>` +
      `<item><title>One</title><description>${PROSE} First item.</description></item><item><title>Two</title><description>${PROSE} Second item.</description></item></channel></rss>`;
    const r = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      headers: { ...auth, 'content-type': 'application/xml' },
      payload: feed,
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ ingested: 2, failed: 0 });
  });

  it('gives errors of the HTTP layer an ORBIT_E_ code and the security headers', async () => {
    expectOrbitError(await rawGet('/api/documents/%E0%A4%A'), 400, 'ORBIT_E_USAGE');
    expectOrbitError(await rawGet(`/api/documents/${'f'.repeat(400)}`), 414, 'ORBIT_E_TOO_LARGE');
    expectOrbitError(await rawGet(`/api/search?q=${'a'.repeat(100_000)}`), 431, 'ORBIT_E_TOO_LARGE');
  });
});
