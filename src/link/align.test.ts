import { describe, expect, it } from 'vitest';
import { align, boundedEdit, fuzzyWordMatch } from './align.js';
import { tokenize } from './normalize.js';
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

describe('align', () => {
  it('bounded edit distance counts a transposition as one edit', () => {
    expect(boundedEdit('kitten', 'sitting', 3)).toBe(3);
    expect(boundedEdit('morgan', 'mogran', 2)).toBe(1);
    expect(boundedEdit('abc', 'abcdef', 1)).toBe(2);
  });
  it('matches misspelt words but not different figures or short words', () => {
    expect(fuzzyWordMatch('tleuberdi', 'taleberdi')).toBe(true);
    expect(fuzzyWordMatch('akar', 'aker')).toBe(true);
    expect(fuzzyWordMatch('iran', 'iraq')).toBe(false);
    expect(fuzzyWordMatch('1995', '1996')).toBe(false);
  });
  it('finds the verbatim passage with offsets in both texts', () => {
    const passage = ORIGINAL.slice(0, ORIGINAL.indexOf('The agreement'));
    const host = `${FILLER}\n\n${passage}\n\n${UNRELATED}`;
    const al = align(tokenize(ORIGINAL), tokenize(host));
    expect(al.passages).toHaveLength(1);
    const p = al.passages[0]!;
    expect(ORIGINAL.slice(p.aStart, p.aEnd)).toBe(host.slice(p.bStart, p.bEnd));
    expect(p.aStart).toBe(0);
    expect(al.longestPassage).toBeGreaterThan(40);
    expect(al.uncoveredProseB).toBeGreaterThan(30);
  });
  it('aligns a paraphrase sentence by sentence and notes the spelling variant', () => {
    const al = align(tokenize(REWRITE), tokenize(ORIGINAL));
    expect(al.fuzzyCovA).toBeGreaterThan(0.8);
    expect(al.matchedSegments).toBeGreaterThanOrEqual(4);
    expect(al.order).toBeLessThan(1);
    expect(al.variants).toContainEqual({ a: 'kalvanni', b: 'kalvani' });
    expect(al.exactCovA).toBeLessThan(0.9);
  });
  it('matches a name with one letter dropped, never four-letter consonant swaps', () => {
    expect(fuzzyWordMatch('houe', 'house')).toBe(true);
    expect(fuzzyWordMatch('iran', 'iraq')).toBe(false);
    expect(fuzzyWordMatch('bonn', 'bern')).toBe(false);
  });
  it('template sentences: figure clashes, gap conflicts, no passage across other figures', () => {
    const al = align(tokenize(TEMPLATE_A), tokenize(TEMPLATE_B));
    expect(al.figureClashes).toBeGreaterThanOrEqual(1);
    expect(al.longestPassage).toBeLessThan(40);
    const n = align(tokenize(NOTICE_A), tokenize(NOTICE_B));
    expect(n.gapConflicts).toBeGreaterThanOrEqual(1);
    expect(n.figureCovA).toBeLessThan(1);
    const same = align(tokenize(NOTICE_A), tokenize(NOTICE_A));
    expect(same.gapConflicts).toBe(0);
    expect(same.figureClashes).toBe(0);
    expect(same.figureCovA).toBe(1);
  });
  it('notes whether the longest passage is quoted', () => {
    const passage = ORIGINAL.slice(0, ORIGINAL.indexOf('The agreement')).trim();
    const al = align(tokenize(ORIGINAL), tokenize(`${FILLER} He wrote: "${passage}" ${UNRELATED}`));
    expect(al.longestQuotedA).toBe(false);
    expect(al.longestQuotedB).toBe(true);
  });
  it('finds nothing between unrelated texts', () => {
    const al = align(tokenize(UNRELATED), tokenize(ORIGINAL));
    expect(al.passages).toHaveLength(0);
    expect(al.matchedSegments).toBe(0);
  });
});
