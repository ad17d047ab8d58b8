import { describe, expect, it } from 'vitest';
import { foldWord, segmentCount, skeleton, tokenize } from './normalize.js';

describe('normalize', () => {
  it('folds case and diacritics', () => {
    expect(foldWord('Türkiye')).toBe('turkiye');
    expect(foldWord('Łódź')).toBe('lodz');
    expect(foldWord('ABC')).toBe('abc');
  });
  it('gives misspelt names the same consonant skeleton', () => {
    expect(skeleton('taleberdi')).toBe(skeleton('tleuberdi'));
    expect(skeleton('akar')).toBe(skeleton('aker'));
    expect(skeleton('the')).toBe('the');
    expect(skeleton('2022')).toBe('2022');
  });
  it('tokenises with offsets into the original text and keeps figures whole', () => {
    const t = tokenize('Mr. Ödön paid 1,500 dlrs. Then he left!');
    expect(t.words).toEqual(['mr', 'odon', 'paid', '1,500', 'dlrs', 'then', 'he', 'left']);
    for (let i = 0; i < t.words.length; i++)
      expect(foldWord(t.text.slice(t.starts[i], t.ends[i]))).toBe(t.words[i]);
    // "Mr." is not a sentence end; "dlrs." is.
    expect(segmentCount(t)).toBe(2);
    expect(t.segProse[0]).toBe(1);
  });
  it('survives bad input', () => {
    expect(tokenize(undefined as unknown as string).words).toEqual([]);
    expect(segmentCount(tokenize(''))).toBe(0);
  });
});
