/**
 * Splits an article's text into paragraphs of plain segments, each carrying the annotations
 * (mentions, quotes, time expressions) that cover it, so the reader can wrap text nodes in React
 * elements. Text is never parsed as markup. Spans come from the server and are checked here:
 * bad spans (out of range, empty, not integers) are dropped, not trusted.
 * A sweep over sorted boundaries: O(k log k) for k spans plus the size of the output, no
 * per-character work.
 */

export type Annotation<K extends string = string> = { kind: K; start: number; end: number; index: number };

export type Segment<K extends string = string> = {
  start: number;
  end: number;
  text: string;
  marks: Annotation<K>[];
};

export type SegmentedParagraph<K extends string = string> = {
  start: number;
  end: number;
  segments: Segment<K>[];
};

const validSpan = (s: { start: unknown; end: unknown }, len: number): boolean =>
  Number.isInteger(s.start) &&
  Number.isInteger(s.end) &&
  (s.start as number) >= 0 &&
  (s.end as number) <= len &&
  (s.start as number) < (s.end as number);

/** Paragraph ranges that are valid, sorted and non-overlapping; the whole text when none are. */
export function normaliseParagraphs(
  text: string,
  paragraphs: { start: number; end: number }[] | null | undefined,
): { start: number; end: number }[] {
  const len = text.length;
  const good = (Array.isArray(paragraphs) ? paragraphs : [])
    .filter((p) => p && validSpan(p, len))
    .sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  let last = 0;
  for (const p of good) {
    const start = Math.max(p.start, last);
    if (start >= p.end) continue;
    out.push({ start, end: p.end });
    last = p.end;
  }
  if (out.length > 0) return out;
  return splitBlankLines(text);
}

/** Paragraphs at blank lines, for documents stored without paragraph ranges. */
function splitBlankLines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.filter((p) => text.slice(p.start, p.end).trim() !== '');
}

/**
 * Segments each paragraph at every annotation boundary. An annotation crossing a paragraph edge
 * is cut at it, so each paragraph renders on its own.
 */
export function segmentText<K extends string>(
  text: string,
  paragraphs: { start: number; end: number }[] | null | undefined,
  annotations: Annotation<K>[],
): SegmentedParagraph<K>[] {
  const safeText = typeof text === 'string' ? text : '';
  const len = safeText.length;
  const anns = annotations.filter((a) => validSpan(a, len));
  // In text order; at equal starts the longer span first, so outer spans come first in `marks`.
  const opens = [...anns].sort((a, b) => a.start - b.start || b.end - a.end);
  const paras = normaliseParagraphs(safeText, paragraphs);
  const out: SegmentedParagraph<K>[] = [];
  let next = 0; // next annotation in `opens` not yet activated
  let active: Annotation<K>[] = [];
  for (const p of paras) {
    // Activate everything opening before this paragraph's end; drop whatever closed before its start.
    while (next < opens.length && opens[next].start < p.end) active.push(opens[next++]);
    active = active.filter((a) => a.end > p.start);
    // Sweep inside the paragraph: the covering set changes only at clamped open/close points.
    const lo = (a: Annotation<K>) => Math.max(a.start, p.start);
    const hi = (a: Annotation<K>) => Math.min(a.end, p.end);
    const byOpen = [...active].sort((a, b) => lo(a) - lo(b));
    const byClose = [...active].sort((a, b) => hi(a) - hi(b));
    const cuts = new Set<number>([p.start, p.end]);
    for (const a of active) {
      cuts.add(lo(a));
      cuts.add(hi(a));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const covering = new Set<Annotation<K>>();
    let oi = 0;
    let ci = 0;
    const segments: Segment<K>[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i];
      const e = points[i + 1];
      while (ci < byClose.length && hi(byClose[ci]) <= s) covering.delete(byClose[ci++]);
      while (oi < byOpen.length && lo(byOpen[oi]) <= s) {
        const a = byOpen[oi++];
        if (hi(a) > s) covering.add(a);
      }
      segments.push({ start: s, end: e, text: safeText.slice(s, e), marks: [...covering] });
    }
    out.push({ start: p.start, end: p.end, segments });
  }
  return out;
}

/**
 * Splits a search snippet at the server's hit markers (\u0002 opens a hit, \u0003 closes it) into
 * plain and highlighted parts. Unbalanced markers are tolerated: a stray close is dropped and
 * an unclosed open runs to the end.
 */
export function splitSnippet(snippet: string | null | undefined): { text: string; hit: boolean }[] {
  const s = typeof snippet === 'string' ? snippet : '';
  const out: { text: string; hit: boolean }[] = [];
  let hit = false;
  let buf = '';
  const flush = () => {
    if (buf) out.push({ text: buf, hit });
    buf = '';
  };
  for (const ch of s) {
    if (ch === '\u0002') {
      flush();
      hit = true;
    } else if (ch === '\u0003') {
      flush();
      hit = false;
    } else buf += ch;
  }
  flush();
  return out;
}
