/**
 * A multi-class averaged perceptron over hashed features: the learner behind the tagger, the
 * parser's transition and label classifiers and the NER. Weights are one dense Float32Array of
 * `buckets × classes` (row = feature bucket), so scoring a feature is one contiguous row read.
 *
 * Training keeps, per weight, the running total and the step it was last changed, so averaging
 * costs O(changed weights) per update (the "lazy" averaged perceptron of Collins 2002 as used by
 * spaCy v1 and Honnibal's tagger). `finish()` replaces the weights by their averages.
 *
 * Serialised weights are sparse (only rows that are not all zero) and quantised to int8 with one
 * scale per row: a tagger or parser ships in a few MB and loads in milliseconds.
 */

export type PerceptronOptions = {
  classes: number;
  /** log2 of the number of feature buckets (hash table rows) */
  bits: number;
};

export class AveragedPerceptron {
  readonly classes: number;
  readonly bits: number;
  private readonly mask: number;
  private weights: Float32Array;
  // training-only state: running totals and the step each weight last changed
  private totals: Float64Array | null = null;
  private stamps: Uint32Array | null = null;
  private step = 0;
  /** keeps the touching loop of `scores` from being optimised away */
  touched = 0;

  constructor(options: PerceptronOptions, weights?: Float32Array) {
    if (!Number.isInteger(options.classes) || options.classes < 2)
      throw new RangeError('a perceptron needs at least 2 classes');
    if (!Number.isInteger(options.bits) || options.bits < 4 || options.bits > 26)
      throw new RangeError('bits must be an integer in 4..26');
    this.classes = options.classes;
    this.bits = options.bits;
    this.mask = (1 << options.bits) - 1;
    const size = (1 << options.bits) * options.classes;
    if (weights && weights.length !== size)
      throw new RangeError(`weights have ${weights.length} values, expected ${size}`);
    this.weights = weights ?? new Float32Array(size);
  }

  /** Adds the rows of `features[0..count)` into `out` (length ≥ classes), which is zeroed first. */
  scores(features: ArrayLike<number>, count: number, out: Float32Array): Float32Array {
    const k = this.classes;
    const w = this.weights;
    const mask = this.mask;
    out.fill(0, 0, k);
    // Touch every row first: the rows are scattered over the whole table, and independent loads
    // let the CPU wait for their cache misses together rather than one by one below.
    let touched = 0;
    for (let i = 0; i < count; i++) touched += w[(features[i]! & mask) * k]!;
    this.touched = touched;
    for (let i = 0; i < count; i++) {
      const row = (features[i]! & mask) * k;
      for (let c = 0; c < k; c++) out[c]! += w[row + c]!;
    }
    return out;
  }

  /** The best class among those `allowed` accepts (all when omitted); -1 if none is allowed. */
  best(scores: Float32Array, allowed?: (c: number) => boolean): number {
    let best = -1;
    let top = -Infinity;
    for (let c = 0; c < this.classes; c++) {
      if (allowed && !allowed(c)) continue;
      if (scores[c]! > top) {
        top = scores[c]!;
        best = c;
      }
    }
    return best;
  }

  /** Starts (or continues) training: allocates the averaging state. */
  beginTraining(): void {
    if (this.totals) return;
    this.totals = new Float64Array(this.weights.length);
    this.stamps = new Uint32Array(this.weights.length);
  }

  /** Call once per training instance, before its update: advances the averaging clock. */
  tick(): void {
    this.step++;
  }

  /** Standard perceptron update: +1 to the truth's weights, -1 to the guess's, when they differ. */
  update(truth: number, guess: number, features: ArrayLike<number>, count: number): void {
    if (truth === guess) return;
    this.add(truth, features, count, 1);
    if (guess >= 0) this.add(guess, features, count, -1);
  }

  /** Adds `delta` to the weight of `cls` for each feature (used by cost-sensitive updates too). */
  add(cls: number, features: ArrayLike<number>, count: number, delta: number): void {
    const totals = this.totals;
    const stamps = this.stamps;
    if (!totals || !stamps) throw new Error('beginTraining() must be called before updates');
    const k = this.classes;
    const w = this.weights;
    for (let i = 0; i < count; i++) {
      const at = (features[i]! & this.mask) * k + cls;
      totals[at]! += (this.step - stamps[at]!) * w[at]!;
      stamps[at] = this.step;
      w[at]! += delta;
    }
  }

  /** Ends training: every weight becomes its average over all steps; frees the training state. */
  finish(): void {
    const totals = this.totals;
    const stamps = this.stamps;
    if (!totals || !stamps) return;
    const w = this.weights;
    const steps = Math.max(1, this.step);
    for (let i = 0; i < w.length; i++) {
      const total = totals[i]! + (this.step - stamps[i]!) * w[i]!;
      w[i] = total / steps;
    }
    this.totals = null;
    this.stamps = null;
  }

  /**
   * Adds `factor` × the weights of a finished perceptron of the same shape: averaging the weights
   * of models trained on different orders of the data (the NER's `ensemble`) gives one model of
   * the same size whose decisions depend less on the order drawn.
   */
  addWeights(other: AveragedPerceptron, factor: number): void {
    if (other.classes !== this.classes || other.bits !== this.bits)
      throw new RangeError('perceptrons of different shapes');
    if (this.totals || other.totals) throw new Error('finish() both perceptrons first');
    const w = this.weights;
    const o = other.weights;
    for (let i = 0; i < w.length; i++) w[i]! += factor * o[i]!;
  }

  /** Multiplies every weight by `factor` (after training). */
  scaleWeights(factor: number): void {
    const w = this.weights;
    for (let i = 0; i < w.length; i++) w[i]! *= factor;
  }

  /** A copy of the current weights averaged so far, without ending training (for dev evaluation). */
  averagedCopy(): AveragedPerceptron {
    const copy = new AveragedPerceptron(
      { classes: this.classes, bits: this.bits },
      Float32Array.from(this.weights),
    );
    if (this.totals && this.stamps) {
      const steps = Math.max(1, this.step);
      for (let i = 0; i < copy.weights.length; i++) {
        copy.weights[i] = (this.totals[i]! + (this.step - this.stamps[i]!) * this.weights[i]!) / steps;
      }
    }
    return copy;
  }

  /**
   * Sparse int8 serialisation: header, then for each kept row its bucket (uint32), scale
   * (float32) and `classes` int8 values. Rows whose largest |weight| is ≤ `prune` are dropped.
   */
  serialize(prune = 0): Uint8Array {
    const k = this.classes;
    const w = this.weights;
    const rows = 1 << this.bits;
    const kept: number[] = [];
    const scales: number[] = [];
    for (let r = 0; r < rows; r++) {
      let max = 0;
      for (let c = 0; c < k; c++) max = Math.max(max, Math.abs(w[r * k + c]!));
      if (max > prune && max > 0) {
        kept.push(r);
        scales.push(max / 127);
      }
    }
    const headerBytes = 16;
    const rowBytes = 8 + k;
    const out = new Uint8Array(headerBytes + kept.length * rowBytes);
    const view = new DataView(out.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, k, true);
    view.setUint32(8, this.bits, true);
    view.setUint32(12, kept.length, true);
    let at = headerBytes;
    kept.forEach((r, i) => {
      const scale = scales[i]!;
      view.setUint32(at, r, true);
      view.setFloat32(at + 4, scale, true);
      for (let c = 0; c < k; c++) view.setInt8(at + 8 + c, Math.round(w[r * k + c]! / scale));
      at += rowBytes;
    });
    return out;
  }

  static deserialize(bytes: Uint8Array): AveragedPerceptron {
    const { view, k, bits, count, rowBytes } = readHeader(bytes);
    const model = new AveragedPerceptron({ classes: k, bits });
    const w = model.weights;
    let at = 16;
    for (let i = 0; i < count; i++) {
      const r = view.getUint32(at, true);
      const scale = view.getFloat32(at + 4, true);
      for (let c = 0; c < k; c++) w[r * k + c] = view.getInt8(at + 8 + c) * scale;
      at += rowBytes;
    }
    return model;
  }
}

const MAGIC = 0x50425230; // "0RBP"

/** The header of `AveragedPerceptron.serialize()` bytes, checked: classes, bits, kept rows. */
function readHeader(bytes: Uint8Array): {
  view: DataView;
  k: number;
  bits: number;
  count: number;
  rowBytes: number;
} {
  if (bytes.byteLength < 16) throw new RangeError('perceptron weights are truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new RangeError('not a perceptron weight block');
  const k = view.getUint32(4, true);
  const bits = view.getUint32(8, true);
  const count = view.getUint32(12, true);
  const rowBytes = 8 + k;
  if (bytes.byteLength !== 16 + count * rowBytes)
    throw new RangeError('perceptron weights have the wrong length');
  return { view, k, bits, count, rowBytes };
}

/**
 * The inference form of serialised AveragedPerceptron weights: the kept rows only, behind an
 * index by bucket, instead of the dense table of 2^bits rows that training needs (for the NER,
 * 2^20 buckets × 9 classes = 38 MB of floats, 88% of them in rows of zeros; this form is about
 * 9 MB). Each weight is the float32 that `deserialize()` stores (int8 × scale, rounded once) and
 * rows are added in feature order, so the scores are the same floats as the dense table's.
 */
export class PackedRows {
  readonly classes: number;
  private readonly mask: number;
  /** bucket → offset of its row in `rows`, -1 for a bucket without weights */
  private readonly index: Int32Array;
  private readonly rows: Float32Array;
  /** keeps the touching loop of `scores` from being optimised away */
  touched = 0;

  private constructor(classes: number, bits: number, index: Int32Array, rows: Float32Array) {
    this.classes = classes;
    this.mask = (1 << bits) - 1;
    this.index = index;
    this.rows = rows;
  }

  /** Reads `AveragedPerceptron.serialize()` bytes (same checks as `deserialize`). */
  static fromSerialized(bytes: Uint8Array): PackedRows {
    const { view, k, bits, count, rowBytes } = readHeader(bytes);
    if (k < 2 || bits < 4 || bits > 26) throw new RangeError('perceptron weights have a bad header');
    const index = new Int32Array(1 << bits).fill(-1);
    const rows = new Float32Array(count * k);
    let at = 16;
    for (let i = 0; i < count; i++) {
      const r = view.getUint32(at, true);
      if (r >>> bits !== 0) throw new RangeError('perceptron weights have a bucket out of range');
      const scale = view.getFloat32(at + 4, true);
      index[r] = i * k;
      for (let c = 0; c < k; c++) rows[i * k + c] = view.getInt8(at + 8 + c) * scale;
      at += rowBytes;
    }
    return new PackedRows(k, bits, index, rows);
  }

  /** As `AveragedPerceptron.scores`: the rows of `features[0..count)` summed into `out`. */
  scores(features: ArrayLike<number>, count: number, out: Float32Array): Float32Array {
    const k = this.classes;
    const index = this.index;
    const rows = this.rows;
    const mask = this.mask;
    out.fill(0, 0, k);
    let touched = 0;
    for (let i = 0; i < count; i++) touched |= index[features[i]! & mask]!;
    this.touched = touched;
    for (let i = 0; i < count; i++) {
      const row = index[features[i]! & mask]!;
      if (row < 0) continue; // a row of zeros adds nothing
      for (let c = 0; c < k; c++) out[c]! += rows[row + c]!;
    }
    return out;
  }

  /** Bytes held, for reports. */
  get bytes(): number {
    return this.index.byteLength + this.rows.byteLength;
  }
}
