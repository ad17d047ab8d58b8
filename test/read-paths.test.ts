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
import { NO_FILTERS, rankedPage, type MatchFilters } from '../src/store/ranked-search.js';
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
          // The notable quotes walked one at a time (each step after the last) give the same page.
          const walked = buildBriefing(
            await briefingSlice(store, { ...scope, limit: 3 }, { quoteBatch: 1 }),
            {
              ...scope,
              format,
              limit: 3,
            },
          );
          expect(walked, JSON.stringify(scope)).toBe(expected);
          if (!expected.includes('Nothing in this period.')) nonEmpty++;
        }
      }
      // The comparison must have had something to compare.
      expect(nonEmpty).toBeGreaterThan(2);
    }, 120_000);

    it('ranks a search page among the title matches exactly as over every match', async () => {
      const docs = (await store.exportAll()).documents;
      const words = (s: string | null) => (s ?? '').toLowerCase().match(/\p{L}{4,}/gu) ?? [];
      const frequent = (lists: string[][], n: number) => {
        const df = new Map<string, number>();
        for (const l of lists) for (const w of new Set(l)) df.set(w, (df.get(w) ?? 0) + 1);
        return [...df]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, n)
          .map(([w]) => w);
      };
      const titleWords = frequent(
        docs.map((d) => words(d.title)),
        24,
      );
      const bodyWords = frequent(
        docs.map((d) => words(d.text.slice(0, 2000))),
        12,
      );
      const titles = docs.map((d) => words(d.title)).filter((w) => w.length >= 2);
      const queries = [
        ...titleWords,
        ...bodyWords,
        ...titleWords.slice(0, 8).map((w, i) => `${w} ${bodyWords[i % bodyWords.length]}`),
        ...titles.slice(0, 8).map((w) => `"${w[0]} ${w[1]}"`),
        ...titleWords.slice(0, 4).map((w, i) => `${w} -${titleWords[i + 4]}`),
        ...titleWords.slice(0, 4).map((w, i) => `${w} or ${bodyWords[i]}`),
        // A title word among body words: a match with all the body words many times can outrank
        // one with the title word once, so the bound must hold back the title matches' page.
        ...titleWords.slice(0, 6).map((w, i) => `${w} or ${bodyWords.slice(i, i + 3).join(' or ')}`),
        ...titleWords.slice(6, 10).map((w, i) => `${bodyWords.slice(i, i + 3).join(' ')} ${w}`),
      ];
      const day = docs.find((d) => d.published)?.published?.slice(0, 7);
      const filters: MatchFilters[] = [
        NO_FILTERS,
        { ...NO_FILTERS, language: docs[0].language },
        ...(day ? [{ ...NO_FILTERS, from: `${day}-01`, to: `${day}-28` }] : []),
      ];
      const pages = [
        { limit: 3, offset: 0 },
        { limit: 5, offset: 2 },
        { limit: 20, offset: 0 },
      ];
      let pruned = 0;
      let full = 0;
      for (const q of queries)
        for (const f of filters)
          for (const page of pages) {
            const got = await rankedPage(store.db, q, f, page, { count: true });
            const all = await rankedPage(store.db, q, f, page, { count: true, prune: false });
            const rows = (r: typeof got) => r.rows.map(({ total: _, ...row }) => row);
            expect(rows(got), JSON.stringify({ q, f, page })).toEqual(rows(all));
            expect(got.total, q).toBe(all.total);
            if (got.pruned) pruned++;
            else full++;
          }
      // Both paths ran: pages answered from the title matches, and pages that needed every match.
      expect(pruned).toBeGreaterThan(20);
      expect(full).toBeGreaterThan(20);
    }, 300_000);

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
