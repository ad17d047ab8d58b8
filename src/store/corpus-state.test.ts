import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mention, Quote } from '../model/index.js';
import { mentionsInside } from './corpus-state.js';

describe('mentionsInside', () => {
  it('finds exactly the mentions a filter over every mention finds, in input order', () => {
    const span = fc.tuple(fc.constantFrom('d1', 'd2'), fc.nat(200), fc.nat(30));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 80 }), fc.array(span, { maxLength: 20 }), (ms, qs) => {
        const mentions = ms.map(
          ([document, start, len], i) =>
            ({ document, start, end: start + len, entity: `e${i % 7}` }) as Mention,
        );
        const quotes = qs.map(
          ([document, start, len]) => ({ document, start, end: start + 3 * len }) as Quote,
        );
        const inside = mentionsInside(mentions);
        for (const q of quotes)
          expect(inside(q)).toEqual(
            mentions.filter((m) => m.document === q.document && m.start >= q.start && m.end <= q.end),
          );
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});
