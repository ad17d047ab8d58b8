import { describe, expect, it } from 'vitest';
import { chooseCandidates, type Postings, type SketchedDoc } from './store-link.js';

const d = (id: string, keys: string[]): SketchedDoc => ({
  doc: { id, text: '', title: null, published: null, outlet: null, originalSource: null },
  signature: [],
  keys,
});

describe('chooseCandidates', () => {
  it('orders by shared keys, skips boilerplate keys and needs three passage keys', () => {
    const common = Array.from({ length: 300 }, (_, i) => `s${String(i).padStart(3, '0')}`);
    const stored: Postings = new Map([
      ['b1', { n: 2, docs: ['s1', 's2'] }],
      ['b2', { n: 1, docs: ['s2'] }],
      ['bX', { n: 300, docs: common.slice(0, 257) }], // a key on 300 documents says nothing
      ['p1', { n: 1, docs: ['s3'] }],
      ['p2', { n: 1, docs: ['s3'] }],
      ['p3', { n: 2, docs: ['s3', 's4'] }],
    ]);
    expect(
      chooseCandidates([d('new', ['b1', 'b2', 'bX', 'p1', 'p2', 'p3'])], stored, {
        batchCountsAsStored: false,
      }),
    ).toEqual([['s3', 's2', 's1']]);
  });

  it('lets later documents of a batch see earlier ones only when asked', () => {
    const docs = [d('a', ['b1']), d('b', ['b1'])];
    expect(chooseCandidates(docs, new Map(), { batchCountsAsStored: true })).toEqual([[], ['a']]);
    expect(chooseCandidates(docs, new Map(), { batchCountsAsStored: false })).toEqual([[], []]);
  });

  it('never proposes a document as its own candidate', () => {
    expect(
      chooseCandidates([d('a', ['b1'])], new Map([['b1', { n: 1, docs: ['a'] }]]), {
        batchCountsAsStored: false,
      }),
    ).toEqual([[]]);
  });
});
