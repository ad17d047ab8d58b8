/**
 * The word tokenizer of the mention extractor: one regex pass over the text producing parallel
 * arrays (wink-nlp style) of word offsets, lower-case keys and flags, plus a summary of the
 * punctuation in the gap before each word, so the pattern code never re-scans the text.
 */
import { fold } from '../resolve/fold.js';
import { isTurkishSuffix } from '../nlp/morph.js';
import { ORG_HEADS, TITLE_HEADS } from './mentions-lexicon.js';

/** Punctuation seen in the gap between two words (bit flags). */
export const GAP = {
  COMMA: 1,
  STOP: 2, // . ! ? …
  OPEN_PAREN: 4,
  CLOSE_PAREN: 8,
  QUOTE: 16,
  NEWLINE: 32,
  COLON: 64, // : ;
  DASH: 128, // a free-standing dash
  OTHER: 256, // any other symbol (|, /, *, ...)
} as const;

export type Tokens = {
  n: number;
  start: number[];
  end: number[]; // end of the word without a possessive 's
  raw: string[]; // text.slice(start, end)
  key: string[]; // folded lower-case form
  cap: boolean[]; // first letter upper-case (or the token is a digit-led code)
  upper: boolean[]; // every letter upper-case and at least two letters ("CSTO")
  poss: boolean[]; // followed by a possessive 's / ’s, or a Turkish case suffix ('nin, 'a, 'da), that is not part of `end`
  gap: number[]; // GAP flags of the text between the previous word and this one
  sentStart: boolean[]; // first word of a sentence (or of a line)
};

// Letters/digits with inner hyphens, apostrophes, dots and ampersands ("Kassym-Jomart",
// "O'Neill", "Caliber.az", "U.S", "AT&T").
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011'’.&][\p{L}\p{M}\p{N}]+)*/gu;
const ASCII_ONLY = /^[\x20-\x7e]*$/;
const UPPER_INITIAL = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u; // "M", "U.S" (a trailing dot follows)
const POSSESSIVE = /['’]s$/i;
/** The gap of a possessive set apart by tokenisation: spaces, then the apostrophe. */
const SPACED_POSSESSIVE = /^[ \t]+['’]$/;
/** A Turkish suffix after the last apostrophe of a capitalised word ("Türkiye'nin", "TDT'nin"). */
const TR_APOSTROPHE = /^([\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&-]*?)['’]([\p{Ll}]{1,7})$/u;
/** The same in a headline in capitals: "ERDOĞAN'DAN", "ALİYEV'İN", "TÜRKİYE'YE". */
const TR_APOSTROPHE_CAPS = /^(\p{Lu}{2,}(?:[-\p{Lu}]*\p{Lu})?)['’](\p{Lu}{1,5})$/u;

/**
 * A Turkish head noun in the possessive ("Bakanlığı", "Konseyi", "Sözcüsü") with a case ending
 * written without an apostrophe, as the spelling rules want for common nouns: the buffer n and a
 * case ("Bakanlığının", "Başkanlığına", "Konseyinde", "Bakanlığından", "Bakanlığınca") or the
 * instrumental y ("Bakanlığıyla"). Folded: ı -> i, ü -> u, ö -> o.
 */
const TR_BUFFERED_CASE = /^(\p{L}{3,}[iu])(?:n(?:in|un|a|e|[dt][ae]|[dt][ae]n|i|u|daki|deki|c[ae])|yl[ae])$/u;

/** Length of the head in `w` when `w` is a Turkish title or organisation head with a case ending, else 0. */
function turkishHeadWithCase(w: string, key: string): number {
  if (ASCII_ONLY.test(w) && !/[ıiuü]n|[ıiuü]yl/.test(w)) return 0;
  const m = TR_BUFFERED_CASE.exec(key);
  if (!m || !(ORG_HEADS.has(m[1]) || TITLE_HEADS.has(m[1]))) return 0;
  // the ending's letters fold one to one, so it is as long in the word as in the key
  return w.length - (key.length - m[1].length);
}

/** Folded key of a word; ASCII words take the cheap path. */
export function wordKey(w: string): string {
  return ASCII_ONLY.test(w) ? w.toLowerCase() : fold(w);
}

function gapFlags(text: string, from: number, to: number): number {
  let f = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) continue;
    if (c === 10 || c === 13) f |= GAP.NEWLINE;
    else if (c === 44) f |= GAP.COMMA;
    else if (c === 46 || c === 33 || c === 63 || c === 0x2026) f |= GAP.STOP;
    else if (c === 40 || c === 91) f |= GAP.OPEN_PAREN;
    else if (c === 41 || c === 93) f |= GAP.CLOSE_PAREN;
    else if (
      c === 34 ||
      c === 0x201c ||
      c === 0x201d ||
      c === 0x201e ||
      c === 0xab ||
      c === 0xbb ||
      c === 39 ||
      c === 0x2018 ||
      c === 0x2019
    )
      f |= GAP.QUOTE;
    else if (c === 58 || c === 59) f |= GAP.COLON;
    else if (c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2015) f |= GAP.DASH;
    else f |= GAP.OTHER;
  }
  return f;
}

/**
 * Tokenizes `text`. When `sentences` is given, a word is sentence-initial when it is the first
 * word at or after a sentence start; otherwise sentence starts are guessed from . ! ? and line
 * breaks in the gap.
 */
const PARAGRAPH_END = /^[ \t]*(?:\r?\n|$)/;

export function tokenize(text: string, sentences: readonly { start: number; end: number }[] | null): Tokens {
  const t: Tokens = {
    n: 0,
    start: [],
    end: [],
    raw: [],
    key: [],
    cap: [],
    upper: [],
    poss: [],
    gap: [],
    sentStart: [],
  };
  let prevEnd = 0;
  let si = 0;
  const sents = sentences && sentences.length ? sentences : null;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let w = m[0];
    const s = m.index;
    let e = s + w.length;
    let poss = false;
    const full = e;
    let tr: RegExpExecArray | null = null;
    let hl = 0;
    if (w.length > 2 && POSSESSIVE.test(w)) {
      w = w.slice(0, -2);
      e -= 2;
      poss = true;
    } else if (
      ((tr = TR_APOSTROPHE.exec(w)) !== null || (tr = TR_APOSTROPHE_CAPS.exec(w)) !== null) &&
      isTurkishSuffix(tr[2])
    ) {
      // Turkish proper names carry case suffixes after an apostrophe: keep the name alone, and
      // like a possessive the suffix ends the name (no phrase or capitalised run crosses it).
      w = tr[1];
      e = s + w.length;
      poss = true;
    } else if (w.length > 5 && UPPER_INITIAL.test(w) && (hl = turkishHeadWithCase(w, wordKey(w))) > 0) {
      // "İletişim Başkanlığının açıklamasına göre", "Dışişleri Bakanlığına": the same suffixes on
      // a common-noun head, written without the apostrophe
      w = w.slice(0, hl);
      e = s + hl;
      poss = true;
    } else if (
      text.charCodeAt(e) === 46 &&
      INITIALS.test(w) &&
      w.length <= 5 &&
      // a one-letter word before the dot that closes a paragraph ends a name ("… с Ван И.")
      !(w.length === 1 && PARAGRAPH_END.test(text.slice(e + 1, e + 4)))
    ) {
      // "M." initial or "U.S." abbreviation: keep the dot with the word.
      w += '.';
      e += 1;
      WORD.lastIndex = e;
    }
    // tokenised copy sets the possessive apart ("Coventry 's Gordon Strachan"): it is the
    // possessive of the word before all the same
    if (w === 's' && t.n > 0 && !t.poss[t.n - 1] && SPACED_POSSESSIVE.test(text.slice(prevEnd, s))) {
      t.poss[t.n - 1] = true;
      prevEnd = e;
      continue;
    }
    const g = gapFlags(text, prevEnd, s);
    let ss: boolean;
    if (sents) {
      while (si < sents.length && sents[si].end <= s) si++;
      ss = t.n === 0 || (si < sents.length && sents[si].start >= prevEnd && sents[si].start <= s);
    } else {
      ss = t.n === 0 || (g & (GAP.STOP | GAP.NEWLINE)) !== 0;
    }
    const c0 = w.charCodeAt(0);
    const cap = c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : UPPER_INITIAL.test(w);
    t.start.push(s);
    t.end.push(e);
    t.raw.push(w);
    t.key.push(wordKey(w));
    t.cap.push(cap);
    t.upper.push(cap && w.length >= 2 && !HAS_LOWER.test(w));
    t.poss.push(poss);
    t.gap.push(g);
    t.sentStart.push(ss);
    t.n++;
    prevEnd = poss ? full : e;
  }
  return t;
}
