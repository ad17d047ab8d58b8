/**
 * The inference form of a perceptron with at most four classes (the parser's move scorer):
 * rows in 64-byte buckets, so that looking a feature up touches one cache line.
 *
 * Why: the move table is the largest (650k rows) and the most read (about 220 lookups per
 * token), and it is memory-bound: in RowTable's 16-byte open-addressing entries at load 0.65 a
 * lookup probes 2.7 entries and touches 1.4 cache lines on average (a quarter of the features
 * are absent, and an absent key probes to the next empty slot). Here an entry is 12 bytes (key,
 * scale, and the row's four int8 weights in one word), five entries fill a cache line with one
 * word to spare, and that word says whether a key ever overflowed to the next bucket: a lookup
 * reads its bucket's line and stops there unless the bucket overflowed. The table is 35% smaller
 * too (fewer TLB and L3 misses). The buffer is a WebAssembly memory, whose start is page-aligned,
 * so a bucket never straddles two lines.
 *
 * Scores are bit-identical to CompactPerceptron.scores: every class of a row is added, zeros
 * included, in feature order, as the dense rows do.
 *
 * Bucket layout (16 × int32): entries at 0, 3, 6, 9, 12 as [key, scale (float bits), weights],
 * weight of class c in byte c (two's complement); an entry with scale 0 is empty (entries fill
 * in order, so the first empty one ends the bucket); word 15 is 1 when the bucket overflowed.
 */
import type { CompactPerceptron } from './sparse.js';

const BUCKET = 16; // int32 words: 64 bytes
const ENTRIES = 5;
const ENTRY = 3;
const OVERFLOW = 15;
/** Mean entries per bucket: 4 of 5 keeps overflow (a second line) to about one bucket in five. */
const FILL = 4;
const PAGE = 65536;

export class BucketTable {
  readonly classes: number;
  readonly size: number;
  private readonly table: Int32Array;
  private readonly scale: Float32Array;
  private readonly buckets: number;
  /** scratch: the bucket of each feature of the current call */
  private starts = new Int32Array(256);
  /** keeps the touching loop's loads from being optimised away */
  touched = 0;

  private constructor(classes: number, size: number, table: Int32Array, buckets: number) {
    this.classes = classes;
    this.size = size;
    this.table = table;
    this.scale = new Float32Array(table.buffer, table.byteOffset, table.length);
    this.buckets = buckets;
  }

  /** Converts dense compact rows (a model file's form); at most four classes. */
  static from(p: Pick<CompactPerceptron, 'classes' | 'keys' | 'scales' | 'weights'>): BucketTable {
    const k = p.classes;
    if (k > 4) throw new RangeError('a bucket table holds at most 4 classes');
    const { keys, scales, weights } = p;
    const n = keys.length;
    const buckets = Math.max(1, Math.ceil(n / FILL));
    // page-aligned, hence 64-byte aligned buckets (an ArrayBuffer gives no alignment guarantee)
    const bytes = buckets * BUCKET * 4;
    const buffer = alignedBuffer(bytes);
    const table = new Int32Array(buffer, 0, buckets * BUCKET);
    const scale = new Float32Array(buffer, 0, buckets * BUCKET);
    for (let r = 0; r < n; r++) {
      const s = scales[r]!;
      let packed = 0;
      for (let c = 0; c < k; c++) packed |= (weights[r * k + c]! & 0xff) << (8 * c);
      if (!(s > 0) || packed === 0) continue; // a row of zeros scores nothing
      const key = keys[r]! | 0;
      let b = bucketOf(key, buckets);
      for (;;) {
        const base = b * BUCKET;
        let e = base;
        while (e < base + ENTRIES * ENTRY && scale[e + 1] !== 0) e += ENTRY;
        if (e < base + ENTRIES * ENTRY) {
          table[e] = key;
          scale[e + 1] = s;
          table[e + 2] = packed;
          break;
        }
        table[base + OVERFLOW] = 1;
        b = b + 1 === buckets ? 0 : b + 1;
      }
    }
    return new BucketTable(k, n, table, buckets);
  }

  /** Adds the rows of `features[0..count)` into `out`, which is zeroed first. */
  scores(features: ArrayLike<number>, count: number, out: Float32Array): Float32Array {
    out.fill(0, 0, this.classes);
    return this.add(features, 0, count, out);
  }

  /** Adds the rows of `features[from..to)` into `out` (not zeroed), in feature order. */
  add(features: ArrayLike<number>, from: number, to: number, out: Float32Array): Float32Array {
    const table = this.table;
    const scale = this.scale;
    const k = this.classes;
    const starts = this.touch(features, from, to);
    for (let i = from; i < to; i++) {
      const e = this.find(features[i]! | 0, starts[i]!);
      if (e < 0) continue;
      const s = scale[e + 1]!;
      const w = table[e + 2]!;
      // every class, zeros included, in class order: the dense rows' sums (adding 0 changes no sum)
      out[0]! += ((w << 24) >> 24) * s;
      out[1]! += ((w << 16) >> 24) * s;
      if (k > 2) out[2]! += ((w << 8) >> 24) * s;
      if (k > 3) out[3]! += (w >> 24) * s;
    }
    return out;
  }

  /**
   * Adds the rows of `features[from..to)` into `out[at..at + classes)` as doubles (no float32
   * rounding) and the sum of the absolute values of all these products into `out[at + classes]`: for
   * callers that add in another order and bound the difference from `scores` by it (see
   * src/nlp/learn/rounding.ts).
   */
  addWide(features: ArrayLike<number>, from: number, to: number, out: Float64Array, at: number): void {
    const table = this.table;
    const scale = this.scale;
    const k = this.classes;
    const starts = this.touch(features, from, to);
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let abs = 0;
    for (let i = from; i < to; i++) {
      const e = this.find(features[i]! | 0, starts[i]!);
      if (e < 0) continue;
      const s = scale[e + 1]!;
      const w = table[e + 2]!;
      const p0 = ((w << 24) >> 24) * s;
      const p1 = ((w << 16) >> 24) * s;
      const p2 = ((w << 8) >> 24) * s;
      const p3 = (w >> 24) * s;
      a0 += p0;
      a1 += p1;
      a2 += p2;
      a3 += p3;
      abs += Math.abs(p0) + Math.abs(p1) + Math.abs(p2) + Math.abs(p3);
    }
    out[at]! += a0;
    out[at + 1]! += a1;
    if (k > 2) out[at + 2]! += a2;
    if (k > 3) out[at + 3]! += a3;
    out[at + k]! += abs;
  }

  /** The entry of `key` whose home bucket starts at int `base`, or -1. */
  /**
   * First touches every feature's bucket: the loads are independent, so the CPU overlaps their
   * cache misses instead of waiting for each in turn. Each feature's bucket, at its index.
   */
  private touch(features: ArrayLike<number>, from: number, to: number): Int32Array {
    const table = this.table;
    const buckets = this.buckets;
    if (this.starts.length < to) this.starts = new Int32Array(to * 2);
    const starts = this.starts;
    let touched = 0;
    for (let i = from; i < to; i++) {
      const b = bucketOf(features[i]! | 0, buckets) * BUCKET;
      starts[i] = b;
      touched |= table[b]!;
    }
    this.touched = touched;
    return starts;
  }

  private find(key: number, base: number): number {
    const table = this.table;
    for (;;) {
      const end = base + ENTRIES * ENTRY;
      for (let j = base; j < end; j += ENTRY) {
        if (table[j + 1] === 0) return -1; // an empty entry: the key is nowhere
        if (table[j] === key) return j;
      }
      // five entries in use and none matched: the key can only be further on if a key ever
      // overflowed from here
      if (table[base + OVERFLOW] === 0) return -1;
      base += BUCKET;
      if (base === this.buckets * BUCKET) base = 0;
    }
  }

  /** Bytes held, for reports. */
  get bytes(): number {
    return this.table.byteLength;
  }
}

type MemoryConstructor = new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
const wasm = (globalThis as { WebAssembly?: { Memory: MemoryConstructor } }).WebAssembly;

/** Zeroed bytes starting on a page boundary (a plain ArrayBuffer where WebAssembly is absent). */
function alignedBuffer(bytes: number): ArrayBuffer {
  return wasm ? new wasm.Memory({ initial: Math.ceil(bytes / PAGE) }).buffer : new ArrayBuffer(bytes);
}

/** The bucket of a feature hash (spread, then scaled down by multiplication; as RowTable). */
function bucketOf(key: number, buckets: number): number {
  let h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  h ^= h >>> 16;
  return (((h >>> 0) * buckets) / 4294967296) >>> 0;
}
