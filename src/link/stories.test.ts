import { describe, expect, it } from 'vitest';
import { clusterStories, firstAbove, independentSourceCount, weakBridges, type StoryDoc } from './stories.js';
import type { DocLink } from '../model/index.js';
import { newsProfile, type NewsProfile } from './same-news.js';

const d = (
  id: string,
  published: string | null,
  title: string | null,
  entityKeys: string[],
  outlet: string | null = null,
): StoryDoc => ({
  id,
  text: `${title ?? 'Untitled'}. Some body text follows here.`,
  title,
  published,
  outlet,
  originalSource: null,
  entityKeys,
});
const E = ['norland', 'estavia', 'varsk', 'kalvani', 'oren'];

describe('stories', () => {
  it('joins copies, and dated same-news documents within the window', () => {
    const docs = [
      d('a', '2022-01-10T10:00:00Z', 'Norland and Estavia sign border treaty in Varsk', E),
      d('b', '2022-01-11T08:00:00Z', 'Border treaty signed by Norland and Estavia', E),
      d('c', '2022-03-01T08:00:00Z', 'Border treaty signed by Norland and Estavia', E), // outside window
      d('x', null, 'Totally different', ['dramport']),
      d('y', null, null, ['dramport']),
    ];
    const links: DocLink[] = [{ from: 'y', to: 'x', type: 'rewrite', score: 0.7 }];
    const stories = clusterStories(docs, links);
    const sets = stories.map((s) => [...s.documents].sort().join(','));
    expect(sets.sort()).toEqual(['a,b', 'x,y']);
    const xy = stories.find((s) => s.documents.includes('x'))!;
    expect(xy.title).toBe('Totally different');
    expect(clusterStories(docs, links)).toEqual(stories); // deterministic
  });
  it('does not join undated documents on shared entities alone; same headline and lead do join, with reasons', () => {
    const docs = [
      {
        ...d('a', null, 'Norland and Estavia sign treaty', E),
        text: 'Norland and Estavia signed a border treaty in Varsk after long negotiations.',
      },
      {
        ...d('b', null, 'Norland and Estavia argue over fishing quotas', E),
        text: 'Fishermen from Oren protested new quotas set by the ministry in Kalvani.',
      },
    ];
    expect(clusterStories(docs, [])).toEqual([]);
    const same = clusterStories(
      [docs[0]!, { ...docs[0]!, id: 'c', title: 'Estavia and Norland sign border treaty' }],
      [],
    );
    expect(same.map((s) => s.documents.sort().join(','))).toEqual(['a,c']);
    expect(same[0]!.edges[0]!.reasons.join(' ')).toMatch(/shared entities.*cosine/);
    expect(clusterStories(null as unknown as StoryDoc[], [])).toEqual([]);
  });
  it('compares the profiles the caller computed, with the same stories and edges as its own', () => {
    const docs = [
      d('a', '2022-01-10T10:00:00Z', 'Norland and Estavia sign border treaty in Varsk', E),
      d('b', '2022-01-11T08:00:00Z', 'Border treaty signed by Norland and Estavia', E),
      d('c', '2022-01-11T09:00:00Z', 'Norland and Estavia sign border treaty', E, 'Daily'),
      d('x', null, 'Totally different', ['dramport']),
    ];
    const own = clusterStories(docs, []);
    const asked: string[] = [];
    const computed = new Map(docs.map((x) => [x.id, newsProfile(x)]));
    const profiles = {
      get: (id: string): NewsProfile | undefined => (asked.push(id), computed.get(id)),
    } as ReadonlyMap<string, NewsProfile>;
    expect(clusterStories(docs, [], { profiles })).toEqual(own);
    expect(asked.sort()).toEqual(['a', 'b', 'c', 'x']);
    // a document without one is profiled as before
    expect(clusterStories(docs, [], { profiles: new Map([['a', computed.get('a')!]]) })).toEqual(own);
    expect(own.flatMap((s) => s.edges).length).toBeGreaterThan(0);
  });
  it('finds the first posting above a position by bisection', () => {
    expect(firstAbove([], 3)).toBe(0);
    expect(firstAbove([1, 3, 5, 8], 0)).toBe(0);
    expect(firstAbove([1, 3, 5, 8], 3)).toBe(2);
    expect(firstAbove([1, 3, 5, 8], 4)).toBe(2);
    expect(firstAbove([1, 3, 5, 8], 8)).toBe(4);
    expect(firstAbove([1, 3, 5, 8], 9)).toBe(4);
  });
  it('counts independent sources: copies once, same outlet once', () => {
    const links: DocLink[] = [
      { from: 'b', to: 'a', type: 'syndicated', score: 1 },
      { from: 'c', to: 'a', type: 'rewrite', score: 0.8 },
      { from: 'd', to: 'e', type: 'same_story', score: 0.5 },
    ];
    const outlets: Record<string, string | null> = {
      a: 'Wire',
      b: 'Portal',
      c: 'Farm',
      d: 'Daily',
      e: 'Wire',
      f: null,
    };
    const outletOf = (id: string) => outlets[id] ?? null;
    expect(independentSourceCount(['a', 'b', 'c'], links, outletOf)).toBe(1);
    expect(independentSourceCount(['a', 'b', 'd'], links, outletOf)).toBe(2);
    expect(independentSourceCount(['a', 'e'], links, outletOf)).toBe(1); // same outlet
    expect(independentSourceCount(['a', 'd', 'f'], links, outletOf)).toBe(3);
    expect(independentSourceCount([], links, outletOf)).toBe(0);
  });
});

describe('weak bridges between story groups', () => {
  // two triangles of documents (0-1-2 and 3-4-5) joined by one same-news edge 2-3
  const triangles = (bridge: number) => [
    { a: 0, b: 1, score: 0.6 },
    { a: 1, b: 2, score: 0.6 },
    { a: 0, b: 2, score: 0.6 },
    { a: 3, b: 4, score: 0.6 },
    { a: 4, b: 5, score: 0.6 },
    { a: 3, b: 5, score: 0.6 },
    { a: 2, b: 3, score: bridge },
  ];
  const pairs = (news: { a: number; b: number }[], cut: Set<number>) =>
    [...cut].map((k) => `${news[k]!.a}-${news[k]!.b}`).sort();

  it('cuts a weak edge that alone joins two groups of two or more documents', () => {
    const news = triangles(0.39);
    expect(pairs(news, weakBridges(6, [], news))).toEqual(['2-3']);
  });
  it('keeps a strong bridge, a weak edge to a single document, and a weak edge with another path', () => {
    expect(weakBridges(6, [], triangles(0.5)).size).toBe(0);
    const toOne = [
      { a: 0, b: 1, score: 0.6 },
      { a: 1, b: 2, score: 0.3 },
    ];
    expect(weakBridges(3, [], toOne).size).toBe(0);
    // a copy link between the same two groups is another path
    expect(weakBridges(6, [[0, 5]], triangles(0.39)).size).toBe(0);
  });
  it('does not depend on the order of the edges', () => {
    const news = triangles(0.39);
    const reversed = [...news].reverse();
    expect(pairs(reversed, weakBridges(6, [], reversed))).toEqual(pairs(news, weakBridges(6, [], news)));
  });
});
