/**
 * Linearise the private tree into text blocks (one per run of inline content between block
 * boundaries) and record, per element, which contiguous range of blocks it holds.
 *
 * Because blocks come out in document order, every element's text is a contiguous block range
 * [b0, b1). All later statistics (text length, link density, commas) are range queries over
 * per-block arrays, so no walk ever re-reads a subtree and deep nesting costs nothing extra.
 */
import type { El } from './html-dom.js';

export type Block = {
  text: string;
  /** Innermost block-level element holding the run. */
  owner: El;
  /** Non-whitespace characters, and how many of them sit inside links. */
  nws: number;
  linkNws: number;
  commas: number;
  /** 1-6 when the run sits inside a heading, else 0. */
  heading: number;
  inLi: boolean;
};

export type Linear = {
  blocks: Block[];
  /** Elements visited, in pre-order; el.n indexes into the arrays below. */
  els: El[];
  b0: number[];
  b1: number[];
  /** Index of the last element inside each element's subtree. */
  endN: number[];
  pCount: number[];
  imgCount: number[];
  liCount: number[];
};

export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
  'legend',
  'frameset',
  'frame',
  'article',
  'br',
]);

const WS = /\s+/g;
// Zero-width space, BOM and soft hyphen are invisible noise; ZWJ/ZWNJ carry meaning in some scripts.
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
const COMMAS = /[,\uff0c\u3001\u060c]/g;

export function nonWs(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

export function normaliseInline(s: string): string {
  return s.replace(INVISIBLE, '').replace(WS, ' ').trim();
}

function isBlock(el: El): boolean {
  if (BLOCK_TAGS.has(el.tag)) return true;
  if (el.tag !== 'td' && el.tag !== 'th') return false;
  // A cell holding blocks, or lines broken by several <br>, is a layout cell (old table-based
  // sites put the menu and the article text in neighbouring cells), not a data cell.
  let brs = 0;
  for (const k of el.kids) {
    if (typeof k === 'string' || (k.tag === 'br' && ++brs < 2)) continue;
    if (k.tag === 'br' || BLOCK_TAGS.has(k.tag)) return true;
  }
  return false;
}

/**
 * Walk `root` iteratively. `drop(el)` decides whether a subtree is skipped entirely.
 */
export function linearise(root: El, drop: (el: El) => boolean, spaceStyled = false): Linear {
  const lin: Linear = {
    blocks: [],
    els: [],
    b0: [],
    b1: [],
    endN: [],
    pCount: [],
    imgCount: [],
    liCount: [],
  };
  const { blocks, els } = lin;
  let parts: string[] = [];
  let nws = 0;
  let linkNws = 0;
  let aDepth = 0;
  let preDepth = 0;
  let liDepth = 0;
  const headingStack: number[] = [];
  const blockStack: El[] = [];
  let pCount = 0;
  let imgCount = 0;
  let liCount = 0;
  const p0: number[] = [];
  const i0: number[] = [];
  const l0: number[] = [];
  const isBlk: boolean[] = [];

  const flush = (): void => {
    if (parts.length === 0) return;
    const raw = parts.join('');
    parts = [];
    let text: string;
    if (preDepth > 0) {
      text = raw
        .replace(INVISIBLE, '')
        .split(/\r?\n/)
        .map((l) => l.replace(WS, ' ').trim())
        .filter((l) => l !== '')
        .join('\n');
    } else {
      text = normaliseInline(raw);
    }
    const bn = nws;
    const ln = linkNws;
    nws = 0;
    linkNws = 0;
    if (!text) return;
    const owner = blockStack[blockStack.length - 1] ?? root;
    blocks.push({
      text,
      owner,
      nws: bn,
      linkNws: Math.min(ln, bn),
      commas: (text.match(COMMAS) ?? []).length,
      heading: headingStack.length ? headingStack[headingStack.length - 1] : 0,
      inLi: liDepth > 0,
    });
  };

  const enter = (el: El): void => {
    const n = els.length;
    els.push(el);
    el.n = n;
    const tag = el.tag;
    const blk = isBlock(el);
    isBlk[n] = blk;
    // Cells of data tables are inline with a separator, so a row reads as one line, as on
    // screen; cells holding paragraphs (layout tables) stay blocks.
    if (!blk && (tag === 'td' || tag === 'th')) parts.push(' ');
    // Metadata reading: inline boxes with a class are laid out apart by CSS
    // ("<span class=reporter>…</span><span class=date>…</span>"), so their texts must not glue.
    else if (spaceStyled && !blk && el.hint) parts.push(' ');
    if (blk) {
      flush();
      if (tag !== 'br' && tag !== 'hr') blockStack.push(el);
    }
    if (tag === 'a') aDepth++;
    else if (tag === 'pre') preDepth++;
    else if (tag === 'li') {
      liDepth++;
      liCount++;
    } else if (tag === 'p') pCount++;
    else if (tag === 'img') imgCount++;
    else if (tag.length === 2 && tag[0] === 'h' && tag[1] >= '1' && tag[1] <= '6')
      headingStack.push(tag.charCodeAt(1) - 48);
    lin.b0[n] = blocks.length;
    p0[n] = pCount;
    i0[n] = imgCount;
    l0[n] = liCount;
  };

  const exit = (el: El): void => {
    const tag = el.tag;
    const n = el.n;
    if (spaceStyled && !isBlk[n] && el.hint) parts.push(' ');
    if (isBlk[n]) {
      flush();
      if (tag !== 'br' && tag !== 'hr') blockStack.pop();
    }
    if (tag === 'a') aDepth--;
    else if (tag === 'pre') preDepth--;
    else if (tag === 'li') liDepth--;
    else if (tag.length === 2 && tag[0] === 'h' && tag[1] >= '1' && tag[1] <= '6') headingStack.pop();
    lin.b1[n] = blocks.length;
    lin.endN[n] = els.length - 1;
    // Counts include the element itself (a <p> counts itself), as getElementsByTagName would not;
    // callers subtract where it matters.
    lin.pCount[n] = pCount - p0[n];
    lin.imgCount[n] = imgCount - i0[n];
    lin.liCount[n] = liCount - l0[n];
  };

  const stack: { el: El; i: number }[] = [{ el: root, i: 0 }];
  enter(root);
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.i < top.el.kids.length) {
      const k = top.el.kids[top.i++];
      if (typeof k === 'string') {
        parts.push(k);
        const c = nonWs(k);
        nws += c;
        if (aDepth > 0) linkNws += c;
        continue;
      }
      if (drop(k)) {
        // A dropped block still separates the text around it.
        if (isBlock(k)) flush();
        else parts.push(' ');
        continue;
      }
      enter(k);
      stack.push({ el: k, i: 0 });
    } else {
      exit(top.el);
      stack.pop();
    }
  }
  flush();
  return lin;
}

/** Whether `el` was visited by the linearisation `lin` (n is reused across passes). */
export const visited = (lin: Linear, el: El): boolean => el.n >= 0 && lin.els[el.n] === el;
