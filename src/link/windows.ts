/**
 * Comparing a short document with a much longer one through windows.
 *
 * Verification aligns two whole texts, so comparing a one-page article with a stored 8 MB report
 * cost as much as tokenising and aligning the report: every later ingest whose passages met the
 * report paid seconds. A short text can only be found in the long one where their passages
 * agree, so the long side is read and aligned only around the passages carrying the passage keys
 * the two share (each key stored with the spans of the segments that carry it,
 * `passageKeySpans`): the most-shared segments first, within a budget proportional to the short
 * text, widened by some context. Coverage shares and added prose of the long side are taken
 * against its whole-document totals (`DocTotals`), so the verdicts are the same kinds of verdict.
 *
 * What this gives up, only for pairs where one side is both long (LONG_DOC_TOKENS) and
 * LONG_RATIO times longer than the other: names, figures and fuzzy sentence matches of the long
 * side are looked for inside the windows, not in the whole text; sentences matching without a
 * shared passage key are not seen. For such a pair only an excerpt or a partial rewrite is
 * possible anyway (a duplicate or full rewrite needs most of both sides matched).
 */
import { tokenize, type Tokens } from './normalize.js';

/** A document with at least this many tokens stores its passage spans and totals. */
export const LONG_DOC_TOKENS = 20_000;
/** A pair is compared through windows when the long side is this many times longer. */
export const LONG_RATIO = 8;
/** Spans kept per passage key in one document (a key repeated more often is the text's own boilerplate). */
export const SPANS_PER_KEY = 16;
/** Characters of context added on each side of a window. */
const CONTEXT_CHARS = 400;
/** Window budget: characters of the long side per character of the short side, plus a floor. */
const BUDGET_PER_CHAR = 8;
const BUDGET_FLOOR = 4000;

/** Whether a pair of these sizes (tokens) is compared through windows of the longer side. */
export function windowed(tokensA: number, tokensB: number): boolean {
  const long = Math.max(tokensA, tokensB);
  return long >= LONG_DOC_TOKENS && long >= LONG_RATIO * Math.min(tokensA, tokensB);
}

/** Characters of the long side compared with a short side of `shortChars` characters. */
export const windowBudget = (shortChars: number): number => BUDGET_PER_CHAR * shortChars + BUDGET_FLOOR;

/**
 * Character ranges [start, end) of the long text to align: the segments carrying the most
 * shared keys (ties: earlier first) while the budget lasts (at least one), each widened by
 * CONTEXT_CHARS, clamped to the text, merged where they meet, in text order.
 * `spansOfSharedKeys`: for each shared key, its flattened spans (start0, end0, start1, end1, …).
 */
export function chooseWindows(
  spansOfSharedKeys: Iterable<readonly number[]>,
  budgetChars: number,
  textLength: number,
): [number, number][] {
  const count = new Map<string, { start: number; end: number; n: number }>();
  for (const spans of spansOfSharedKeys)
    for (let i = 0; i + 1 < spans.length; i += 2) {
      const k = `${spans[i]}:${spans[i + 1]}`;
      const c = count.get(k);
      if (c) c.n++;
      else count.set(k, { start: spans[i]!, end: spans[i + 1]!, n: 1 });
    }
  const ranked = [...count.values()].sort((x, y) => y.n - x.n || x.start - y.start || x.end - y.end);
  const picked: [number, number][] = [];
  let used = 0;
  for (const s of ranked) {
    const len = s.end - s.start;
    if (picked.length && used + len > budgetChars) continue;
    used += len;
    picked.push([Math.max(0, s.start - CONTEXT_CHARS), Math.min(textLength, s.end + CONTEXT_CHARS)]);
  }
  picked.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const w of picked) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}

/**
 * One window's text cut to whole words: a window that does not start (end) at the text's start
 * (end) drops the characters up to its first (after its last) whitespace, where a word may be cut.
 */
export function wholeWords(piece: string, atStart: boolean, atEnd: boolean): string {
  let from = 0;
  let to = piece.length;
  if (!atStart) {
    const m = /\s/.exec(piece);
    from = m ? m.index : piece.length;
  }
  if (!atEnd) {
    let i = to - 1;
    while (i >= from && !/\s/.test(piece[i]!)) i--;
    to = Math.max(from, i);
  }
  return piece.slice(from, to);
}

/** Never produced by tokenize: stops an exact run at the border between two windows. */
const BORDER = '\u0000';
const SEPARATOR = '\n\n';

/**
 * Tokens of several windows as one text: each window tokenised on its own (its segments as the
 * whole text cuts them, since windows start and end at word borders), one border token between
 * windows (its own segment, not prose, not content) so no run or segment spans two windows.
 */
export function joinWindows(texts: string[]): Tokens {
  const parts = texts.map(tokenize).filter((t) => t.words.length > 0);
  let text = '';
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  const capital: number[] = [];
  const content: number[] = [];
  const segs: number[] = [];
  const prose: number[] = [];
  for (const p of parts) {
    if (words.length) {
      segs.push(words.length);
      prose.push(0);
      words.push(BORDER);
      starts.push(text.length);
      ends.push(text.length);
      hashes.push(0);
      capital.push(0);
      content.push(0);
      text += SEPARATOR;
    }
    const base = words.length;
    const off = text.length;
    text += p.text;
    for (let i = 0; i < p.words.length; i++) {
      words.push(p.words[i]!);
      starts.push(p.starts[i]! + off);
      ends.push(p.ends[i]! + off);
      hashes.push(p.hashes[i]!);
      capital.push(p.capital[i]!);
      content.push(p.content[i]!);
    }
    for (let s = 0; s + 1 < p.segStarts.length; s++) {
      segs.push(p.segStarts[s]! + base);
      prose.push(p.segProse[s]!);
    }
  }
  segs.push(words.length);
  return {
    text,
    words,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    hashes: Uint32Array.from(hashes),
    capital: Uint8Array.from(capital),
    content: Uint8Array.from(content),
    segStarts: Int32Array.from(segs),
    segProse: Uint8Array.from(prose),
  };
}
