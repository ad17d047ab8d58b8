/**
 * Cleaning of plain-text page dumps (what a browser's "select all, copy" gives): find the
 * article body among menus, share buttons, captions, comment rules and footers.
 *
 * How: every line is classified (chrome / metadata / heading-like / prose) and weighted — prose
 * by its length, everything else negatively — and the body is the contiguous run of lines with
 * the largest total weight (maximum-sum subarray, linear time). Lines that can never be inside
 * an article (comment forms, feed disclaimers) cut the document. Inside the run, chrome and
 * metadata lines are dropped, a repeated title or standfirst is kept once, and what remains
 * becomes paragraphs joined by "\n\n". Lines outside the run are kept, classified, for the
 * metadata heuristics (title, date, author, outlet).
 */
import type { Diagnostic, Paragraph } from '../model/index.js';
import {
  isBioLine,
  isCalendarLine,
  isPictureCredit,
  isRoleLine,
  isSeparatorLine,
  isTagList,
  matchChrome,
  type ChromeKind,
} from './boilerplate.js';
import { findDates, leadingZone, MONTH_ALT } from './metadata-dates.js';
import { AGENCY_ALT, SITE_WITH_WIRES } from './metadata-sources.js';
import { isWireDateline, listLines, splitDatePrefix, tableLines } from './text-structure.js';
import { unwrapLines } from './unwrap.js';
import { isCapsHeadline, wireHeadlineStart, wireTailEnd } from './wire-copy.js';

/** What a line of the dump is. */
export type LineKind =
  | 'blank'
  | 'chrome' // site furniture (boilerplate tables)
  | 'meta' // date, credit or label lines: metadata, not text
  | 'heading' // short line without sentence punctuation: title, subheading, name, menu item
  | 'short' // short line that is neither heading nor prose
  | 'item' // item (or intro) of a list introduced by a colon: text, however short
  | 'table' // row of a table of short lines with figures: text
  | 'dateline' // a wire dateline alone on its line ("LONDON 1996-08-30"): text
  | 'prose'; // sentence text

export type DumpLine = {
  /** normalised line text (see normalizeLine) */
  text: string;
  kind: LineKind;
  /** for chrome lines: how strongly they separate content */
  chrome?: ChromeKind;
  /**
   * header: before the body; body: kept as a paragraph; inner: dropped inside the body; footer:
   * after it. (The standfirst is kept as a paragraph but stays a header line: see cleanTextDump.)
   */
  role: 'header' | 'body' | 'inner' | 'footer';
  /** why a line that is not body was left out (chrome rule, metadata, repeat, outside the body) */
  why?: string;
};

export type TextDump = {
  text: string;
  paragraphs: Paragraph[];
  /** the headline found before the body (or a line repeated as one), null if none */
  title: string | null;
  lines: DumpLine[];
  diagnostics: Diagnostic[];
};

// ---------------------------------------------------------------- weights
/** Prose earns its length minus this: very short sentences only count between longer ones. */
const PROSE_BASE = 40;
const WEIGHT: Record<Exclude<LineKind, 'prose' | 'blank' | 'item'>, number> = {
  chrome: -50, // share rows, captions, prompts: often inside the article, so cheap to cross
  meta: -120,
  heading: -40,
  short: -40,
  table: 0, // rows of a table: text, but no body of their own (see extendOverTables)
  dateline: 0,
};
/** A list item weighs like prose, but never less than this: a two-word item is still text. */
const MIN_ITEM_WEIGHT = 15;
const TAIL_WEIGHT = -400;

/** Lines past this length are never headings, whatever their punctuation. */
const MAX_HEADING_CHARS = 160;
const MAX_HEADING_WORDS = 22;

const SENTENCE_END = /[.!?…:;]["'”»’)\]]*$/u;
const CLOSING_QUOTES = /["”»’)\]]$/u;
const LETTER = /\p{L}/u;

/** A label/value pair split over lines ("Country:" / "Turkey") or on one line. */
const LABEL_LINE = /^[\p{L} ]{2,30}:$/u;
const LABELLED_META =
  /^(?:updated|created|published|posted|modified|last updated|date|time|source|country|region|category|section|обновлено|опубликовано|дата|время|рубрика|источник|güncelleme|güncellendi|yayınlanma|yayın tarihi|kaynak|kategori)\s*:/i;
/**
 * A time stated relative to the reader ("2 hours ago", "Сегодня, 14:05", "Yesterday at 9:41 AM
 * EST", "3 saat önce"): the page's date line, though no calendar date can be read from it (a
 * page dump carries no time it was copied at: see the policy in metadata-dates.ts).
 */
const RELATIVE_TIME =
  /^(?:(?:updated|published|обновлено|güncelleme)\s*:?\s*)?(?:(?:\d{1,2}|an?|one)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|\d{1,2}\s+(?:минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юи])\s+назад|\d{1,2}\s+(?:dakika|saat|gün|hafta)\s+önce|(?:today|yesterday|сегодня|вчера|bugün|dün)(?:\s*,?\s*(?:at\s+|в\s+|saat\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:[\p{Lu}]{2,5}|мск)(?:\s*[+−-]\s*\d{1,2})?\)?)?)?)$/iu;
/** A dateline and the agency's credit alone on a line, without a year: "Baku. 7 December. REPORT.AZ". */
const DATELINE_CREDIT =
  /^[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,2}\s*[.,]\s+(?:\d{1,2}\s+\p{L}{3,}|\p{L}{3,}\s+\d{1,2})\s*[.,]\s+[\p{Lu}][\p{L}\p{N}.-]+(?:\s[\p{Lu}][\p{L}\p{N}.-]+)?\s*[.-]?$/u;
/**
 * A date line without a year, as agencies print today's stories ("December 5, 12:10 UTC+3",
 * "5 декабря, 12:30", "5 Aralık 14:20"): the page's date line, though it dates nothing alone.
 */
const YEARLESS_DATE_LINE = new RegExp(
  `^(?:(?:updated|published|обновлено|güncelleme)\\s*:?\\s*)?(?:\\d{1,2}\\s+(?:${MONTH_ALT})\\.?|(?:${MONTH_ALT})\\.?\\s+\\d{1,2}),?\\s+(?:at\\s+|в\\s+|saat\\s+)?\\d{1,2}:\\d{2}(?:\\s*(?:[ap]\\.?m\\.?|(?:utc|gmt|msk|мск)\\s*(?:[+−-]\\s*\\d{1,2})?))?$`,
  'iu',
);
/** "ANI | Ankara | Updated: ..." — credit lines made of short pipe-separated fields. */
const PIPE_FIELDS = /\s[|•·]\s/;

function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(' ')) if (LETTER.test(w)) n++;
  return n;
}

/**
 * A wire credit closing a paragraph ("... political. — AFP", "... said. - TASS"): the sentence
 * before it decides whether the line is prose.
 */
const TRAILING_CREDIT = new RegExp(`([.!?…]["'”»’)]*)\\s*[—–-]\\s*(?:${AGENCY_ALT}|[A-Z]{2,6})\\.?$`, 'u');
const withoutCredit = (line: string): string => line.replace(TRAILING_CREDIT, '$1');

/** Heading-like: short, no sentence-final punctuation (a final "?" or "!" is allowed). */
export function isHeadingLike(line: string): boolean {
  if (line.length > MAX_HEADING_CHARS || !LETTER.test(line)) return false;
  const words = wordCount(line);
  if (words === 0 || words > MAX_HEADING_WORDS) return false;
  const bare = withoutCredit(line).replace(/["'”»’)\]]+$/u, '');
  // A final "!" ends exclamations in prose more often than headlines, except short ones.
  return !/[.:;,…]$/.test(bare) && !(bare.endsWith('!') && words >= 8);
}

/** A line that is mostly a date, a time and labels: metadata, not text. */
function isDateLine(line: string, next: string): boolean {
  if (line.length > 160) return false;
  const dates = findDates(line, next);
  if (dates.length === 0) return false;
  // Subtract the dates; what is left must be short labels, a name or a place.
  let rest = line;
  for (const d of dates) rest = rest.replace(d.raw, ' ');
  return wordCount(rest) <= 8;
}

/** Classify one normalised line. `next` is the following non-empty line (zone continuations). */
export function classifyLine(line: string, next = ''): { kind: LineKind; chrome?: ChromeKind; why?: string } {
  if (line === '') return { kind: 'blank' };
  const rule = matchChrome(line);
  if (rule) return { kind: 'chrome', chrome: rule.kind, why: rule.why };
  if (isSeparatorLine(line))
    return { kind: 'chrome', chrome: 'drop', why: 'separator without letters or figures' };
  if (isCalendarLine(line)) return { kind: 'chrome', chrome: 'drop', why: 'archive calendar' };
  if (isBioLine(line)) return { kind: 'chrome', chrome: 'tail', why: 'author bio' };
  if (isTagList(line)) return { kind: 'meta', why: 'tag or category list' };
  if (LABELLED_META.test(line) && line.length < 200) return { kind: 'meta', why: 'labelled metadata' };
  if (RELATIVE_TIME.test(line)) return { kind: 'meta', why: 'relative time of the page ("2 hours ago")' };
  if (YEARLESS_DATE_LINE.test(line))
    return { kind: 'meta', why: 'date line without a year ("December 5, 12:10")' };
  if (isRoleLine(line)) return { kind: 'meta', why: "a reporter's role under the byline" };
  if (isWireDateline(line)) return { kind: 'dateline' };
  if (SITE_WITH_WIRES.test(line))
    return { kind: 'meta', why: 'a site\'s credit with its wires ("Daily Sabah with AA")' };
  if (DATELINE_CREDIT.test(line))
    return { kind: 'meta', why: 'a dateline credit line ("Baku. 7 December. Report.az")' };
  if (isDateLine(line, next)) return { kind: 'meta', why: 'date line' };
  if (
    PIPE_FIELDS.test(line) &&
    line.length < 200 &&
    line.split(/\s[|•·]\s/).every((f) => wordCount(f) <= 6)
  ) {
    return { kind: 'meta', why: 'credit line of short fields' };
  }
  // a zone or place continuation of a date line: "(Moscow time), Moscow"
  if (line.length < 60 && /^\(/.test(line) && leadingZone(line))
    return { kind: 'meta', why: 'time zone of a date line' };
  if (LABEL_LINE.test(line)) return { kind: 'meta', why: 'label' };
  if (isHeadingLike(line)) return { kind: 'heading' };
  const sentence = withoutCredit(line);
  if (
    wordCount(line) >= 5 &&
    (SENTENCE_END.test(sentence) || CLOSING_QUOTES.test(sentence) || wordCount(line) >= 20)
  ) {
    return { kind: 'prose' };
  }
  return { kind: 'short' };
}

function weightOf(l: DumpLine): number {
  switch (l.kind) {
    case 'blank':
      return 0;
    case 'prose':
      return l.text.length - PROSE_BASE;
    case 'item':
      return Math.max(MIN_ITEM_WEIGHT, l.text.length - PROSE_BASE);
    case 'chrome':
      if (l.chrome === 'end') return Number.NEGATIVE_INFINITY;
      return l.chrome === 'tail' ? TAIL_WEIGHT : WEIGHT.chrome;
    default:
      return WEIGHT[l.kind];
  }
}

/** The [start, end) line range of the maximum-weight run; end <= start when nothing is positive. */
function bestRun(lines: DumpLine[]): [number, number] {
  let best = 0;
  let bestStart = 0;
  let bestEnd = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const w = weightOf(lines[i]);
    if (sum + w <= 0) {
      sum = 0;
      start = i + 1;
      continue;
    }
    if (sum === 0 && w === 0) {
      start = i + 1; // do not open a run on a blank line
      continue;
    }
    sum += w;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i + 1;
    }
  }
  return [bestStart, bestEnd];
}

// ---------------------------------------------------------------- duplicates
/** Comparison key: lowercase letters and digits only, so quotes and spaces do not matter. */
const NON_ASCII = /[^ -~\t\n\r]/; // anything outside printable ASCII
export function dupKey(s: string): string {
  // NFKD only matters for non-ASCII text; skipping it keeps menus of thousands of lines cheap.
  return (NON_ASCII.test(s) ? s.normalize('NFKD').replace(/\p{M}+/gu, '') : s)
    .toLowerCase()
    .replace(/(?:\.\.\.|…)\s*$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
const TRUNCATED = /(?:\.\.\.|…)\s*["”»]?$/u;
/** Letters of a dateline before a repeated lead ("ANKARA (AA) - ", "МОСКВА, 7 декабря. /ТАСС/."). */
const MAX_DATELINE_KEY = 40;
/** Whether paragraph key `p` opens with `k`, or with a dateline and then `k`. */
const opensWith = (p: string, k: string): boolean => {
  // (searched in p's opening only: a paragraph of a long report is not scanned whole for each lead)
  const at =
    p.length > MAX_DATELINE_KEY + k.length
      ? p.slice(0, MAX_DATELINE_KEY + k.length).indexOf(k)
      : p.indexOf(k);
  return at === 0 || (at > 0 && at <= MAX_DATELINE_KEY);
};

/**
 * Indices of paragraphs to drop as repeats: exact repeats (a standfirst repeated as the first
 * paragraph) and truncated teasers ("...") or short leads that are a prefix of another paragraph,
 * or follow its dateline ("Fidan met Bayramov." / "ANKARA (AA) - Fidan met Bayramov. …").
 */
function repeatedParagraphs(texts: string[]): Set<number> {
  const drop = new Set<number>();
  const keys = texts.map(dupKey);
  const seen = new Map<string, number>();
  keys.forEach((k, i) => {
    if (k.length === 0) return;
    if (seen.has(k)) drop.add(i);
    else seen.set(k, i);
  });
  // Prefix repeats: only paragraphs marked truncated or among the first three are candidates,
  // which keeps this linear in practice.
  keys.forEach((k, i) => {
    if (drop.has(i) || k.length < 40) return;
    if (!TRUNCATED.test(texts[i]) && i > 2) return;
    for (let j = 0; j < keys.length; j++) {
      if (j !== i && !drop.has(j) && keys[j].length > k.length && opensWith(keys[j], k)) {
        drop.add(i);
        return;
      }
    }
  });
  return drop;
}

// ---------------------------------------------------------------- title
const CAMEL_GLUE = /\p{Ll}\p{Lu}/u;
const MAX_LINES_TITLE_TO_BODY = 15;

/** Whether a header line can be a headline. */
function titleCandidate(l: DumpLine): boolean {
  if (l.kind !== 'heading') return false;
  const words = wordCount(l.text);
  if (words < 2) return false;
  if (words <= 3 && CAMEL_GLUE.test(l.text)) return false; // glued menu items: "linksTechnology"
  if (words <= 3 && l.text === l.text.toUpperCase()) return false; // section labels: "WORLD NEWS"
  if (
    /^[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2}\.?$/u.test(l.text) &&
    words <= 3 &&
    !/\s(?:of|in|to)\s/.test(l.text)
  ) {
    // two or three capitalised words only: a name or a menu, rarely a headline
    return false;
  }
  return true;
}

/**
 * Pick the headline: a header line repeated later, else the heading nearest the body. A repeated
 * line right under another headline-like line is the standfirst printed twice (teaser and
 * lead-in), not the headline: the line above it is.
 */
function pickTitle(lines: DumpLine[], bodyStart: number): number {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.kind !== 'heading') continue;
    const k = dupKey(l.text);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let nearest = -1;
  let prevCandidate = -1;
  const candidates: number[] = [];
  for (let i = 0; i < bodyStart; i++) {
    const l = lines[i];
    if (l.kind === 'blank') continue;
    if (!titleCandidate(l)) {
      prevCandidate = -1;
      continue;
    }
    if ((counts.get(dupKey(l.text)) ?? 0) > 1 && wordCount(l.text) >= 3) {
      return prevCandidate >= 0 && wordCount(lines[prevCandidate].text) >= 4 ? prevCandidate : i;
    }
    nearest = i;
    prevCandidate = i;
    candidates.push(i);
  }
  if (nearest < 0) return -1;
  // "Russia-Ukraine war live: <newest entry>" over the entry's own heading: a live page's headline
  // is its topic and its newest entry, printed again over that entry.
  const entryKey = dupKey(lines[nearest].text);
  const live = candidates.find((i) => {
    const t = lines[i].text;
    const colon = t.indexOf(': ');
    return i < nearest && colon > 0 && dupKey(t.slice(colon + 2)) === entryKey;
  });
  if (live !== undefined && wordCount(lines[nearest].text) >= 3) return live;
  // A picture's caption sits next to its credit ("Getty Images" / caption, caption / "© X/TASS"):
  // when a heading above it is not one, that heading is the headline.
  if (besideCredit(lines, nearest)) {
    // (a one- to three-word heading above is a rubric or a menu item: "В мире")
    const above = candidates
      .filter((i) => i < nearest && !besideCredit(lines, i) && wordCount(lines[i].text) >= 4)
      .pop();
    if (above !== undefined) nearest = above;
  }
  nearest = aboveDateBlock(lines, nearest, bodyStart);
  const above = nonBlankIndex(lines, nearest, -1);
  const below = nonBlankIndex(lines, nearest, 1);
  // a headline in sentence case has a lower-case word of its own; a menu row has none
  // (three words will do when no menu row goes on above it: "Ташкент выбирает Брюссель" under the
  // issue line)
  const aboveAbove = above >= 0 ? nonBlankIndex(lines, above, -1) : -1;
  const headlineAbove =
    above >= 0 &&
    candidates.includes(above) &&
    (wordCount(lines[above].text) >= 4 ||
      (wordCount(lines[above].text) === 3 && (aboveAbove < 0 || !titleCandidate(lines[aboveAbove])))) &&
    /(?:^|\s)\p{Ll}{4,}/u.test(lines[above].text);
  // "Headline / section label / date" ("Foreign policy", "Внешняя политика"): a heading of two or
  // three words right under a headline is the story's rubric, not its headline.
  if (headlineAbove && wordCount(lines[nearest].text) <= 3) nearest = above;
  // "Headline / longer standfirst / date line (or byline)": two headings over the page's date,
  // the second longer, are the headline and its standfirst (but a menu row over a headline is no
  // headline).
  else if (
    headlineAbove &&
    below >= 0 &&
    (lines[below].kind === 'meta' ||
      (lines[below].kind === 'chrome' && /^bylines/.test(lines[below].why ?? ''))) &&
    (wordCount(lines[nearest].text) > wordCount(lines[above].text) ||
      lines[nearest].text.length > lines[above].text.length)
  )
    nearest = above;
  // "Headline / date line / longer standfirst / text": the date under the headline parts the two.
  else {
    let prior = above;
    let dated = false;
    for (let hops = 0; prior >= 0 && hops < 3; hops++, prior = nonBlankIndex(lines, prior, -1)) {
      const l = lines[prior];
      if (l.kind === 'meta' && /date line/.test(l.why ?? '')) dated = true;
      else if (!(l.kind === 'chrome' && l.chrome === 'drop')) break;
    }
    if (
      dated &&
      prior >= 0 &&
      candidates.includes(prior) &&
      wordCount(lines[prior].text) >= 4 &&
      /(?:^|\s)\p{Ll}{4,}/u.test(lines[prior].text) &&
      wordCount(lines[nearest].text) > wordCount(lines[prior].text) &&
      lines[nearest].text.length > lines[prior].text.length
    )
      nearest = prior;
  }
  // A headline sits close to the text: at most a byline, a date, a caption and share rows apart.
  // A heading further up is a menu or a teaser of another story; unknown stays unknown.
  let between = 0;
  for (let i = nearest + 1; i < bodyStart; i++) if (lines[i].kind !== 'blank') between++;
  return between <= MAX_LINES_TITLE_TO_BODY ? nearest : -1;
}

const nonBlankIndex = (lines: DumpLine[], i: number, step: 1 | -1): number => {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j].kind !== 'blank') return j;
  return -1;
};
const nonBlank = (lines: DumpLine[], i: number, step: 1 | -1): DumpLine | undefined =>
  lines[nonBlankIndex(lines, i, step)];
/** Whether the line before or after line i is a picture's credit or caption. */
function besideCredit(lines: DumpLine[], i: number): boolean {
  return [nonBlank(lines, i, -1), nonBlank(lines, i, 1)].some((l) => !!l && isPictureCredit(l.text));
}

/**
 * "Headline / 7 декабря 2026, 14:05 / обновлено … / standfirst / text": a heading over the page's
 * date lines, with nothing but the standfirst (a heading too, without its full stop) between them
 * and the body, is the headline. Index of the headline, or `nearest` unchanged.
 */
function aboveDateBlock(lines: DumpLine[], nearest: number, bodyStart: number): number {
  for (let i = nearest + 1; i < bodyStart; i++)
    if (lines[i].kind === 'meta' && findDates(lines[i].text).length) return nearest;
  let dated = false;
  let i = nearest - 1;
  for (; i >= 0; i--) {
    const l = lines[i];
    if (l.kind === 'blank') continue;
    if (l.kind !== 'meta') break;
    if (findDates(l.text).length) dated = true;
  }
  return dated && i >= 0 && titleCandidate(lines[i]) && wordCount(lines[i].text) >= 4 ? i : nearest;
}

/** "…, — write: www.site.org", "— пишет site.ru": an aggregator's credit after a headline. */
const HEADLINE_CREDIT =
  /,?\s*[—–-]\s*(?:write|writes|wrote|reports|пишет|пишут|сообщает|передает|yazdı|bildirdi)\s*:?\s+\S{2,60}$/iu;
const withoutHeadlineCredit = (s: string): string => s.replace(HEADLINE_CREDIT, '').trim() || s;
/** Words of a wire headline over its dateline. */
const MAX_WIRE_HEADLINE_WORDS = 20;
/** Headlines quoting a speaker run longer than plain ones; beyond this a line is a lead. */
const MAX_LEAD_TITLE_WORDS = 40;

/**
 * A page that opens with its headline and goes straight into the text has no header for
 * pickTitle to read: the first line is the headline when it does not end a sentence (after a
 * trailing credit is set aside), is not overlong, and prose follows it. Returns the headline
 * without the credit, or null.
 */
function openingHeadline(lines: DumpLine[], first: number): string | null {
  const l = lines[first];
  if (!l) return null;
  const bare = withoutHeadlineCredit(l.text);
  const n = wordCount(bare);
  const next = lines.slice(first + 1).find((x) => x.kind !== 'blank');
  // Wire copy kept whole: a headline in capitals over its dateline, its byline or straight over
  // the lead ("KAZAKHSTAN SAYS … .", then "ALMATY 1996-08-30"); its full stop is no part of it.
  if (isCapsHeadline(bare) && next && next.kind !== 'chrome') return bare.replace(/\s*\.$/u, '');
  if (l.kind !== 'prose' && l.kind !== 'heading') return null;
  if (next?.kind === 'dateline' && n >= 3 && n <= MAX_WIRE_HEADLINE_WORDS) return bare.replace(/\s+\.$/u, '');
  if (n < 3 || n > MAX_LEAD_TITLE_WORDS || /[.:;,…]$/u.test(bare.replace(/["'”»’)\]]+$/u, ''))) return null;
  if (bare.replace(/["'”»’)\]]+$/u, '').endsWith('!') && n >= 8) return null;
  return next && next.kind === 'prose' ? bare : null;
}

/**
 * Prose just above the body run, separated from it by a few short lines (a repeated headline,
 * a photo credit, share buttons): the lead, which weighs too little alone to pull the run up.
 * Losing it loses the news, so the run is extended to it; the title line is never crossed.
 * A wire dateline right above the run ("ALMATY 1996-08-30") opens it too.
 */
const LEAD_GAP_LINES = 3;
const LEAD_MIN_WORDS = 8;
function rescueLead(lines: DumpLine[], start: number, titleIdx: number): number {
  let s = start;
  let gap = 0;
  for (let i = start - 1; i > titleIdx && i >= 0; i--) {
    const l = lines[i];
    if (l.kind === 'blank') continue;
    if ((l.kind === 'prose' && wordCount(l.text) >= LEAD_MIN_WORDS) || (l.kind === 'dateline' && gap === 0)) {
      s = i;
      gap = 0;
      continue;
    }
    if (l.kind === 'chrome' && l.chrome !== 'drop') break;
    if (++gap > LEAD_GAP_LINES) break;
  }
  return s;
}

/** Words of a standfirst: a sentence, not a label or a name. */
const MIN_STANDFIRST_WORDS = 5;
const MAX_STANDFIRST_GAP = 10;

/**
 * "Headline / standfirst / byline / date / text": the one-sentence summary printed under the
 * headline says what the story says, but the byline, date and share lines between it and the
 * text cut it off from the body run. It is the line right under the headline, a sentence of five
 * words or more (no caption: not beside a picture credit), when nothing but metadata, chrome and
 * one- or two-word leftovers (a name, a place, "Save") parts it from the body. Its index, or -1.
 */
function standfirstIndex(lines: DumpLine[], titleIdx: number, start: number, titleKey: string): number {
  const i = nonBlankIndex(lines, titleIdx, 1);
  if (i < 0 || i >= start) return -1;
  const l = lines[i];
  if (l.kind !== 'heading' && l.kind !== 'prose' && l.kind !== 'short') return -1;
  if (wordCount(l.text) < MIN_STANDFIRST_WORDS || l.text.length > 300 || dupKey(l.text) === titleKey)
    return -1;
  // (a caption sits over its credit: "Getty Images", "Фото: X"; a caption with its own credit after it is no credit line)
  const next = nonBlank(lines, i, 1)?.text ?? '';
  if (isPictureCredit(l.text) || (isPictureCredit(next) && wordCount(next) <= 6)) return -1;
  let gap = 0;
  for (let j = i + 1; j < start; j++) {
    const g = lines[j];
    if (g.kind === 'blank') continue;
    if (++gap > MAX_STANDFIRST_GAP) return -1;
    if (g.kind === 'meta' || (g.kind === 'chrome' && g.chrome === 'drop')) continue;
    if ((g.kind === 'heading' || g.kind === 'short') && wordCount(g.text) <= INNER_SHORT_MAX_WORDS) continue;
    return -1;
  }
  return i;
}

// ---------------------------------------------------------------- main
const INNER_SHORT_MAX_WORDS = 2;

/**
 * A table right after the body (results, figures) is part of it, but rows weigh nothing, so the
 * run stops before them: extend it over the rows that follow. A table alone makes no article.
 */
function extendOverTables(lines: DumpLine[], start: number, end: number): number {
  if (end <= start) return end;
  let e = end;
  for (let i = end; i < lines.length; i++) {
    const k = lines[i].kind;
    if (k === 'table' || k === 'item') e = i + 1;
    else if (k !== 'blank') break;
  }
  return e;
}

/** Labels of a link to another story set inside the text ("Read also" / <its headline>). */
const READ_ALSO =
  /^(?:also read|read also|read more|see also|related|читайте также|читайте тоже|смотрите также|по теме|ilgili haber(?:ler)?|bunu da okuyun|ayrıca bakınız|ayrıca okuyun)\s*:?$/iu;
/** Lines between the body and more of its prose that do not end the article. */
const MAX_TAIL_GAP = 2;
const MAX_TAIL_LABEL_WORDS = 3;

/**
 * The last paragraphs often weigh too little to pull the run over what separates them from the
 * rest ("Haberin Devamı", an inline "Read also" with its teaser, a short closing sentence): extend
 * the run over at most two such lines to the prose after them. A longer heading (a teaser outside
 * a "Read also"), tail chrome (related lists, tags, bios) or any other line stops it. A teaser
 * crossed becomes chrome, so it is dropped with its label.
 */
function extendTail(lines: DumpLine[], start: number, end: number): number {
  if (end <= start) return end;
  let e = end;
  let gap: number[] = [];
  let teaserNext = false;
  for (let i = end; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'blank') continue;
    const words = wordCount(l.text);
    if (l.kind === 'prose' || l.kind === 'item') {
      for (const g of gap)
        if (lines[g].kind === 'heading' && wordCount(lines[g].text) > MAX_TAIL_LABEL_WORDS)
          [lines[g].kind, lines[g].chrome, lines[g].why] = [
            'chrome',
            'drop',
            'teaser of an inline "Read also"',
          ];
      e = i + 1;
      gap = [];
      continue;
    }
    // A closing sentence too short to count as prose ("В Баку подтвердили договоренность.").
    if (l.kind === 'short' && gap.length === 0 && words >= 3 && SENTENCE_END.test(l.text)) {
      e = i + 1;
      continue;
    }
    // (A separator or a wire credit line closes the story: "___", "Reporting by X; Editing by Y".)
    if (
      isSeparatorLine(l.text) ||
      /^\(?(?:reporting|additional reporting|writing|editing) by\b/i.test(l.text)
    )
      break;
    // A live page's next entry: its time stamp and its heading, then its text.
    if (isEntryStamp(l) && entryAhead(lines, i)) {
      gap = [];
      continue;
    }
    if (l.kind === 'heading' && entryStamp(lines, i)) continue;
    const label =
      (l.kind === 'chrome' && (l.chrome === 'drop' || READ_ALSO.test(l.text))) ||
      (l.kind === 'meta' && l.why === 'label');
    const shortHeading = (l.kind === 'heading' || l.kind === 'short') && words <= MAX_TAIL_LABEL_WORDS;
    const teaser = teaserNext && l.kind === 'heading';
    if (!label && !shortHeading && !teaser) break;
    teaserNext = READ_ALSO.test(l.text);
    gap.push(i);
    if (gap.length > MAX_TAIL_GAP) break;
  }
  return e;
}

/** A time-stamped entry of a live page starts at line `i` ("12 Mar 2026 - 14:05 GMT"): a heading, then prose. */
function entryAhead(lines: DumpLine[], i: number): boolean {
  const h = nonBlankIndex(lines, i, 1);
  if (h < 0 || lines[h].kind !== 'heading') return false;
  const p = nonBlankIndex(lines, h, 1);
  return p >= 0 && lines[p].kind === 'prose';
}
/** The heading at `i` is a live entry's, under its time stamp. */
function entryStamp(lines: DumpLine[], i: number): boolean {
  const s = nonBlankIndex(lines, i, -1);
  return s >= 0 && isEntryStamp(lines[s]) && entryAhead(lines, s);
}
/**
 * The best run of a live page may be a later entry: start at the first entry whose stamped
 * heading and text run on to it (a widget line such as "Advertisement" may sit between).
 */
function backOverEntries(lines: DumpLine[], start: number): number {
  let s = start;
  for (;;) {
    const h = nonBlankIndex(lines, s, -1);
    if (h < 0 || lines[h].kind !== 'heading' || !entryStamp(lines, h)) return s;
    let p = nonBlankIndex(lines, nonBlankIndex(lines, h, -1), -1);
    while (p >= 0 && lines[p].kind === 'chrome' && lines[p].chrome === 'drop')
      p = nonBlankIndex(lines, p, -1);
    if (p < 0 || lines[p].kind !== 'prose') return s;
    for (
      let k = nonBlankIndex(lines, p, -1);
      k >= 0 && lines[k].kind === 'prose';
      k = nonBlankIndex(lines, k, -1)
    )
      p = k;
    s = p;
  }
}
/** A live entry's stamp is a date line with a time (a teaser list under the story dates by day). */
const isEntryStamp = (l: DumpLine): boolean =>
  l.kind === 'meta' && /^date line/.test(l.why ?? '') && /\b\d{1,2}:\d{2}\b/.test(l.text);

/**
 * A table that opens the text (a results table over its notes, as wire earnings reports run)
 * weighs nothing either, so the run starts under it: take it in when nothing but the headline
 * stands above it. A table further down the page header (tickers, rates) stays out.
 */
function extendBackOverTables(lines: DumpLine[], start: number, titleIdx: number): number {
  let s = start;
  let i = start - 1;
  for (; i > titleIdx && i >= 0; i--) {
    const k = lines[i].kind;
    if (k === 'table' || k === 'item') s = i;
    else if (k !== 'blank') break;
  }
  return i === titleIdx || i < 0 ? s : start;
}

/** Why a line outside the body, or a line dropped inside it, is not article text. */
function dropReason(l: DumpLine, where: 'before' | 'inside' | 'after'): string {
  if (l.why) return l.why;
  if (where === 'inside')
    return l.kind === 'heading' || l.kind === 'short' ? 'short leftover (label, value or button)' : 'repeat';
  const side = where === 'before' ? 'before the article body' : 'after the article body';
  return `${side} (${l.kind === 'prose' ? 'prose of another block' : l.kind === 'heading' ? 'menu, teaser or heading' : l.kind})`;
}

/**
 * Clean a plain-text page dump. `opts.title`, a headline known from elsewhere (a feed, a JSON
 * field), tells the text's opening line from a headline (see unwrap.ts). Never throws; an empty result carries ORBIT_E_NO_TEXT.
 */
export function cleanTextDump(body: string, opts: { title?: string | null } = {}): TextDump {
  const diagnostics: Diagnostic[] = [];
  const rawLines = unwrapLines(
    String(body ?? '')
      .replace(/\r\n?/g, '\n')
      .split('\n'),
    opts,
  ).flatMap(splitDatePrefix);
  const lines: DumpLine[] = new Array(rawLines.length);
  let nextText = '';
  for (let i = rawLines.length - 1; i >= 0; i--) {
    const c = classifyLine(rawLines[i], nextText);
    lines[i] = { text: rawLines[i], kind: c.kind, chrome: c.chrome, role: 'header', why: c.why };
    if (rawLines[i] !== '') nextText = rawLines[i];
  }
  for (const i of listLines(lines))
    if (lines[i].kind !== 'prose') [lines[i].kind, lines[i].why] = ['item', undefined];
  for (const i of tableLines(lines))
    if (lines[i].kind !== 'item') [lines[i].kind, lines[i].why] = ['table', undefined];

  const [bestStart, runEnd] = bestRun(lines);
  const runStart = backOverEntries(lines, bestStart);
  let end = extendOverTables(lines, runStart, extendTail(lines, runStart, runEnd));
  for (let i = end; i < lines.length; i++) lines[i].role = 'footer';

  let titleIdx = pickTitle(lines, runStart);
  let start = extendBackOverTables(lines, rescueLead(lines, runStart, titleIdx), titleIdx);
  if (titleIdx < 0) start = wireHeadlineStart(lines, start);
  end = wireTailEnd(lines, start, end);
  let title = titleIdx >= 0 ? withoutHeadlineCredit(lines[titleIdx].text) : null;
  if (title === null) {
    const first = lines.findIndex((l) => l.kind !== 'blank');
    if (first >= start && first < end) {
      title = openingHeadline(lines, first);
      if (title !== null) titleIdx = first;
    }
  }
  const titleKey = title ? dupKey(title) : '';
  // The standfirst under the headline is text, though bylines and date lines part it from the body.
  const sf = titleIdx >= 0 ? standfirstIndex(lines, titleIdx, start, titleKey) : -1;
  if (sf >= 0) start = sf;
  else if (titleIdx >= 0) {
    // "Headline / date line / standfirst / text": a sentence-long heading right over the text,
    // under the headline's date, is the standfirst.
    const over = nonBlankIndex(lines, start, -1);
    const l = over > titleIdx ? lines[over] : undefined;
    if (
      l &&
      l.kind === 'heading' &&
      wordCount(l.text) >= MIN_STANDFIRST_WORDS &&
      dupKey(l.text) !== titleKey &&
      !besideCredit(lines, over) &&
      lines.slice(titleIdx + 1, over).some((m) => m.kind === 'meta' && /date line/.test(m.why ?? ''))
    )
      start = over;
  }

  // Inside the run: keep prose, headings and short lines; drop chrome, metadata, title repeats
  // and one/two-word leftovers (labels, values, buttons). A headline that opens the body stays.
  const keptIdx: number[] = [];
  for (let i = start; i < end; i++) {
    const l = lines[i];
    if (l.kind === 'blank') continue;
    const repeatsTitle =
      i !== titleIdx && titleKey !== '' && dupKey(withoutHeadlineCredit(l.text)) === titleKey;
    const drop =
      l.kind === 'chrome' ||
      l.kind === 'meta' ||
      repeatsTitle ||
      (l.kind !== 'prose' &&
        l.kind !== 'item' &&
        l.kind !== 'table' &&
        l.kind !== 'dateline' &&
        wordCount(l.text) <= INNER_SHORT_MAX_WORDS);
    l.role = drop ? 'inner' : 'body';
    if (repeatsTitle) l.why = 'repeat of the headline';
    if (!drop) keptIdx.push(i);
  }
  // Trailing headings are section labels of the footer, not article text.
  while (keptIdx.length && lines[keptIdx[keptIdx.length - 1]].kind === 'heading') {
    const l = lines[keptIdx.pop() as number];
    l.role = 'footer';
    l.why = 'heading after the last paragraph (a section label of the footer)';
  }
  const repeats = repeatedParagraphs(keptIdx.map((i) => lines[i].text));
  const parts: string[] = [];
  keptIdx.forEach((li, k) => {
    if (repeats.has(k))
      [lines[li].role, lines[li].why] = ['inner', 'paragraph repeated (teaser or standfirst printed twice)'];
    else parts.push(lines[li].text);
  });
  // The standfirst is text, but for the metadata it stays where it stands, above the lead: the
  // lead is where datelines and credits are read ("ANKARA (AA) -", "ASTANA. KAZINFORM –").
  if (sf >= 0 && lines[sf].role === 'body')
    [lines[sf].role, lines[sf].why] = ['header', 'standfirst (kept as text)'];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'blank' || l.role === 'body' || i === titleIdx) continue;
    l.why = dropReason(l, l.role === 'header' ? 'before' : l.role === 'footer' ? 'after' : 'inside');
  }

  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const p of parts) {
    if (paragraphs.length) offset += 2;
    paragraphs.push({ start: offset, end: offset + p.length });
    offset += p.length;
  }
  const text = parts.join('\n\n');
  if (text.length === 0) {
    diagnostics.push({ code: 'ORBIT_E_NO_TEXT', message: 'No article text was found in the page dump' });
  }
  return { text, paragraphs, title, lines, diagnostics };
}
