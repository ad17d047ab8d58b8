import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CopyIndex, compareDocs, sketch, type LinkDoc } from './index.js';
import {
  FILLER,
  NOTICE_A,
  NOTICE_B,
  ORIGINAL,
  REWRITE,
  TEMPLATE_A,
  TEMPLATE_B,
  UNRELATED,
} from './fixtures.test-helpers.js';

const doc = (id: string, text: string, extra: Partial<LinkDoc> = {}): LinkDoc => ({
  id,
  text,
  title: null,
  published: null,
  outlet: null,
  originalSource: null,
  ...extra,
});

describe('copy detection API', () => {
  it('gives the same link whichever document comes first', () => {
    // Edited copies of one text (words dropped, swapped, sentences cut): near every threshold.
    const words = `${ORIGINAL} ${REWRITE}`.split(/\s+/);
    const edited = fc
      .array(fc.tuple(fc.nat(words.length - 1), fc.constantFrom('drop', 'swap', 'keep')), {
        minLength: 5,
        maxLength: 60,
      })
      .map((edits) => {
        const w = [...words];
        for (const [i, op] of edits) {
          if (op === 'drop') w.splice(i % w.length, 1);
          else if (op === 'swap') w[i % w.length] = 'altered';
        }
        return w.join(' ');
      });
    fc.assert(
      fc.property(edited, edited, fc.boolean(), (x, y, later) => {
        const a = doc('a', x, { published: later ? '2022-01-02' : '2022-01-01' });
        const b = doc('b', y, { published: '2022-01-01' });
        expect(compareDocs(a, b)).toEqual(compareDocs(b, a));
      }),
      { numRuns: 60, seed: 11 },
    );
  });
  it('sketch is plain serialisable data', () => {
    const s = sketch(doc('x', ORIGINAL));
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s.signature.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
    expect(sketch(doc('e', '')).bandKeys).toEqual([]);
  });
  it('duplicate: same text, same outlet', () => {
    const l = compareDocs(
      doc('a', ORIGINAL, { outlet: 'Wire', published: '2022-01-01' }),
      doc('b', ORIGINAL, { outlet: 'Wire', published: '2022-01-02' }),
    );
    expect(l).toMatchObject({ from: 'b', to: 'a', type: 'duplicate' });
  });
  it('syndicated: same text with chrome on another outlet that credits the agency', () => {
    const copy = `Home | World | Business\n\n${ORIGINAL}\n\nShare this: Facebook Twitter Email`;
    const l = compareDocs(
      doc('orig', ORIGINAL, { outlet: 'Wire' }),
      doc('copy', copy, { outlet: 'Portal', originalSource: 'Wire' }),
    );
    expect(l).toMatchObject({ from: 'copy', to: 'orig', type: 'syndicated' });
    expect(l!.score).toBeGreaterThan(0.8);
  });
  it('rewrite: paraphrase with garbled name points from the rewrite', () => {
    const l = compareDocs(doc('orig', ORIGINAL), doc('rw', REWRITE));
    expect(l).toMatchObject({ from: 'rw', to: 'orig', type: 'rewrite' });
  });
  it('excerpt: a long passage inside other prose', () => {
    const passage = ORIGINAL.slice(0, ORIGINAL.indexOf('The agreement'));
    const host = `${FILLER}\n\nAs the wire put it: ${passage}\n\n${UNRELATED}`;
    const l = compareDocs(
      doc('src', ORIGINAL, { published: '2022-01-01' }),
      doc('blog', host, { published: '2022-01-03' }),
    );
    expect(l).toMatchObject({ from: 'blog', to: 'src', type: 'excerpt' });
  });
  it('excerpt direction without dates: the text that quotes the passage is the copy', () => {
    const passage = ORIGINAL.slice(0, ORIGINAL.indexOf('The agreement')).trim();
    const host = `${FILLER}\n\nAs the wire put it: "${passage}"\n\n${UNRELATED}`;
    const src = `${UNRELATED} ${ORIGINAL}`; // the source is longer than the quoting text
    for (const [x, y] of [
      [doc('src', src), doc('blog', host)],
      [doc('blog', host), doc('src', src)],
    ] as const) {
      expect(compareDocs(x, y)).toMatchObject({ from: 'blog', to: 'src', type: 'excerpt' });
    }
  });
  it('template stories (one frame, other names and figures) are not copies', () => {
    const a = doc('a', TEMPLATE_A, { outlet: 'Wire', published: '2022-01-01T10:00:00Z' });
    const b = doc('b', TEMPLATE_B, { outlet: 'Wire', published: '2022-01-03T10:00:00Z' });
    expect(compareDocs(a, b)).toBeNull();
    expect(compareDocs(b, a)).toBeNull();
    const n1 = doc('n1', NOTICE_A, { outlet: 'Wire' });
    const n2 = doc('n2', NOTICE_B, { outlet: 'Wire' });
    expect(compareDocs(n1, n2)).toBeNull();
    // …while the same notice re-sent is a duplicate.
    expect(compareDocs(n1, doc('n3', NOTICE_A, { outlet: 'Wire' }))?.type).toBe('duplicate');
  });
  it('a paraphrase that changes a figure is not a rewrite', () => {
    const changed = REWRITE.replace('1,200', '2,500').replace('March 14', 'April 30');
    const l = compareDocs(doc('orig', ORIGINAL), doc('rw', changed));
    expect(l?.type).not.toBe('rewrite');
  });
  it('no link between unrelated texts, for self, or for bad input', () => {
    expect(compareDocs(doc('a', ORIGINAL), doc('b', UNRELATED))).toBeNull();
    expect(compareDocs(doc('a', ORIGINAL), doc('a', ORIGINAL))).toBeNull();
    expect(compareDocs(doc('a', ''), doc('b', 'short text'))).toBeNull();
    expect(compareDocs(null as unknown as LinkDoc, doc('b', ORIGINAL))).toBeNull();
  });
  it('CopyIndex finds links to earlier documents through keys only', () => {
    const idx = new CopyIndex();
    expect(idx.add(doc('orig', ORIGINAL))).toEqual([]);
    expect(idx.add(doc('other', UNRELATED))).toEqual([]);
    const links = idx.add(doc('rw', REWRITE));
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ from: 'rw', to: 'orig', type: 'rewrite' });
    expect(idx.add(doc('orig', ORIGINAL))).toEqual([]); // same id again: ignored
    expect(idx.stats.candidatePairs).toBe(1); // the unrelated text was never compared
  });
});
