import { describe, expect, it } from 'vitest';
import { feature, seededRandom } from './hash.js';
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

  it('refuses more than 256 classes', () => {
    expect(() => RowTable.from(randomCompact(300, 3, 1))).toThrow(RangeError);
  });
});
