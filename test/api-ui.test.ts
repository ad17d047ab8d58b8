/**
 * API fields the UI's analyst pages read, over a store of examples/ only: search counts, facets
 * and filters; role relations that name the role; briefing citations that link to the reader.
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../src/pipeline.js';
import { buildApp } from '../src/server/app.js';
import { dayAfter } from '../src/store/search-queries.js';
import { Store } from '../src/store/store.js';
import { ROOT, tempDir } from './helpers.js';

type Facet = { value: string; count: number; name?: string; type?: string };
type Search = {
  items: { id: string; outlet: string | null; language: string; published: string | null; snippet: string }[];
  total: number;
};
type Facets = {
  total: number;
  facets: { outlet: Facet[]; language: Facet[]; month: Facet[]; entity: Facet[]; entityDocuments: number };
};

describe('API for the analyst pages', () => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await Store.open({ data: join(tempDir(), 'store') });
    await ingestPaths(store, [join(ROOT, 'examples')]);
    app = await buildApp({ store, webRoot: null });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const get = (url: string) => app.inject({ method: 'GET', url });
  const search = async (qs: string): Promise<Search> => {
    const res = await get(`/api/search?${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Search;
  };
  const facets = async (qs: string): Promise<Facets> => {
    const res = await get(`/api/search/facets?${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Facets;
  };

  it('search: the number of matches and facets that add up to it', async () => {
    const page = await search('q=Kazakhstan&limit=3');
    expect(page.items).toHaveLength(3);
    expect(page.total).toBeGreaterThan(3);
    // past the last page: no hits, the same count
    expect(await search(`q=Kazakhstan&limit=3&offset=${page.total}`)).toMatchObject({
      items: [],
      total: page.total,
    });
    const all = await facets('q=Kazakhstan');
    expect(all.total).toBe(page.total);
    const sum = (f: Facet[]) => f.reduce((a, x) => a + x.count, 0);
    expect(sum(all.facets.language)).toBe(all.total);
    expect(sum(all.facets.outlet)).toBeLessThanOrEqual(all.total);
    expect(all.facets.month.map((m) => m.value)).toEqual([...all.facets.month.map((m) => m.value)].sort());
    for (const m of all.facets.month) expect(m.value).toMatch(/^\d{4}-\d{2}$/);
    // The country itself is mentioned in every match that names it.
    const kz = all.facets.entity.find((e) => e.value === 'country:KZ');
    expect(kz).toMatchObject({ name: 'Kazakhstan', type: 'country' });
    expect(all.facets.entityDocuments).toBe(all.total);
  });

  it('search: each filter leaves exactly the count its facet value promised', async () => {
    const all = await facets('q=Kazakhstan');
    const outlet = all.facets.outlet[0];
    const byOutlet = await search(`q=Kazakhstan&outlet=${encodeURIComponent(outlet.value)}`);
    expect(byOutlet.total).toBe(outlet.count);
    expect(byOutlet.items.every((d) => d.outlet === outlet.value)).toBe(true);
    const month = all.facets.month[0];
    const byMonth = await search(`q=Kazakhstan&from=${month.value}&to=${month.value}`);
    expect(byMonth.total).toBe(month.count);
    expect(byMonth.items.every((d) => (d.published ?? '').startsWith(month.value))).toBe(true);
    const entity = all.facets.entity.find((e) => e.value !== 'country:KZ')!;
    const byEntity = await search(`q=Kazakhstan&entity=${encodeURIComponent(entity.value)}`);
    expect(byEntity.total).toBe(entity.count);
    // By name too, as every entity parameter.
    expect((await search(`q=Kazakhstan&entity=${encodeURIComponent(entity.name!)}`)).total).toBe(
      entity.count,
    );
    expect(await search('q=Kazakhstan&language=xx')).toMatchObject({ total: 0, items: [] });
    expect(await facets('q=Kazakhstan&language=xx')).toMatchObject({
      total: 0,
      facets: { outlet: [], language: [], month: [], entity: [], entityDocuments: 0 },
    });
    // the facets answer to the same filters as the page
    const narrowed = await facets(`q=Kazakhstan&outlet=${encodeURIComponent(outlet.value)}`);
    expect(narrowed.total).toBe(outlet.count);
    expect(narrowed.facets.outlet).toEqual([{ value: outlet.value, count: outlet.count }]);
  });

  it('search: bad filters are refused with the parameter named', async () => {
    const bad = await get('/api/search?q=Kazakhstan&from=2022-13');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/from/);
    const unknown = await get('/api/search?q=Kazakhstan&entity=Nobody%20Atall%20Xyzzy');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('ORBIT_E_UNKNOWN_ID');
    expect((await get('/api/search?q=')).statusCode).toBe(400);
    expect((await get('/api/search/facets?q=Kazakhstan&to=2022-02-31')).statusCode).toBe(400);
    expect((await get('/api/search/facets?q=Kazakhstan&limit=5')).statusCode).toBe(400);
  });

  it('dayAfter: the exclusive end of a year, month or day', () => {
    expect(dayAfter('2022')).toBe('2023-01-01');
    expect(dayAfter('2022-12')).toBe('2023-01-01');
    expect(dayAfter('2024-02')).toBe('2024-03-01');
    expect(dayAfter('2024-02-29')).toBe('2024-03-01');
  });

  it('entity pages: a role relation names the role the holder has', async () => {
    const kz = (await get('/api/entities/country:KZ')).json() as {
      relations: { type: string; from: string; to: string; roles?: { title: string }[] }[];
    };
    const roles = kz.relations.filter((r) => r.type === 'holds_role');
    expect(roles.length).toBeGreaterThan(0);
    for (const r of roles) {
      expect(r.to).toBe('country:KZ');
      expect(Array.isArray(r.roles)).toBe(true);
    }
    expect(roles.some((r) => (r.roles ?? []).some((x) => /president|minister/i.test(x.title)))).toBe(true);
    // Other relations carry no roles field.
    expect(kz.relations.filter((r) => r.type !== 'holds_role').every((r) => !('roles' in r))).toBe(true);
  });

  it('briefing: every citation links to its sentence in the reader', async () => {
    const md = (await get('/api/brief?format=md')).body;
    const links = [...md.matchAll(/\]\(\/#\/doc\/([0-9a-f]+)\?at=(\d+)-(\d+)\)/g)];
    expect(links.length).toBeGreaterThan(3);
    for (const [, id, start, end] of links.slice(0, 5)) {
      const doc = (await get(`/api/documents/${id}`)).json() as { document: { text: string } };
      expect(Number(end)).toBeGreaterThan(Number(start));
      expect(Number(end)).toBeLessThanOrEqual(doc.document.text.length);
    }
    const html = (await get('/api/brief?format=html')).body;
    expect(html).toMatch(/<cite><a href="\/#\/doc\/[0-9a-f]+\?at=\d+-\d+">/);
  });
});
