import { describe, expect, it } from 'vitest';
import type { DocLink } from '../model/index.js';
import { compareDocs, type LinkDoc } from './index.js';
import { exactRuns } from './align.js';
import { FILLER, ORIGINAL, UNRELATED } from './fixtures.test-helpers.js';
import { tokenize } from './normalize.js';
import { linkNewDocuments, type CopyLinkStore, type LongDocInfo, type Postings } from './store-link.js';
import { chooseWindows, joinWindows, LONG_DOC_TOKENS, wholeWords, windowed } from './windows.js';

const doc = (id: string, text: string): LinkDoc => ({
  id,
  text,
  title: null,
  published: null,
  outlet: null,
  originalSource: null,
});

/** Deterministic prose of invented words: sentences that share nothing with the fixtures. */
function longProse(words: number, seed = 3): string {
  let a = seed;
  const next = () => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    return a >>> 8;
  };
  const syll = ['ka', 'lo', 'mi', 'ru', 'te', 'so', 'na', 'vi', 'de', 'po', 'gu', 'ze'];
  const word = () => Array.from({ length: 2 + (next() % 3) }, () => syll[next() % syll.length]).join('');
  const out: string[] = [];
  for (let i = 0; i < words; i += 12) {
    const s = Array.from({ length: 12 }, word);
    s[0] = s[0]![0]!.toUpperCase() + s[0]!.slice(1);
    out.push(`${s.join(' ')} ${1000 + (next() % 9000)}.`);
  }
  return out.join(' ');
}

/** An in-memory store with the statements copy detection uses; records which documents linkDocs read. */
class MemoryStore implements CopyLinkStore {
  docs = new Map<string, LinkDoc>();
  bands = new Map<string, Map<string, number[] | null>>();
  sketches = new Map<string, Record<string, unknown>>();
  links: DocLink[] = [];
  wholeReads: string[] = [];
  add(d: LinkDoc) {
    this.docs.set(d.id, d);
  }
  async bandPostings(keys: string[], cap: number): Promise<Postings> {
    const out: Postings = new Map();
    for (const k of new Set(keys)) {
      const docs = [...(this.bands.get(k)?.keys() ?? [])].sort();
      if (docs.length) out.set(k, { n: docs.length, docs: docs.slice(0, cap) });
    }
    return out;
  }
  async linkDocs(ids: string[]): Promise<LinkDoc[]> {
    this.wholeReads.push(...ids);
    return ids.flatMap((id) => (this.docs.has(id) ? [this.docs.get(id)!] : []));
  }
  async saveSketches(
    items: { docId: string; sketch: unknown; keys: string[]; spans?: Map<string, number[]> }[],
  ) {
    for (const i of items) {
      this.sketches.set(i.docId, i.sketch as Record<string, unknown>);
      for (const k of i.keys) {
        if (!this.bands.has(k)) this.bands.set(k, new Map());
        this.bands.get(k)!.set(i.docId, i.spans?.get(k) ?? null);
      }
    }
  }
  async longDocs(ids: string[]): Promise<Map<string, LongDocInfo>> {
    const out = new Map<string, LongDocInfo>();
    for (const id of ids) {
      const l = this.sketches.get(id)?.long;
      if (l) out.set(id, l as LongDocInfo);
    }
    return out;
  }
  async passageSpans(docId: string, keys: string[]): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    for (const k of keys) {
      const s = this.bands.get(k)?.get(docId);
      if (s) out.set(k, s);
    }
    return out;
  }
  async docSlices(docId: string, ranges: [number, number][]) {
    const d = this.docs.get(docId);
    if (!d) return null;
    return { doc: { ...d, text: '' }, pieces: ranges.map(([a, b]) => d.text.slice(a, b)) };
  }
  async insertLinks(links: DocLink[]) {
    this.links.push(...links);
  }
  async pairsNotCompared() {
    return [];
  }
}

const asArticle = (d: LinkDoc) =>
  ({ ...d, paragraphs: [], language: 'en', author: null }) as unknown as Parameters<
    typeof linkNewDocuments
  >[1][number];

async function ingest(store: MemoryStore, d: LinkDoc): Promise<DocLink[]> {
  store.add(d);
  return (await linkNewDocuments(store, [asArticle(d)])).links;
}

describe('windows of a long document', () => {
  it('picks the spans carrying most shared keys within the budget, widened and merged', () => {
    const spans = [
      [100, 200, 5000, 5100],
      [100, 200],
      [100, 200, 9000, 9050],
    ];
    // 100-200 carries three keys: first; then 5000-5100 and 9000-9050 while the budget lasts
    expect(chooseWindows(spans, 150, 20_000)).toEqual([
      [0, 600],
      [8600, 9450],
    ]);
    expect(chooseWindows(spans, 10_000, 20_000)).toEqual([
      [0, 600],
      [4600, 5500],
      [8600, 9450],
    ]);
    expect(chooseWindows([[0, 50, 700, 800]], 1000, 1000)).toEqual([[0, 1000]]);
  });

  it('cuts windows to whole words and keeps runs from crossing a border', () => {
    expect(wholeWords('lo world and more te', false, false)).toBe(' world and more');
    expect(wholeWords('Start of text here', true, true)).toBe('Start of text here');
    const a = tokenize('one two three four five six seven eight nine ten');
    const joined = joinWindows(['one two three four five', 'six seven eight nine ten']);
    // the same ten words, but never one run across the border
    expect(exactRuns(a, joined).every((r) => r.len < 10)).toBe(true);
    expect(joined.segStarts.at(-1)).toBe(joined.words.length);
    expect(joined.segProse.length).toBe(joined.segStarts.length - 1);
  });

  it('applies only to a long document much longer than the other', () => {
    expect(windowed(100, LONG_DOC_TOKENS)).toBe(true);
    expect(windowed(100, LONG_DOC_TOKENS - 1)).toBe(false);
    expect(windowed(LONG_DOC_TOKENS, LONG_DOC_TOKENS)).toBe(false);
  });

  it('finds the same links as a whole comparison, in either order, without comparing the long text whole', async () => {
    const prose = longProse(2 * LONG_DOC_TOKENS);
    const cut = prose.indexOf('. ', prose.length >> 1) + 2;
    // the article inside the long report, and a passage of another quoted in it
    const report = `${prose.slice(0, cut)}${ORIGINAL} As a commentary put it, "${FILLER}" ${prose.slice(cut)}`;
    const long = doc('f-long', report);
    const article = doc('a-article', ORIGINAL);
    const commentary = doc('c-commentary', `${FILLER} ${UNRELATED}`);
    const unrelated = doc('u-unrelated', UNRELATED.split(' ').reverse().join(' '));
    const expected = [article, commentary, unrelated]
      .map((d) => compareDocs(long, d))
      .filter((l): l is DocLink => l !== null);
    expect(expected.map((l) => l.type).sort()).toEqual(['excerpt', 'excerpt']);

    const first = new MemoryStore();
    await ingest(first, long);
    const later = [
      ...(await ingest(first, article)),
      ...(await ingest(first, commentary)),
      ...(await ingest(first, unrelated)),
    ];
    expect(later).toEqual(expected);
    expect(first.wholeReads).not.toContain(long.id);

    const last = new MemoryStore();
    for (const d of [article, commentary, unrelated]) await ingest(last, d);
    expect((await ingest(last, long)).sort((x, y) => (x.to < y.to ? -1 : 1))).toEqual(
      [...expected].sort((x, y) => (x.to < y.to ? -1 : 1)),
    );
  });
});
