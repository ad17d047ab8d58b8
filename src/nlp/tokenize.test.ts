import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

/** Token strings of `text`, with "|" before each new sentence. */
function words(text: string, lang = 'en'): string[] {
  const t = tokenize(text, lang);
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) {
    if (i > 0 && t.sentenceOf[i] !== t.sentenceOf[i - 1]) out.push('|');
    out.push(text.slice(t.starts[i], t.ends[i]));
  }
  return out;
}

describe('tokenize (English, EWT conventions)', () => {
  it('splits clitics and possessives as slices of the word', () => {
    expect(words("I don't think it's Bush's fault: we can't, won't and cannot go")).toEqual([
      'I',
      'do',
      "n't",
      'think',
      'it',
      "'s",
      'Bush',
      "'s",
      'fault',
      ':',
      'we',
      'ca',
      "n't",
      ',',
      'wo',
      "n't",
      'and',
      'can',
      'not',
      'go',
    ]);
    expect(words('They’re gonna see the parents’ house')).toEqual([
      'They',
      '’re',
      'gon',
      'na',
      'see',
      'the',
      'parents',
      '’',
      'house',
    ]);
  });
  it('splits punctuation off both ends and keeps runs of one mark together', () => {
    expect(words('"Hello," she said... and (really)!!!')).toEqual([
      '"',
      'Hello',
      ',',
      '"',
      'she',
      'said',
      '...',
      'and',
      '(',
      'really',
      ')',
      '!!!',
    ]);
  });
  it('splits hyphens between words but not after bound prefixes, nor in codes', () => {
    expect(words('Al-Zaman and the non-human pre-war e-mail about F-16s')).toEqual([
      'Al',
      '-',
      'Zaman',
      'and',
      'the',
      'non-human',
      'pre-war',
      'e-mail',
      'about',
      'F-16s',
    ]);
    expect(words('In 1969-1970 call 713-853-3989 or 646-8420')).toEqual([
      'In',
      '1969',
      '-',
      '1970',
      'call',
      '713-853-3989',
      'or',
      '646-8420',
    ]);
  });
  it('keeps URLs, e-mails, numbers, dates and abbreviations whole', () => {
    expect(
      words(
        'Mr. Smith paid $5.5 million (10%) on 11/28/2000 at 10:30 p.m. via http://www.x.com/a?b=1 and j.doe@x.org.',
      ),
    ).toEqual([
      'Mr.',
      'Smith',
      'paid',
      '$',
      '5.5',
      'million',
      '(',
      '10',
      '%',
      ')',
      'on',
      '11/28/2000',
      'at',
      '10:30',
      'p.m.',
      'via',
      'http://www.x.com/a?b=1',
      'and',
      'j.doe@x.org',
      '.',
    ]);
    expect(words('He met J. Doe and/or aides w/o notice')).toEqual([
      'He',
      'met',
      'J.',
      'Doe',
      'and',
      '/',
      'or',
      'aides',
      'w/o',
      'notice',
    ]);
  });
  it('gives a sentence-final period to the sentence unless an acronym or Inc-like word keeps it', () => {
    expect(words('He lives in the U.S. The firm is Acme Inc. He said no.')).toEqual([
      'He',
      'lives',
      'in',
      'the',
      'U.S.',
      '|',
      'The',
      'firm',
      'is',
      'Acme',
      'Inc.',
      '|',
      'He',
      'said',
      'no',
      '.',
    ]);
  });
});

describe('tokenize (generic rules for Russian, Turkish and others)', () => {
  it('keeps hyphens and apostrophes inside words, splits punctuation', () => {
    expect(words('Из-за «санкций», т.е. давления.', 'ru')).toEqual([
      'Из-за',
      '«',
      'санкций',
      '»',
      ',',
      'т.е.',
      'давления',
      '.',
    ]);
    expect(words("Türkiye'nin dış politikası (2015-2016) değişti.", 'tr')).toEqual([
      "Türkiye'nin",
      'dış',
      'politikası',
      '(',
      '2015-2016',
      ')',
      'değişti',
      '.',
    ]);
  });
});

describe('tokenize on bad input', () => {
  it('returns no tokens for empty or non-string input', () => {
    expect(tokenize('', 'en').length).toBe(0);
    expect(tokenize(undefined as unknown as string, 'en').length).toBe(0);
    expect(tokenize('   \n\t ', 'en').sentences).toEqual([]);
  });
  it('treats control characters and odd spaces as separators', () => {
    expect(words('abc\u0000def\u0007\u200bghi\ufeff')).toEqual(['abc', 'def', 'ghi']);
  });
  it('handles unexpected scripts and a long text without a sentence break', () => {
    expect(words('北京欢迎你 مرحبا بالعالم', 'en')).toEqual(['北京欢迎你', 'مرحبا', 'بالعالم']);
    const long = 'word, '.repeat(200_000);
    const t = tokenize(long, 'en');
    expect(t.length).toBe(400_000);
    expect(t.sentences).toHaveLength(1);
  });
  it('produces exact, ordered, non-overlapping spans', () => {
    const text = '“Quote,” said O’Neill’s aide -- twice...\n\nNew para: $3,000 (approx.)!';
    const t = tokenize(text, 'en');
    for (let i = 0; i < t.length; i++) {
      expect(t.ends[i]).toBeGreaterThan(t.starts[i]!);
      if (i > 0) expect(t.starts[i]).toBeGreaterThanOrEqual(t.ends[i - 1]!);
      expect(text.slice(t.starts[i], t.ends[i]).trim()).toBe(text.slice(t.starts[i], t.ends[i]));
    }
    expect(words(text)).toContain('3,000');
  });
});
