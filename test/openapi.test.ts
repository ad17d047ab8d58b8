/**
 * The OpenAPI document (/openapi.json) describes everything: every operation has a summary, every
 * parameter a description and an example, every response field a description; and the real
 * responses (over the examples) carry no field the document does not describe, with the
 * documented JSON type.
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../src/pipeline.js';
import { buildApp } from '../src/server/app.js';
import { Store } from '../src/store/store.js';
import { ROOT, tempDir } from './helpers.js';

type Schema = {
  type?: string | string[];
  nullable?: boolean;
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: boolean | Schema;
  example?: unknown;
  examples?: unknown;
};
type Parameter = {
  name: string;
  in: string;
  description?: string;
  example?: unknown;
  examples?: unknown;
  schema?: Schema;
};
type Operation = {
  summary?: string;
  parameters?: Parameter[];
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
};
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** Every place in a schema that lacks a description, as "path" strings. */
function undescribed(schema: Schema | undefined, at: string, out: string[]): void {
  if (!schema) return;
  for (const [k, s] of Object.entries(schema.properties ?? {})) {
    if (!s.description?.trim()) out.push(`${at}.${k}`);
    undescribed(s, `${at}.${k}`, out);
  }
  if (schema.items) undescribed(schema.items, `${at}[]`, out);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    if (!schema.additionalProperties.description?.trim()) out.push(`${at}.*`);
    undescribed(schema.additionalProperties, `${at}.*`, out);
  }
}

const jsonType = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
function allows(schema: Schema, v: unknown): boolean {
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.length) return true;
  const t = jsonType(v);
  if (t === 'null') return !!schema.nullable || types.includes('null');
  return types.includes(t) || (t === 'integer' && types.includes('number'));
}

/** Fields of a real response that the schema does not document, or whose type differs. */
function undocumented(schema: Schema | undefined, v: unknown, at: string, out: Set<string>): void {
  if (!schema) {
    out.add(`${at} (no schema)`);
    return;
  }
  if (!allows(schema, v)) out.add(`${at}: ${jsonType(v)} is not ${JSON.stringify(schema.type)}`);
  if (Array.isArray(v)) {
    for (const x of v) undocumented(schema.items, x, `${at}[]`, out);
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const s =
        schema.properties?.[k] ??
        (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      if (s) undocumented(s, x, `${at}.${k}`, out);
      else if (schema.additionalProperties !== true) out.add(`${at}.${k}`);
    }
  }
}

describe('the OpenAPI document', () => {
  let store: Store;
  let app: FastifyInstance;
  let doc: OpenApi;
  const ops: { path: string; method: string; op: Operation }[] = [];

  beforeAll(async () => {
    store = await Store.open({ data: join(tempDir(), 'store') });
    await ingestPaths(store, [join(ROOT, 'examples')]);
    app = await buildApp({ store, token: null, webRoot: null });
    doc = (await app.inject('/openapi.json')).json() as OpenApi;
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(methods)) ops.push({ path, method, op });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('documents every API route', () => {
    expect(ops.length).toBeGreaterThanOrEqual(22);
    for (const p of [
      '/api/alignment',
      '/api/documents/{id}',
      '/api/entities/{id}',
      '/api/search',
      '/api/ingest',
    ])
      expect(Object.keys(doc.paths)).toContain(p);
  });

  it('gives every operation a summary and every parameter a description and an example', () => {
    const missing: string[] = [];
    for (const { path, method, op } of ops) {
      if (!op.summary?.trim()) missing.push(`${method} ${path}: summary`);
      for (const p of op.parameters ?? []) {
        if (!p.description?.trim()) missing.push(`${method} ${path} ${p.in} ${p.name}: description`);
        if (p.example === undefined && p.examples === undefined && p.schema?.example === undefined)
          missing.push(`${method} ${path} ${p.in} ${p.name}: example`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('describes every response and every field of it', () => {
    const missing: string[] = [];
    for (const { path, method, op } of ops) {
      for (const [status, r] of Object.entries(op.responses)) {
        if (!r.description?.trim() || r.description === 'Default Response')
          missing.push(`${method} ${path} ${status}: description`);
        for (const [type, c] of Object.entries(r.content ?? {}))
          undescribed(c.schema, `${method} ${path} ${status} ${type}`, missing);
      }
      expect(Object.keys(op.responses), `${method} ${path}`).toContain('400');
      expect(
        Object.keys(op.responses).some((s) => s.startsWith('2')),
        `${method} ${path}`,
      ).toBe(true);
    }
    expect(missing).toEqual([]);
  });

  it('matches the real responses: no undocumented field, documented types', async () => {
    const first = async (url: string) =>
      ((await app.inject(url)).json() as { items: { id: string }[] }).items[0].id;
    const docId = await first('/api/documents?limit=1');
    const storyId = await first('/api/stories?limit=1');
    const urls: Record<string, string> = {
      '/api/documents/{id}': `/api/documents/${docId}`,
      '/api/entities/{id}': '/api/entities/Kazakhstan',
      '/api/stories/{id}': `/api/stories/${storyId}`,
      '/api/search': '/api/search?q=Kazakhstan',
      '/api/search/facets': '/api/search/facets?q=Kazakhstan',
      '/api/alignment': '/api/alignment?limit=20',
    };
    const problems = new Set<string>();
    let checked = 0;
    for (const { path, method, op } of ops) {
      const schema = op.responses['200']?.content?.['application/json']?.schema;
      if (method !== 'get' || !schema) continue;
      const r = await app.inject(urls[path] ?? path);
      expect(r.statusCode, path).toBe(200);
      undocumented(schema, r.json(), path, problems);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(17);
    expect([...problems]).toEqual([]);
  });
});
