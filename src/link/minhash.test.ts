import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  docSignature,
  estimateJaccard,
  minhash,
  passageKeys,
  NUM_HASHES,
  BANDS,
} from './minhash.js';
import { tokenize } from './normalize.js';
import { ORIGINAL, REWRITE, UNRELATED } from './fixtures.test-helpers.js';

describe('minhash', () => {
  it('is deterministic and 32-bit', () => {
    const a = minhash([1, 2, 3], 16);
    expect(Array.from(a)).toEqual(Array.from(minhash([3, 2, 1], 16)));
    for (const v of a) expect(v).toBeLessThanOrEqual(0xffffffff);
  });
  it('estimates Jaccard: identical texts 1, unrelated near 0', () => {
    const s1 = docSignature(tokenize(ORIGINAL));
    expect(s1).toHaveLength(NUM_HASHES);
    expect(estimateJaccard(s1, docSignature(tokenize(ORIGINAL)))).toBe(1);
    expect(estimateJaccard(s1, docSignature(tokenize(UNRELATED)))).toBeLessThan(0.1);
  });
  it('band keys: one per band, shared by identical texts, none for empty text', () => {
    const k1 = bandKeys(docSignature(tokenize(ORIGINAL)));
    expect(k1).toHaveLength(BANDS);
    expect(new Set(k1).size).toBe(BANDS);
    expect(bandKeys(docSignature(tokenize(ORIGINAL)))).toEqual(k1);
    expect(bandKeys(docSignature(tokenize('')))).toEqual([]);
    const k2 = new Set(bandKeys(docSignature(tokenize(UNRELATED))));
    expect(k1.filter((k) => k2.has(k))).toHaveLength(0);
  });
  it('passage keys survive paraphrase and are serialisable strings', () => {
    const p1 = passageKeys(tokenize(ORIGINAL));
    const p2 = new Set(passageKeys(tokenize(REWRITE)));
    const p3 = new Set(passageKeys(tokenize(UNRELATED)));
    expect(p1.every((k) => typeof k === 'string' && /^p\d:[0-9a-f]{8}$/.test(k))).toBe(true);
    expect(p1.filter((k) => p2.has(k)).length).toBeGreaterThanOrEqual(3);
    expect(p1.filter((k) => p3.has(k))).toHaveLength(0);
  });
});
