import { describe, expect, it } from 'vitest';
import { AveragedPerceptron, PackedRows } from './perceptron.js';
import { feature, hashString, mix, seededRandom, shuffle } from './hash.js';
import { ModelFormatError, packModel, unpackModel } from './model-file.js';

describe('hashing', () => {
  it('is stable and order-sensitive', () => {
    expect(hashString('Kazakhstan')).toBe(hashString('Kazakhstan'));
    expect(hashString('Kazakhstan')).not.toBe(hashString('kazakhstan'));
    expect(mix(1, 2)).not.toBe(mix(2, 1));
    expect(feature(3, 7)).not.toBe(feature(4, 7));
  });
  it('gives the values the shipped weights were trained with (unsigned, whatever the inputs)', () => {
    expect(feature(3, 7)).toBe(2470383289);
    expect(feature(0, 0)).toBe(3078083027);
    expect(feature(5, 0xdeadbeef, 0x80000000, 12)).toBe(909649218);
    expect(feature(130, 0xffffffff, 4, 0x7fffffff)).toBe(2380735570);
    expect(mix(0x9e3779b9, 0xffffffff)).toBe(2180083513);
    expect(mix(1, 2)).toBe(3632475266);
  });
  it('shuffles deterministically with a seed', () => {
    const a = shuffle([1, 2, 3, 4, 5, 6, 7, 8], seededRandom(42));
    const b = shuffle([1, 2, 3, 4, 5, 6, 7, 8], seededRandom(42));
    expect(a).toEqual(b);
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

/** A toy task: the class is the index of the one informative feature among noise. */
function toyData(n: number, seed: number) {
  const random = seededRandom(seed);
  const items: { features: Uint32Array; label: number }[] = [];
  for (let i = 0; i < n; i++) {
    const label = Math.floor(random() * 3);
    const features = new Uint32Array([feature(1, label), feature(2, Math.floor(random() * 50))]);
    items.push({ features, label });
  }
  return items;
}

describe('AveragedPerceptron', () => {
  it('learns a separable task and survives int8 serialisation', () => {
    const model = new AveragedPerceptron({ classes: 3, bits: 16 });
    model.beginTraining();
    const scores = new Float32Array(3);
    for (let epoch = 0; epoch < 3; epoch++) {
      for (const x of toyData(300, epoch)) {
        model.tick();
        model.update(x.label, model.best(model.scores(x.features, 2, scores)), x.features, 2);
      }
    }
    model.finish();
    const test = toyData(200, 99);
    const accuracy = (m: AveragedPerceptron) =>
      test.filter((x) => m.best(m.scores(x.features, 2, scores)) === x.label).length / test.length;
    expect(accuracy(model)).toBeGreaterThan(0.97);
    const copy = AveragedPerceptron.deserialize(model.serialize());
    expect(accuracy(copy)).toBe(accuracy(model));
  });
  it('respects the allowed classes and refuses updates before training', () => {
    const model = new AveragedPerceptron({ classes: 3, bits: 6 });
    expect(model.best(new Float32Array([5, 1, 0]), (c) => c !== 0)).toBe(1);
    expect(model.best(new Float32Array([5, 1, 0]), () => false)).toBe(-1);
    expect(() => model.update(0, 1, [1], 1)).toThrow(/beginTraining/);
    expect(() => new AveragedPerceptron({ classes: 1, bits: 6 })).toThrow(RangeError);
  });
  it('rejects truncated or foreign weight blocks', () => {
    const bytes = new AveragedPerceptron({ classes: 2, bits: 4 }).serialize();
    expect(() => AveragedPerceptron.deserialize(bytes.subarray(0, 8))).toThrow(RangeError);
    expect(() => AveragedPerceptron.deserialize(new Uint8Array(16))).toThrow(/not a perceptron/);
  });
});

describe('PackedRows', () => {
  it('scores exactly as the dense weights deserialised from the same bytes', () => {
    const random = seededRandom(11);
    const p = new AveragedPerceptron({ classes: 9, bits: 10 });
    p.beginTraining();
    const f = new Uint32Array(12);
    for (let step = 0; step < 400; step++) {
      for (let i = 0; i < f.length; i++) f[i] = feature(i, Math.floor(random() * 60));
      p.tick();
      p.update(Math.floor(random() * 9), Math.floor(random() * 9), f, f.length);
    }
    p.finish();
    const bytes = p.serialize(0.05);
    const dense = AveragedPerceptron.deserialize(bytes);
    const packed = PackedRows.fromSerialized(bytes);
    expect(packed.classes).toBe(9);
    const a = new Float32Array(9);
    const b = new Float32Array(9);
    for (let t = 0; t < 300; t++) {
      // features with rows and without (pruned or never updated)
      for (let i = 0; i < f.length; i++) f[i] = feature(i, Math.floor(random() * 90));
      expect(packed.scores(f, f.length, a)).toEqual(dense.scores(f, f.length, b));
    }
  });

  it('rejects what deserialize rejects', () => {
    expect(() => PackedRows.fromSerialized(new Uint8Array(8))).toThrow(RangeError);
    const bytes = new AveragedPerceptron({ classes: 3, bits: 4 }).serialize();
    bytes[0] ^= 1;
    expect(() => PackedRows.fromSerialized(bytes)).toThrow(/not a perceptron/);
  });
});

describe('model files', () => {
  it('round-trips header and blocks, byte-identical for the same input', () => {
    const blocks = { a: new Uint8Array([1, 2, 3]), b: new Uint8Array([9]) };
    const packed = packModel('toy', 1, { labels: ['X', 'Y'] }, blocks);
    expect(packModel('toy', 1, { labels: ['X', 'Y'] }, blocks)).toEqual(packed);
    const file = unpackModel(packed, 'toy', 1);
    expect(file.meta).toEqual({ labels: ['X', 'Y'] });
    expect([...file.blocks.get('a')!]).toEqual([1, 2, 3]);
    expect([...file.blocks.get('b')!]).toEqual([9]);
  });
  it('fails clearly on the wrong kind, version or bytes', () => {
    const packed = packModel('toy', 1, {}, {});
    expect(() => unpackModel(packed, 'tagger', 1)).toThrow(ModelFormatError);
    expect(() => unpackModel(packed, 'toy', 2)).toThrow(/npm run train/);
    expect(() => unpackModel(new Uint8Array([1, 2, 3]), 'toy', 1)).toThrow(/gzip/);
  });
});
