/**
 * A search page ranked among the matches whose title has a query lexeme must be the page ranked
 * over every match. Generated documents make the hard case common: bodies that repeat several
 * query words outrank titles that carry one of them once, so the bound has to hold the title
 * matches' page back. Every backend (PGlite; PostgreSQL when configured).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, RawDocument } from '../model/index.js';
import { NO_FILTERS, rankedPage, type MatchFilters } from './ranked-search.js';
import type { Store } from './store.js';
import { backends } from './test-backends.js';
import { seededRandom } from '../nlp/learn/hash.js';

const VOCAB = [
  'harbor',
  'tariff',
  'quota',
  'export',
  'grain',
  'wheat',
  'pipeline',
  'border',
  'summit',
  'treaty',
];
const FILLER = ['officials', 'said', 'on', 'the', 'week', 'after', 'talks', 'about', 'new', 'plans'];

/** A small deterministic generator (the training shuffler's), so a failure names the same corpus every run. */
const random = seededRandom;

function corpus(n: number): { raw: RawDocument; article: Article }[] {
  const r = random(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  // Skewed the other way round in titles: the words bodies repeat most are the rarest in titles.
  const word = () => VOCAB[Math.floor(r() * r() * VOCAB.length)];
  const titleWord = () => VOCAB[VOCAB.length - 1 - Math.floor(r() * r() * VOCAB.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    // Every 9th document repeats two words many times under a title without them: its rank
    // comes close to the bound (each word's share tends to 0.4 / the query's lexemes).
    const spam = i % 9 === 4;
    const titleWords = spam || r() < 0.3 ? [] : Array.from({ length: 1 + Math.floor(r() * 2) }, titleWord);
    // Every 6th title repeats one of three pairs of words: pages of a two-word query come from
    // those titles (their share of the rank passes the bound for titles with one of the words).
    const k = Math.floor(i / 6) % 3;
    const pair = !spam && i % 6 === 1 ? [VOCAB[9 - k], VOCAB[8 - k]] : [];
    const title = [...pair, ...pair, ...pair, ...titleWords, pick(FILLER), 'report'].join(' ');
    const twoWords = [word(), word()];
    const body = spam
      ? Array.from({ length: 60 }, (_, j) => (j % 3 === 2 ? pick(FILLER) : twoWords[j % 3])).join(' ')
      : Array.from({ length: 10 + Math.floor(r() * 60) }, () => (r() < 0.35 ? word() : pick(FILLER))).join(
          ' ',
        );
    const id = `g${String(i).padStart(3, '0')}`;
    const text = `${body}.`;
    const article: Article = {
      id,
      source: `${id}.txt`,
      title,
      published: `2023-0${1 + (i % 3)}-1${i % 10}`,
      author: null,
      outlet: i % 2 ? 'Even Wire' : 'Odd Post',
      originalSource: null,
      dateline: null,
      // Some documents indexed with the 'simple' configuration: other lexemes for the same words.
      language: i % 7 === 0 ? 'und' : 'en',
      text,
      paragraphs: [{ start: 0, end: text.length }],
      diagnostics: [],
    };
    out.push({
      raw: {
        id,
        source: article.source,
        format: 'text' as const,
        body: text,
        encoding: 'utf-8',
        bytes: text.length,
        hints: {},
      },
      article,
    });
  }
  return out;
}

const QUERIES = [
  ...VOCAB,
  ...VOCAB.slice(0, 6).map((w, i) => `${w} ${VOCAB[i + 1]}`),
  ...VOCAB.slice(6).flatMap((w, i) => VOCAB.slice(7 + i).map((v) => `${v} ${w}`)),
  ...VOCAB.slice(0, 5).map((w, i) => `${VOCAB[i + 3]} ${VOCAB[i + 2]} ${w}`),
  ...VOCAB.slice(0, 5).map((w, i) => `${w} or ${VOCAB[i + 1]} or ${VOCAB[i + 2]}`),
  ...VOCAB.slice(0, 4).map((w, i) => `"${w} ${VOCAB[i + 1]}"`),
  ...VOCAB.slice(0, 4).map((w, i) => `${w} -${VOCAB[i + 5]}`),
  'report',
  'said talks',
  'the',
  'nosuchword',
  '"" or',
];

for (const backend of backends().filter((b) => b.name !== 'pglite-thread')) {
  describe(`ranked search on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      for (const d of corpus(240)) await store.insertDocument(d.raw, d.article, null);
    }, 120_000);
    afterAll(async () => store?.close());

    it('gives every page exactly as ranking every match does, from titles with two lexemes or one', async () => {
      const filters: MatchFilters[] = [
        NO_FILTERS,
        { ...NO_FILTERS, outlet: 'Even Wire' },
        { ...NO_FILTERS, from: '2023-02-01', to: '2023-03-01' },
      ];
      const pages = [
        { limit: 3, offset: 0 },
        { limit: 10, offset: 0 },
        { limit: 5, offset: 7 },
        { limit: 12, offset: 6 },
      ];
      let pruned = 0;
      let paired = 0;
      let full = 0;
      let titleOutranked = 0;
      for (const q of QUERIES)
        for (const f of filters)
          for (const page of pages) {
            const got = await rankedPage(store.db, q, f, page, { count: true });
            const all = await rankedPage(store.db, q, f, page, { count: true, prune: false });
            const rows = (p: typeof got) => p.rows.map(({ total: _, ...row }) => row);
            expect(rows(got), JSON.stringify({ q, f, page })).toEqual(rows(all));
            expect(got.total, q).toBe(all.total);
            if (got.tier === 2) paired++;
            if (got.pruned) pruned++;
            else full++;
            // The hard case: a match without a query word in its title above one with it.
            const titled = all.rows.map((r) =>
              q.split(/\W+/).some((w) => w && String(r.title).split(' ').includes(w)),
            );
            if (titled.some((t, i) => !t && titled.slice(i + 1).some(Boolean))) titleOutranked++;
          }
      expect(pruned).toBeGreaterThan(30);
      expect(paired).toBeGreaterThan(5);
      expect(pruned - paired).toBeGreaterThan(5);
      expect(full).toBeGreaterThan(30);
      expect(titleOutranked).toBeGreaterThan(5);
    }, 300_000);

    it('answers nothing for an empty or stop-word query, and counts past the last page', async () => {
      expect((await rankedPage(store.db, '""', NO_FILTERS, { limit: 5, offset: 0 })).rows).toEqual([]);
      const far = await rankedPage(
        store.db,
        'harbor',
        NO_FILTERS,
        { limit: 5, offset: 10_000 },
        { count: true },
      );
      expect(far.rows).toEqual([]);
      expect(far.total).toBeGreaterThan(5);
    });
  });
}
