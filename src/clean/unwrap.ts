/**
 * Hard-wrapped plain text (newswire, e-mail, Reuters-21578-style bodies) has one paragraph over
 * several lines. This pass turns the raw lines of a text dump into logical lines: the lines of
 * one paragraph joined, e-mail quote markers ("> ") taken off, every line normalised
 * (normalizeLine). Lines that are paragraphs of their own (headings, list items, addresses, table
 * rows, sign-offs) must stay apart: a wrong join turns an address into a sentence.
 *
 * What says where a paragraph ends, strongest first:
 *  - a blank line, or a change of e-mail quote depth;
 *  - indentation, in text whose paragraphs are marked by it ("    The company said ..."): an
 *    indented line opens a paragraph and an unindented one continues it. Indentation is only
 *    visible before normalisation, which is why this pass reads the raw lines;
 *  - line length: a line well short of the wrap width ends its paragraph, unless it does not
 *    end a sentence and the next line plainly continues it (starts in lower case; or is itself
 *    a full wrapped line in indentation-marked text or under a known headline). The last case is
 *    the opening line of a wire body whose dateline was cut off ("Acme Grain Corp is not under" /
 *    "pressure to sell ..."): short, but the start of the story.
 */
import { normalizeLine } from './boilerplate.js';
import { hasListMarker } from './text-structure.js';

/** Sentence-final punctuation (a colon too: it introduces what follows on its own lines). */
const SENTENCE_END = /[.!?…:;]["'”»’)\]]*$/u;
/** A line ending with initials or an abbreviation of capitals ("L.K.", "U.S.") ends no sentence for sure. */
const ENDS_WITH_INITIALS = /(?:^|[\s(])(?:\p{Lu}\.){1,3}$/u;
const LOWER_START = /^["'“«(]?\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;
/**
 * Words that cannot end a sentence or a headline (articles, prepositions, conjunctions, auxiliaries,
 * possessives): a line ending with one is broken mid-sentence ("Rockwell Corp has" / "received").
 */
const FUNCTION_END = new RegExp(
  `(?:^|\\s)(?:${[
    // English
    'a|an|the|of|to|in|on|at|by|for|with|from|into|onto|over|under|about|than|and|or|but|nor|as|that|which|who|whose',
    'through|via|across|between|among|amid|against|during|after|before|without|within|toward|towards|upon',
    'its|their|his|her|our|your|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|should|must|said',
    // Russian
    'и|в|во|на|с|со|по|к|ко|о|об|у|за|из|от|до|для|при|что|а|но|или|как|не|его|её|ее|их|был|была|были|будет',
    // Turkish
    've|ile|bir|bu|şu|için|ki|veya|ya|hem|ama|ancak|gibi|olarak',
  ].join('|')})$`,
  'iu',
);
const words = (s: string): number => s.split(' ').filter((w) => /\p{L}/u.test(w)).length;
/** E-mail quote markers at the start of a line: ">", "> >", ">>". */
const QUOTE_MARKS = /^[ \t]*((?:>[ \t]?)+)/;
const TAB_WIDTH = 4;

/** A wrapped line is "full" from this share of the wrap width on. */
const FULL_SHARE = 0.75;
/** Wrap widths of real hard-wrapped text; outside, lines are paragraphs (page dumps) or scraps. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;
/** Lines longer than this share of the wrap width were never wrapped at it. */
const OVERLONG_SHARE = 1.5;
const OVERLONG_WORDS = 12;

type RawLine = {
  /** normalised text ('' for blank) */
  text: string;
  /** leading spaces after the quote markers (tabs count TAB_WIDTH) */
  indent: number;
  /** e-mail quote depth */
  quote: number;
  /** printed width: markers and indentation included */
  width: number;
};

function readLine(raw: string, quoting: boolean): RawLine {
  let rest = raw.replace(/\s+$/u, '');
  let quote = 0;
  let marks = '';
  const m = quoting ? QUOTE_MARKS.exec(rest) : null;
  if (m) {
    quote = (m[1].match(/>/g) ?? []).length;
    marks = m[0];
    rest = rest.slice(m[0].length);
  }
  const lead = /^[ \t\u00A0]*/u.exec(rest)?.[0] ?? '';
  let indent = 0;
  for (const ch of lead) indent += ch === '\t' ? TAB_WIDTH : 1;
  const text = normalizeLine(rest);
  return { text, indent, quote, width: marks.length + indent + rest.trim().length };
}

/** Two figures standing alone, the last closing the line: a row of a results or standings table. */
const tableRow = (s: string): boolean =>
  /\s\d[\d.,:-]*$/u.test(s) && (s.match(/(?<=^|\s)\d[\d.,:-]*(?=\s|$)/gu)?.length ?? 0) >= 2;

const endsSentence = (s: string): boolean => SENTENCE_END.test(s) && !ENDS_WITH_INITIALS.test(s);

/**
 * The wrap width of the text: the 90th percentile of line widths, when it lies between MIN and
 * MAX_WIDTH (else 0: lines are paragraphs, as in page dumps). `wrapped` says the lines really are
 * broken at that width: most sit near it, or full lines are broken mid-sentence with text under
 * them (short items, tables and lists between paragraphs lower the share of full lines).
 */
function wrapWidth(lines: RawLine[]): { width: number; wrapped: boolean } {
  const widths = lines.filter((l) => l.text !== '').map((l) => l.width);
  if (widths.length < 2) return { width: 0, wrapped: false };
  const sorted = [...widths].sort((a, b) => a - b);
  const w = sorted[Math.floor(sorted.length * 0.9)];
  if (w > MAX_WIDTH || w < MIN_WIDTH) return { width: 0, wrapped: false };
  // Text broken at a width has no line far past it: a page dump whose few paragraphs run to
  // hundreds of characters under a long menu is not wrapped at the width of its headings.
  // (A line of prose is enough; a long unbroken token — an address, a table rule — is not.)
  if (lines.some((l) => l.width > w * OVERLONG_SHARE && words(l.text) >= OVERLONG_WORDS))
    return { width: 0, wrapped: false };
  const full = widths.filter((n) => n >= w * FULL_SHARE).length;
  let breaks = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    if (a.width >= w * FULL_SHARE && a.text !== '' && lines[i + 1].text !== '' && !endsSentence(a.text))
      breaks++;
  }
  const share = full / widths.length;
  const wrapped =
    (widths.length >= 6 && full >= 3 && share >= 0.4) ||
    breaks >= 2 ||
    (breaks === 1 && (widths.length < 6 || share >= 0.3));
  return { width: w, wrapped };
}

/**
 * Whether paragraphs are marked by first-line indentation: at least two lines indented past the
 * least-indented text, or one indented full line continued by an unindented one.
 */
function indentMarked(lines: RawLine[], base: number, width: number): boolean {
  let indented = 0;
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i];
    if (a.text === '' || a.indent <= base) continue;
    if (++indented >= 2) return true;
    const b = lines[i + 1];
    if (b && b.text !== '' && b.quote === a.quote && b.indent <= base && a.width >= width * FULL_SHARE)
      return true;
  }
  return false;
}

/** Raw lines (line ends already "\n"-split) → logical lines, normalised; blank lines kept. */
export function unwrapLines(raw: string[], opts: { title?: string | null } = {}): string[] {
  // Quote markers only count when several lines carry them (a lone ">" line is text).
  let quoted = 0;
  for (const l of raw) if (QUOTE_MARKS.test(l) && ++quoted >= 2) break;
  const lines = raw.map((l) => readLine(l, quoted >= 2));
  const { width, wrapped } = wrapWidth(lines);
  let base = Infinity;
  for (const l of lines) if (l.text !== '' && l.indent < base) base = l.indent;
  const byIndent = width > 0 && indentMarked(lines, base, width);
  const titleKey = opts.title ? key(opts.title) : '';

  const out: string[] = [];
  let cur: RawLine | null = null;
  let curText = '';
  let opening = true; // no line of text yet: the next one opens the document
  let curIsOpening = false;
  const flush = () => {
    if (cur) out.push(curText);
    cur = null;
  };
  for (const l of lines) {
    if (l.text === '') {
      flush();
      out.push('');
      continue;
    }
    const prev: RawLine | null = cur;
    if (
      prev &&
      width > 0 &&
      continues(prev, curText, l, { width, wrapped, base, byIndent, opening: curIsOpening, titleKey })
    ) {
      curText = `${curText} ${l.text}`;
      cur = l;
      continue;
    }
    flush();
    cur = l;
    curText = l.text;
    curIsOpening = opening;
    opening = false;
  }
  flush();
  return out;
}

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

type Ctx = {
  width: number;
  wrapped: boolean;
  base: number;
  byIndent: boolean;
  opening: boolean;
  titleKey: string;
};

/** Most words of a headline line. */
const MAX_HEADLINE_WORDS = 16;
/**
 * Whether the break after `prev`, the first line of its block, ends a headline rather than
 * wrapping a paragraph: the next line opens in capitals with a word that would have fit on
 * `prev` within the wrap width (a wrapping program breaks only when the word does not fit), and
 * `prev` ends with no word that cannot end a headline ("… rail link through" / "Azerbaijan"); the
 * next line has three words at least (a standfirst or a byline, not the headline's last words).
 */
function headlineBreak(prev: RawLine, sofar: string, l: RawLine, width: number): boolean {
  // (a headline in capitals over wire copy is left to the wire rules, see wire-copy.ts: a
  // lower-case word of its own marks a headline in sentence case)
  if (sofar !== prev.text || !/(?:^|\s)\p{Ll}{3,}/u.test(prev.text) || words(prev.text) > MAX_HEADLINE_WORDS)
    return false;
  if (FUNCTION_END.test(prev.text)) return false;
  // (the next line is a sentence or a byline of its own, not the last words of the headline)
  if (!/^["'“«(]?\p{Lu}/u.test(l.text) || /[,;]$/u.test(prev.text) || words(l.text) < 3) return false;
  const firstWord = l.text.split(' ')[0];
  return prev.width + 1 + firstWord.length <= width - 2;
}

/** Whether line `l` continues the paragraph whose last line is `prev` (text so far: `sofar`). */
function continues(prev: RawLine, sofar: string, l: RawLine, c: Ctx): boolean {
  if (l.quote !== prev.quote || hasListMarker(l.text)) return false;
  if (c.opening && c.titleKey !== '' && key(sofar) === c.titleKey) return false; // the headline itself
  if (c.byIndent && l.indent > c.base) return false; // an indented line opens a paragraph
  const prevFull = prev.width >= c.width * FULL_SHARE;
  const lFull = l.width >= c.width * FULL_SHARE;
  const ended = endsSentence(prev.text);
  // Rows of a results table ("Nottingham Forest 0 Tottenham 1" over "Sheffield Wednesday 2 Aston
  // Villa 1") are as long as each other, as wrapped lines are, but each closes on its figure
  if (tableRow(prev.text) && tableRow(l.text) && /^\p{Lu}/u.test(l.text)) return false;
  // The line was broken because the next word did not fit — unless it would have fit: a headline
  // opening its block over a standfirst in capitals ("Turkmenistan opens pipeline talks" /
  // "Ashgabat hopes …") is as long as a wrapped line, but its break is the end of the headline.
  // (Not in indentation-marked text: wire bodies there are wrapped by programs that break early.)
  if (c.wrapped && prevFull && !ended) return c.byIndent || !headlineBreak(prev, sofar, l, c.width);
  // Indentation-marked text: an unindented line under a full one is mid-paragraph, even when a
  // sentence ends right at the margin (unless a short line — a label — follows a full stop).
  if (c.byIndent && prevFull && (lFull || !ended)) return true;
  if (ended) return false;
  // A short line that ends no sentence, followed by one that plainly continues it.
  if (LOWER_START.test(l.text)) return true;
  // Two short lines: a list, an address, a heading over a name. An all-capitals line is a headline.
  if (!lFull || !HAS_LOWER.test(sofar)) return false;
  // A short line over a full one, both in lower and upper case: the start of a paragraph that did
  // not fill its line. At the opening of the text (a wire body whose dateline was cut off:
  // "Secretary of State George" / "Shultz acknowledged ...") it joins when paragraphs are marked
  // by indentation (an unindented full line never opens one) or the headline is known to be
  // another line; three words at least, so a section label stays apart, unless both hold. Further down, in
  // indentation-marked text only, and it must read as a broken sentence — five words or more, or
  // a last word that cannot end one — so a short heading ("Background") over a flush paragraph
  // stays apart.
  if (c.opening) {
    const otherThanHeadline = c.titleKey !== '' && key(sofar) !== c.titleKey;
    // both signals: even one or two words ("International Business" / "Machines Corp said ...")
    if (c.byIndent && otherThanHeadline) return true;
    return words(prev.text) >= 3 && (c.byIndent || otherThanHeadline);
  }
  return c.byIndent && (words(prev.text) >= 5 || FUNCTION_END.test(prev.text));
}
