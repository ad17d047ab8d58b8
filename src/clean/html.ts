/**
 * HTML main-text extraction: the article's paragraphs without site chrome, plus page metadata.
 *
 * Pipeline: linkedom parse → private tree (html-dom.ts) → text blocks with per-element block
 * ranges (html-blocks.ts) → Readability-style scoring, container choice, sibling merge and
 * conditional cleaning (html-content.ts) → paragraph filters (html-filter.ts). When a strict
 * pass finds too little text, less strict passes follow (like Readability's retries).
 * All walks are iterative; no step re-reads a subtree, so huge and deeply nested pages are safe.
 */
import { buildTree } from './html-dom.js';
import { type Mode, prepare, selectContent, textLengths } from './html-content.js';
import type { Linear } from './html-blocks.js';
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
  /** The page nested elements beyond MAX_HTML_DEPTH / MAX_OPEN_ELEMENTS (see html-dom.ts). */
  depthCapped?: boolean;
};

export type HtmlOptions = { url?: string };

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

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Extract the article text and metadata from an HTML page. Never throws. */
export function extractHtml(html: string, opts: HtmlOptions = {}): HtmlExtraction {
  const empty: HtmlExtraction = { title: null, text: '', paragraphs: [], published: null, author: null, siteName: null, language: null, description: null };
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
      if (len > bestLen) {
        best = paras;
        bestLen = len;
      }
      if (len >= MIN_CHARS) break;
    }
    if (bestLen < MIN_ARTICLE_CHARS) best = [];
    const { text, paragraphs } = join(best);
    return { ...meta, text, paragraphs, ...(page.depthCapped ? { depthCapped: true } : {}) };
  } catch {
    // Defensive: a parser or engine failure on hostile input yields "no article", not a crash.
    return empty;
  }
}

function emit(blocks: Block[], kept: boolean[], titleNorm: string | null): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!kept[i]) continue;
    const b = blocks[i];
    if (b.heading === 1) continue; // the headline is `title`, not body text
    if (b.heading && titleNorm && norm(b.text) === titleNorm) continue;
    if (isBoilerplate(b.text)) continue;
    if (isLinkLine(b)) continue;
    const t = b.text.normalize('NFC');
    if (out.length && out[out.length - 1] === t) continue;
    out.push(t);
  }
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
