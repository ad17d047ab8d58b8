/**
 * Parse HTML into a small tree that the extractor owns.
 *
 * The tree is built straight from htmlparser2's SAX events. htmlparser2 is the tokenizer and
 * tree-construction engine inside linkedom, so the tree has the same shape linkedom would give,
 * but skipping linkedom's DOM objects makes parsing about 8x faster on the extraction benchmark
 * (and linkedom's DOM building grows super-linearly on very deep nesting). Plain objects with
 * child arrays also let every later walk be iterative. Non-content subtrees (scripts, styles,
 * form controls, hidden elements, media) are skipped while building, and the metadata sources
 * (meta tags, JSON-LD, <title>, <time>, itemprop, bylines) are collected on the way.
 */
import { Parser } from 'htmlparser2';

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
  /** <link rel="canonical"> href, the page's own address when the caller gives none. */
  canonical: string | null;
};

// Subtrees that never hold article text (or hold it only for scripts).
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'title',
  'link',
  'meta',
  'map',
  'dialog',
  'source',
  'track',
  'param',
  'base',
  'datalist',
  'output',
  'progress',
  'meter',
]);

// Attributes kept on the private tree (everything else is dropped to save memory).
const KEEP_ATTRS = ['itemprop', 'role', 'rel', 'datetime', 'content', 'href', 'itemtype', 'type'];

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const BYLINE_HINT = /(?:^|[\s_-])(?:byline|by-line|author|authors|writer|dateline-author)(?:$|[\s_-])/;
/** An "author" class on a picture's element names the photographer ("article__main-image__author"). */
const PICTURE_HINT = /image|photo|picture|img|figure|caption|gallery|media/;
const WS = /\s+/g;
// itemprops whose values feed metadata (reading others would cost textContent on big subtrees).
const ITEMPROPS = new Set([
  'datepublished',
  'datecreated',
  'author',
  'headline',
  'publisher',
  'inlanguage',
  'description',
]);

/**
 * Deepest element nesting kept in the tree (Blink's HTML parser uses the same limit). Elements
 * opened deeper become flat children of the element at the limit, so their text and paragraph
 * breaks survive, and later walks stay linear.
 */
export const MAX_HTML_DEPTH = 512;

/**
 * Most elements open at once (unclosed nesting) in one parser run. htmlparser2 keeps its
 * open-element stack with Array#unshift, so its cost is quadratic in this number (160k unclosed
 * divs: 6 s). At the limit the parser restarts on the rest of the page with an empty stack (the
 * tree keeps its place); after MAX_PARSER_RESTARTS the rest of the page is dropped.
 */
export const MAX_OPEN_ELEMENTS = 4096;
const MAX_PARSER_RESTARTS = 16;
/** Thrown from the SAX callbacks to stop the parser at MAX_OPEN_ELEMENTS. */
const STOP = new Error('html nesting limit');

export type ParsedPage = { root: El; body: El; sources: MetaSources; depthCapped: boolean };

const squash = (s: string): string => s.replace(WS, ' ').trim();

/** Text of a subtree, walked iteratively and cut off after `max` characters. */
export function textOf(el: El, max = 2000): string {
  const out: string[] = [];
  let len = 0;
  const stack: (El | string)[] = [el];
  while (stack.length && len < max) {
    const k = stack.pop() as El | string;
    if (typeof k === 'string') {
      out.push(k);
      len += k.length;
      continue;
    }
    for (let i = k.kids.length - 1; i >= 0; i--) stack.push(k.kids[i]);
  }
  return squash(out.join(''));
}

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
    canonical: null,
  };
  const root: El = { tag: '#root', hint: '', cls: '', id: '', parent: null, kids: [], attrs: null, n: -1 };
  let body: El | null = null;
  let cur: El = root;
  // Depth inside a skipped subtree (0 = not skipping); htmlparser2 balances open/close events.
  let skip = 0;
  // Element depth of `cur`; open elements beyond MAX_HTML_DEPTH, all children of `capHolder`.
  let depth = 0;
  let overflow = 0;
  let capHolder: El = root;
  let depthCapped = false;
  // Open elements on htmlparser2's stack, skipped ones included (void elements close at once).
  let open = 0;
  let capture: 'ld' | 'title' | null = null;
  let buf: string[] = [];
  // Elements whose text feeds metadata; read after the build (few, and capped).
  const h1Els: El[] = [];
  const bylineEls: El[] = [];
  const relAuthorEls: El[] = [];
  const itempropEls: { prop: string; el: El }[] = [];

  const addItemprop = (p: string, v: string): void => {
    const arr = sources.itemprops.get(p) ?? [];
    if (arr.length < 5) arr.push(v);
    sources.itemprops.set(p, arr);
  };

  const parser = new Parser(
    {
      onopentag(name: string, a: Record<string, string>): void {
        if (++open > MAX_OPEN_ELEMENTS) {
          depthCapped = true;
          throw STOP;
        }
        if (skip > 0) {
          skip++;
          return;
        }
        const tag = name.toLowerCase();
        if (tag === 'meta') collectMeta(a, sources);
        else if (tag === 'link' && sources.canonical === null && a.href && /\bcanonical\b/i.test(a.rel ?? ''))
          sources.canonical = a.href.trim();
        else if (tag === 'html' && sources.htmlLang === null && (a.lang || a['xml:lang']))
          sources.htmlLang = (a.lang || a['xml:lang']).trim();
        const itemprop = a.itemprop;
        let textProps: string[] | null = null;
        if (itemprop) {
          for (const p of itemprop.toLowerCase().split(WS)) {
            if (!ITEMPROPS.has(p)) continue;
            const v = a.content ?? a.datetime;
            if (v !== undefined) addItemprop(p, v);
            else if (tag !== 'meta') (textProps ??= []).push(p);
          }
        }
        if (tag === 'time' && a.datetime && sources.times.length < 20) {
          const pub =
            a.pubdate !== undefined ||
            /publish|posted|created|date-?pub/i.test(`${a.class ?? ''} ${itemprop ?? ''}`);
          sources.times.push({ value: a.datetime.trim(), pub });
        }
        if (tag === 'script') {
          skip = 1;
          if ((a.type ?? '').toLowerCase().includes('ld+json')) {
            capture = 'ld';
            buf = [];
          }
          return;
        }
        if (tag === 'title') {
          skip = 1;
          if (sources.titleTag === null) {
            capture = 'title';
            buf = [];
          }
          return;
        }
        if (SKIP_TAGS.has(tag) || isHidden(a)) {
          skip = 1;
          return;
        }
        const flat = depth >= MAX_HTML_DEPTH;
        if (flat) {
          if (overflow === 0) capHolder = cur;
          overflow++;
          depthCapped = true;
        }
        const cls = (a.class ?? '').toLowerCase();
        const id = (a.id ?? '').toLowerCase();
        let attrs: Record<string, string> | null = null;
        for (const k of KEEP_ATTRS) {
          const v = a[k];
          if (v !== undefined) (attrs ??= {})[k] = v;
        }
        const parent = flat ? capHolder : cur;
        const el: El = {
          tag,
          hint: cls && id ? `${cls} ${id}` : cls || id,
          cls,
          id,
          parent,
          kids: [],
          attrs,
          n: -1,
        };
        parent.kids.push(el);
        cur = el;
        if (!flat) depth++;
        if (tag === 'body' && body === null) body = el;
        else if (tag === 'h1' && h1Els.length < 5) h1Els.push(el);
        if ((tag === 'a' || tag === 'link') && /\bauthor\b/i.test(a.rel ?? '') && relAuthorEls.length < 5)
          relAuthorEls.push(el);
        if ((cls || id) && bylineEls.length < 20 && BYLINE_HINT.test(el.hint) && !PICTURE_HINT.test(el.hint))
          bylineEls.push(el);
        if (textProps && itempropEls.length < 50)
          for (const p of textProps) itempropEls.push({ prop: p, el });
      },
      ontext(t: string): void {
        if (skip > 0) {
          if (capture && skip === 1) buf.push(t);
          return;
        }
        cur.kids.push(t);
      },
      onclosetag(): void {
        open--;
        if (skip > 0) {
          skip--;
          if (skip === 0 && capture) {
            const text = buf.join('');
            if (capture === 'ld') sources.jsonLd.push(text);
            else sources.titleTag = squash(text);
            capture = null;
            buf = [];
          }
          return;
        }
        if (overflow > 0) {
          overflow--;
          cur = capHolder;
        } else if (cur.parent) {
          cur = cur.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  let rest = html;
  for (let restarts = 0; ; restarts++) {
    open = 0;
    try {
      parser.write(rest);
      parser.end();
      break;
    } catch (e) {
      // htmlparser2 does not throw on malformed markup: this is STOP or an engine limit.
      if (e !== STOP || restarts >= MAX_PARSER_RESTARTS || parser.startIndex <= 0) break;
      rest = rest.slice(parser.startIndex);
      parser.reset();
      skip = 0;
      capture = null;
    }
  }
  for (const el of h1Els) {
    if (isLogoHeading(el)) continue;
    const t = textOf(el, 500);
    if (t) sources.h1.push(t);
  }
  for (const el of bylineEls) {
    if (sources.bylines.length >= 5) break;
    const t = textOf(el, 200);
    if (t && t.length < 120) sources.bylines.push(t);
  }
  for (const el of relAuthorEls) {
    const t = textOf(el, 200);
    if (t) sources.relAuthor.push(t);
  }
  for (const { prop, el } of itempropEls) addItemprop(prop, textOf(el, 300).slice(0, 300));
  return { root, body: body ?? root, sources, depthCapped };
}

const LOGO_HINT =
  /logo|brand|site-?(?:title|name|branding)|masthead|(?:site|main|top|global)-?header|^header$/;

/**
 * An <h1> that holds the site's name, not the headline: themes put the logo in an h1 on every
 * page ("<h1 class=site-title><a href=/>Site</a></h1>", an h1 inside #header).
 */
function isLogoHeading(h1: El): boolean {
  let depth = 0;
  for (let e: El | null = h1; e && depth < 4; e = e.parent, depth++) {
    if (e.tag === 'article' || e.tag === 'main') break;
    if ((e.hint && LOGO_HINT.test(e.hint)) || e.attrs?.role === 'banner') return true;
  }
  // Nothing but a link to the home page.
  const kids = h1.kids.filter((k) => typeof k !== 'string' || k.trim() !== '');
  const only = kids.length === 1 && typeof kids[0] !== 'string' ? kids[0] : null;
  return !!only && only.tag === 'a' && /^(?:\/|https?:\/\/[^/]+\/?)$/.test(only.attrs?.href ?? '');
}

function isHidden(a: Record<string, string>): boolean {
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

function collectMeta(a: Record<string, string>, s: MetaSources): void {
  const content = a.content;
  if (content === undefined) return;
  for (const k of ['property', 'name', 'itemprop', 'http-equiv']) {
    const key = a[k];
    if (!key) continue;
    const lk = key.trim().toLowerCase();
    const arr = s.meta.get(lk) ?? [];
    if (arr.length < 10) arr.push(content.trim());
    s.meta.set(lk, arr);
  }
}
