/**
 * Structure inside a page dump that line-by-line classification cannot see: lists introduced by
 * a colon, tables of short rows with figures, wire datelines ("LONDON 1996-08-30"), and a date
 * label printed on the same line as the headline or the lead (" date 2025-10-07 Headline").
 *
 * Why: the body search weighs every line on its own, and short lines weigh against it. A list of
 * two-word items, a results table or a dateline is article text all the same; dropping it loses
 * names and facts (recall first: a kept line of chrome costs less than a lost line of text).
 */
import { findDates } from './metadata-dates.js';
import { NON_NAME_WORDS } from './metadata-sources.js';

/** Labels that say a date is the page's own (creation) date. */
const DATE_LABEL =
  /^(?:date|dated|published|posted|first published|дата(?: публикации)?|опубликовано|tarih|yayın tarihi|yayınlanma(?: tarihi)?)\s*:?\s+/iu;

/**
 * Split a date label printed on the same line as text: " date 2025-10-07 Speaking at …" →
 * ["date 2025-10-07", "Speaking at …"]. Only a labelled date directly after the label, and only
 * when at least two words follow it; anything else is returned unchanged.
 */
export function splitDatePrefix(line: string): string[] {
  const label = DATE_LABEL.exec(line);
  if (!label) return [line];
  const d = findDates(line).find((m) => m.index === label[0].length);
  if (!d) return [line];
  const rest = line.slice(d.end).replace(/^[\s,;|–—-]+/u, '');
  if (rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 2) return [line];
  return [line.slice(0, d.end).trim(), rest];
}

/** A list marker left on the line after normalisation: "- item", "– item", "1. item", "2) item". */
const LIST_MARKER = /^(?:[-–]\s+|\d{1,2}[.)]\s+)(?=\S)/u;
export const hasListMarker = (line: string): boolean => LIST_MARKER.test(line);

const words = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const SENTENCE_END = /[.!?…]["'”»’)\]]*$/u;

/** What the structure pass needs to know about a line. */
export type StructLine = { text: string; kind: string; chrome?: string };

/**
 * Lines that are items of a list introduced by a line ending with ":" (the intro itself is
 * returned too). Marked lists ("- item", "1. item") take any number of items of any length;
 * unmarked ones need an intro that is a sentence (four words or more) and two to fifteen short
 * items, so "Country:" / "Turkey" label pairs stay metadata.
 */
export function listLines(lines: StructLine[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const intro = lines[i];
    if (!intro.text.endsWith(':') || intro.kind === 'chrome' || intro.kind === 'blank') continue;
    const items: number[] = [];
    let marked: boolean | null = null;
    for (let j = i + 1; j < lines.length && items.length < 40; j++) {
      const l = lines[j];
      if (l.kind === 'blank') {
        if (items.length) break;
        continue;
      }
      if (l.kind === 'chrome') break;
      const isMarked = hasListMarker(l.text);
      if (marked === null) marked = isMarked;
      if (marked ? !isMarked : words(l.text) > 8 || SENTENCE_END.test(l.text) || l.text.endsWith(':')) break;
      items.push(j);
    }
    const ok = marked ? items.length >= 1 : items.length >= 2 && items.length <= 15 && words(intro.text) >= 4;
    if (!ok) continue;
    out.add(i);
    for (const j of items) out.add(j);
  }
  return out;
}

/** A table row: a short line with at least one figure and one word, and no sentence. */
function rowLike(l: StructLine): boolean {
  if (l.kind === 'chrome' || l.kind === 'blank' || l.kind === 'prose' || l.text.length > 90) return false;
  if (!/\d/.test(l.text) || !/\p{L}{2}/u.test(l.text) || SENTENCE_END.test(l.text) || l.text.endsWith(':'))
    return false;
  const tokens = l.text.split(/\s+/);
  return tokens.length >= 2 && tokens.length <= 14 && findDates(l.text).length === 0;
}

/** A short label between two groups of rows ("Division two"): part of the table. */
const groupLabel = (l: StructLine): boolean =>
  l.kind !== 'chrome' && l.kind !== 'prose' && !/\d/.test(l.text) && words(l.text) <= 4;

/** Whether the next non-blank line after `i` is row-like (a forward scan, not a copy of the rest). */
function nextRowLike(lines: StructLine[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].kind !== 'blank') return rowLike(lines[j]);
  return false;
}

/**
 * Rows of tables: three or more row-like lines (results, standings, price lists), with blank
 * lines and short group labels between them ("Division two"). Anything else ends the table.
 */
export function tableLines(lines: StructLine[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  let rows = 0;
  const flush = (): void => {
    if (rows >= 3) for (const j of run) out.add(j);
    run = [];
    rows = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'blank') continue;
    if (rowLike(l)) {
      run.push(i);
      rows++;
      continue;
    }
    if (rows > 0 && groupLabel(l) && nextRowLike(lines, i)) run.push(i);
    else flush();
  }
  flush();
  return out;
}

const PLACE_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]{2,}(?:-[\p{Lu}]+)?)$/u;

/**
 * A wire dateline alone on its line: a place in capitals, then the date ("LONDON 1996-08-30",
 * "AL-AIN , United Arab Emirates 1996-12-06"). Part of the story in wire copy, so it stays in the
 * text. Capitals first, because a web page's "Jane Roe, 12 May 2021" is a byline, not a place.
 */
export function isWireDateline(line: string): boolean {
  if (line.length > 80) return false;
  const dates = findDates(line);
  if (dates.length !== 1) return false;
  const d = dates[0];
  if (line.slice(d.end).trim() !== '') return false;
  const place = line
    .slice(0, d.index)
    .replace(/[\s,]+$/u, '')
    .trim();
  if (!place) return false;
  const tokens = place.split(/\s*,\s*|\s+/).filter(Boolean);
  if (tokens.length > 5 || !/^[\p{Lu}]{2,}(?:-[\p{Lu}]+)*$/u.test(tokens[0]) || tokens[0].length < 3)
    return false;
  return tokens.every(
    (t) => PLACE_WORD.test(t) && !NON_NAME_WORDS.has(t.toLowerCase()) && !/^(?:by|от)$/i.test(t),
  );
}
