/**
 * API hardening: token auth on writes, body and query limits, SQL metacharacters in every string
 * parameter of every route, no path traversal out of the web root, no CORS, article text only
 * as JSON strings or escaped HTML.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { Store } from '../../src/store/store.js';
import { tempDir } from '../helpers.js';

const TOKEN = 'hardening-token-0123456789';
const SECRET = 'TOP-SECRET-OUTSIDE-WEB-ROOT';
// No tag the ingest stage reads as HTML markup, so the body stays a text document with this in it.
const EVIL = '<script>window.__pwned=1</script><iframe onload="alert(1)"></iframe>';
const META = [
  "'",
  "' OR '1'='1",
  "'; DROP TABLE documents; --",
  '%',
  '_',
  '\\',
  '"',
  '$1',
  ';',
  '--',
  '/*',
  "\\'; select pg_sleep(5); --",
  'Ω\u0000?'.replace('\u0000', ''),
];

describe('server hardening', () => {
  let store: Store;
  let app: FastifyInstance;
  let base: string;
  let docId: string;
  const root = tempDir();
  const webRoot = join(root, 'web');

  beforeAll(async () => {
    mkdirSync(webRoot, { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Orbit UI</title><div id="root"></div>');
    writeFileSync(join(root, 'secret.txt'), SECRET);
    store = await Store.open({ data: join(root, 'store') });
    app = await buildApp({ store, token: TOKEN, webRoot });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    const r = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      headers: { authorization: `Bearer ${TOKEN}` },
      payload: {
        title: `Hostile ${EVIL}`,
        body: `Officials of Kazakhstan and Uzbekistan met in Astana on Monday to discuss a new rail link across the region. ${EVIL} "We will sign the deal next month," Foreign Minister Aibek Nazarov of Kazakhstan said in a statement on the talks.`,
        date: '2023-03-01',
      },
    });
    expect(r.statusCode, r.body).toBe(201);
    docId = r.json().ids[0];
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  /** Raw HTTP GET so the path reaches the server byte for byte (no client-side normalisation). */
  const rawGet = (path: string) =>
    new Promise<{ status: number; body: string }>((res, rej) => {
      const u = new URL(base);
      const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (r) => {
        let body = '';
        r.on('data', (d) => (body += d));
        r.on('end', () => res({ status: r.statusCode ?? 0, body }));
      });
      req.on('error', rej);
      req.end();
    });

  it('never serves a file outside the web root', async () => {
    const paths = [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/....//secret.txt',
      '/%252e%252e/secret.txt',
      '/../../etc/passwd',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/assets/../../secret.txt',
      '/api/../../secret.txt',
      '/%c0%ae%c0%ae/secret.txt',
      '//etc/passwd',
      '/.%00./secret.txt',
    ];
    for (const p of paths) {
      const r = await rawGet(p);
      expect(r.status, p).toBeLessThan(500);
      expect(r.body, p).not.toContain(SECRET);
      expect(r.body, p).not.toMatch(/root:.*:0:0:/);
    }
    expect((await rawGet('/')).body).toContain('Orbit UI');
  });

  it('requires the bearer token for ingest, compared in full', async () => {
    const payload = {
      title: 't',
      body: 'Officials met in Baku on Monday to talk about gas and the new pipeline.',
    };
    for (const authorization of [
      undefined,
      '',
      'Bearer',
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Bearer ${TOKEN}x`,
      `Basic ${TOKEN}`,
      TOKEN,
      `Bearer ${TOKEN.toUpperCase()}`,
    ]) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/ingest',
        payload,
        headers: authorization === undefined ? {} : { authorization },
      });
      expect(r.statusCode, String(authorization)).toBe(401);
    }
    for (const method of ['PUT', 'DELETE', 'PATCH'] as const)
      expect((await app.inject({ method, url: '/api/documents' })).statusCode).toBeGreaterThanOrEqual(400);
  });

  it('refuses bodies over the limit and bad content with 4xx, not 5xx', async () => {
    const small = await buildApp({ store, token: TOKEN, webRoot: null, bodyLimit: 2048 });
    const big = await small.inject({
      method: 'POST',
      url: '/api/ingest',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' },
      payload: 'x'.repeat(10_000),
    });
    expect(big.statusCode).toBe(413);
    await small.close();
    const cases: [string, string][] = [
      ['application/json', '{"body": "unterminated'],
      ['application/json', '[[[[[[[['],
      ['text/plain', '\u0000\u0001\u0002'],
      ['application/xml', '<rss><channel><item>'],
      ['application/x-www-form-urlencoded', 'a=b'],
    ];
    for (const [ct, payload] of cases) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/ingest',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': ct },
        payload,
      });
      expect(r.statusCode, ct).toBeLessThan(500);
    }
  });

  it('bounds query strings: long values, page sizes and offsets', async () => {
    for (const url of [
      `/api/search?q=${'a'.repeat(600)}`,
      `/api/entities?q=${'a'.repeat(300)}`,
      '/api/documents?limit=501',
      '/api/documents?offset=-1',
      '/api/documents?offset=99999999999',
      `/api/documents/${'f'.repeat(400)}`,
      '/api/graph?limit=5000',
    ]) {
      const r = await app.inject({ method: 'GET', url });
      // 414: a path parameter longer than the router's limit is refused before the route runs.
      expect([400, 414], url).toContain(r.statusCode);
      if (r.statusCode === 400) expect(r.json().error.code).toBe('ORBIT_E_USAGE');
    }
  });

  it('treats SQL metacharacters in every string parameter as text', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
      paths: Record<
        string,
        {
          get?: {
            parameters?: {
              name: string;
              in: string;
              schema?: { type?: string; enum?: unknown[]; pattern?: string };
            }[];
          };
        }
      >;
    };
    const before = (await app.inject({ method: 'GET', url: '/api/stats' })).json().documents;
    let requests = 0;
    for (const [path, ops] of Object.entries(spec.paths)) {
      const params = ops.get?.parameters ?? [];
      const strings = params.filter((p) => p.schema?.type === 'string' && !p.schema.enum);
      for (const m of META) {
        const value = encodeURIComponent(m);
        let url = path.replace(/\{(\w+)\}/g, () => value);
        const qs = strings.filter((p) => p.in === 'query').map((p) => `${p.name}=${value}`);
        if (path.includes('{') || qs.length) {
          url += qs.length ? `?${qs.join('&')}` : '';
          const r = await app.inject({ method: 'GET', url });
          requests++;
          expect(r.statusCode, `${url} → ${r.body.slice(0, 200)}`).toBeLessThan(500);
        }
        // and each string query parameter alone, so validation of the others cannot mask it
        for (const p of strings.filter((x) => x.in === 'query')) {
          const r = await app.inject({
            method: 'GET',
            url: `${path.replace(/\{(\w+)\}/g, 'x')}?${p.name}=${value}${p.name === 'q' || path.endsWith('search') ? '' : ''}`,
          });
          requests++;
          expect(r.statusCode, `${path}?${p.name}=${m}`).toBeLessThan(500);
        }
      }
    }
    expect(requests).toBeGreaterThan(100);
    expect((await app.inject({ method: 'GET', url: '/api/stats' })).json().documents).toBe(before);
  });

  it('sends no CORS headers, not even to preflights', async () => {
    const r = await app.inject({
      method: 'GET',
      url: '/api/stats',
      headers: { origin: 'https://evil.example' },
    });
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    const pre = await app.inject({
      method: 'OPTIONS',
      url: '/api/ingest',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    expect(pre.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('returns article text as JSON strings and escapes it in HTML briefings', async () => {
    const doc = await app.inject({ method: 'GET', url: `/api/documents/${docId}` });
    expect(doc.headers['content-type']).toMatch(/application\/json/);
    expect(doc.headers['x-content-type-options']).toBe('nosniff');
    expect(doc.json().document.text).toContain('<script>');
    const brief = await app.inject({ method: 'GET', url: '/api/brief?format=html' });
    expect(brief.statusCode).toBe(200);
    expect(brief.headers['content-type']).toMatch(/text\/html/);
    expect(brief.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(brief.body).not.toMatch(/<script>window|<iframe onload/i);
    const search = await app.inject({ method: 'GET', url: '/api/search?q=Astana' });
    expect(search.headers['content-type']).toMatch(/application\/json/);
  });

  it('has connection and request timeouts configured', () => {
    expect(app.server.requestTimeout).toBeGreaterThan(0);
    expect(app.initialConfig.connectionTimeout).toBeGreaterThan(0);
  });
});
