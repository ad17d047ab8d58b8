/** HTTP API: every endpoint, including bad input, over a store with the examples (and the seeds when ../shared is present). */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../src/pipeline.js';
import { buildApp } from '../src/server/app.js';
import { Store } from '../src/store/store.js';
import { partly, sharedData } from '../src/testing/requirements.js';
import { ROOT, SHARED, tempDir } from './helpers.js';

const withSeeds = partly('HTTP API (test/api.test.ts)', sharedData('corpus/seeds'), 'runs on examples/ only');

describe('HTTP API', () => {
  let store: Store;
  let app: FastifyInstance;
  let docId: string;
  const TOKEN = 'test-token-123';

  beforeAll(async () => {
    store = await Store.open({ data: join(tempDir(), 'store') });
    await ingestPaths(store, [
      join(ROOT, 'examples'),
      ...(withSeeds ? [join(SHARED, 'corpus', 'seeds')] : []),
    ]);
    app = await buildApp({ store, token: TOKEN, webRoot: null });
    docId = (await store.listDocuments({ limit: 1 }))[0].id;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('serves health, stats and the OpenAPI document', async () => {
    expect((await get('/api/health')).json()).toMatchObject({
      ok: true,
      store: 'pglite',
      requests: { active: 0, waiting: 0, queries: 0, light: { active: 0 }, heavy: { active: 0 } },
    });
    expect((await get('/api/stats')).json().documents).toBeGreaterThan(10);
    const spec = (await get('/openapi.json')).json();
    expect(spec.openapi).toMatch(/^3\./);
    for (const p of [
      '/api/search',
      '/api/documents/{id}',
      '/api/entities/{id}',
      '/api/quotes',
      '/api/events',
      '/api/timeline',
      '/api/alignment',
      '/api/stories',
      '/api/graph',
      '/api/brief',
      '/api/ingest',
    ]) {
      expect(Object.keys(spec.paths)).toContain(p);
    }
    expect((await get('/docs')).statusCode).toBeLessThan(400);
    const event =
      spec.paths['/api/events'].get.responses['200'].content['application/json'].schema.properties.items
        .items;
    expect(event.properties.mode.enum).toEqual([
      'asserted',
      'negated',
      'hypothetical',
      'intended',
      'offered',
    ]);
    expect(event.properties.date.properties.inferred.type).toBe('boolean');
    expect(event.properties.hedged.type).toBe('boolean');
  });

  it('profiles sources: outlets, languages, agency copy, confirmation, paged', async () => {
    const spec = (await get('/openapi.json')).json();
    const item =
      spec.paths['/api/sources'].get.responses['200'].content['application/json'].schema.properties.items
        .items;
    expect(item.required).toContain('confirmed');
    const all = (await get('/api/sources?limit=500')).json();
    expect(all.total).toBe(all.items.length);
    for (const p of all.items) {
      expect(p.documents).toBeGreaterThan(0);
      expect(p.languages.reduce((n: number, l: { documents: number }) => n + l.documents, 0)).toBe(
        p.documents,
      );
      for (const k of ['agencyCopy', 'uncreditedCopies', 'confirmed'])
        expect(p[k].share).toBeLessThanOrEqual(1);
    }
    if (all.items.length > 1) {
      const second = (await get('/api/sources?limit=1&offset=1')).json();
      expect(second.items[0].key).toBe(all.items[1].key);
      expect(second.offset).toBe(1);
    }
    const none = (await get('/api/sources?q=zzzz-no-such-outlet')).json();
    expect(none).toMatchObject({ items: [], total: 0 });
  });

  it('lists, searches and shows documents with their facts', async () => {
    const list = (await get('/api/documents?limit=5')).json();
    expect(list.items).toHaveLength(5);
    const search = (await get('/api/search?q=Kazakhstan')).json();
    expect(search.items.length).toBeGreaterThan(0);
    expect(search.items[0].snippet).toContain('\u0002');
    const doc = (await get(`/api/documents/${docId}`)).json();
    expect(doc.document.id).toBe(docId);
    for (const m of doc.mentions) expect(doc.document.text.slice(m.start, m.end)).toBe(m.text);
    expect(Array.isArray(doc.quotes)).toBe(true);
    expect(Array.isArray(doc.links)).toBe(true);
  });

  it('serves entities by id and by name, with mentions, quotes, relations', async () => {
    const ents = (await get('/api/entities?type=country&limit=50')).json();
    expect(ents.items.length).toBeGreaterThan(3);
    const kz = (await get('/api/entities/Kazakhstan')).json();
    expect(kz.entity.name).toBe('Kazakhstan');
    expect(kz.mentions.length).toBeGreaterThan(0);
    const byId = (await get(`/api/entities/${encodeURIComponent(kz.entity.id)}`)).json();
    expect(byId.entity.id).toBe(kz.entity.id);
    expect(Array.isArray(byId.relations)).toBe(true);
    // Evidence on an entity page is a sample with the full count; /api/events has every span.
    expect(kz.events.length).toBeGreaterThan(0);
    for (const x of [...kz.events, ...kz.alignment]) {
      expect(x.evidence.length).toBeLessThanOrEqual(5);
      expect(x.evidenceCount).toBeGreaterThanOrEqual(x.evidence.length);
    }
    const full = (await get(`/api/events?entity=${encodeURIComponent(kz.entity.id)}&limit=500`)).json().items;
    const biggest = kz.events.reduce((a: { evidenceCount: number }, b: { evidenceCount: number }) =>
      b.evidenceCount > a.evidenceCount ? b : a,
    );
    expect(full.find((e: { id: string }) => e.id === biggest.id).evidence).toHaveLength(
      biggest.evidenceCount,
    );
    expect(kz.entity.reasonsCount).toBeGreaterThanOrEqual(kz.entity.reasons.length);
    expect((await get('/api/quotes?limit=10')).statusCode).toBe(200);
    expect((await get('/api/events?type=CONSULT')).statusCode).toBe(200);
    // every event says whether it happened, and an inferred date says so (the UI draws both)
    for (const e of full) {
      expect(['asserted', 'negated', 'hypothetical', 'intended', 'offered']).toContain(e.mode);
      if (e.date.inferred !== undefined) expect(e.date.inferred).toBe(true);
      expect(Array.isArray(e.merges)).toBe(true);
    }
    expect((await get('/api/timeline?entity=Kazakhstan')).statusCode).toBe(200);
    expect((await get('/api/alignment')).statusCode).toBe(200);
    expect((await get('/api/blocs')).json().map((b: { id: string }) => b.id)).toEqual(
      expect.arrayContaining(['russia', 'turkey', 'china', 'west']),
    );
  });

  it('serves stories, links, graph downloads, briefing and export', async () => {
    const stories = (await get('/api/stories')).json();
    expect(Array.isArray(stories.items)).toBe(true);
    if (stories.items.length)
      expect((await get(`/api/stories/${stories.items[0].id}`)).json().story.id).toBe(stories.items[0].id);
    expect((await get('/api/links')).statusCode).toBe(200);
    const graph = (await get('/api/graph?limit=30')).json();
    expect(graph.nodes.length).toBeGreaterThan(0);
    const gexf = await get('/api/graph.gexf?limit=30');
    expect(gexf.headers['content-type']).toMatch(/gexf/);
    expect(gexf.body).toMatch(/^<\?xml/);
    expect((await get('/api/graph.graphml')).body).toMatch(/<graphml/);
    const brief = await get('/api/brief?format=md');
    expect(brief.statusCode).toBe(200);
    const x = (await get('/api/export')).json();
    expect(x.version).toBe(1);
    const lines = (await get('/api/export?format=jsonl')).body
      .trim()
      .split('\n')
      .map((l: string) => JSON.parse(l));
    expect(lines[0].version).toBe(1);
    expect(lines.filter((l: { section?: string }) => l.section === 'documents')).toHaveLength(
      x.documents.length,
    );
    // Every list endpoint pages and echoes its page.
    for (const path of [
      '/api/alignment',
      '/api/links',
      '/api/relations',
      '/api/stories',
      '/api/entities',
      '/api/events',
      '/api/sources',
    ]) {
      const page = (await get(`${path}?limit=1&offset=0`)).json();
      expect(page.items.length, path).toBeLessThanOrEqual(1);
      expect(page.limit, path).toBe(1);
    }
  });

  it('answers bad input with JSON 4xx errors', async () => {
    const cases: [string, number][] = [
      ['/api/documents/ffffffffffffffff', 404],
      ['/api/entities/no-such-entity-zzzz-qqqq', 404],
      ['/api/stories/nope', 404],
      ['/api/documents?from=2022-13-01', 400],
      ['/api/documents?from=2022-02-31', 400],
      ['/api/documents?limit=100000', 400],
      ['/api/documents?limit=-1', 400],
      ['/api/search', 400],
      ['/api/entities?type=spaceship', 400],
      ['/api/sources?language=Russian', 400],
      ['/api/sources?limit=0', 400],
      ['/api/sources?outlet=x', 400],
      ['/api/documents?bogus=1', 400],
      ['/api/nope', 404],
    ];
    for (const [url, status] of cases) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(status);
      expect(r.json().error.code, url).toMatch(/^ORBIT_E_/);
    }
  });

  it('treats SQL metacharacters as plain text', async () => {
    const before = (await get('/api/stats')).json().documents;
    for (const q of ["' OR 1=1 --", "'; DROP TABLE documents; --", '%_\\', '"unclosed']) {
      expect((await get(`/api/search?q=${encodeURIComponent(q)}`)).statusCode).toBe(200);
      expect((await get(`/api/entities?q=${encodeURIComponent(q)}`)).statusCode).toBe(200);
      expect([200, 404]).toContain((await get(`/api/entities/${encodeURIComponent(q)}`)).statusCode);
    }
    expect((await get('/api/stats')).json().documents).toBe(before);
  });

  it('guards ingest with the token and stores posted articles, scripts kept as text', async () => {
    const article = {
      title: 'Script test',
      body: 'Officials met in Baku on Monday. <script>window.__pwned = 1</script> The talks covered transit and energy routes across the Caspian.',
      date: '2023-03-01',
    };
    expect((await app.inject({ method: 'POST', url: '/api/ingest', payload: article })).statusCode).toBe(401);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/ingest',
          payload: article,
          headers: { authorization: 'Bearer wrong-token-123' },
        })
      ).statusCode,
    ).toBe(401);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: article,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(ok.statusCode).toBe(201);
    const id = ok.json().ids[0];
    const doc = (await get(`/api/documents/${id}`)).json();
    expect(doc.document.title).toBe('Script test');
    const disabled = await buildApp({ store, token: null, webRoot: null });
    expect((await disabled.inject({ method: 'POST', url: '/api/ingest', payload: article })).statusCode).toBe(
      403,
    );
    await disabled.close();
  });

  it('refuses oversized bodies', async () => {
    const small = await buildApp({ store, token: TOKEN, webRoot: null, bodyLimit: 1000 });
    const r = await small.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: { title: 'x', body: 'y'.repeat(5000) },
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(r.statusCode).toBe(413);
    expect(r.json().error.code).toBe('ORBIT_E_TOO_LARGE');
    await small.close();
  });

  it('sends no CORS headers', async () => {
    const r = await app.inject({
      method: 'GET',
      url: '/api/stats',
      headers: { origin: 'https://evil.example' },
    });
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
  });
});
