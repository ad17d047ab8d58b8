/**
 * Sentence splitting for news text (English first; Russian abbreviations, «» quotes with
 * "— сказал он" attributions, and Turkish abbreviations supported).
 *
 * One pass: a single precompiled regex walks the candidate boundaries (runs of . ! ? …, and
 * blank lines); each candidate is decided from a few characters around it. No backtracking over
 * the text, so cost is linear in its length.
 *
 * Rules, in the order they are applied:
 * - a paragraph break (a newline, optional spaces, another newline) always ends a sentence;
 * - closing quotes and brackets right after the terminator belong to the sentence (`."`, `.”`,
 *   `!»`, `.)`);
 * - a terminator not followed by whitespace (3.5, U.S.-led, example.com) is never a boundary;
 * - a terminator followed by a lowercase letter is not a boundary ("e.g. the", `"Why?" he asked`);
 * - after a period, the word before it decides: titles (Mr., Gen.) and single initials (M. Rifat)
 *   never end a sentence; "weak" abbreviations that often end one (Inc., U.S., etc.) end it only
 *   when the next word is a typical sentence opener (The, But, He ...); month abbreviations and
 *   "No." do not end a sentence before a digit.
 */
import type { Sentence } from '../model/index.js';

/** Titles and abbreviations that are (almost) never sentence-final. Compared case-sensitively. */
const STRONG_ABBR = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Mme',
  'Mmes',
  'Messrs',
  'Dr',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Cpt',
  'Sgt',
  'Cpl',
  'Pvt',
  'Adm',
  'Cmdr',
  'Brig',
  'Gov',
  'Sen',
  'Rep',
  'Rev',
  'Hon',
  'Pres',
  'Supt',
  'St',
  'Mt',
  'Ft',
  'Fr',
  'Sr',
  'Jr',
  'vs',
  'v',
  'cf',
  'approx',
  'Fig',
  'fig',
  'Vol',
  'vol',
  'pp',
  'p',
  'ch',
  'Ch',
  'Art',
  'art',
  'para',
  'Dept',
  'dept',
  'Univ',
  'Ave',
  'Blvd',
  'Rd',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'No',
  'Nos',
  'no',
  'nr',
  'Nr',
  'est',
  'ca',
  'c',
  'al',
  'e.g',
  'i.e',
  'eg',
  'ie',
  // Russian
  'им',
  'ул',
  'т.е',
  'т.н',
  'т.к',
  'т.ч',
  'т.о',
  'пр',
  'просп',
  'пер',
  'д',
  'кв',
  'обл',
  'р-н',
  'г-н',
  'г-жа',
  'тыс',
  'млн',
  'млрд',
  'трлн',
  'руб',
  'коп',
  'долл',
  'см',
  'ст',
  'проф',
  'акад',
  'ген',
  'полк',
  'напр',
  'с',
  'стр',
  'рис',
  'гл',
  'ред',
  'изд',
  'т',
  'др',
  'пос',
  'дер',
]);

/** Abbreviations that frequently end a sentence: a boundary only before a typical opener. */
const WEAK_ABBR = new Set([
  'Inc',
  'Ltd',
  'Corp',
  'Co',
  'Bros',
  'LLC',
  'Plc',
  'plc',
  'etc',
  'Esq',
  'a.m',
  'p.m',
  'A.M',
  'P.M',
  'т.д',
  'т.п',
  'гг',
  'вв',
  'в',
  'н.э',
  // Turkish: vb. (and so on), vd. (and others), bkz. (see)
  'vb',
  'vd',
  'bkz',
]);

/** Words that typically open a sentence; after a weak abbreviation they signal a boundary. */
const OPENERS = new Set([
  'The',
  'A',
  'An',
  'But',
  'And',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'You',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'In',
  'On',
  'At',
  'As',
  'If',
  'When',
  'While',
  'However',
  'Meanwhile',
  'His',
  'Her',
  'Its',
  'Their',
  'Our',
  'Some',
  'Many',
  'Most',
  'According',
  'After',
  'Before',
  'Since',
  'Also',
  'Still',
  'Yet',
  'So',
  'Thus',
  'Such',
  'Other',
  'For',
  'With',
  'What',
  'Why',
  'How',
  'Who',
  'Он',
  'Она',
  'Они',
  'Это',
  'В',
  'На',
  'Но',
  'И',
  'По',
  'Мы',
  'Я',
  'Как',
  'Однако',
  'При',
  'После',
  'Bu',
  'Ancak',
  'Ayrıca',
  'Bir',
  'Ve',
  'Öte',
]);

/**
 * How a word written before a period behaves: 'title' words (Mr, Gen, Jan, No) almost never end
 * a sentence, 'weak' ones (Inc, etc, U.S.-style) often do. The tokenizer keeps the period on
 * both kinds, so there is one abbreviation list for splitting and tokenizing.
 */
export function abbreviationKind(word: string): 'title' | 'weak' | null {
  if (STRONG_ABBR.has(word)) return 'title';
  if (WEAK_ABBR.has(word)) return 'weak';
  return null;
}

const CANDIDATE = /[.!?…]+|\n[ \t\r\f\v\u00A0]*\n/g;
const CLOSERS = '"\'”’»)]}›\u201F';
const WS = /\s/;
const LOWER = /\p{Ll}/u;
const DIGIT = /[0-9]/;
/** The word (letters, internal dots and hyphens) that ends right before a period. */
const WORD_BEFORE = /([\p{L}][\p{L}.-]*)$/u;
const NEXT_WORD = /^[\p{L}]+/u;

/**
 * Split text into sentences. Offsets are into `text`; leading/trailing whitespace is excluded.
 * `language` (ISO 639-1) adds its own conventions: Turkish ordinals (see joinOrdinalSplits).
 */
export function splitSentences(text: string, language?: string | null): Sentence[] {
  const out = splitPlain(text);
  return language?.toLowerCase().startsWith('tr') ? joinOrdinalSplits(text, out) : out;
}

/**
 * Turkish writes ordinals with a full stop ("TDT 12. Zirvesi", "8. Zirve"): a sentence that ends
 * in a bare number of one to three digits and a stop goes on into the next one on the same line.
 */
export function joinOrdinalSplits(text: string, sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (
      prev &&
      /(?:^|\s)\d{1,3}\.\s*$/.test(text.slice(prev.start, prev.end)) &&
      !text.slice(prev.end, s.start).includes('\n') &&
      /^\s*\p{L}/u.test(text.slice(s.start, s.start + 4))
    ) {
      out[out.length - 1] = { ...prev, end: s.end };
    } else out.push(s);
  }
  return out;
}

function splitPlain(text: string): Sentence[] {
  const out: Sentence[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  let start = 0;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const tok = m[0];
    if (tok[0] === '\n') {
      push(out, text, start, m.index);
      start = m.index + tok.length;
      continue;
    }
    let end = m.index + tok.length;
    while (end < text.length && CLOSERS.includes(text[end])) end++;
    if (end < text.length && !WS.test(text[end])) continue; // 3.5, U.S.-led, "word".Next
    // next non-space character
    let j = end;
    while (j < text.length && WS.test(text[j])) j++;
    if (j >= text.length) break;
    const next = text[j];
    // a lowercase continuation is not a boundary (a blank line in between is caught separately)
    if (LOWER.test(next)) continue;
    // Russian direct speech: «Мы победим!» — заявил он. The dash attribution belongs to the quote.
    if ((next === '—' || next === '–') && end > m.index + tok.length && /[»”"]/.test(text[end - 1])) continue;
    if (tok === '.' && !isBoundaryAfterPeriod(text, m.index, j)) continue;
    push(out, text, start, end);
    start = j;
    CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, end);
  }
  push(out, text, start, text.length);
  return out;
}

/** Decide a single period at `dot` followed (after spaces) by the non-lowercase char at `next`. */
function isBoundaryAfterPeriod(text: string, dot: number, next: number): boolean {
  const from = Math.max(0, dot - 24);
  const wm = WORD_BEFORE.exec(text.slice(from, dot));
  if (!wm) return true; // "2015." or ")." etc.
  const word = wm[1];
  const nextWordM = NEXT_WORD.exec(text.slice(next, next + 24));
  const nextWord = nextWordM ? nextWordM[0] : '';
  const nextIsDigit = DIGIT.test(text[next]);
  if (STRONG_ABBR.has(word)) {
    // "г." is also "year": "в 2015 г. Президент" ends a sentence, "г. Москва" does not
    return false;
  }
  if (word === 'г' || word === 'гг') {
    const before = text.slice(Math.max(0, dot - 8), dot - word.length).trimEnd();
    return DIGIT.test(before[before.length - 1] ?? '');
  }
  // single initial ("M. Rifat") or dotted acronym ("U.S.", "U.K.", "e.g.")
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    if (nextIsDigit) return false;
    // "… Barrot wrote on X. “Iran must …”": the platform, not an initial, ends the sentence
    if (word === 'X' && /\b(?:on|via)\s+$/u.test(text.slice(Math.max(0, dot - 8), dot - 1))) return true;
    return /^\p{Lu}$/u.test(word) && word.length === 1 ? false : OPENERS.has(nextWord);
  }
  if (WEAK_ABBR.has(word)) return OPENERS.has(nextWord);
  return true;
}

function push(out: Sentence[], text: string, s: number, e: number): void {
  while (s < e && WS.test(text[s])) s++;
  while (e > s && WS.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}
