/**
 * Every API endpoint refuses an unknown query parameter with a 400 that names it and lists the
 * parameters the endpoint accepts (the documented ones), with the likely intended one for a
 * misspelling; an unknown API path suggests the nearest one.
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { Store } from '../src/store/store.js';
import { tempDir } from './helpers.js';

type OpenApi = {
  paths: Record<
    string,
    Record<string, { parameters?: { in: string; name: string; required?: boolean; example?: unknown }[] }>
  >;
};

describe('API parameter errors', () => {
  let store: Store;
  let app: FastifyInstance;
  let doc: OpenApi;

  beforeAll(async () => {
    store = await Store.open({ data: join(tempDir(), 'store') });
    app = await buildApp({ store, token: 'secret-token', webRoot: null });
    await app.ready();
    doc = app.swagger() as unknown as OpenApi;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const error = (r: { statusCode: number; json: () => unknown }) => {
    expect(r.statusCode).toBe(400);
    return (r.json() as { error: { code: string; message: string } }).error;
  };

  it('names an unknown parameter and the accepted ones on every endpoint', async () => {
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThan(15);
    for (const { path, method, op } of operations) {
      const url = path.replace(/\{[^}]+\}/g, 'x');
      const accepted = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      // required parameters given (their documented example), so that the unknown one is the only fault
      const required = (op.parameters ?? [])
        .filter((p) => p.in === 'query' && p.required)
        .map((p) => `${p.name}=${encodeURIComponent(String(p.example))}&`)
        .join('');
      const r = await app.inject({
        method: method.toUpperCase() as 'GET' | 'POST',
        url: `${url}?${required}zzbogus=1`,
        headers: { authorization: 'Bearer secret-token', 'content-type': 'text/plain' },
        payload: method === 'post' ? 'text' : undefined,
      });
      const e = error(r);
      expect(e.code, `${method} ${path}`).toBe('ORBIT_E_USAGE');
      expect(e.message, `${method} ${path}`).toContain('unknown parameter "zzbogus"');
      if (accepted.length)
        expect(e.message, `${method} ${path}`).toContain(`accepted: ${accepted.join(', ')}`);
      else expect(e.message, `${method} ${path}`).toContain('takes no query parameters');
    }
  });

  it('suggests the intended parameter for a near miss', async () => {
    const alignment = error(await app.inject('/api/alignment?country=KZ'));
    expect(alignment.message).toBe(
      'unknown parameter "country"; accepted: limit, offset, entity, bloc, from, to',
    );
    expect(error(await app.inject('/api/alignment?entitty=KZ')).message).toMatch(
      /^unknown parameter "entitty" \(did you mean "entity"\?\)/,
    );
    expect(error(await app.inject('/api/search?q=gas&limt=5')).message).toMatch(/did you mean "limit"\?/);
    expect(error(await app.inject('/api/entities?tpye=person')).message).toMatch(/did you mean "type"\?/);
    expect(error(await app.inject('/api/documents?lang=en')).message).toMatch(/did you mean "language"\?/);
  });

  it('still names a bad value of a known parameter', async () => {
    expect(error(await app.inject('/api/entities?limit=0')).message).toMatch(/limit/);
    expect(error(await app.inject('/api/entities?type=planet')).message).toMatch(/type/);
  });

  it('suggests the nearest path for a misspelled endpoint', async () => {
    const r = await app.inject('/api/entitys');
    expect(r.statusCode).toBe(404);
    expect((r.json() as { error: { message: string } }).error.message).toBe(
      'no route GET /api/entitys (did you mean /api/entities?)',
    );
    const far = await app.inject('/api/zzzzzzzzzzzz');
    expect((far.json() as { error: { message: string } }).error.message).toBe(
      'no route GET /api/zzzzzzzzzzzz',
    );
  });
});
