/**
 * Copy detection (duplicates, syndication, rewrites, excerpts) and story clustering.
 *
 * Flow for one new document: sketch() → look up candidates by band/passage keys (an indexed
 * lookup, never all pairs) → compareDocs() on each candidate → DocLink with direction.
 * CopyIndex does this in memory; the store keeps the same keys in SQL tables.
 */
import type { DocLink } from '../model/index.js';
import { align, type Alignment, type DocTotals } from './align.js';
import { classify, decideDirection, garbling, toLink, type LinkMeta } from './classify.js';
import { bandKeys, docSignature, passageKeys } from './minhash.js';
import { tokenize, type Tokens } from './normalize.js';

export type LinkDoc = {
  id: string;
  text: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  originalSource: string | null;
};

/** Everything the store keeps per document for candidate search; plain JSON values only. */
export type CopySketch = {
  id: string;
  /** 128 unsigned 32-bit MinHash values over word 3-shingles ([] for a text without words). */
  signature: number[];
  /** Document channel: "b<band>:<hex>" keys; a shared key makes a candidate pair. */
  bandKeys: string[];
  /** Passage channel: "p<band>:<hex>" keys of sentence-level MinHash bands. */
  passageKeys: string[];
};

export { estimateJaccard } from './minhash.js';
export type { Alignment, DocTotals, Passage } from './align.js';
export {
  clusterStories,
  independentSourceCount,
  storyLinksOf,
  type StoryDoc,
  type StoryEdge,
  type StoryOptions,
} from './stories.js';

/** Shared passage keys needed (when no band key is shared) to make a candidate pair. */
export const MIN_SHARED_PASSAGE_KEYS = 3;

function safeDoc(doc: LinkDoc): LinkDoc {
  const d = (doc ?? {}) as Partial<LinkDoc>;
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return {
    id: typeof d.id === 'string' ? d.id : String(d.id ?? ''),
    text: typeof d.text === 'string' ? d.text : '',
    title: str(d.title),
    published: str(d.published),
    outlet: str(d.outlet),
    originalSource: str(d.originalSource),
  };
}

function sketchTokens(id: string, t: Tokens): CopySketch {
  const signature = docSignature(t);
  return { id, signature, bandKeys: bandKeys(signature), passageKeys: passageKeys(t) };
}

/** The sketch and the tokens it was computed from, for callers that go on to compare the document. */
export function sketchWithTokens(doc: LinkDoc): { doc: LinkDoc; sketch: CopySketch; tokens: Tokens } {
  const d = safeDoc(doc);
  const tokens = tokenize(d.text);
  return { doc: d, sketch: sketchTokens(d.id, tokens), tokens };
}

/** The serialisable candidate-search artifacts of one document. Never throws. */
export function sketch(doc: LinkDoc): CopySketch {
  const d = safeDoc(doc);
  return sketchTokens(d.id, tokenize(d.text));
}

export type Comparison = { link: DocLink | null; alignment: Alignment };

function compareTokens(
  a: LinkDoc,
  ta: Tokens,
  b: LinkDoc,
  tb: Tokens,
  whole: { a?: DocTotals; b?: DocTotals } = {},
): Comparison {
  const alignment = align(ta, tb, whole);
  const meta = (d: LinkDoc): LinkMeta => ({
    id: d.id,
    published: d.published,
    outlet: d.outlet,
    originalSource: d.originalSource,
  });
  const c = classify(alignment, meta(a), meta(b));
  if (c === null) return { link: null, alignment };
  const g = alignment.variants.length
    ? garbling(alignment.variants, new Set(ta.words), new Set(tb.words))
    : { a: 0, b: 0 };
  const dir = decideDirection(meta(a), meta(b), c, g, alignment.tokensA, alignment.tokensB);
  return { link: toLink(dir, c), alignment };
}

/** Compare two documents and return the alignment too (passages with offsets in both texts). */
export function compareDetailed(a: LinkDoc, b: LinkDoc): Comparison {
  const da = safeDoc(a);
  const db = safeDoc(b);
  return compareTokens(da, tokenize(da.text), db, tokenize(db.text));
}

/**
 * The copy link between two documents with its direction decided, or null. Never throws.
 * Symmetric: the alignment is greedy, so near a threshold the order of the texts could decide
 * the verdict; the pair is always aligned in one order (higher id first), so it is the same
 * whichever document arrived first or which worker compares it.
 */
export function compareDocs(a: LinkDoc, b: LinkDoc): DocLink | null {
  const da = safeDoc(a);
  const db = safeDoc(b);
  if (da.id === db.id) return null;
  return (da.id > db.id ? compareDetailed(da, db) : compareDetailed(db, da)).link;
}

/**
 * A document already tokenised. `totals` marks `tokens` as windows of a longer text (the whole
 * text's counts; see windows.ts); without it `tokens` is the whole text.
 */
export type TokenizedDoc = { doc: LinkDoc; tokens: Tokens; totals?: DocTotals };

/** compareDocs over documents already tokenised (or windowed): the same order and verdicts. */
export function compareTokenized(a: TokenizedDoc, b: TokenizedDoc): DocLink | null {
  const da = safeDoc(a.doc);
  const db = safeDoc(b.doc);
  if (da.id === db.id) return null;
  const [x, y, dx, dy] = da.id > db.id ? [a, b, da, db] : [b, a, db, da];
  return compareTokens(dx, x.tokens, dy, y.tokens, { a: x.totals, b: y.totals }).link;
}

export type CopyIndexOptions = {
  /** Posting lists stop growing at this size and are then ignored as non-selective ("stop keys"). */
  maxPassagePosting?: number;
  maxBandPosting?: number;
  minSharedPassageKeys?: number;
};

export type CopyIndexStats = { documents: number; candidatePairs: number; links: number };

type Entry = { doc: LinkDoc; tokens: Tokens };

/**
 * In-memory incremental index for benchmarks and tests. The store mirrors it with SQL:
 * band_keys(key, doc) and passage_keys(key, doc) with an index on key, and the same stop-key cap.
 */
export class CopyIndex {
  private readonly entries: Entry[] = [];
  private readonly byId = new Map<string, number>();
  private readonly bands = new Map<string, number[]>();
  private readonly passages = new Map<string, number[]>();
  private readonly maxPassage: number;
  private readonly maxBand: number;
  private readonly minShared: number;
  private candidates = 0;
  private linkCount = 0;

  constructor(opts: CopyIndexOptions = {}) {
    this.maxPassage = opts.maxPassagePosting ?? 64;
    this.maxBand = opts.maxBandPosting ?? 256;
    this.minShared = opts.minSharedPassageKeys ?? MIN_SHARED_PASSAGE_KEYS;
  }

  get stats(): CopyIndexStats {
    return { documents: this.entries.length, candidatePairs: this.candidates, links: this.linkCount };
  }

  /** Add a document; returns the copy links between it and documents added before. */
  add(input: LinkDoc): DocLink[] {
    const doc = safeDoc(input);
    if (this.byId.has(doc.id)) return [];
    const tokens = tokenize(doc.text);
    const sk = sketchTokens(doc.id, tokens);
    const idx = this.entries.length;
    this.entries.push({ doc, tokens });
    this.byId.set(doc.id, idx);

    const bandHit = new Set<number>();
    const passageHits = new Map<number, number>();
    for (const k of sk.bandKeys) {
      const list = this.bands.get(k);
      if (list === undefined) this.bands.set(k, [idx]);
      else if (list.length < this.maxBand) {
        for (const j of list) bandHit.add(j);
        list.push(idx);
      }
    }
    for (const k of sk.passageKeys) {
      const list = this.passages.get(k);
      if (list === undefined) this.passages.set(k, [idx]);
      else if (list.length < this.maxPassage) {
        for (const j of list) passageHits.set(j, (passageHits.get(j) ?? 0) + 1);
        list.push(idx);
      }
    }
    const cand = new Set(bandHit);
    for (const [j, n] of passageHits) if (n >= this.minShared) cand.add(j);
    const links: DocLink[] = [];
    for (const j of [...cand].sort((x, y) => x - y)) {
      this.candidates++;
      const other = this.entries[j]!;
      // In one order per pair, as compareDocs does.
      const { link } =
        doc.id > other.doc.id
          ? compareTokens(doc, tokens, other.doc, other.tokens)
          : compareTokens(other.doc, other.tokens, doc, tokens);
      if (link) links.push(link);
    }
    this.linkCount += links.length;
    return links;
  }
}
