/**
 * API reads during an ingest on the same store: no 5xx, counts never go down, and a document
 * that was listed can always be fetched with its text.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM benchmark module without type declarations
import { generateCorpus } from '../bench/gen-corpus.mjs';
import { ingestPaths } from '../src/pipeline.js';
import { buildApp } from '../src/server/app.js';
import { Store } from '../src/store/store.js';
import { tempDir } from './helpers.js';

describe('reads during ingest', () => {
  it('stay consistent while ingestPaths and POST /api/ingest write', async () => {
    const dir = join(tempDir(), 'inbox');
    generateCorpus(dir, { docs: 40, seed: 21 });
    const store = await Store.open({ data: join(tempDir(), 'store') });
    const app = await buildApp({ store, token: 'tok-concurrency-1', webRoot: null });
    const errors: string[] = [];
    let lastDocs = 0;
    let lastEntities = 0;
    let reads = 0;
    let done = false;

    const reader = async () => {
      while (!done) {
        // PGlite runs one query at a time: pause between rounds so the writer is not starved.
        await new Promise((r) => setTimeout(r, 25));
        const list = await app.inject({ method: 'GET', url: '/api/documents?limit=500' });
        const stats = await app.inject({ method: 'GET', url: '/api/stats' });
        const search = await app.inject({ method: 'GET', url: '/api/search?q=talks' });
        const ents = await app.inject({ method: 'GET', url: '/api/entities?limit=50' });
        reads += 4;
        for (const r of [list, stats, search, ents])
          if (r.statusCode >= 500) errors.push(`${r.statusCode} ${r.body.slice(0, 200)}`);
        const items = list.json().items as { id: string }[];
        if (items.length < lastDocs) errors.push(`documents went down: ${lastDocs} → ${items.length}`);
        lastDocs = Math.max(lastDocs, items.length);
        const s = stats.json() as { documents: number; entities: Record<string, number> };
        const nEnt = Object.values(s.entities).reduce((a, b) => a + b, 0);
        if (nEnt < lastEntities) errors.push(`entities went down: ${lastEntities} → ${nEnt}`);
        lastEntities = Math.max(lastEntities, nEnt);
        const last = items[items.length - 1];
        if (last) {
          const doc = await app.inject({ method: 'GET', url: `/api/documents/${last.id}` });
          reads++;
          if (doc.statusCode !== 200) errors.push(`listed document ${last.id} → ${doc.statusCode}`);
          else if (!doc.json().document.text) errors.push(`listed document ${last.id} has no text`);
        }
      }
    };

    const writer = async () => {
      try {
        await ingestPaths(store, [dir], { batchSize: 5 });
        for (let i = 0; i < 3; i++) {
          const r = await app.inject({
            method: 'POST',
            url: '/api/ingest',
            headers: { authorization: 'Bearer tok-concurrency-1' },
            payload: {
              title: `Posted ${i}`,
              body: `Officials of Armenia and Georgia met in Tbilisi on Monday, round ${i}, to discuss transit on the north-south road, the ministry said.`,
            },
          });
          if (r.statusCode >= 500) errors.push(`ingest ${r.statusCode}`);
        }
      } finally {
        done = true;
      }
    };

    await Promise.all([writer(), reader(), reader()]);
    expect(errors).toEqual([]);
    expect(reads).toBeGreaterThan(20);
    expect(lastDocs).toBe(43);
    await app.close();
    await store.close();
  }, 300_000);
});
