/**
 * Quotation-mark pairing: finds the outermost quoted segments of each paragraph.
 *
 * One pass over the quotation marks with a small stack per paragraph. Every mark is classified
 * as opening or closing from its own shape (“ „ « ‘ ‚ open, ” » ’ close) or, for the straight
 * `"`, from its flanks (space before / letter after = opening, and the reverse = closing); a mark
 * with no telling flanks closes when a quote is open and opens otherwise. Writers and scrapers
 * get marks wrong, so:
 * - an opening-shaped mark right after `,` `.` `!` `?` or `…` (optionally a space) while a
 *   double quote is open closes it (`stability, "the minister said`, `Asia, “According to`);
 * - nested quotes (a term in quotes inside a quotation) stay part of the outer segment;
 * - a quote still open at the end of a paragraph ends there (`unclosed`); when the next
 *   paragraph starts with an opening mark, the two are one multi-paragraph quotation
 *   (`continues` links them);
 * - ’ between letters is an apostrophe, and a single-quote closer with nothing open is ignored.
 */

export type QuoteSegment = {
  open: number; // index of the opening mark
  close: number; // index of the closing mark, or the paragraph end when unclosed
  unclosed: boolean;
  paragraph: number; // index into the paragraphs list
  /** index of the segment this one continues (multi-paragraph quotation), or -1 */
  continues: number;
};

export type Range = { start: number; end: number };

const MARKS = /["“”„«»‘’‚‹›\u201F]/g;
const PARA_BREAK = /\n[ \t\r\f\v\u00A0]*\n/g;
const SPACE = /\s/;
const WORDCH = /[\p{L}\p{N}]/u;
const OPEN_PUNCT = /[,.!?…]/;

/** Paragraph ranges: text between blank lines, trimmed. */
export function paragraphsOf(text: string): Range[] {
  const out: Range[] = [];
  let s = 0;
  PARA_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  const push = (a: number, b: number) => {
    while (a < b && SPACE.test(text[a])) a++;
    while (b > a && SPACE.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  while ((m = PARA_BREAK.exec(text)) !== null) {
    push(s, m.index);
    s = m.index + m[0].length;
  }
  push(s, text.length);
  return out;
}

type Open = { pos: number; cat: 'd' | 's'; ch: string };

export function findQuoteSegments(text: string, paragraphs: Range[]): QuoteSegment[] {
  const segs: QuoteSegment[] = [];
  let pi = 0;
  let stack: Open[] = [];
  const flush = (paraEnd: number) => {
    if (stack.length > 0 && stack[0].cat === 'd') {
      segs.push({ open: stack[0].pos, close: paraEnd, unclosed: true, paragraph: pi, continues: -1 });
    }
    stack = [];
  };
  MARKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKS.exec(text)) !== null) {
    const i = m.index;
    while (pi < paragraphs.length && i >= paragraphs[pi].end) {
      flush(paragraphs[pi].end);
      pi++;
    }
    if (pi >= paragraphs.length) break;
    if (i < paragraphs[pi].start) continue;
    const ch = m[0];
    const prev = i > 0 ? text[i - 1] : ' ';
    const next = i + 1 < text.length ? text[i + 1] : ' ';
    const leftOpen = SPACE.test(prev) || '([{—–-/'.includes(prev) || i === paragraphs[pi].start;
    const rightOpen = SPACE.test(next) || /[.,;:!?)\]}…—–-]/.test(next) || i + 1 === paragraphs[pi].end;
    const dOpen = stack.some((o) => o.cat === 'd');
    let role: 'open' | 'close' | 'skip';
    let cat: 'd' | 's' = 'd';
    switch (ch) {
      case '“':
        role = stack.length && stack[stack.length - 1].ch === '„' ? 'close' : 'open';
        break;
      case '„':
      case '«':
        role = 'open';
        break;
      case '”':
      case '\u201F':
        role = !dOpen && leftOpen && !rightOpen ? 'open' : 'close';
        break;
      case '»':
        role = 'close';
        break;
      case '"':
        if (leftOpen && !rightOpen) role = 'open';
        else if (!leftOpen && rightOpen) role = 'close';
        else role = dOpen ? 'close' : 'open';
        break;
      case '‘':
      case '‚':
      case '‹':
        cat = 's';
        role = WORDCH.test(next) && !WORDCH.test(prev) ? 'open' : 'skip';
        break;
      default: // ’ ›
        cat = 's';
        if (WORDCH.test(prev) && WORDCH.test(next))
          role = 'skip'; // apostrophe
        else role = stack.some((o) => o.cat === 's') ? 'close' : 'skip';
    }
    if (role === 'skip') continue;
    if (role === 'open' && cat === 'd' && dOpen) {
      // an opening-shaped mark right after sentence punctuation closes the open quotation
      let k = i - 1;
      while (k >= 0 && (text[k] === ' ' || text[k] === '\u00A0')) k--;
      if (k >= 0 && OPEN_PUNCT.test(text[k])) role = 'close';
    }
    if (role === 'open') {
      stack.push({ pos: i, cat, ch });
      continue;
    }
    // close: pop to the nearest open of the same category
    let j = stack.length - 1;
    while (j >= 0 && stack[j].cat !== cat) j--;
    if (j < 0) continue; // stray closer
    const opened = stack[j];
    stack.length = j;
    if (j === 0 && opened.cat === 'd') {
      segs.push({ open: opened.pos, close: i, unclosed: false, paragraph: pi, continues: -1 });
    } else if (j === 0 && opened.cat === 's' && !stack.length) {
      segs.push({ open: opened.pos, close: i, unclosed: false, paragraph: pi, continues: -1 });
    }
  }
  while (pi < paragraphs.length) {
    flush(paragraphs[pi].end);
    pi++;
  }
  // multi-paragraph quotations: an unclosed segment followed by a paragraph opening with a mark
  for (let k = 1; k < segs.length; k++) {
    const a = segs[k - 1],
      b = segs[k];
    if (a.unclosed && b.paragraph === a.paragraph + 1 && b.open === paragraphs[b.paragraph].start)
      b.continues = k - 1;
  }
  return segs;
}
