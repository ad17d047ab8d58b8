/**
 * Text normalisation for copy detection: tokens with offsets into the original text, folded
 * (lowercase, diacritics removed), split into sentence-like segments. One pass over the text,
 * regexes compiled once.
 */
import { hashString } from './hash.js';

/** Numbers with their inner punctuation stay one token ("1-1/4", "5,000", "2.5"); then words. */
const TOKEN_RE = /\p{N}+(?:[.,/:-]\p{N}+)*(?!\p{L})|[\p{L}\p{N}]+/gu;
const ASCII_WORD_RE = /^[a-z0-9]*$/; // fast path: nothing to fold
const MARKS_RE = /\p{M}+/gu;
const FOLD_CHARS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const FOLD_SPECIAL_RE = /[ıłøđħßæœþ]/g;
/** A sentence end in the gap between two tokens: terminal punctuation, maybe closing quotes. */
const SENTENCE_GAP_RE = /[.!?…]["'”’»)\]]*\s/;
const PARAGRAPH_GAP_RE = /\n[ \t\r]*\n/;
const MAX_SEGMENT_TOKENS = 60;
const MIN_CDC_SEGMENT = 20;

/** Words after which a period does not end a sentence ("Mr. Smith", "Gen. Serdyukov"). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'sen',
  'rep',
  'gov',
  'prof',
  'inc',
  'corp',
  'co',
  'ltd',
  'jr',
  'sr',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'dept',
  'univ',
  'mt',
  'ft',
]);

/**
 * Function words: dropped from the content features that fuzzy sentence matching uses, because
 * two unrelated sentences share them by chance. English only; other languages simply keep all
 * words, which costs some precision in candidate search but nothing in verification.
 */
export const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from into onto about as is are was were be been ' +
    'being am do does did done has have had having it its this that these those there here ' +
    'he she they we you i me him her them us our your their his hers theirs my mine who whom whose ' +
    'which what when where why how than then so such not no nor too very can could will would shall ' +
    'should may might must also just only all any both each few more most other some own same s t ' +
    'said says say told tell according over under up down out off again further once per via while ' +
    'during before after above below between through until against among because since upon within ' +
    'without yet still even ever'
  ).split(/\s+/),
);

export function foldWord(w: string): string {
  const lower = w.toLowerCase();
  if (ASCII_WORD_RE.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(FOLD_SPECIAL_RE, (c) => FOLD_CHARS[c] ?? c);
}

/** Fold a whole string (lowercase, no diacritics, single spaces) — for names and outlets. */
export function foldText(s: string): string {
  return foldWord(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const VOWELS_RE = /[aeiouy]/g;
/**
 * A consonant skeleton: first letter, then consonants with runs collapsed. Misspelled names keep
 * it more often than they keep the word ("Taleberdi"/"Tleuberdi" → tlbrd, "Akar"/"Aker" → akr).
 * Only for alphabetic words of ≥ 4 letters; numbers and short words stay themselves.
 */
export function skeleton(w: string): string {
  if (w.length < 4 || !/^[a-z]+$/.test(w)) return w;
  const rest = w.slice(1).replace(VOWELS_RE, '');
  let out = w[0] ?? '';
  for (let i = 0; i < rest.length; i++) if (rest[i] !== out[out.length - 1]) out += rest[i];
  return out.length >= 2 ? out : w;
}

/** A tokenised document: parallel arrays indexed by token number. */
export type Tokens = {
  text: string;
  words: string[]; // folded
  starts: Int32Array; // UTF-16 offsets into text
  ends: Int32Array;
  hashes: Uint32Array; // hashString(words[i])
  capital: Uint8Array; // 1 when the surface form starts with an upper-case letter
  content: Uint8Array; // 1 when the word is not a stopword and is a real feature
  /** Segment boundaries: segment k is tokens [segStarts[k], segStarts[k+1]). */
  segStarts: Int32Array;
  /** 1 when segment k ends with sentence punctuation (prose), 0 for menus, tables, cut chunks. */
  segProse: Uint8Array;
};

/** Tokenise and segment. Never throws: non-string input is treated as empty text. */
export function tokenize(input: string): Tokens {
  const text = typeof input === 'string' ? input : '';
  const words: string[] = [];
  const startsA: number[] = [];
  const endsA: number[] = [];
  const capA: number[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const surface = m[0];
    words.push(foldWord(surface));
    startsA.push(m.index);
    endsA.push(m.index + surface.length);
    const c = surface.charCodeAt(0);
    capA.push(surface[0] !== surface[0]!.toLowerCase() || (c >= 65 && c <= 90) ? 1 : 0);
  }
  const n = words.length;
  const starts = Int32Array.from(startsA);
  const ends = Int32Array.from(endsA);
  const hashes = new Uint32Array(n);
  const content = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    hashes[i] = hashString(w);
    content[i] = STOPWORDS.has(w) || (w.length < 2 && !/\d/.test(w)) ? 0 : 1;
  }
  const capital = Uint8Array.from(capA);

  // Segments: sentences; paragraph breaks; overlong runs (tables, unpunctuated text) cut at
  // content-defined points (a token whose hash is ≡ 0 mod 16) so that the same long passage is
  // cut at the same places in every document that contains it, whatever precedes it.
  const segs: number[] = [0];
  const prose: number[] = [];
  let segStart = 0;
  for (let i = 0; i + 1 < n; i++) {
    const gap = text.slice(ends[i]!, starts[i + 1]!);
    let boundary = false;
    let isProse = false;
    if (gap.length > 0 && SENTENCE_GAP_RE.test(gap)) {
      const w = words[i]!;
      const abbrev = gap[0] === '.' && (ABBREVIATIONS.has(w) || (w.length === 1 && capital[i] === 1));
      const nextLower = capital[i + 1] === 0 && !/\d/.test(words[i + 1]![0] ?? '');
      if (!abbrev && !(gap[0] === '.' && nextLower)) {
        boundary = true;
        isProse = true;
      }
    }
    if (!boundary && gap.length > 1 && PARAGRAPH_GAP_RE.test(gap)) boundary = true;
    const len = i + 1 - segStart;
    if (!boundary && len >= MAX_SEGMENT_TOKENS) boundary = true;
    else if (!boundary && len >= MIN_CDC_SEGMENT * 2 && (hashes[i]! & 15) === 0) boundary = true;
    if (boundary) {
      segs.push(i + 1);
      prose.push(isProse ? 1 : 0);
      segStart = i + 1;
    }
  }
  if (n > 0) {
    const tail = text.slice(ends[n - 1]!);
    prose.push(/^[.!?…]/.test(tail.trimStart()) || /[.!?…]["'”’»)\]]*\s*$/.test(tail) ? 1 : 0);
    segs.push(n);
  } else {
    segs.length = 0;
    segs.push(0);
  }
  return {
    text,
    words,
    starts,
    ends,
    hashes,
    capital,
    content,
    segStarts: Int32Array.from(segs),
    segProse: Uint8Array.from(prose),
  };
}

export function segmentCount(t: Tokens): number {
  return t.segStarts.length - 1;
}
