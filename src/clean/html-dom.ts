/**
 * Parse HTML with linkedom and copy it into a small, flat tree that the extractor owns.
 *
 * Why a private tree: linkedom's DOM is fine for parsing, but the extractor walks every node
 * several times and needs per-element statistics; plain objects with child arrays are faster
 * and let every walk be iterative (pages can nest 10,000+ levels deep). Non-content subtrees
 * (scripts, styles, forms controls, hidden elements, media) are skipped while copying, and the
 * metadata sources (meta tags, JSON-LD, <title>, <time>, itemprop) are collected on the way so
 * the page is walked only once.
 */
import { parseHTML } from 'linkedom';

/** An element of the private tree. Text nodes are plain strings in `kids`. */
export type El = {
  tag: string;
  /** `class` and `id` joined, lower-cased: what class/id hints are matched against. */
  hint: string;
  cls: string;
  id: string;
  parent: El | null;
  kids: (El | string)[];
  /** Selected attributes, only for the few that the extractor reads. */
  attrs: Record<string, string> | null;
  /** Pre-order index assigned by the content pass (-1 until then, or when dropped). */
  n: number;
};

/** Metadata sources collected while copying the tree. */
export type MetaSources = {
  /** meta tags keyed by lower-cased name/property/itemprop/http-equiv; first value wins. */
  meta: Map<string, string[]>;
  jsonLd: string[];
  titleTag: string | null;
  htmlLang: string | null;
  /** <time datetime> values in document order, with whether they look like publication dates. */
  times: { value: string; pub: boolean }[];
  /** Text of elements that carry itemprop, keyed by itemprop (first few). */
  itemprops: Map<string, string[]>;
  /** Elements whose rel is author. */
  relAuthor: string[];
  /** Short texts of elements whose class/id says byline/author. */
  bylines: string[];
  h1: string[];
};

// Subtrees that never hold article text (or hold it only for scripts).
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'video', 'audio', 'select', 'option', 'button', 'input', 'textarea', 'title',
  'link', 'meta', 'map', 'dialog', 'source', 'track', 'param', 'base',
  'datalist', 'output', 'progress', 'meter',
]);

// Attributes kept on the private tree (everything else is dropped to save memory).
const KEEP_ATTRS = ['itemprop', 'role', 'rel', 'datetime', 'content', 'href', 'itemtype', 'type'];

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const BYLINE_HINT = /(?:^|[\s_-])(?:byline|by-line|author|authors|writer|dateline-author)(?:$|[\s_-])/;
const WS = /\s+/g;
// itemprops whose values feed metadata (reading others would cost textContent on big subtrees).
const ITEMPROPS = new Set(['datepublished', 'datecreated', 'author', 'headline', 'publisher', 'inlanguage', 'description']);

type LNode = {
  nodeType: number;
  localName?: string;
  textContent?: string | null;
  firstChild: LNode | null;
  nextSibling: LNode | null;
  parentNode: LNode | null;
  getAttribute?: (name: string) => string | null;
  hasAttribute?: (name: string) => boolean;
};

export type ParsedPage = { root: El; body: El; sources: MetaSources };

const squash = (s: string): string => s.replace(WS, ' ').trim();

/** Parse `html` into the private tree. Never throws; an unparsable page yields an empty body. */
export function buildTree(html: string): ParsedPage {
  const sources: MetaSources = {
    meta: new Map(),
    jsonLd: [],
    titleTag: null,
    htmlLang: null,
    times: [],
    itemprops: new Map(),
    relAuthor: [],
    bylines: [],
    h1: [],
  };
  const root: El = { tag: 'html', hint: '', cls: '', id: '', parent: null, kids: [], attrs: null, n: -1 };
  let body: El | null = null;
  let doc: { documentElement: LNode | null } | null = null;
  try {
    // linkedom needs a full document to build <html>/<body>; fragments are wrapped.
    const src = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
    doc = (parseHTML(src) as unknown as { document: { documentElement: LNode | null } }).document;
  } catch {
    doc = null;
  }
  const top = doc?.documentElement ?? null;
  if (!top) return { root, body: root, sources };
  const lang = top.getAttribute?.('lang') ?? top.getAttribute?.('xml:lang');
  if (lang) sources.htmlLang = lang.trim();

  // Iterative pre-order walk over linkedom nodes, mirroring into El objects.
  type Frame = { node: LNode; el: El };
  const stack: Frame[] = [];
  let child = top.firstChild;
  let cur: El = root;
  let curNode: LNode = top;
  let bylineTries = 0;
  for (;;) {
    if (child === null) {
      // Finished the children of curNode: pop.
      if (curNode === top) break;
      const next = curNode.nextSibling;
      const frame = stack.pop();
      if (!frame) break;
      cur = frame.el;
      curNode = frame.node;
      child = next;
      continue;
    }
    const node: LNode = child;
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      if (t) cur.kids.push(t);
      child = node.nextSibling;
      continue;
    }
    if (node.nodeType !== 1) {
      child = node.nextSibling;
      continue;
    }
    const tag = (node.localName ?? '').toLowerCase();
    const get = (n: string): string | null => node.getAttribute?.(n) ?? null;
    if (tag === 'meta') collectMeta(get, sources);
    else if (tag === 'title' && sources.titleTag === null) sources.titleTag = squash(node.textContent ?? '');
    else if (tag === 'script') {
      const type = (get('type') ?? '').toLowerCase();
      if (type.includes('ld+json')) sources.jsonLd.push(node.textContent ?? '');
    } else if (tag === 'link' || tag === 'a') {
      const rel = (get('rel') ?? '').toLowerCase();
      if (/\bauthor\b/.test(rel) && sources.relAuthor.length < 5) {
        const t = squash(node.textContent ?? '');
        if (t) sources.relAuthor.push(t);
      }
    }
    const itemprop = get('itemprop');
    if (itemprop) {
      for (const p of itemprop.toLowerCase().split(WS)) {
        if (!ITEMPROPS.has(p)) continue;
        const v = get('content') ?? get('datetime') ?? (tag === 'meta' ? null : squash(node.textContent ?? '').slice(0, 300));
        if (v === null) continue;
        const arr = sources.itemprops.get(p) ?? [];
        if (arr.length < 5) arr.push(v);
        sources.itemprops.set(p, arr);
      }
    }
    if (tag === 'time' && sources.times.length < 20) {
      const dt = get('datetime');
      if (dt) {
        const pub = node.hasAttribute?.('pubdate') === true || /publish|posted|created|date-?pub/i.test(`${get('class') ?? ''} ${itemprop ?? ''}`);
        sources.times.push({ value: dt.trim(), pub });
      }
    }
    if (tag === 'h1' && sources.h1.length < 5) {
      const t = squash(node.textContent ?? '');
      if (t) sources.h1.push(t);
    }
    if (SKIP_TAGS.has(tag) || isHidden(get)) {
      child = node.nextSibling;
      continue;
    }
    const cls = (get('class') ?? '').toLowerCase();
    const id = (get('id') ?? '').toLowerCase();
    if (bylineTries < 20 && (cls || id) && BYLINE_HINT.test(`${cls} ${id}`)) {
      bylineTries++;
      const t = squash(node.textContent ?? '');
      if (t && t.length < 120 && sources.bylines.length < 5) sources.bylines.push(t);
    }
    let attrs: Record<string, string> | null = null;
    for (const a of KEEP_ATTRS) {
      const v = get(a);
      if (v !== null) (attrs ??= {})[a] = v;
    }
    const el: El = { tag, hint: cls && id ? `${cls} ${id}` : cls || id, cls, id, parent: cur, kids: [], attrs, n: -1 };
    cur.kids.push(el);
    if (tag === 'body' && body === null) body = el;
    if (node.firstChild) {
      stack.push({ node: curNode, el: cur });
      cur = el;
      curNode = node;
      child = node.firstChild;
    } else {
      child = node.nextSibling;
    }
  }
  return { root, body: body ?? root, sources };
}

function isHidden(get: (n: string) => string | null): boolean {
  if (get('hidden') !== null) return true;
  if (get('aria-hidden') === 'true') return true;
  const style = get('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function collectMeta(get: (n: string) => string | null, s: MetaSources): void {
  const content = get('content');
  if (content === null) return;
  for (const k of ['property', 'name', 'itemprop', 'http-equiv']) {
    const key = get(k);
    if (!key) continue;
    const lk = key.trim().toLowerCase();
    const arr = s.meta.get(lk) ?? [];
    if (arr.length < 10) arr.push(content.trim());
    s.meta.set(lk, arr);
  }
}
