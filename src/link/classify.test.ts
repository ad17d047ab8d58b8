import { describe, expect, it } from 'vitest';
import { compareDates, decideDirection, garbling } from './classify.js';

const meta = (
  id: string,
  published: string | null = null,
  outlet: string | null = null,
  originalSource: string | null = null,
) => ({ id, published, outlet, originalSource });
const rewrite = { type: 'rewrite' as const, score: 0.8, aIsContainer: null };

describe('classify', () => {
  it('compares dates, day-only against timestamps by day', () => {
    expect(compareDates('2022-01-10T14:58:00+05:30', '2022-01-11')).toBe(-1);
    expect(compareDates('2022-01-10T14:58:00+05:30', '2022-01-10')).toBe(0);
    expect(compareDates(null, '2022-01-10')).toBe(0);
    expect(compareDates('garbage', '2022-01-10')).toBe(0);
  });
  it('direction: credit first, then dates, then garbling, then length', () => {
    const none = { a: 0, b: 0 };
    // a credits b's outlet, although b is later
    expect(
      decideDirection(
        meta('a', '2022-01-01', 'Blog', 'Wire'),
        meta('b', '2022-01-05', 'Wire'),
        rewrite,
        none,
        100,
        100,
      ).from,
    ).toBe('a');
    expect(
      decideDirection(meta('a', '2022-01-01'), meta('b', '2022-01-05'), rewrite, none, 100, 100).from,
    ).toBe('b');
    expect(decideDirection(meta('a'), meta('b'), rewrite, { a: 0, b: 2 }, 100, 100).from).toBe('b');
    expect(decideDirection(meta('a'), meta('b'), rewrite, none, 80, 100).from).toBe('a');
    expect(
      decideDirection(meta('a'), meta('b'), { type: 'excerpt', score: 1, aIsContainer: true }, none, 50, 300)
        .from,
    ).toBe('a');
  });
  it('garbling: the side that also uses the other spelling is inconsistent', () => {
    const g = garbling([{ a: 'aker', b: 'akar' }], new Set(['aker', 'akar']), new Set(['akar']));
    expect(g).toEqual({ a: 1, b: 0 });
  });
});
