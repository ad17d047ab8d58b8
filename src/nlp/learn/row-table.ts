/**
 * The inference form of a CompactPerceptron, built when a model file is loaded (the file format
 * does not change): one open-addressing table whose 16-byte entries hold the feature hash, the
 * row's scale and the row's non-zero int8 weights themselves.
 *
 * Why: a perceptron row is touched only for the classes that were the truth or the guess when
 * its feature fired, so rows are sparse — in the English models 3.2 of 102 tagger classes and
 * 3.5 of 51 labels on average, and 85–100% of rows have at most four non-zero weights. Dense
 * rows made every feature cost a hash probe, a scale read and a 102-byte row read (three cache
 * misses, 102 multiply-adds); here a feature with ≤ 4 non-zeros costs one cache line and its few
 * multiply-adds, and the larger rows sit in one packed array. Scores are bit-identical to
 * CompactPerceptron.scores: the same products in the same feature order, minus additions of 0.
 *
 * Entry layout (4 × int32): [key, scale, a, b]. A (class, weight) pair is 16 bits: class in the
 * high byte, int8 weight in the low byte (never 0, so 0 marks an unused pair).
 *   scale > 0: up to four pairs inline, two in `a` and two in `b`;
 *   scale < 0: the row is -scale with its pairs in `pairs[a .. a + b)`;
 *   scale = 0: empty slot.
 */
import type { CompactPerceptron } from './sparse.js';

/** Above this load factor linear probing gets long for the many absent features. */
const MAX_LOAD = 0.65;
const INLINE = 4;

export class RowTable {
  readonly classes: number;
  readonly size: number;
  private readonly table: Int32Array;
  private readonly scale: Float32Array;
  private readonly pairs: Uint16Array;
  private readonly slots: number;
  /** scratch: the first slot of each feature of the current call */
  private starts = new Int32Array(256);
  /** keeps the touching loop's loads from being optimised away */
  touched = 0;

  private constructor(classes: number, size: number, table: Int32Array, pairs: Uint16Array) {
    this.classes = classes;
    this.size = size;
    this.table = table;
    this.scale = new Float32Array(table.buffer, table.byteOffset, table.length);
    this.pairs = pairs;
    this.slots = table.length / 4;
  }

  /** Converts dense compact rows (a model file's form); classes must fit in a byte. */
  static from(p: Pick<CompactPerceptron, 'classes' | 'keys' | 'scales' | 'weights'>): RowTable {
    const k = p.classes;
    if (k > 256) throw new RangeError('a row table holds at most 256 classes');
    const keys = p.keys;
    const scales = p.scales;
    const n = keys.length;
    // any size (not a power of two): the table is most of a model's memory
    const slots = Math.max(16, Math.ceil(n / MAX_LOAD));
    const table = new Int32Array(slots * 4);
    const scale = new Float32Array(table.buffer);
    const weights = p.weights;
    const nonZero = nonZeroPositions(weights);
    // the rows too large to inline, counted first so that one array holds them all
    const nzOf = new Uint16Array(n);
    for (let j = 0; j < nonZero.length; j++) nzOf[(nonZero[j]! / k) | 0]!++;
    let outside = 0;
    for (let r = 0; r < n; r++) if (nzOf[r]! > INLINE) outside += nzOf[r]!;
    const pairs = new Uint16Array(outside);
    let used = 0;
    for (let r = 0, j = 0; r < n; r++) {
      const nz = nzOf[r]!;
      const s = scales[r]!;
      if (!(s > 0) || nz === 0) {
        j += nz; // a row of zeros scores nothing
        continue;
      }
      const key = keys[r]! | 0;
      let slot = slotOf(key, slots);
      while (table[slot * 4 + 1] !== 0) slot = slot + 1 === slots ? 0 : slot + 1;
      const e = slot * 4;
      table[e] = key;
      const base = r * k;
      if (nz <= INLINE) {
        scale[e + 1] = s;
        for (let t = 0; t < nz; t++, j++) {
          const at = nonZero[j]!;
          const pair = ((at - base) << 8) | (weights[at]! & 0xff);
          table[e + 2 + (t >> 1)] |= t & 1 ? pair << 16 : pair;
        }
      } else {
        scale[e + 1] = -s;
        table[e + 2] = used;
        table[e + 3] = nz;
        for (let t = 0; t < nz; t++, j++) {
          const at = nonZero[j]!;
          pairs[used++] = ((at - base) << 8) | (weights[at]! & 0xff);
        }
      }
    }
    return new RowTable(k, n, table, pairs);
  }

  /** Adds the rows of `features[0..count)` into `out`, which is zeroed first. */
  scores(features: ArrayLike<number>, count: number, out: Float32Array): Float32Array {
    out.fill(0, 0, this.classes);
    return this.add(features, 0, count, out);
  }

  /**
   * Adds the rows of `features[from..to)` into `out` (not zeroed), in feature order: a caller
   * may start from a saved sum of the first features and get the same floats as `scores`.
   */
  add(features: ArrayLike<number>, from: number, to: number, out: Float32Array): Float32Array {
    const table = this.table;
    const scale = this.scale;
    const starts = this.touch(features, from, to);
    for (let i = from; i < to; i++) {
      const e = this.probe(features[i]! | 0, starts[i]!);
      if (e < 0) continue;
      const s = scale[e + 1]!;
      if (s > 0) {
        addPair(out, table[e + 2]! & 0xffff, s);
        addPair(out, table[e + 2]! >>> 16, s);
        addPair(out, table[e + 3]! & 0xffff, s);
        addPair(out, table[e + 3]! >>> 16, s);
      } else {
        const pairs = this.pairs;
        const from = table[e + 2]!;
        const to = from + table[e + 3]!;
        // packed pairs are never zero (only non-zero weights are packed): no test per pair
        const m = -s;
        for (let j = from; j < to; j++) {
          const pair = pairs[j]!;
          out[pair >>> 8]! += ((pair << 24) >> 24) * m;
        }
      }
    }
    return out;
  }

  /**
   * First touches every feature's slot: the loads are independent, so the CPU overlaps their
   * cache misses instead of waiting for each in turn inside the probing loop. The first slot of
   * each feature of `features[from..to)`, at the same index.
   */
  private touch(features: ArrayLike<number>, from: number, to: number): Int32Array {
    const table = this.table;
    const slots = this.slots;
    if (this.starts.length < to) this.starts = new Int32Array(to * 2);
    const starts = this.starts;
    let touched = 0;
    for (let i = from; i < to; i++) {
      const e = slotOf(features[i]! | 0, slots) * 4;
      starts[i] = e;
      touched |= table[e]!;
    }
    this.touched = touched;
    return starts;
  }

  /** The entry of `key` by linear probing from slot offset `e`, or -1 when it is absent. */
  private probe(key: number, e: number): number {
    const table = this.table;
    const end = this.slots * 4;
    for (;;) {
      if (table[e + 1] === 0) return -1;
      if (table[e] === key) return e;
      e += 4;
      if (e === end) e = 0;
    }
  }

  /**
   * Adds the rows of `features[from..to)` into `out[at..at + classes)` as doubles (no float32
   * rounding) and the sum of the absolute values of all these products into `out[at + classes]`:
   * for callers that add in another order and bound the difference from `scores` by it (see
   * src/nlp/learn/rounding.ts).
   */
  addWide(features: ArrayLike<number>, from: number, to: number, out: Float64Array, at: number): void {
    const table = this.table;
    const scale = this.scale;
    const starts = this.touch(features, from, to);
    let abs = 0;
    for (let i = from; i < to; i++) {
      const e = this.probe(features[i]! | 0, starts[i]!);
      if (e < 0) continue;
      const s = scale[e + 1]!;
      if (s > 0) {
        abs += widePair(out, at, table[e + 2]! & 0xffff, s);
        abs += widePair(out, at, table[e + 2]! >>> 16, s);
        abs += widePair(out, at, table[e + 3]! & 0xffff, s);
        abs += widePair(out, at, table[e + 3]! >>> 16, s);
      } else {
        const pairs = this.pairs;
        const first = table[e + 2]!;
        const last = first + table[e + 3]!;
        const m = -s;
        for (let j = first; j < last; j++) {
          const pair = pairs[j]!; // never zero (see add)
          const p = ((pair << 24) >> 24) * m;
          out[at + (pair >>> 8)]! += p;
          abs += Math.abs(p);
        }
      }
    }
    out[at + this.classes]! += abs;
  }

  /** Bytes held (table and packed rows), for reports. */
  get bytes(): number {
    return this.table.byteLength + this.pairs.byteLength;
  }
}

function addPair(out: Float32Array, pair: number, s: number): void {
  if ((pair & 0xff) === 0) return;
  out[pair >>> 8]! += ((pair << 24) >> 24) * s;
}

/** addPair into doubles at an offset; returns |product|. */
function widePair(out: Float64Array, at: number, pair: number, s: number): number {
  if ((pair & 0xff) === 0) return 0;
  const p = ((pair << 24) >> 24) * s;
  out[at + (pair >>> 8)]! += p;
  return Math.abs(p);
}

/**
 * Positions of the non-zero bytes of `w`, ascending. Model weights are ~97% zeros, so the scan
 * reads four bytes at a time (this runs once per model load over tens of megabytes).
 */
function nonZeroPositions(w: Int8Array): Int32Array {
  const bytes = new Uint8Array(w.buffer, w.byteOffset, w.length);
  const len = bytes.length;
  let out = new Int32Array(1 << 16);
  let n = 0;
  const push = (at: number) => {
    if (n === out.length) {
      const grown = new Int32Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    out[n++] = at;
  };
  const head = Math.min(len, (4 - (bytes.byteOffset & 3)) & 3);
  for (let i = 0; i < head; i++) if (bytes[i] !== 0) push(i);
  const words = new Int32Array(bytes.buffer, bytes.byteOffset + head, (len - head) >> 2);
  for (let j = 0; j < words.length; j++) {
    if (words[j] === 0) continue;
    const b = head + j * 4;
    for (let t = 0; t < 4; t++) if (bytes[b + t] !== 0) push(b + t);
  }
  for (let i = head + words.length * 4; i < len; i++) if (bytes[i] !== 0) push(i);
  return out.subarray(0, n);
}

/** The slot of a feature hash in a table of `slots` (spread, then scaled down by multiplication). */
function slotOf(key: number, slots: number): number {
  let h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  h ^= h >>> 16;
  // (h · slots) / 2^32 is exact in a double and lands in [0, slots)
  return (((h >>> 0) * slots) / 4294967296) >>> 0;
}
