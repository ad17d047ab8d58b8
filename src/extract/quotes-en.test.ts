/**
 * Word tests of the English quote reader (quotes-en.ts) that must give the same answers as the
 * patterns they stand for.
 */
import { describe, expect, it } from 'vitest';
import { lyAdverb } from './quotes-en.js';

describe('lyAdverb', () => {
  it('answers as /^\\p{Ll}+ly$/u does, on adverbs, other words and bad input', () => {
    const words = [
      'repeatedly',
      'publicly',
      'early',
      'only',
      'ly',
      'y',
      '',
      'Publicly',
      'fly',
      'rally',
      'ably',
      'öffentlichly',
      'смелоly',
      'repeatedly.',
      're-ly',
      'italy',
      'Italy',
      'supply',
      'lyrics',
      '123ly',
      'ı̇ly',
    ];
    for (const w of words) expect([w, lyAdverb(w)]).toEqual([w, /^\p{Ll}+ly$/u.test(w)]);
  });
});
