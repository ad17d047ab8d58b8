/**
 * The tokenizer of the language layer: words and punctuation with character offsets, inside the
 * sentences of the one splitter (src/nlp/sentences.ts). Every token is a `[start, end)` slice of
 * the text, so evidence spans built from tokens are always exact.
 *
 * English follows UD English EWT (the treebank the tagger and parser learn from), so the models
 * see at run time the tokens they were trained on:
 * - clitics are words of their own: "don't" → do|n't, "I'm" → I|'m, "Bush's" → Bush|'s,
 *   "cannot" → can|not, "gonna" → gon|na (the parts are slices of the original word);
 * - punctuation is split off both ends, a run of the same mark ("...", "!!!", "--") is one token;
 * - a hyphen between letters is a token of its own ("Al-Zaman" → Al|-|Zaman) unless the left part
 *   is a bound prefix ("e-mail", "non-human", "pre-war"); number ranges split ("1969-1970"),
 *   phone-like numbers do not; mixed codes stay whole ("F-16", "COVID-19");
 * - "$5" and "5%" split; "and/or" splits, "w/o" does not;
 * - URLs, e-mail addresses, numbers ("1,000.50", "10:30", "11/28/2000") and abbreviations
 *   ("U.S.", "Mr.", "p.m.", initials) stay whole, the period included.
 * Russian, Turkish and any other language take the generic rules: punctuation split off the
 * ends, abbreviations kept, hyphens and apostrophes inside words kept ("из-за", "Türkiye'nin").
 *
 * Control characters and the Unicode spaces separate tokens like a space. The cost is linear in
 * the text; a word is scanned a constant number of times.
 */
import type { Sentence } from '../model/index.js';
import { abbreviationKind, splitSentences } from './sentences.js';

/** Tokens as packed offsets, with sentences as token ranges. */
export type Tokenization = {
  /** number of tokens */
  length: number;
  starts: Int32Array;
  ends: Int32Array;
  /** sentence index of each token */
  sentenceOf: Int32Array;
  /** character span and token range `[first, last)` of each sentence that has tokens */
  sentences: SentenceSpan[];
};

export type SentenceSpan = { start: number; end: number; first: number; last: number };

/**
 * Tokenizes `text` in the given language ("en", "ru", "tr"…; anything but English takes the
 * generic rules). Sentences default to the splitter's; pass them when already computed.
 */
export function tokenize(text: string, lang: string, sentences?: readonly Sentence[]): Tokenization {
  const sink = new OffsetSink();
  const spans: SentenceSpan[] = [];
  if (typeof text !== 'string' || text.length === 0) return sink.finish(spans);
  const english = lang === 'en';
  const ranges = sentences ?? splitSentences(text);
  for (const range of ranges) {
    const first = sink.length;
    const from = Math.max(0, range.start);
    const to = Math.min(text.length, range.end);
    let i = from;
    while (i < to) {
      while (i < to && isSeparator(text.charCodeAt(i))) i++;
      if (i >= to) break;
      let j = i + 1;
      while (j < to && !isSeparator(text.charCodeAt(j))) j++;
      splitChunk(text, i, j, j === to, english, sink);
      i = j;
    }
    if (sink.length > first) {
      sink.markSentence(first, spans.length);
      spans.push({ start: sink.startAt(first), end: sink.endAt(sink.length - 1), first, last: sink.length });
    }
  }
  return sink.finish(spans);
}

/** Whitespace, C0/C1 control characters, Unicode spaces, zero-width space and BOM. */
export function isSeparator(c: number): boolean {
  if (c <= 32) return true;
  if (c < 127) return false;
  return (
    c <= 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A growable pair of offset arrays: no object per token. */
class OffsetSink {
  length = 0;
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  private sentence = new Int32Array(256);

  push(start: number, end: number): void {
    if (end <= start) return;
    if (this.length === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.sentence = grow(this.sentence);
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  startAt(i: number): number {
    return this.starts[i]!;
  }

  endAt(i: number): number {
    return this.ends[i]!;
  }

  markSentence(from: number, index: number): void {
    this.sentence.fill(index, from, this.length);
  }

  finish(sentences: SentenceSpan[]): Tokenization {
    const n = this.length;
    return {
      length: n,
      starts: this.starts.slice(0, n),
      ends: this.ends.slice(0, n),
      sentenceOf: this.sentence.slice(0, n),
      sentences,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Character classes

const OPENING = new Set('([{<"“‘„«‹`\'¿¡');
const CLOSING = new Set(')]}>"”’»›\'');
/** Emoticons are one token (":)", ":-(", ";D"). */
const EMOTICON = /^[:;=8][-o^']?[()DPp[\]/\\|*]+$/;
/** Marks split off the end of a word, besides closing quotes and brackets. */
const TRAILING = new Set(',;:!?…');
const CURRENCY = new Set('$£€¥₽₺');

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER = /\p{L}/u;
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(text[i]!);
}

// ---------------------------------------------------------------------------------------------
// One whitespace-delimited chunk

/** Splits the chunk `[s, e)`; `last` says it ends its sentence (a final period then splits off). */
function splitChunk(
  text: string,
  s: number,
  e: number,
  last: boolean,
  english: boolean,
  out: OffsetSink,
): void {
  if (isPlainWord(text, s, e)) {
    if (!english || e - s < 3 || !splitClitic(text, s, e, out)) out.push(s, e);
    return;
  }
  if (e - s <= 4 && EMOTICON.test(text.slice(s, e))) return out.push(s, e);
  // leading marks: quotes and brackets, a currency sign before a number
  while (s < e) {
    const ch = text[s]!;
    if (OPENING.has(ch)) {
      if ((ch === "'" || ch === '’') && english && isCliticAt(text, s, e)) break; // a bare "'s" chunk
      const r = runEnd(text, s, e);
      out.push(s, r);
      s = r;
    } else if (CURRENCY.has(ch) && s + 1 < e && isDigit(text.charCodeAt(s + 1))) {
      out.push(s, s + 1);
      s++;
    } else if (ch === '-' && s + 1 < e && text[s + 1] === '-') {
      const r = runEnd(text, s, e);
      out.push(s, r);
      s = r;
    } else break;
  }
  // trailing marks, collected innermost last
  const tail: number[] = [];
  while (e > s) {
    const ch = text[e - 1]!;
    if (ch === '.') {
      let k = e - 1;
      while (k > s && text[k - 1] === '.') k--;
      if (e - k >= 2) {
        tail.push(k, e); // ellipsis
        e = k;
        continue;
      }
      if (keepsPeriod(text, s, e - 1, last)) break;
      tail.push(e - 1, e);
      e--;
    } else if (CLOSING.has(ch) || TRAILING.has(ch)) {
      if (ch === ')' && hasOpenParen(text, s, e - 1)) break; // "friend(s)"
      let k = e - 1;
      while (k > s && text[k - 1] === ch) k--;
      tail.push(k, e);
      e = k;
    } else if (ch === '%' && e - 1 > s && isDigit(text.charCodeAt(e - 2))) {
      tail.push(e - 1, e);
      e--;
    } else if (ch === '-' && e - 1 > s && text[e - 2] === '-') {
      let k = e - 1;
      while (k > s && text[k - 1] === '-') k--;
      tail.push(k, e);
      e = k;
    } else break;
  }
  if (e > s) splitCore(text, s, e, english, out);
  for (let t = tail.length - 2; t >= 0; t -= 2) out.push(tail[t]!, tail[t + 1]!);
}

/** Only ASCII letters, or letters with one inner apostrophe: the common case, no further rules. */
function isPlainWord(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) continue;
    if ((c === 39 || c === 0x2019) && i > s && i < e - 1) continue;
    return false;
  }
  return true;
}

function runEnd(text: string, s: number, e: number): number {
  const ch = text[s];
  let r = s + 1;
  while (r < e && text[r] === ch) r++;
  return r;
}

function hasOpenParen(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (text[i] === '(') return true;
  return false;
}

const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const INITIAL = /^\p{Lu}$/u;

/**
 * Does the period after `[s, e)` belong to the word? Dotted acronyms ("U.S", "p.m") and known
 * abbreviations keep it; so do single capitals (initials) inside a sentence. At the end of a
 * sentence only acronyms and the abbreviations that often end one ("Inc", "etc") keep it: the
 * period of "… he said no." is the sentence's.
 */
function keepsPeriod(text: string, s: number, e: number, last: boolean): boolean {
  if (e <= s) return false;
  const word = text.slice(s, e);
  if (DOTTED.test(word)) return true;
  const kind = abbreviationKind(word);
  if (last) return kind === 'weak';
  if (kind) return true;
  return INITIAL.test(word);
}

// ---------------------------------------------------------------------------------------------
// The inside of a word

const URL = /^(?:(?:https?|ftp):\/\/|www\.)\S+$/i;
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
/** Phone and postal numbers stay whole: three groups, or a short group then a long one. */
const PHONE = /^(?:\d+-\d+-\d+(?:-\d+)*|\d{1,3}-\d{4,}|\d{5}-\d{4})$/;

/** Bound prefixes written with a hyphen that EWT keeps in one token ("e-mail", "non-human"). */
const PREFIXES = new Set([
  'e',
  'non',
  'anti',
  'pre',
  're',
  'mid',
  'co',
  'post',
  'over',
  'pro',
  'multi',
  'ex',
  'semi',
  'counter',
  'sub',
  'neo',
  'cross',
  'un',
  'socio',
  'micro',
  'intra',
  'inter',
  'mis',
  'arch',
  'bi',
  'tri',
  'de',
  'extra',
  'ultra',
  'macro',
  'mega',
  'pseudo',
  'quasi',
  'trans',
  'infra',
  'hyper',
  'auto',
  'geo',
  'euro',
  'afro',
  'pan',
]);

function splitCore(text: string, s: number, e: number, english: boolean, out: OffsetSink): void {
  if (e - s <= 1) return out.push(s, e);
  const word = text.slice(s, e);
  if (URL.test(word) || EMAIL.test(word)) return out.push(s, e);
  if (!english) return splitInner(text, s, e, false, out);
  if (splitClitic(text, s, e, out)) return;
  if (PHONE.test(word)) return out.push(s, e);
  splitInner(text, s, e, true, out);
}

/** Apostrophe clitics and their spellings without one, as slices of the word. */
const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/i;
/** Fused words EWT splits, with the length of the first part. */
const FUSED: Record<string, number> = {
  cannot: 3,
  gonna: 3,
  wanna: 3,
  gotta: 3,
  dont: 2,
  doesnt: 4,
  didnt: 3,
  isnt: 2,
  wasnt: 3,
  arent: 3,
  werent: 4,
  havent: 4,
  hasnt: 3,
  hadnt: 3,
  couldnt: 5,
  wouldnt: 5,
  shouldnt: 6,
  aint: 2,
  im: 1,
  ive: 1,
  youre: 3,
  theyre: 4,
};

function isCliticAt(text: string, s: number, e: number): boolean {
  return CLITIC.test(text.slice(s, e)) && /^['’]\p{L}{1,2}$/u.test(text.slice(s, e));
}

/** Splits a word ending in a clitic into its parts (each further split); false if it has none. */
function splitClitic(text: string, s: number, e: number, out: OffsetSink): boolean {
  const word = text.slice(s, e);
  const m = CLITIC.exec(word);
  if (m && m.index > 0 && isLetter(text, s + m.index - 1)) {
    const cut = s + m.index;
    splitInner(text, s, cut, true, out);
    out.push(cut, e);
    return true;
  }
  const fused = FUSED[word.toLowerCase()];
  if (fused !== undefined && (word.length > 2 || word === 'im')) {
    out.push(s, s + fused);
    out.push(s + fused, e);
    return true;
  }
  return false;
}

/**
 * Hyphens, slashes and commas inside a word. English splits a hyphen between letters (unless the
 * left part is a prefix) or between numbers, a slash between two words of two letters or more and
 * a comma between letters; the generic rules split only the comma between letters.
 */
function splitInner(text: string, s: number, e: number, english: boolean, out: OffsetSink): void {
  let piece = s;
  for (let i = s + 1; i < e - 1; i++) {
    const ch = text[i]!;
    if (ch !== '-' && ch !== '/' && ch !== ',') continue;
    let j = i + 1;
    while (j < e && text[j] === ch) j++;
    if (j >= e) break;
    const leftLetter = isLetter(text, i - 1);
    const rightLetter = isLetter(text, j);
    let split = false;
    if (ch === ',') split = leftLetter && rightLetter;
    else if (!english) split = false;
    else if (j - i >= 2)
      split = true; // "--" between words
    else if (ch === '-') {
      if (leftLetter && rightLetter)
        split = !PREFIXES.has(text.slice(piece, i).toLowerCase()) && isLettersOnly(text, piece, i);
      else
        split =
          isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(j)) && isDigitsOnly(text, piece, i);
    } else split = leftLetter && rightLetter && i - piece >= 2 && wordEnd(text, j, e) - j >= 2;
    if (split) {
      out.push(piece, i);
      out.push(i, j);
      piece = j;
    }
    i = j - 1;
  }
  out.push(piece, e);
}

function isLettersOnly(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isLetter(text, i)) return false;
  return true;
}

function isDigitsOnly(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

function wordEnd(text: string, s: number, e: number): number {
  let i = s;
  while (i < e && isLetter(text, i)) i++;
  return i;
}
