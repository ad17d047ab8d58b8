/**
 * MinHash signatures and LSH band keys.
 *
 * Two candidate channels, both looked up by exact string keys (an indexed `key = ANY($1)` in SQL):
 *  - document channel: 128 MinHash values over word 3-shingles of the whole text, cut into
 *    32 bands × 4 rows. Two documents share a band key with probability 1-(1-J⁴)³², ≈ 0.5 at
 *    Jaccard 0.42 and > 0.99 from J ≈ 0.65: duplicates and syndicated copies.
 *  - passage channel: for every sentence-like segment, a small MinHash (6 bands × 3 rows) over
 *    its content-word skeletons. Segments with Jaccard ≥ 0.6 share a key with p ≥ 0.7, so
 *    rewrites (synonym swaps, misspelt names, reordered sentences) and excerpts (a run of
 *    identical sentences inside other text) are found although their whole-document Jaccard is
 *    low.
 */
import { combine, fmix32, hex32 } from './hash.js';
import { skeleton, type Tokens } from './normalize.js';
import { hashString } from './hash.js';

export const NUM_HASHES = 128;
export const BANDS = 32;
export const ROWS = NUM_HASHES / BANDS;
export const SHINGLE = 3;

export const PASSAGE_BANDS = 6;
export const PASSAGE_ROWS = 3;
/** Segments with fewer distinct content features than this get no passage keys (too generic). */
export const MIN_PASSAGE_FEATURES = 5;

const EMPTY = 0xffffffff;

/**
 * MinHash of a feature set. Hash i of feature x is fmix32(x + i·g(x)) (Kirsch–Mitzenmacher
 * double hashing): one 32-bit multiply and a mix per (feature, hash), no tables, no BigInt.
 */
export function minhash(features: Uint32Array | number[], k: number, out?: Uint32Array): Uint32Array {
  const sig = out ?? new Uint32Array(k);
  sig.fill(EMPTY);
  for (let f = 0; f < features.length; f++) {
    const x = features[f]! >>> 0;
    const step = (Math.imul(x, 0x9e3779b1) ^ (x >>> 15)) | 1;
    let h = x;
    for (let i = 0; i < k; i++) {
      const v = fmix32(h);
      if (v < sig[i]!) sig[i] = v;
      h = (h + step) | 0;
    }
  }
  return sig;
}

/** Word 3-shingles (order-dependent hashes) of the whole token stream; unigrams for tiny texts. */
export function shingles(t: Tokens, k = SHINGLE): Uint32Array {
  const n = t.hashes.length;
  if (n === 0) return new Uint32Array(0);
  if (n < k) return Uint32Array.from(new Set(t.hashes));
  const out = new Uint32Array(n - k + 1);
  for (let i = 0; i + k <= n; i++) {
    let h = t.hashes[i]!;
    for (let j = 1; j < k; j++) h = combine(h, t.hashes[i + j]!);
    out[i] = h;
  }
  return out;
}

export function docSignature(t: Tokens): number[] {
  const sh = shingles(t);
  if (sh.length === 0) return [];
  return Array.from(minhash(sh, NUM_HASHES));
}

/** Band keys "b<band>:<hash>" of a signature. An empty signature has no keys (never a candidate). */
export function bandKeys(signature: readonly number[], bands = BANDS): string[] {
  if (signature.length === 0 || signature.length % bands !== 0) return [];
  const rows = signature.length / bands;
  const keys: string[] = [];
  for (let b = 0; b < bands; b++) {
    let h = 0x2545f491 ^ b;
    let h2 = 0x68e31da4 ^ b;
    for (let r = 0; r < rows; r++) {
      const v = signature[b * rows + r]! >>> 0;
      h = combine(h, v);
      h2 = combine(v, h2);
    }
    keys.push(`b${b}:${hex32(h)}${hex32(h2).slice(0, 4)}`);
  }
  return keys;
}

/** Estimated Jaccard similarity from two signatures of equal length. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Skeleton hashes of the content words of token range [from, to), deduplicated. */
export function segmentFeatures(
  t: Tokens,
  from: number,
  to: number,
  skelCache?: Map<string, number>,
): Uint32Array {
  const set = new Set<number>();
  for (let i = from; i < to; i++) {
    if (t.content[i] !== 1) continue;
    const w = t.words[i]!;
    let h = skelCache?.get(w);
    if (h === undefined) {
      h = hashString(skeleton(w));
      skelCache?.set(w, h);
    }
    set.add(h);
  }
  return Uint32Array.from(set);
}

const skelCacheShared = new Map<string, number>();
const SKEL_CACHE_MAX = 200_000;

/**
 * Passage keys "p<band>:<hash>" of every segment with enough content features, deduplicated.
 * A shared key means: some segment of one document and some segment of the other agree on
 * PASSAGE_ROWS MinHash values.
 */
export function passageKeys(t: Tokens): string[] {
  const keys = new Set<string>();
  forEachPassageKey(t, (key) => keys.add(key));
  return [...keys];
}

/**
 * Where each passage key stands: for every key, the character spans [start, end) of the
 * segments carrying it, flattened (start0, end0, start1, end1, …), at most `maxSpans` per key in
 * text order. A long document stores these so that comparing it with a short one reads only the
 * passages around the keys they share (src/link/windows.ts).
 */
export function passageKeySpans(t: Tokens, maxSpans: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  forEachPassageKey(t, (key, from, to) => {
    const l = out.get(key);
    if (!l) out.set(key, [t.starts[from]!, t.ends[to - 1]!]);
    else if (l.length < 2 * maxSpans && l[l.length - 2] !== t.starts[from])
      l.push(t.starts[from]!, t.ends[to - 1]!);
  });
  return out;
}

/** Calls `fn` for every passage key of every segment (tokens [from, to)), in text order. */
function forEachPassageKey(t: Tokens, fn: (key: string, from: number, to: number) => void): void {
  if (skelCacheShared.size > SKEL_CACHE_MAX) skelCacheShared.clear();
  const k = PASSAGE_BANDS * PASSAGE_ROWS;
  const sig = new Uint32Array(k);
  for (let s = 0; s + 1 < t.segStarts.length; s++) {
    const from = t.segStarts[s]!;
    const to = t.segStarts[s + 1]!;
    const feats = segmentFeatures(t, from, to, skelCacheShared);
    if (feats.length < MIN_PASSAGE_FEATURES) continue;
    minhash(feats, k, sig);
    for (let b = 0; b < PASSAGE_BANDS; b++) {
      let h = 0x1b873593 ^ b;
      for (let r = 0; r < PASSAGE_ROWS; r++) h = combine(h, sig[b * PASSAGE_ROWS + r]!);
      fn(`p${b}:${hex32(h)}`, from, to);
    }
  }
}
