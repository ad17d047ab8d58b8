/**
 * A sparse multi-class averaged perceptron keyed by full 32-bit feature hashes (no bucket
 * collisions): the learner of the English tagger, the parser's transition and label classifiers.
 * A feature gets a weight row the first time an update touches it, so memory follows the
 * features that matter, not a hash-table size.
 *
 * Training keeps per weight the running total and the step it last changed (lazy averaging,
 * Collins 2002). `compact()` gives the inference form: averaged weights quantised to int8 with
 * one scale per row, rows whose largest |weight| is at most `prune` dropped, looked up through an
 * open-addressing table of the feature hashes. That form is what the model files store.
 */

export class SparsePerceptron {
  readonly classes: number;
  private readonly rowOf = new Map<number, number>();
  private weights: Float32Array;
  private totals: Float64Array;
  private stamps: Uint32Array;
  private rows = 0;
  private step = 0;

  constructor(classes: number) {
    if (!Number.isInteger(classes) || classes < 2)
      throw new RangeError('a perceptron needs at least 2 classes');
    this.classes = classes;
    this.weights = new Float32Array(1024 * classes);
    this.totals = new Float64Array(1024 * classes);
    this.stamps = new Uint32Array(1024 * classes);
  }

  get size(): number {
    return this.rows;
  }

  /** Adds the rows of `features[0..count)` into `out`, which is zeroed first. */
  scores(features: ArrayLike<number>, count: number, out: Float32Array): Float32Array {
    const k = this.classes;
    const w = this.weights;
    out.fill(0, 0, k);
    for (let i = 0; i < count; i++) {
      const r = this.rowOf.get(features[i]!);
      if (r === undefined) continue;
      const base = r * k;
      for (let c = 0; c < k; c++) out[c]! += w[base + c]!;
    }
    return out;
  }

  /** Advances the averaging clock: once per training instance. */
  tick(): void {
    this.step++;
  }

  update(truth: number, guess: number, features: ArrayLike<number>, count: number): void {
    if (truth === guess) return;
    this.add(truth, features, count, 1);
    if (guess >= 0) this.add(guess, features, count, -1);
  }

  add(cls: number, features: ArrayLike<number>, count: number, delta: number): void {
    const k = this.classes;
    for (let i = 0; i < count; i++) {
      const f = features[i]!;
      let r = this.rowOf.get(f);
      if (r === undefined) {
        r = this.rows++;
        this.rowOf.set(f, r);
        if (this.rows * k > this.weights.length) this.grow();
      }
      const at = r * k + cls;
      this.totals[at]! += (this.step - this.stamps[at]!) * this.weights[at]!;
      this.stamps[at] = this.step;
      this.weights[at]! += delta;
    }
  }

  private grow(): void {
    const size = this.weights.length * 2;
    const w = new Float32Array(size);
    w.set(this.weights);
    const t = new Float64Array(size);
    t.set(this.totals);
    const s = new Uint32Array(size);
    s.set(this.stamps);
    this.weights = w;
    this.totals = t;
    this.stamps = s;
  }

  /** The averaged weights in inference form (int8 rows with a scale, pruned). */
  compact(prune = 0): CompactPerceptron {
    const k = this.classes;
    const steps = Math.max(1, this.step);
    const keys: number[] = [];
    const scales: number[] = [];
    const kept: Float32Array[] = [];
    const entries = [...this.rowOf.entries()].sort((a, b) => a[0] - b[0]);
    const avg = new Float32Array(k);
    for (const [key, r] of entries) {
      let max = 0;
      for (let c = 0; c < k; c++) {
        const at = r * k + c;
        const v = (this.totals[at]! + (this.step - this.stamps[at]!) * this.weights[at]!) / steps;
        avg[c] = v;
        max = Math.max(max, Math.abs(v));
      }
      if (max <= prune || max === 0) continue;
      keys.push(key);
      scales.push(max / 127);
      kept.push(Float32Array.from(avg));
    }
    const q = new Int8Array(keys.length * k);
    kept.forEach((row, i) => {
      const s = scales[i]!;
      for (let c = 0; c < k; c++) q[i * k + c] = Math.round(row[c]! / s);
    });
    return new CompactPerceptron(k, Uint32Array.from(keys), Float32Array.from(scales), q);
  }
}

/** Inference-only weights: int8 rows with one scale each, found by feature hash. */
export class CompactPerceptron {
  readonly classes: number;
  readonly keys: Uint32Array;
  readonly scales: Float32Array;
  readonly weights: Int8Array;
  /** open addressing, key and row side by side (one cache line per probe): [key, row] pairs */
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(classes: number, keys: Uint32Array, scales: Float32Array, weights: Int8Array) {
    if (scales.length !== keys.length || weights.length !== keys.length * classes)
      throw new RangeError('compact perceptron blocks do not agree');
    this.classes = classes;
    this.keys = keys;
    this.scales = scales;
    this.weights = weights;
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.table = new Int32Array(size * 2).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]! | 0;
      let slot = slotOf(key) & this.mask;
      while (this.table[slot * 2 + 1] !== -1) slot = (slot + 1) & this.mask;
      this.table[slot * 2] = key;
      this.table[slot * 2 + 1] = i;
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /** Row index of a feature, -1 when it has no weights. */
  row(feature: number): number {
    const key = feature | 0;
    const table = this.table;
    let slot = slotOf(key) & this.mask;
    for (;;) {
      const r = table[slot * 2 + 1]!;
      if (r === -1) return -1;
      if (table[slot * 2] === key) return r;
      slot = (slot + 1) & this.mask;
    }
  }

  scores(features: ArrayLike<number>, count: number, out: Float32Array): Float32Array {
    const k = this.classes;
    const w = this.weights;
    out.fill(0, 0, k);
    for (let i = 0; i < count; i++) {
      const r = this.row(features[i]!);
      if (r < 0) continue;
      const s = this.scales[r]!;
      const base = r * k;
      for (let c = 0; c < k; c++) out[c]! += w[base + c]! * s;
    }
    return out;
  }

  /** A copy without the rows whose largest |weight| is at most `prune`. */
  pruned(prune: number): CompactPerceptron {
    const k = this.classes;
    const keep: number[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.scales[i]! * 127 > prune) keep.push(i);
    const weights = new Int8Array(keep.length * k);
    keep.forEach((r, j) => weights.set(this.weights.subarray(r * k, r * k + k), j * k));
    return new CompactPerceptron(
      k,
      Uint32Array.from(keep, (r) => this.keys[r]!),
      Float32Array.from(keep, (r) => this.scales[r]!),
      weights,
    );
  }

  /** Bytes: uint32 classes, uint32 rows, keys, scales, int8 weights. */
  serialize(): Uint8Array {
    const n = this.keys.length;
    const out = new Uint8Array(8 + n * 8 + n * this.classes);
    const view = new DataView(out.buffer);
    view.setUint32(0, this.classes, true);
    view.setUint32(4, n, true);
    let at = 8;
    for (let i = 0; i < n; i++, at += 4) view.setUint32(at, this.keys[i]!, true);
    for (let i = 0; i < n; i++, at += 4) view.setFloat32(at, this.scales[i]!, true);
    out.set(new Uint8Array(this.weights.buffer, this.weights.byteOffset, this.weights.byteLength), at);
    return out;
  }

  static deserialize(bytes: Uint8Array): CompactPerceptron {
    const { classes, keys, scales, weights } = CompactPerceptron.parts(bytes);
    return new CompactPerceptron(classes, keys, scales, Int8Array.from(weights));
  }

  /**
   * The blocks of serialised weights without building the lookup table (for conversion to
   * another inference form): keys and scales copied (they may be unaligned), the int8 weights a
   * view into `bytes`.
   */
  static parts(bytes: Uint8Array): {
    classes: number;
    keys: Uint32Array;
    scales: Float32Array;
    weights: Int8Array;
  } {
    if (bytes.byteLength < 8) throw new RangeError('compact perceptron is truncated');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const k = view.getUint32(0, true);
    const n = view.getUint32(4, true);
    if (k < 2 || bytes.byteLength !== 8 + n * 8 + n * k)
      throw new RangeError('compact perceptron has the wrong length');
    const keys = new Uint32Array(n);
    const scales = new Float32Array(n);
    let at = 8;
    for (let i = 0; i < n; i++, at += 4) keys[i] = view.getUint32(at, true);
    for (let i = 0; i < n; i++, at += 4) scales[i] = view.getFloat32(at, true);
    const weights = new Int8Array(bytes.buffer, bytes.byteOffset + at, n * k);
    return { classes: k, keys, scales, weights };
  }
}

function slotOf(key: number): number {
  let h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  h ^= h >>> 16;
  return h >>> 0;
}
