/**
 * Read paths that scale, checked against the whole-store reads they replace: a briefing built
 * from its period's indexed slice (briefingSlice) is the briefing built from the full export, and
 * the streamed export (JSON and JSON Lines) carries exactly what exportAll returns. Runs on the
 * project's examples plus the seeds (when ../shared is present), on every store backend.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBriefing } from '../src/analyze/brief.js';
import { exportChunks } from '../src/export/stream.js';
import { ingestPaths } from '../src/pipeline.js';
import { briefingSlice } from '../src/store/brief-queries.js';
import type { Store } from '../src/store/store.js';
import { backends } from '../src/store/test-backends.js';
import { partly, sharedData, testDatabase } from '../src/testing/requirements.js';
import { ROOT, SHARED } from './helpers.js';

const seeds = join(SHARED, 'corpus', 'seeds');
const withSeeds = partly(
  'read paths (test/read-paths.test.ts)',
  sharedData('corpus/seeds'),
  'runs on examples/ only',
);
partly('read paths on PostgreSQL (test/read-paths.test.ts)', testDatabase(), 'runs on PGlite only');

const text = async (chunks: AsyncIterable<string>) => {
  let s = '';
  for await (const c of chunks) s += c;
  return s;
};

for (const backend of backends().filter((b) => b.name !== 'pglite-thread')) {
  describe(`read paths on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      await ingestPaths(store, [join(ROOT, 'examples'), ...(withSeeds ? [seeds] : [])]);
    }, 300_000);
    afterAll(async () => store?.close());

    it('builds every briefing from its indexed slice exactly as from the whole export', async () => {
      const all = await store.exportAll();
      const months = [
        ...new Set(
          [
            ...all.documents.map((d) => d.published?.slice(0, 7)),
            ...all.events.map((e) => e.date.start?.slice(0, 7)),
          ].filter((m): m is string => !!m && /^\d{4}-\d{2}$/.test(m)),
        ),
      ].sort();
      expect(months.length).toBeGreaterThan(2);
      const years = [...new Set(months.map((m) => m.slice(0, 4)))];
      const focus = [...new Set(all.mentions.map((m) => m.entity))].slice(0, 6);
      const scopes: { from: string | null; to: string | null; entity: string | null }[] = [
        { from: null, to: null, entity: null },
      ];
      for (const m of months)
        scopes.push({ from: m, to: m, entity: null }, { from: `${m}-10`, to: null, entity: null });
      for (const y of years) scopes.push({ from: null, to: y, entity: null });
      for (const e of focus)
        scopes.push(
          { from: null, to: null, entity: e },
          { from: months[0], to: months[months.length - 1], entity: e },
        );
      let nonEmpty = 0;
      for (const scope of scopes) {
        for (const format of ['md', 'html'] as const) {
          const expected = buildBriefing(all, { ...scope, format, limit: 3 });
          const got = buildBriefing(await briefingSlice(store, { ...scope, limit: 3 }), {
            ...scope,
            format,
            limit: 3,
          });
          expect(got, JSON.stringify(scope)).toBe(expected);
          if (!expected.includes('Nothing in this period.')) nonEmpty++;
        }
      }
      // The comparison must have had something to compare.
      expect(nonEmpty).toBeGreaterThan(2);
    }, 120_000);

    it('streams the export: the JSON array and the JSON Lines carry exactly what exportAll returns', async () => {
      const all = await store.exportAll();
      const strip = (x: object) => ({ ...x, generatedAt: null });
      // Small pages, so every section crosses page boundaries.
      const json = JSON.parse(await text(exportChunks(store.exportRecords(7), 'json', { chunkChars: 100 })));
      expect(Object.keys(json)).toEqual(Object.keys(all));
      expect(strip(json)).toEqual(strip(all));
      const lines = (await text(exportChunks(store.exportRecords(5), 'jsonl')))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines[0]).toEqual({ version: 1, generatedAt: expect.any(String) });
      const rebuilt: Record<string, unknown[]> = {};
      for (const l of lines.slice(1)) (rebuilt[l.section] ??= []).push(l.item);
      for (const k of [
        'documents',
        'entities',
        'mentions',
        'quotes',
        'events',
        'relations',
        'links',
        'stories',
        'alignment',
      ] as const) {
        expect(rebuilt[k] ?? [], k).toEqual(all[k]);
      }
      expect(all.mentions.length).toBeGreaterThan(7);
    }, 120_000);

    it('stops a streamed export early without leaving the store busy', async () => {
      const it0 = store.exportRecords(3)[Symbol.asyncIterator]();
      await it0.next();
      await it0.return?.(undefined);
      expect(await store.documentCount()).toBeGreaterThan(0);
    });
  });
}
