/**
 * Stories: groups of documents that cover the same news. Edges come from
 *  - copy links (a copy covers what its original covers), and
 *  - same-news evidence between two dated documents at most `windowDays` apart: they share
 *    several selective entities (entityKeys, resolved elsewhere) AND their headlines or texts
 *    are similar. Undated documents join stories only through copy links, because "same entities
 *    at an unknown time" is how unrelated commentary on one region looks.
 * Candidate pairs come from an inverted index on entity keys (never all pairs); clusters are
 * connected components (union-find), processed in a fixed order so the output is deterministic.
 */
import type { DocLink, Story } from '../model/index.js';
import type { LinkDoc } from './index.js';
import { STOPWORDS, foldWord } from './normalize.js';
import { hashString, hex32 } from './hash.js';
import {
  compareNews,
  judgeNews,
  newsIdf,
  newsProfile,
  SAME_NEWS,
  type NewsIdf,
  type NewsProfile,
} from './same-news.js';

export type StoryDoc = LinkDoc & { entityKeys: string[]; language?: string | null };

/** Why two documents of a story belong together: a copy link, or same-news evidence with its reasons. */
export type StoryEdge = {
  from: string;
  to: string;
  type: 'same_story' | 'rewrite';
  score: number;
  reasons: string[];
};

export type StoryOptions = {
  /** Maximum distance in days between two documents joined by same-news evidence (default 3). */
  windowDays?: number;
  /** Return one-document stories too (default false: a story needs two documents). */
  includeSingletons?: boolean;
  /**
   * Statistics of the whole corpus when `docs` is only part of it (the incremental update
   * clusters the documents a batch can touch): the document count that sets how common an
   * entity key may be and still make candidates, each key's document counts (all, and dated
   * only), and the same-news term and entity weights. Unset: computed from `docs`.
   */
  corpus?: CorpusStats;
  /**
   * Same-news profiles the caller computed already (newsProfile of the same document, by id): a
   * corpus rebuild also counts their terms for the stored term weights, and profiling every
   * document twice cost ~3 CPU s at 19,000 stories. Documents without one are profiled here.
   */
  profiles?: ReadonlyMap<string, NewsProfile>;
};

export type CorpusStats = {
  size: number;
  /** documents carrying the entity key (all / only those with a publication date) */
  postings: (key: string) => { all: number; dated: number };
  idf: NewsIdf;
};

const COPY_TYPES = new Set(['duplicate', 'syndicated', 'rewrite', 'excerpt', 'same_story']);
const WORD_RE = /[\p{L}\p{N}]+/gu;
const DAY = 86_400_000;
const MIN_SHARED_ENTITIES = 3;
const MIN_ENTITY_JACCARD = 0.3;
const MIN_TITLE_DICE = 0.34;
const MIN_TEXT_DICE = 0.3;
/** Entity keys carried by more than this share of the documents do not make candidates alone. */
const COMMON_ENTITY_SHARE = 0.2;

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[x] !== r) {
      const next = this.parent[x]!;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function contentWords(s: string | null, limit = Infinity): Set<string> {
  const out = new Set<string>();
  if (!s) return out;
  WORD_RE.lastIndex = 0;
  let count = 0;
  for (let m = WORD_RE.exec(s); m !== null && count < limit; m = WORD_RE.exec(s)) {
    count++;
    const w = foldWord(m[0]);
    if (w.length > 2 && !STOPWORDS.has(w)) out.add(w);
  }
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}

function time(s: string | null): number | null {
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : t;
}

/**
 * The position of the first entry above `i` in `p`, an ascending list of document positions (a
 * posting list): pairs are counted once, from their lower document, and a common entity's list
 * is long, so the entries up to `i` are skipped by bisection rather than one by one.
 */
export function firstAbove(p: readonly number[], i: number): number {
  let lo = 0;
  let hi = p.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (p[mid]! > i) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Cluster documents into stories. Never throws; bad entries are skipped. */
export function clusterStories(
  docs: StoryDoc[],
  links: DocLink[],
  opts: StoryOptions = {},
): (Story & { edges: StoryEdge[] })[] {
  const windowMs = Math.max(0, opts.windowDays ?? 3) * DAY;
  const list = (Array.isArray(docs) ? docs : []).filter(
    (d): d is StoryDoc => !!d && typeof d.id === 'string' && d.id !== '',
  );
  const seen = new Set<string>();
  const ds = list
    .filter((d) => (seen.has(d.id) ? false : (seen.add(d.id), true)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const idx = new Map(ds.map((d, i) => [d.id, i]));
  const uf = new UnionFind(ds.length);
  const incoming = new Int32Array(ds.length); // copy links pointing at a doc: it is an original
  // Every join, kept for the weak-bridge check: copy links and near-identical dated reports are
  // firm; same-news edges carry their score.
  const firm: [number, number][] = [];
  const news: { a: number; b: number; score: number }[] = [];

  for (const l of Array.isArray(links) ? links : []) {
    if (!l || !COPY_TYPES.has(l.type)) continue;
    const a = idx.get(l.from);
    const b = idx.get(l.to);
    if (a === undefined || b === undefined) continue;
    uf.union(a, b);
    firm.push([a, b]);
    if (l.type !== 'same_story') incoming[b]!++;
  }

  // Same-news edges between dated documents, candidates through selective entity keys.
  const times = ds.map((d) => time(d.published));
  const ents = ds.map(
    (d) => new Set((Array.isArray(d.entityKeys) ? d.entityKeys : []).filter((k) => typeof k === 'string')),
  );
  const postings = new Map<string, number[]>();
  ds.forEach((_, i) => {
    if (times[i] === null) return;
    for (const k of ents[i]!) {
      const p = postings.get(k);
      if (p) p.push(i);
      else postings.set(k, [i]);
    }
  });
  const maxPosting = Math.max(20, Math.ceil(COMMON_ENTITY_SHARE * (opts.corpus?.size ?? ds.length)));
  const tooCommon = (k: string, local: number, dated: boolean): boolean => {
    const c = opts.corpus?.postings(k);
    return (c ? (dated ? c.dated : c.all) : local) > maxPosting;
  };
  const titles = ds.map((d) => contentWords(d.title));
  const leads = ds.map((d) => contentWords(d.text, 120));
  const shared = new Map<number, number>();
  for (let i = 0; i < ds.length; i++) {
    const ti = times[i];
    if (ti === null || ti === undefined) continue;
    shared.clear();
    for (const k of ents[i]!) {
      const p = postings.get(k)!;
      if (tooCommon(k, p.length, true)) continue;
      for (let x = firstAbove(p, i); x < p.length; x++) shared.set(p[x]!, (shared.get(p[x]!) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      if (n < MIN_SHARED_ENTITIES) continue;
      const tj = times[j]!;
      if (Math.abs(ti - tj) > windowMs) continue;
      const union = ents[i]!.size + ents[j]!.size - n;
      if (n / union < MIN_ENTITY_JACCARD) continue;
      if (dice(titles[i]!, titles[j]!) >= MIN_TITLE_DICE || dice(leads[i]!, leads[j]!) >= MIN_TEXT_DICE) {
        uf.union(i, j);
        firm.push([i, j]);
      }
    }
  }

  // Same news across outlets and languages (see same-news.ts), dated or not: candidates share a
  // selective entity key; each edge keeps its reasons.
  const edges: StoryEdge[] = [];
  const profiles: NewsProfile[] = ds.map((d) => opts.profiles?.get(d.id) ?? newsProfile(d));
  const idf = opts.corpus?.idf ?? newsIdf(profiles);
  const allPostings = new Map<string, number[]>();
  ds.forEach((_, i) => {
    for (const k of ents[i]!) {
      const p = allPostings.get(k);
      if (p) p.push(i);
      else allPostings.set(k, [i]);
    }
  });
  const candidates = new Map<number, number>();
  for (let i = 0; i < ds.length; i++) {
    candidates.clear();
    for (const k of ents[i]!) {
      const p = allPostings.get(k)!;
      if (tooCommon(k, p.length, false)) continue;
      for (let x = firstAbove(p, i); x < p.length; x++)
        candidates.set(p[x]!, (candidates.get(p[x]!) ?? 0) + 1);
    }
    for (const [j, n] of [...candidates].sort((x, y) => x[0] - y[0])) {
      if (n < SAME_NEWS.minSharedEntities) continue;
      const ev = compareNews(profiles[i]!, profiles[j]!, idf);
      if (!ev) continue;
      uf.union(i, j);
      news.push({ a: i, b: j, score: ev.score });
      edges.push({
        ...rewriteOrSame(ds[i]!, ds[j]!, profiles[i]!, profiles[j]!, idf),
        score: ev.score,
        reasons: ev.reasons,
      });
    }
  }

  // One weak same-news edge is not enough to join two groups that each stand on their own
  // evidence ("Pashinyan freezes CSTO participation" in February, "Armenia is outside the CSTO" in
  // December): such a bridge is cut, and the two groups are two stories.
  const cut = weakBridges(ds.length, firm, news);
  const parts = cut.size ? new UnionFind(ds.length) : uf;
  if (cut.size) {
    for (const [a, b] of firm) parts.union(a, b);
    news.forEach((e, k) => cut.has(k) || parts.union(e.a, e.b));
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < ds.length; i++) {
    const r = parts.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  // Each edge under its group (both ends in one group), in edge order: per group, the edges whose
  // two documents are members, found in one pass (filtering every edge per group was 5 of the
  // ~10 CPU s of clustering 19,000 stories).
  const edgesOf = new Map<number, StoryEdge[]>();
  for (const e of edges) {
    const r = parts.find(idx.get(e.from)!);
    if (r !== parts.find(idx.get(e.to)!)) continue;
    const g = edgesOf.get(r);
    if (g) g.push(e);
    else edgesOf.set(r, [e]);
  }
  const stories: (Story & { edges: StoryEdge[] })[] = [];
  for (const [root, members] of groups) {
    if (members.length < 2 && !opts.includeSingletons) continue;
    // Anchor (stable id): earliest dated member, then smallest id. Adding later copies keeps it.
    const anchor = [...members].sort((x, y) => {
      const tx = times[x] ?? Infinity;
      const ty = times[y] ?? Infinity;
      return tx - ty || x - y;
    })[0]!;
    stories.push({
      id: `story_${hex32(hashString(ds[anchor]!.id))}${hex32(hashString('s' + ds[anchor]!.id)).slice(0, 4)}`,
      documents: members.map((i) => ds[i]!.id),
      title: storyTitle(members, ds, incoming, times),
      edges: edgesOf.get(root) ?? [],
    });
  }
  return stories.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** A same-news edge below this score cannot alone join two groups of two or more documents. */
const WEAK_BRIDGE = 0.42;

/**
 * The same-news edges (indexes into `news`) that are weak bridges: below WEAK_BRIDGE, the only
 * path between two parts of their component, each part with at least two documents. Found on
 * the whole graph at once (Tarjan's bridges, iterative), so the result does not depend on order.
 */
export function weakBridges(
  n: number,
  firm: readonly [number, number][],
  news: readonly { a: number; b: number; score: number }[],
): Set<number> {
  const out = new Set<number>();
  if (!news.some((e) => e.score < WEAK_BRIDGE)) return out;
  // adjacency with edge ids: firm edges are -1 - k, news edges k
  const adj: { to: number; id: number }[][] = Array.from({ length: n }, () => []);
  firm.forEach(([a, b], k) => {
    adj[a]!.push({ to: b, id: -1 - k });
    adj[b]!.push({ to: a, id: -1 - k });
  });
  news.forEach((e, k) => {
    adj[e.a]!.push({ to: e.b, id: k });
    adj[e.b]!.push({ to: e.a, id: k });
  });
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const found: { id: number; child: number; root: number }[] = [];
  const compSize = new Map<number, number>();
  let time = 0;
  for (let r = 0; r < n; r++) {
    if (disc[r] !== -1 || !adj[r]!.length) continue;
    // stack frames: node, the edge id that reached it, next neighbour index
    const stack: { v: number; via: number; next: number }[] = [{ v: r, via: NaN, next: 0 }];
    disc[r] = low[r] = time++;
    size[r] = 1;
    while (stack.length) {
      const f = stack[stack.length - 1]!;
      const nb = adj[f.v]!;
      if (f.next < nb.length) {
        const { to, id } = nb[f.next++]!;
        if (id === f.via) continue;
        if (disc[to] === -1) {
          disc[to] = low[to] = time++;
          size[to] = 1;
          stack.push({ v: to, via: id, next: 0 });
        } else low[f.v] = Math.min(low[f.v]!, disc[to]!);
        continue;
      }
      stack.pop();
      const p = stack[stack.length - 1];
      if (!p) continue;
      low[p.v] = Math.min(low[p.v]!, low[f.v]!);
      size[p.v]! += size[f.v]!;
      if (low[f.v]! > disc[p.v]! && f.via >= 0) found.push({ id: f.via, child: f.v, root: r });
    }
    compSize.set(r, size[r]!);
  }
  for (const b of found) {
    const inner = size[b.child]!;
    const outer = compSize.get(b.root)! - inner;
    if (news[b.id]!.score < WEAK_BRIDGE && inner >= 2 && outer >= 2) out.add(b.id);
  }
  return out;
}

/** Stories up to this size link every pair of their documents; larger ones only their evidence edges. */
const MAX_ALL_PAIRS = 40;

/**
 * The story links of a rebuild: each same-news edge with its reasons, and every other pair of
 * documents in one story (up to MAX_ALL_PAIRS members) as `same_story` through the story. Pairs
 * joined by a copy link keep only the copy link.
 */
export function storyLinksOf(
  stories: { documents: string[]; edges: StoryEdge[] }[],
  copyLinks: DocLink[],
): StoryEdge[] {
  const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const copied = new Set((Array.isArray(copyLinks) ? copyLinks : []).map((l) => pair(l.from, l.to)));
  const out: StoryEdge[] = [];
  for (const s of stories) {
    const done = new Set<string>();
    for (const e of s.edges) {
      const k = pair(e.from, e.to);
      if (copied.has(k) || done.has(k)) continue;
      done.add(k);
      out.push(e);
    }
    if (s.documents.length > MAX_ALL_PAIRS) continue;
    const ids = [...s.documents].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const k = pair(ids[i]!, ids[j]!);
        if (copied.has(k) || done.has(k)) continue;
        done.add(k);
        out.push({
          from: ids[i]!,
          to: ids[j]!,
          type: 'same_story',
          score: 0,
          reasons: ['in one story with them through other reports'],
        });
      }
    }
  }
  return out;
}

/** Same-language reports this close are one text reworded: a paraphrased rewrite (see SAME_NEWS). */
export const REWRITE = { minTermCosine: 0.5, minEntityDice: 0.6 };

/**
 * A same-news pair is a `rewrite` when the two texts are in one language, say nearly the same
 * things with nearly the same actors, and which came first is known: the one crediting the
 * other's outlet, else the earlier publication, is the original. Otherwise `same_story`. The
 * edge runs from the copy to the original.
 */
function rewriteOrSame(
  a: StoryDoc,
  b: StoryDoc,
  pa: NewsProfile,
  pb: NewsProfile,
  idf: NewsIdf,
): { from: string; to: string; type: 'same_story' | 'rewrite' } {
  const same = { from: a.id, to: b.id, type: 'same_story' as const };
  if (pa.lang !== pb.lang) return same;
  const j = judgeNews(pa, pb, idf);
  if (j.cosine < REWRITE.minTermCosine || j.entityDice < REWRITE.minEntityDice) return same;
  const key = (s: string | null) => (s ? foldWord(s).replace(/[^\p{L}\p{N}]+/gu, '') : '');
  const sameName = (x: string | null, y: string | null) =>
    !!key(x) && !!key(y) && (key(x).startsWith(key(y)) || key(y).startsWith(key(x)));
  // x credits y: x says it carries y's outlet, and x is not on y's outlet itself.
  const credits = (x: StoryDoc, y: StoryDoc) =>
    sameName(x.originalSource, y.outlet) && !sameName(x.outlet, y.outlet);
  if (credits(a, b) && !credits(b, a)) return { from: a.id, to: b.id, type: 'rewrite' };
  if (credits(b, a) && !credits(a, b)) return { from: b.id, to: a.id, type: 'rewrite' };
  // Else the earlier publication is the original; on one day (or a date without a time) the order is unknown.
  if (pa.time !== null && pb.time !== null && Math.abs(pa.time - pb.time) >= DAY)
    return pa.time < pb.time
      ? { from: b.id, to: a.id, type: 'rewrite' }
      : { from: a.id, to: b.id, type: 'rewrite' };
  return same;
}

/**
 * The best headline: from an original (most copy links point at it), then the earliest, among
 * members with a usable title; else the first sentence of the earliest text.
 */
function storyTitle(
  members: number[],
  ds: StoryDoc[],
  incoming: Int32Array,
  times: (number | null)[],
): string {
  const usable = members.filter((i) => {
    const t = ds[i]!.title?.trim();
    return !!t && t.length >= 8 && t.length <= 300;
  });
  const rank = (x: number, y: number): number =>
    incoming[y]! - incoming[x]! || (times[x] ?? Infinity) - (times[y] ?? Infinity) || x - y;
  if (usable.length) return ds[usable.sort(rank)[0]!]!.title!.trim().replace(/\s+/g, ' ');
  const first = [...members].sort(rank)[0]!;
  const text = (ds[first]!.text ?? '').trim().replace(/\s+/g, ' ');
  const m = /^(.{10,160}?[.!?])(\s|$)/.exec(text);
  return m ? m[1]! : text.slice(0, 120) || '(untitled)';
}

/**
 * How many independent sources report something: documents joined by copy links count once
 * (a component), and components from the same outlet (the outlet of the component's original)
 * count once. Unknown outlets count as distinct sources. same_story links are not copies.
 */
export function independentSourceCount(
  docIds: string[],
  links: DocLink[],
  outletOf: (id: string) => string | null,
): number {
  const ids = [...new Set((Array.isArray(docIds) ? docIds : []).filter((x) => typeof x === 'string'))].sort();
  if (ids.length === 0) return 0;
  const idx = new Map(ids.map((d, i) => [d, i]));
  const uf = new UnionFind(ids.length);
  const isCopy = new Uint8Array(ids.length);
  for (const l of Array.isArray(links) ? links : []) {
    if (!l || l.type === 'same_story' || !COPY_TYPES.has(l.type)) continue;
    const a = idx.get(l.from);
    const b = idx.get(l.to);
    if (a === undefined || b === undefined) continue;
    uf.union(a, b);
    isCopy[a] = 1;
  }
  const comps = new Map<number, number[]>();
  ids.forEach((_, i) => {
    const r = uf.find(i);
    const c = comps.get(r);
    if (c) c.push(i);
    else comps.set(r, [i]);
  });
  const sources = new Set<string>();
  for (const [root, members] of comps) {
    // The component's original: a member that is not itself a copy, else the root.
    const orig = members.find((i) => isCopy[i] === 0) ?? root;
    let outlet: string | null = null;
    try {
      outlet = outletOf(ids[orig]!);
    } catch {
      outlet = null;
    }
    const key = typeof outlet === 'string' && outlet.trim() ? 'o:' + foldWord(outlet.trim()) : 'c:' + root;
    sources.add(key);
  }
  return sources.size;
}
