/** One shared suite, run against every backend (PGlite always; PostgreSQL when configured). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, RawDocument } from '../model/index.js';
import { chooseCandidates, readPostings } from '../link/store-link.js';
import { listQuotes } from './fact-queries.js';
import { HIGHLIGHT_START, type Store } from './store.js';
import { backends } from './test-backends.js';
import { needs, testDatabase } from '../testing/requirements.js';

function doc(id: string, text: string, extra: Partial<Article> = {}): { raw: RawDocument; article: Article } {
  const article: Article = {
    id,
    source: `${id}.txt`,
    title: extra.title ?? `Title ${id}`,
    published: extra.published ?? null,
    author: null,
    outlet: extra.outlet ?? null,
    originalSource: null,
    dateline: null,
    language: extra.language ?? 'en',
    text,
    paragraphs: [{ start: 0, end: text.length }],
    diagnostics: [],
    ...extra,
  };
  return {
    raw: {
      id,
      source: article.source,
      format: 'text',
      body: text,
      encoding: 'utf-8',
      bytes: text.length,
      hints: {},
    },
    article,
  };
}

// The PostgreSQL backend joins backends() when ORBIT_TEST_DATABASE_URL is set. Without it the
// PostgreSQL run is skipped with one line, and in CI (strict) that skip fails: a CI run that
// silently skipped the server suite would hide dialect bugs.
needs('store suite on PostgreSQL (src/store/store.test.ts)', testDatabase()).describe(
  'PostgreSQL suite configuration',
  () => {
    it('runs the PostgreSQL backend', () => {
      expect(backends().map((b) => b.name)).toContain('postgres');
    });
  },
);

for (const backend of backends()) {
  describe(`store on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      const docs = [
        doc('d1', 'The foreign ministers met in Astana to discuss transit corridors and trade.', {
          published: '2022-01-10T14:58:00+05:30',
          outlet: 'Steppe Wire',
        }),
        doc('d2', 'Министр иностранных дел заявил, что переговоры прошли успешно.', {
          language: 'ru',
          published: '2021-05-25',
        }),
        doc('d3', "Parliament debated the budget; O'Brien said 50% -- DROP TABLE documents; was a typo.", {
          outlet: 'Other',
        }),
      ];
      for (const d of docs) await store.insertDocument(d.raw, d.article, null);
    });
    afterAll(async () => {
      await store.close();
    });

    it('is idempotent: the same id twice stores one document', async () => {
      const again = doc('d1', 'changed text');
      expect(await store.insertDocument(again.raw, again.article, null)).toBe(false);
      expect(await store.documentCount()).toBe(3);
      expect((await store.getDocument('d1'))?.text).toMatch(/foreign ministers/);
    });

    it('rolls a failed transaction back whole and reports SQL errors', async () => {
      const d = doc('tx1', 'A document written inside a transaction that fails.');
      await expect(
        store.transaction(async (tx) => {
          await store.insertDocument(d.raw, d.article, null, tx);
          expect(
            (await tx.query('select count(*)::int as n from documents where id = $1', ['tx1']))[0].n,
          ).toBe(1);
          throw new Error('stop here');
        }),
      ).rejects.toThrow('stop here');
      expect(await store.getDocument('tx1')).toBeNull();
      await expect(store.db.query('select * from no_such_table')).rejects.toThrow(/no_such_table/);
      expect(await store.documentCount()).toBe(3);
    });

    it('lists, filters and shows documents', async () => {
      expect((await store.listDocuments()).map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
      expect((await store.listDocuments({ language: 'ru' })).map((d) => d.id)).toEqual(['d2']);
      expect((await store.listDocuments({ from: '2022-01-01' })).map((d) => d.id)).toEqual(['d1']);
      expect(await store.getDocument('nope')).toBeNull();
    });

    it('searches with stemming, ranking and highlighted snippets', async () => {
      const hits = await store.search('minister');
      expect(hits.map((h) => h.id)).toContain('d1');
      expect(hits[0].snippet).toContain(HIGHLIGHT_START);
      expect((await store.search('переговоры')).map((h) => h.id)).toEqual(['d2']);
      expect(await store.search('   ')).toEqual([]);
    });

    it('treats SQL metacharacters in queries as text', async () => {
      const hits = await store.search("'; DROP TABLE documents; --");
      expect(Array.isArray(hits)).toBe(true);
      expect(await store.documentCount()).toBe(3);
      expect(await store.getDocument("d1' or '1'='1")).toBeNull();
    });

    it('stores corpus facts atomically and exports them in the v1 shape', async () => {
      await store.replaceCorpusFacts({
        entities: [{ id: 'country:KZ', type: 'country', name: 'Kazakhstan', aliases: ['Kazakhstan'] }],
        mentions: [{ document: 'd1', start: 0, end: 3, text: 'The', entity: 'country:KZ' }],
        quotes: [],
        events: [],
        relations: [],
        alignment: [],
      });
      await store.insertLinks([{ from: 'd2', to: 'd1', type: 'rewrite', score: 0.8 }]);
      await store.replaceStories([{ id: 's1', title: 'T', documents: ['d1', 'd2'] }]);
      const x = await store.exportAll();
      expect(x.version).toBe(1);
      expect(x.documents.map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
      expect(x.documents[0].published).toBe('2022-01-10T14:58:00+05:30');
      expect(x.entities).toHaveLength(1);
      expect(x.mentions[0]).toEqual({ document: 'd1', start: 0, end: 3, text: 'The', entity: 'country:KZ' });
      expect(x.links).toEqual([{ from: 'd2', to: 'd1', type: 'rewrite', score: 0.8 }]);
      expect(x.stories[0].documents).toEqual(['d1', 'd2']);
      // Story links: replaced whole by each rebuild, never over a copy link, kept apart from copies.
      await store.replaceStoryLinks([
        { from: 'd1', to: 'd2', type: 'same_story', score: 0.5, reasons: ['copy-linked pair'] },
        { from: 'd1', to: 'd3', type: 'same_story', score: 0.4, reasons: ['3 shared entities'] },
      ]);
      await store.replaceStoryLinks([
        { from: 'd2', to: 'd3', type: 'same_story', score: 0.6, reasons: ['the same day named'] },
      ]);
      expect(await store.storyLinks()).toEqual([
        { from: 'd2', to: 'd3', type: 'same_story', score: 0.6, reasons: ['the same day named'] },
      ]);
      expect(await store.links({ via: 'copy' })).toEqual([
        { from: 'd2', to: 'd1', type: 'rewrite', score: 0.8 },
      ]);
      expect((await store.links()).length).toBe(2);
      await store.replaceStoryLinks([]);
      const stats = await store.stats();
      expect(stats.documents).toBe(3);
      expect(stats.entities.country).toBe(1);
    });

    it('pages quotes about an entity exactly as the full listing orders them', async () => {
      // Documents on a few shared days plus undated ones, several quotes each, all about one
      // entity: every page must be the matching slice of the whole list (ties on a day included).
      const days = ['2023-03-01', '2023-03-01', '2023-02-15', null, '2023-03-02', null, '2023-02-15'];
      const quotes = [];
      const mentions = [];
      for (const [i, day] of days.entries()) {
        const id = `qd${i}`;
        const text = 'Kazakhstan said "Kazakhstan will go on". Then "Kazakhstan again" was heard.';
        const d = doc(id, text, day ? { published: day } : {});
        await store.insertDocument(d.raw, d.article, null);
        for (const [k, start] of [
          text.indexOf('"Kazakhstan will'),
          text.indexOf('"Kazakhstan again'),
        ].entries()) {
          quotes.push({
            id: `${id}:q${k}`,
            document: id,
            text: '',
            start,
            end: start + 18,
            direct: true,
            speaker: null,
            reportedBy: [],
          });
          mentions.push({
            document: id,
            start: start + 1,
            end: start + 11,
            text: 'Kazakhstan',
            entity: 'country:KZ',
          });
        }
      }
      await store.replaceCorpusFacts({
        entities: [{ id: 'country:KZ', type: 'country', name: 'Kazakhstan', aliases: [] }],
        mentions,
        quotes,
        events: [],
        relations: [],
        alignment: [],
      });
      const all = (await listQuotes(store, { about: 'country:KZ', limit: 100 })).map((q) => q.id);
      expect(all).toHaveLength(14);
      expect(all.slice(0, 2)).toEqual(['qd4:q0', 'qd4:q1']);
      expect(all.slice(-4).every((id) => id.startsWith('qd3') || id.startsWith('qd5'))).toBe(true);
      for (const limit of [1, 3, 5]) {
        for (let offset = 0; offset < 16; offset += limit) {
          expect(
            (await listQuotes(store, { about: 'country:KZ', limit, offset })).map((q) => q.id),
            `limit ${limit} offset ${offset}`,
          ).toEqual(all.slice(offset, offset + limit));
        }
      }
    });

    // Keys shaped as src/link/minhash.ts makes them: the store keeps them as integers (copy-keys.ts).
    it('finds copy candidates through the band table by shared keys only', async () => {
      await store.saveSketch('d1', { v: 1 }, ['b1:000000000001', 'b2:000000000002', 'p1:00000001']);
      await store.saveSketch('d2', { v: 1 }, ['b2:000000000002', 'b3:000000000003']);
      await store.saveSketch('d3', { v: 1 }, [
        'b9:000000000009',
        'p1:00000001',
        'p2:00000002',
        'p3:00000003',
      ]);
      const probe = (keys: string[]) => ({
        doc: { id: 'dX', text: '', title: null, published: null, outlet: null, originalSource: null },
        signature: [],
        keys,
      });
      const candidates = async (keys: string[]) =>
        chooseCandidates([probe(keys)], await readPostings(store, [probe(keys)]), {
          batchCountsAsStored: false,
        })[0];
      expect(await candidates(['b2:000000000002', 'b3:000000000003'])).toEqual(['d2', 'd1']);
      expect(await candidates(['b7:000000000007'])).toEqual([]);
      // passage keys alone need a minimum number of shared keys (3)
      expect(await candidates(['p1:00000001', 'p2:00000002', 'p3:00000003'])).toEqual(['d3']);
      expect(await candidates(['p1:00000001', 'p2:00000002'])).toEqual([]);
    });

    it('saves a sketch and its band rows once: repeated keys and a second save change nothing', async () => {
      for (const id of ['e1', 'e2']) {
        const d = doc(id, `Text of ${id}.`);
        await store.insertDocument(d.raw, d.article, null);
      }
      await store.saveSketches([
        { docId: 'e1', sketch: { v: 1 }, keys: ['b0:00000000000a', 'b0:00000000000b', 'b0:00000000000a'] },
        { docId: 'e2', sketch: { v: 1 }, keys: ['b0:00000000000b'] },
        { docId: 'e1', sketch: { v: 2 }, keys: ['b0:00000000000c'] },
      ]);
      await store.saveSketch('e2', { v: 2 }, ['b0:00000000000b', 'b0:00000000000c']);
      const postings = await store.bandPostings(['b0:00000000000a', 'b0:00000000000b', 'b0:00000000000c']);
      expect(Object.fromEntries(postings)).toEqual({
        'b0:00000000000a': { n: 1, docs: ['e1'] },
        'b0:00000000000b': { n: 2, docs: ['e1', 'e2'] },
      });
    });
  });
}
