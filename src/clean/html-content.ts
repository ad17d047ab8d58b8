/**
 * Main-content selection, in the spirit of Mozilla Readability: score paragraph-like blocks,
 * give the score to their ancestors, pick the best container, merge related siblings, then
 * clean the container conditionally (link-heavy, list-heavy or image-heavy sub-blocks go).
 *
 * Everything works on block ranges (see html-blocks.ts), so each pass is linear in page size.
 */
import type { El } from './html-dom.js';
import { type Block, type Linear, linearise, visited } from './html-blocks.js';

export type Mode = { stripUnlikely: boolean; weightClasses: boolean; cleanConditionally: boolean };

/** Selected blocks of one pass, in document order. */
export type Selection = { blocks: Block[]; kept: boolean[]; containers: El[] };

// Class/id hints. UNLIKELY removes before scoring unless MAYBE also matches; STRONG removes even
// then (a share bar inside "article-tools" is still a share bar) as long as the element is not
// most of the page.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|subscri|signup|sign-up|paywall|outbrain|taboola|recirc|trending|most-?popular|most-?read|recommend|share|sharing|promo|toolbar|modal|overlay|masthead|byline|author-bio|authorbio|tags|topics/;
const MAYBE = /\band\b|article|body|column|content|main|shadow|story|post-?text|entry/;
const STRONG =
  /rollover|tooltip|popover|hovercard|comment|disqus|share|sharing|social|newsletter|cookie|consent|gdpr|related|recommend|outbrain|taboola|recirc|trending|most-?popular|most-?read|promo|subscri|signup|sign-up|paywall|breadcrumb|popup|modal|sidebar|advert|sponsor|author-bio|authorbio|(?:^|[\s_-])tags?(?:$|[\s_-])|(?:^|[\s_-])ads?(?:$|[\s_-])|caption|credit/;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|caption|credit|byline|newsletter|subscri|social|recommend|cookie|breadcrumb|taboola/;
const EMBED =
  /twitter-tweet|instagram-media|tiktok-embed|social-media-embed|embedded-post|tweet-embed|embed-tweet/;
const SHARE = /(?:\b|_)(?:share|sharedaddy|sharing|social)(?:\b|_)/;
const UNLIKELY_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
  'banner',
  'contentinfo',
  'search',
]);
// Always chrome, whatever the pass.
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'figcaption', 'menu']);
// Chrome in the strict pass only (some sites wrap the whole page in a <form> or <header>).
const STRICT_TAGS = new Set(['header', 'form', 'figure', 'fieldset', 'address']);
const PARA_LIKE = new Set([
  'p',
  'pre',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dd',
  'dt',
  'blockquote',
  'caption',
  'summary',
  'legend',
]);
const CLEAN_TAGS = new Set([
  'div',
  'section',
  'table',
  'ul',
  'ol',
  'form',
  'fieldset',
  'header',
  'footer',
  'aside',
  'dl',
  'figure',
  'span',
]);

const RAW_SIBLING_MIN = 8;
const RAW_SIBLING_SHARE = 0.25;

function tagWeight(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

export function classWeight(el: El): number {
  let w = 0;
  if (el.cls) {
    if (NEGATIVE.test(el.cls)) w -= 25;
    if (POSITIVE.test(el.cls)) w += 25;
  }
  if (el.id) {
    if (NEGATIVE.test(el.id)) w -= 25;
    if (POSITIVE.test(el.id)) w += 25;
  }
  if (el.attrs?.itemprop && /articlebody/i.test(el.attrs.itemprop)) w += 25;
  return w;
}

/** Fenwick tree: per-block values with point removal and prefix sums in O(log n). */
class Fenwick {
  private t: Float64Array;
  constructor(values: number[]) {
    const n = values.length;
    this.t = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
      this.t[i + 1] += values[i];
      const j = i + 1 + ((i + 1) & -(i + 1));
      if (j <= n) this.t[j] += this.t[i + 1];
    }
  }
  add(i: number, v: number): void {
    for (let x = i + 1; x < this.t.length; x += x & -x) this.t[x] += v;
  }
  prefix(i: number): number {
    let s = 0;
    for (let x = i; x > 0; x -= x & -x) s += this.t[x];
    return s;
  }
  range(a: number, b: number): number {
    return this.prefix(b) - this.prefix(a);
  }
}

/** Total text length of every element, computed bottom-up without recursion. */
export function textLengths(root: El): Map<El, number> {
  const order: El[] = [];
  const stack: El[] = [root];
  while (stack.length) {
    const el = stack.pop() as El;
    order.push(el);
    for (const k of el.kids) if (typeof k !== 'string') stack.push(k);
  }
  const len = new Map<El, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    let s = len.get(el) ?? 0;
    for (const k of el.kids) if (typeof k === 'string') s += k.trim().length;
    len.set(el, s);
    if (el.parent) len.set(el.parent, (len.get(el.parent) ?? 0) + s);
  }
  return len;
}

function dropper(mode: Mode, lens: Map<El, number>, bodyLen: number): (el: El) => boolean {
  return (el: El): boolean => {
    const tag = el.tag;
    if (CHROME_TAGS.has(tag)) return true;
    if (tag === 'h1') return false; // the headline is handled by the caller
    if (!mode.stripUnlikely) return false;
    const size = lens.get(el) ?? 0;
    if (STRICT_TAGS.has(tag) && size < bodyLen * 0.3) return true;
    const role = el.attrs?.role;
    if (role && UNLIKELY_ROLES.has(role.toLowerCase()) && size < bodyLen * 0.5) return true;
    if (!el.hint || tag === 'body' || tag === 'html' || tag === 'a') return false;
    // Embedded posts (tweets and the like) quote people: content, despite "social" wrappers.
    if (EMBED.test(el.hint)) return false;
    if (STRONG.test(el.hint) && !/articlebody/.test(el.hint) && size < bodyLen * 0.4) return true;
    if (tag === 'article' || tag === 'main') return false;
    return UNLIKELY.test(el.hint) && !MAYBE.test(el.hint);
  };
}

/** Linearise `body`, dropping chrome; passes that share `stripUnlikely` can share the result. */
export function prepare(body: El, mode: Mode, lens: Map<El, number>): Linear {
  return linearise(body, dropper(mode, lens, lens.get(body) ?? 0));
}

/** Run one selection pass over a linearised body with the given strictness. */
export function selectContent(body: El, mode: Mode, lin: Linear): Selection {
  // Linearisation assigns el.n; a shared Linear must be re-stamped after another pass used it.
  for (let i = 0; i < lin.els.length; i++) lin.els[i].n = i;
  const { blocks, els } = lin;
  const nB = blocks.length;
  const fNws = new Fenwick(blocks.map((b) => b.nws));
  const fLink = new Fenwick(blocks.map((b) => b.linkNws));
  const fComma = new Fenwick(blocks.map((b) => b.commas));
  const fHead = new Fenwick(blocks.map((b) => (b.heading ? b.nws : 0)));
  const fLi = new Fenwick(blocks.map((b) => (b.inLi ? b.nws : 0)));
  const linkDensity = (n: number): number => {
    const t = fNws.range(lin.b0[n], lin.b1[n]);
    return t > 0 ? fLink.range(lin.b0[n], lin.b1[n]) / t : 0;
  };

  // Undecayed paragraph score per block, as prefix sums: how much article-like prose a range holds.
  const raw = new Float64Array(nB + 1);
  for (let i = 0; i < nB; i++) {
    const b = blocks[i];
    raw[i + 1] =
      raw[i] +
      (b.text.length < 25 || b.inLi ? 0 : 1 + b.commas + Math.min(Math.floor(b.text.length / 100), 3));
  }
  const rawOf = (n: number): number => raw[lin.b1[n]] - raw[lin.b0[n]];

  // 1. Score paragraph-like blocks into their ancestors.
  const score = new Float64Array(els.length);
  const scored = new Uint8Array(els.length);
  const init = (el: El): void => {
    if (scored[el.n]) return;
    scored[el.n] = 1;
    score[el.n] = tagWeight(el.tag) + (mode.weightClasses ? classWeight(el) : 0);
  };
  for (const b of blocks) {
    if (b.text.length < 25 || b.inLi) continue;
    const s = 1 + b.commas + Math.min(Math.floor(b.text.length / 100), 3);
    let node: El | null = PARA_LIKE.has(b.owner.tag) ? b.owner.parent : b.owner;
    for (let level = 0; node && level < 5 && visited(lin, node); level++, node = node.parent) {
      init(node);
      score[node.n] += s / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  const finalScore = new Float64Array(els.length);
  const candidates: number[] = [];
  for (let n = 0; n < els.length; n++) {
    if (!scored[n]) continue;
    finalScore[n] = score[n] * (1 - linkDensity(n));
    candidates.push(n);
  }
  if (candidates.length === 0) return { blocks: [], kept: [], containers: [] };
  candidates.sort((a, b) => finalScore[b] - finalScore[a]);

  // 2. Pick the top candidate, then let it grow to a shared ancestor or a better parent.
  let top = els[candidates[0]];
  const topScore = (): number => finalScore[top.n];
  const alternatives: Set<El>[] = [];
  for (let i = 1; i < Math.min(candidates.length, 5); i++) {
    if (finalScore[candidates[i]] / topScore() >= 0.75) alternatives.push(ancestors(els[candidates[i]]));
  }
  if (alternatives.length >= 3) {
    for (let p = top.parent; p && p !== body; p = p.parent) {
      let containing = 0;
      for (const list of alternatives) if (list.has(p)) containing++;
      if (containing >= 3) {
        top = p;
        break;
      }
    }
  }
  {
    let last = topScore();
    const threshold = last / 3;
    for (let p = top.parent; p && p !== body && visited(lin, p); p = p.parent) {
      if (!scored[p.n]) continue;
      const ps = finalScore[p.n];
      if (ps < threshold) break;
      if (ps > last) {
        top = p;
        break;
      }
      last = ps;
    }
    for (
      let p = top.parent;
      p && p !== body && visited(lin, p) && elementKids(lin, p).length === 1;
      p = top.parent
    )
      top = p;
  }

  // 3. Merge siblings that look like more of the same article.
  const containers: El[] = [];
  const parent = top.parent;
  if (!parent || top === body || !visited(lin, parent)) containers.push(top);
  else {
    const ts = finalScore[top.n];
    const threshold = Math.max(10, ts * 0.2);
    const topRaw = rawOf(top.n);
    for (const sib of elementKids(lin, parent)) {
      if (sib === top) {
        containers.push(sib);
        continue;
      }
      const bonus = top.cls && sib.cls === top.cls ? ts * 0.2 : 0;
      if (scored[sib.n] && finalScore[sib.n] + bonus >= threshold) {
        containers.push(sib);
        continue;
      }
      // Readability's scores decay with depth, so an article split into sibling sections with
      // deep markup can miss the threshold; compare undecayed prose instead.
      if (
        rawOf(sib.n) >= Math.max(RAW_SIBLING_MIN, RAW_SIBLING_SHARE * topRaw) &&
        linkDensity(sib.n) < 0.25 &&
        (!mode.weightClasses || classWeight(sib) >= 0)
      ) {
        containers.push(sib);
        continue;
      }
      if (sib.tag === 'p') {
        const len = fNws.range(lin.b0[sib.n], lin.b1[sib.n]);
        const ld = linkDensity(sib.n);
        const text = blocks
          .slice(lin.b0[sib.n], lin.b1[sib.n])
          .map((b) => b.text)
          .join(' ');
        if ((len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld === 0 && /\.( |$)/.test(text)))
          containers.push(sib);
      }
    }
  }

  // 4. Conditional cleaning inside the containers, innermost first (reverse pre-order), so an
  // outer block is judged on what is left after its link-heavy children are gone.
  const kept = new Array<boolean>(nB).fill(false);
  for (const c of containers) for (let i = lin.b0[c.n]; i < lin.b1[c.n]; i++) kept[i] = true;
  const removeRange = (a: number, b: number): void => {
    for (let i = a; i < b; i++) {
      if (!kept[i]) continue;
      kept[i] = false;
      const bl = blocks[i];
      fNws.add(i, -bl.nws);
      fLink.add(i, -bl.linkNws);
      fComma.add(i, -bl.commas);
      if (bl.heading) fHead.add(i, -bl.nws);
      if (bl.inLi) fLi.add(i, -bl.nws);
    }
  };
  for (const c of containers) {
    const first = c.n;
    const last = lin.endN[c.n];
    for (let n = last; n > first; n--) {
      const el = els[n];
      const a = lin.b0[n];
      const b = lin.b1[n];
      if (a === b || (el.hint && EMBED.test(el.hint))) continue;
      if (el.hint && SHARE.test(el.hint) && fNws.range(a, b) < 500) {
        removeRange(a, b);
        continue;
      }
      if (/^h[1-6]$/.test(el.tag) && mode.weightClasses && classWeight(el) < 0) {
        removeRange(a, b);
        continue;
      }
      if (!mode.cleanConditionally || !CLEAN_TAGS.has(el.tag)) continue;
      if (shouldRemove(el, n)) removeRange(a, b);
    }
  }
  return { blocks, kept, containers };

  function shouldRemove(el: El, n: number): boolean {
    const a = lin.b0[n];
    const b = lin.b1[n];
    const content = fNws.range(a, b);
    if (content === 0) return false;
    if (el.tag === 'table' && isDataTable(el)) return false;
    const weight = mode.weightClasses ? classWeight(el) : 0;
    const sc = scored[n] ? finalScore[n] : 0;
    // A negative class name alone does not outweigh a run of real prose (lead paragraphs sit
    // in "media" wrappers on some sites); that needs low link density and long text.
    if (weight + sc < 0 && !(linkDensity(n) < 0.1 && content > 400 && rawOf(n) >= 5)) return true;
    if (fComma.range(a, b) >= 10) return false;
    const listText = fLi.range(a, b);
    const isList = el.tag === 'ul' || el.tag === 'ol' || listText / content > 0.9;
    const p = lin.pCount[n] - (el.tag === 'p' ? 1 : 0);
    const img = lin.imgCount[n];
    const li = lin.liCount[n] - 100;
    const ld = linkDensity(n);
    const headingDensity = fHead.range(a, b) / content;
    const inFigure = hasAncestor(el, 'figure');
    if (!inFigure && img > 1 && p / img < 0.5) return true;
    if (!isList && li > p) return true;
    if (!isList && !inFigure && headingDensity < 0.9 && content < 25 && (img === 0 || img > 2) && ld > 0)
      return true;
    if (!isList && weight < 25 && ld > 0.2) return true;
    if (weight >= 25 && ld > 0.5) return true;
    return false;
  }
}

function ancestors(el: El): Set<El> {
  const out = new Set<El>();
  for (let p = el.parent; p; p = p.parent) out.add(p);
  return out;
}

function elementKids(lin: Linear, el: El): El[] {
  const out: El[] = [];
  for (const k of el.kids) if (typeof k !== 'string' && visited(lin, k)) out.push(k);
  return out;
}

function hasAncestor(el: El, tag: string): boolean {
  let depth = 0;
  for (let p = el.parent; p && depth < 50; p = p.parent, depth++) if (p.tag === tag) return true;
  return false;
}

function isDataTable(el: El): boolean {
  const role = el.attrs?.role;
  if (role === 'presentation') return false;
  // A table with header cells or a caption holds data rather than layout.
  const stack: El[] = [el];
  let seen = 0;
  while (stack.length && seen < 2000) {
    const e = stack.pop() as El;
    seen++;
    if (e !== el && (e.tag === 'th' || e.tag === 'caption' || e.tag === 'thead')) return true;
    if (e !== el && e.tag === 'table') return false;
    for (const k of e.kids) if (typeof k !== 'string') stack.push(k);
  }
  return false;
}
