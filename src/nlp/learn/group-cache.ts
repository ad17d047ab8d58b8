/**
 * A direct-mapped cache of partial scores: the summed rows of a group of features that are all
 * determined by a few atoms (a word and its tag in one parser role, a tag context…), keyed by
 * those atoms (up to four 32-bit values, signed or not, compared in full, so a hit is always the
 * right group).
 * Each slot holds `classes` doubles and the sum of the absolute values of their terms (for the
 * rounding bound of src/nlp/learn/rounding.ts). A colliding key replaces the slot's content:
 * memory stays fixed whatever the text.
 */
export class GroupCache {
  readonly width: number;
  readonly values: Float64Array;
  private readonly keys: Int32Array;
  private readonly filled: Uint8Array;
  private readonly shift: number;

  constructor(bits: number, classes: number) {
    this.width = classes + 1;
    this.values = new Float64Array((1 << bits) * this.width);
    this.keys = new Int32Array((1 << bits) * 4);
    this.filled = new Uint8Array(1 << bits);
    this.shift = 32 - bits;
  }

  /** The slot of a key: where it is, or where it goes. */
  slot(k0: number, k1: number, k2: number, k3: number): number {
    let h = Math.imul(k0, 0x9e3779b1) ^ Math.imul(k1, 0x85ebca77) ^ Math.imul(k2, 0xc2b2ae3d) ^ k3;
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    return (h ^ (h >>> 12)) >>> this.shift;
  }

  /** Whether `slot` holds this key. */
  has(slot: number, k0: number, k1: number, k2: number, k3: number): boolean {
    const o = slot * 4;
    const keys = this.keys;
    return (
      this.filled[slot] === 1 &&
      keys[o] === (k0 | 0) &&
      keys[o + 1] === (k1 | 0) &&
      keys[o + 2] === (k2 | 0) &&
      keys[o + 3] === (k3 | 0)
    );
  }

  /** Claims `slot` for a key; the caller then writes its values at `slot * width` (zeroed here). */
  claim(slot: number, k0: number, k1: number, k2: number, k3: number): number {
    const o = slot * 4;
    this.keys[o] = k0;
    this.keys[o + 1] = k1;
    this.keys[o + 2] = k2;
    this.keys[o + 3] = k3;
    this.filled[slot] = 1;
    const at = slot * this.width;
    this.values.fill(0, at, at + this.width);
    return at;
  }
}
