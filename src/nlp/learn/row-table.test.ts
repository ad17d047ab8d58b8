import { describe, expect, it } from 'vitest';
import { feature, seededRandom } from './hash.js';
import { BucketTable } from './bucket-table.js';
import { GroupCache } from './group-cache.js';
import { certainArgmax } from './rounding.js';
import { RowTable } from './row-table.js';
import { CompactPerceptron } from './sparse.js';

/** Compact weights with rows of every density: empty, 1–4 non-zeros (inline), and dense. */
function randomCompact(classes: number, rows: number, seed: number): CompactPerceptron {
  const random = seededRandom(seed);
  const keys = Uint32Array.from({ length: rows }, (_, r) => feature(9, r));
  const scales = Float32Array.from({ length: rows }, () => 0.001 + random());
  const weights = new Int8Array(rows * classes);
  for (let r = 0; r < rows; r++) {
    const density = [0, 0.02, 0.05, 0.3, 1][r % 5]!;
    for (let c = 0; c < classes; c++)
      if (random() < density) weights[r * classes + c] = Math.round(random() * 254) - 127 || 1;
  }
  return new CompactPerceptron(classes, keys, scales, weights);
}

describe('RowTable', () => {
  it('scores exactly as the dense compact rows it was built from', () => {
    for (const classes of [3, 51, 102]) {
      const dense = randomCompact(classes, 2000, classes);
      const table = RowTable.from(CompactPerceptron.parts(dense.serialize()));
      const random = seededRandom(classes + 1);
      const a = new Float32Array(classes);
      const b = new Float32Array(classes);
      for (let t = 0; t < 200; t++) {
        // present features and absent ones (keys no row has)
        const f = Uint32Array.from({ length: 40 }, () =>
          random() < 0.7 ? feature(9, Math.floor(random() * 2000)) : feature(8, t),
        );
        expect(table.scores(f, f.length, a)).toEqual(dense.scores(f, f.length, b));
      }
    }
  });

  it('adds a range onto a saved prefix to the same floats as scoring all at once', () => {
    const dense = randomCompact(102, 500, 5);
    const table = RowTable.from(dense);
    const f = Uint32Array.from({ length: 30 }, (_, i) => feature(9, i * 7));
    const whole = table.scores(f, 30, new Float32Array(102));
    const prefix = table.add(f, 0, 11, new Float32Array(102));
    expect(table.add(f, 11, 30, Float32Array.from(prefix))).toEqual(whole);
  });

  it('sums rows as doubles with their absolute sum, to rounding of the float32 scores', () => {
    const dense = randomCompact(51, 2000, 3);
    const table = RowTable.from(dense);
    const random = seededRandom(4);
    for (let t = 0; t < 100; t++) {
      const f = Uint32Array.from({ length: 30 }, () => feature(9, Math.floor(random() * 2000)));
      const b = dense.scores(f, f.length, new Float32Array(51));
      const wide = new Float64Array(53);
      table.addWide(f, 0, f.length, wide, 1);
      let abs = 0;
      for (const key of f) {
        const r = dense.row(key);
        if (r >= 0)
          for (let c = 0; c < 51; c++) abs += Math.abs(dense.weights[r * 51 + c]! * dense.scales[r]!);
      }
      for (let c = 0; c < 51; c++)
        expect(Math.abs(wide[1 + c]! - b[c]!)).toBeLessThanOrEqual(f.length * 2 ** -23 * abs);
      expect(wide[52]).toBeCloseTo(abs, 9);
      expect(wide[0]).toBe(0);
    }
  });

  it('refuses more than 256 classes', () => {
    expect(() => RowTable.from(randomCompact(300, 3, 1))).toThrow(RangeError);
  });
});

describe('BucketTable', () => {
  it('scores exactly as the dense compact rows, and sums them as doubles with their absolute sum', () => {
    for (const classes of [2, 3, 4]) {
      // 20,000 rows: buckets overflow into their neighbours
      const dense = randomCompact(classes, 20_000, classes + 10);
      const table = BucketTable.from(CompactPerceptron.parts(dense.serialize()));
      const random = seededRandom(classes);
      const a = new Float32Array(classes);
      const b = new Float32Array(classes);
      for (let t = 0; t < 300; t++) {
        const f = Uint32Array.from({ length: 40 }, () =>
          random() < 0.7 ? feature(9, Math.floor(random() * 20_000)) : feature(8, t),
        );
        expect(table.scores(f, f.length, a)).toEqual(dense.scores(f, f.length, b));
        const wide = new Float64Array(classes + 3);
        table.addWide(f, 0, f.length, wide, 2);
        let abs = 0;
        for (let i = 0; i < f.length; i++) {
          const r = dense.row(f[i]!);
          if (r >= 0)
            for (let c = 0; c < classes; c++)
              abs += Math.abs(dense.weights[r * classes + c]! * dense.scales[r]!);
        }
        // the float32 sums differ from the doubles by rounding only (rounding.ts's bound)
        for (let c = 0; c < classes; c++)
          expect(Math.abs(wide[2 + c]! - b[c]!)).toBeLessThanOrEqual(f.length * 2 ** -23 * abs);
        expect(wide[2 + classes]).toBeCloseTo(abs, 9);
      }
    }
  });

  it('refuses more than 4 classes', () => {
    expect(() => BucketTable.from(randomCompact(5, 3, 1))).toThrow(RangeError);
  });
});

describe('certainArgmax', () => {
  it('takes the best allowed class only when rounding cannot change it', () => {
    const s = Float64Array.of(1, 3, 2);
    expect(certainArgmax(s, 3, 0b111, 10, 100)).toBe(1);
    expect(certainArgmax(s, 3, 0b101, 10, 100)).toBe(2); // class 1 not allowed
    expect(certainArgmax(Float64Array.of(1, 1 + 1e-9, 0), 3, 0b111, 10, 100)).toBe(-1); // too close
    expect(certainArgmax(Float64Array.of(2, 2, 0), 3, 0b111, 0, 100)).toBe(-1); // a tie
    expect(certainArgmax(s, 3, 0, 10, 100)).toBe(-1); // nothing allowed
    // all of 40 classes allowed but one (the parser's labels but the root)
    const many = Float64Array.from({ length: 40 }, (_, c) => (c === 35 ? 9 : c === 3 ? 5 : 0));
    expect(certainArgmax(many, 40, -1, 10, 100)).toBe(35);
    expect(certainArgmax(many, 40, -1, 10, 100, 35)).toBe(3);
  });
});

describe('GroupCache', () => {
  it('finds what it holds, compares whole keys, and replaces on collision', () => {
    const cache = new GroupCache(2, 3); // four slots: collisions certain
    const keys = Array.from({ length: 20 }, (_, i) => [i, 0xffffffff - i, i * 7, -i] as const);
    for (const [a, b, c, d] of keys) {
      const slot = cache.slot(a, b, c, d);
      const at = cache.claim(slot, a, b, c, d);
      cache.values[at] = a;
      expect(cache.has(slot, a, b, c, d)).toBe(true);
      expect(cache.has(slot, a, b, c, d + 1)).toBe(false);
    }
    let held = 0;
    for (const [a, b, c, d] of keys) {
      const slot = cache.slot(a, b, c, d);
      if (cache.has(slot, a, b, c, d)) {
        held++;
        expect(cache.values[slot * cache.width]).toBe(a);
      }
    }
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThanOrEqual(4);
  });
});
