/**
 * HTML main-text extraction: the article's paragraphs without site chrome, plus page metadata.
 *
 * Pipeline: htmlparser2 parse → private tree (html-dom.ts) → text blocks with per-element block
 * ranges (html-blocks.ts) → Readability-style scoring, container choice, sibling merge and
 * conditional cleaning (html-content.ts) → paragraph filters (html-filter.ts). When a strict
 * pass finds too little text, less strict passes follow (like Readability's retries).
 * All walks are iterative; no step re-reads a subtree, so huge and deeply nested pages are safe.
 */
import { buildTree } from './html-dom.js';
import { type Mode, prepare, selectContent, textLengths } from './html-content.js';
import { linearise, type Linear } from './html-blocks.js';
import type { El } from './html-dom.js';
import { isBoilerplate, isLinkLine } from './html-filter.js';
import { extractMeta } from './html-meta.js';
import type { Block } from './html-blocks.js';

export type HtmlExtraction = {
  /** Article headline (h1 / og:title / <title> minus " | Site" suffixes). */
  title: string | null;
  /** Main text: paragraphs joined with "\n\n", no site chrome. NFC. */
  text: string;
  /** Paragraph offsets into `text` (UTF-16, end exclusive). */
  paragraphs: { start: number; end: number }[];
  /** ISO-8601 as stated by the page (offset kept); null if none. */
  published: string | null;
  author: string | null;
  siteName: string | null;
  /** ISO 639-1. */
  language: string | null;
  description: string | null;
  /** See PageMeta.titleAffixes. */
  titleAffixes: string[];
  /** The page nested elements beyond MAX_HTML_DEPTH / MAX_OPEN_ELEMENTS (see html-dom.ts). */
  depthCapped?: boolean;
  /**
   * With `pageLines`: every text block of the page outside the emitted paragraphs, by where it
   * sits relative to them. Bylines, date lines and copyright footers live there; the metadata
   * heuristics read them like the lines of a text dump.
   */
  pageLines?: PageLine[];
};

export type PageLine = { text: string; where: 'before' | 'inside' | 'after' };

export type HtmlOptions = { url?: string; pageLines?: boolean };

const PASSES: Mode[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];
// Readability's default: below this many characters a pass is retried less strictly.
const MIN_CHARS = 500;
// Less than this is not an article (a stray line of chrome on an index or error page).
const MIN_ARTICLE_CHARS = 60;
// A less strict pass replaces a stricter one only when it finds this much more text. Short news
// items (a few hundred characters) fall under MIN_CHARS; relaxing then mostly adds the captions,
// promos and share bars the strict pass removed, while a strict pass that lost the article
// (a wrapper with an "unlikely" class) is beaten by far more than this.
const LAX_GAIN = 1.25;
/** A paragraph this long is article prose: the header (date and byline lines) is over. */
export const PROSE_CHARS = 100;
// How many blocks before and after the article are kept as page lines for metadata.
const PAGE_LINES_BEFORE = 40;
const PAGE_LINES_AFTER = 40;
const PAGE_LINE_MAX_CHARS = 300;

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Extract the article text and metadata from an HTML page. Never throws. */
export function extractHtml(html: string, opts: HtmlOptions = {}): HtmlExtraction {
  const empty: HtmlExtraction = {
    title: null,
    text: '',
    paragraphs: [],
    published: null,
    author: null,
    siteName: null,
    titleAffixes: [],
    language: null,
    description: null,
  };
  if (typeof html !== 'string' || html.length === 0) return empty;
  try {
    const page = buildTree(html);
    const meta = extractMeta(page.sources, opts.url ?? null);
    const lens = textLengths(page.body);
    const titleNorm = meta.title ? norm(meta.title) : null;
    let best: string[] = [];
    let bestLen = -1;
    const lins = new Map<boolean, Linear>();
    for (const mode of PASSES) {
      let lin = lins.get(mode.stripUnlikely);
      if (!lin) {
        lin = prepare(page.body, mode, lens);
        lins.set(mode.stripUnlikely, lin);
      }
      const sel = selectContent(page.body, mode, lin);
      const paras = emit(sel.blocks, sel.kept, titleNorm);
      const len = paras.reduce((s, p) => s + p.length, 0);
      if (len > (bestLen >= MIN_ARTICLE_CHARS ? bestLen * LAX_GAIN : bestLen)) {
        best = paras;
        bestLen = len;
      }
      if (len >= MIN_CHARS) break;
    }
    if (bestLen < MIN_ARTICLE_CHARS) best = [];
    const { text, paragraphs } = join(best);
    const out: HtmlExtraction = {
      ...meta,
      text,
      paragraphs,
      ...(page.depthCapped ? { depthCapped: true } : {}),
    };
    if (opts.pageLines) out.pageLines = pageLines(page.body, best);
    return out;
  } catch {
    // Defensive: a parser or engine failure on hostile input yields "no article", not a crash.
    return empty;
  }
}

/** A widget title: one to three words, no sentence punctuation, no digits ("Rubrics", "Most read"). */
const LABEL_LIKE = /^[\p{L}'’&-]+(?:\s+[\p{L}'’&-]+){0,2}$/u;

function emit(blocks: Block[], kept: boolean[], titleNorm: string | null): string[] {
  const out: string[] = [];
  // A short label right before two or more link-only lines titles a link list (a menu or a
  // "Related" box) whose links are dropped; the label goes with them.
  let label = -1;
  let links = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!kept[i]) continue;
    const b = blocks[i];
    if (b.heading === 1) continue; // the headline is `title`, not body text
    if (b.heading && titleNorm && norm(b.text) === titleNorm) continue;
    if (isBoilerplate(b.text)) continue;
    if (isLinkLine(b)) {
      if (label >= 0 && ++links === 2 && label === out.length - 1) out.pop();
      continue;
    }
    const t = b.text.normalize('NFC');
    if (out.length && out[out.length - 1] === t) continue;
    out.push(t);
    label = t.length <= 30 && LABEL_LIKE.test(t) ? out.length - 1 : -1;
    links = 0;
  }
  return out;
}

/**
 * All text blocks of the page (nothing dropped), placed before, inside or after the emitted
 * paragraphs. Emitted paragraphs are found again in order by their text; blocks equal to one
 * are left out (they are the article).
 */
function pageLines(body: El, emitted: string[]): PageLine[] {
  const all = linearise(body, () => false, true).blocks.map((b) => b.text.normalize('NFC'));
  const idx: number[] = [];
  let from = 0;
  // Lines up to the first real paragraph are the article's header, even when the extractor kept
  // a short line (a title repeat, a kicker) before them.
  let proseI = -1;
  for (const p of emitted) {
    const i = all.indexOf(p, from);
    if (i < 0) continue;
    idx.push(i);
    from = i + 1;
    if (proseI < 0 && p.length >= PROSE_CHARS) proseI = i;
  }
  const out: PageLine[] = [];
  const push = (i: number, where: PageLine['where']): void => {
    const t = all[i];
    if (t.length <= PAGE_LINE_MAX_CHARS) out.push({ text: t, where });
  };
  if (idx.length === 0) {
    for (let i = 0; i < all.length && out.length < PAGE_LINES_BEFORE + PAGE_LINES_AFTER; i++)
      push(i, 'before');
    return out;
  }
  const firstI = idx[0];
  const lastI = idx[idx.length - 1];
  const body_ = new Set(idx);
  for (let i = Math.max(0, firstI - PAGE_LINES_BEFORE); i < firstI; i++) push(i, 'before');
  for (let i = firstI + 1; i < lastI; i++) if (!body_.has(i)) push(i, i < proseI ? 'before' : 'inside');
  for (let i = lastI + 1; i < all.length && i <= lastI + PAGE_LINES_AFTER; i++) push(i, 'after');
  return out;
}

function join(paras: string[]): { text: string; paragraphs: { start: number; end: number }[] } {
  const paragraphs: { start: number; end: number }[] = [];
  let pos = 0;
  for (const p of paras) {
    paragraphs.push({ start: pos, end: pos + p.length });
    pos += p.length + 2;
  }
  return { text: paras.join('\n\n'), paragraphs };
}
