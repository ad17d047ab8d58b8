/**
 * Page metadata (title, date, author, site, language, description) from the sources that
 * html-dom.ts collected: meta tags, JSON-LD, itemprop, <time>, <title>, <h1>, bylines.
 * Stated values only; anything missing stays null.
 */
import type { MetaSources } from './html-dom.js';

export type PageMeta = {
  title: string | null;
  published: string | null;
  author: string | null;
  siteName: string | null;
  /**
   * What the <title> adds around the headline, outermost first: the trailing part of
   * "Headline | Site", then the leading part of "Site | Headline". A site name only when
   * something else confirms it (a section name sits in the same places).
   */
  titleAffixes: string[];
  language: string | null;
  description: string | null;
};

const WS = /\s+/g;
const clean = (s: string | null | undefined): string | null => {
  if (typeof s !== 'string') return null;
  const t = s.replace(WS, ' ').trim().normalize('NFC');
  return t ? t : null;
};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObj = { [k: string]: Json };

const ARTICLE_TYPES = /article|posting|report|blog|news|webpage|creativework/i;

/** All JSON-LD objects, flattened through arrays and @graph. */
function jsonLdObjects(texts: string[]): JsonObj[] {
  const out: JsonObj[] = [];
  for (const raw of texts) {
    let data: Json;
    try {
      // Some sites wrap JSON-LD in HTML comments or CDATA.
      data = JSON.parse(raw.replace(/^\s*(?:<!--|<!\[CDATA\[)/, '').replace(/(?:-->|\]\]>)\s*$/, '')) as Json;
    } catch {
      continue;
    }
    const stack: Json[] = [data];
    while (stack.length && out.length < 100) {
      const v = stack.pop() as Json;
      if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      else if (v && typeof v === 'object') {
        out.push(v);
        const g = v['@graph'];
        if (g) stack.push(g);
      }
    }
  }
  return out;
}

const typeOf = (o: JsonObj): string => {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
};

/**
 * The name of a JSON-LD value: a string, an object's name, or a list of them joined by ", ".
 * `{"@id": ...}` references (Yoast-style @graph pages point from the article to a Person node)
 * are followed through `byId`, one level deep.
 */
function nameOf(v: Json | undefined, byId?: Map<string, JsonObj>, depth = 0): string | null {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) {
    const names = v.map((x) => nameOf(x, byId, depth)).filter((x): x is string => x !== null);
    return names.length ? [...new Set(names)].join(', ') : null;
  }
  if (v && typeof v === 'object') {
    const o = v as JsonObj;
    if (o.name !== undefined) return nameOf(o.name, byId, depth);
    const ref = o['@id'];
    const target = typeof ref === 'string' && depth < 2 ? byId?.get(ref) : undefined;
    return target ? nameOf(target, byId, depth + 1) : null;
  }
  return null;
}

/** JSON-LD nodes by their @id, so references inside an @graph can be read. */
function indexById(objs: JsonObj[]): Map<string, JsonObj> {
  const m = new Map<string, JsonObj>();
  for (const o of objs) {
    const id = o['@id'];
    if (typeof id === 'string' && !m.has(id) && Object.keys(o).length > 1) m.set(id, o);
  }
  return m;
}

/**
 * Every value of the first key the page states: two `article:author` tags are two co-authors
 * (a profile address in the tag names nobody).
 */
const all = (m: Map<string, string[]>, ...keys: string[]): string | null => {
  for (const k of keys) {
    const vs = [...new Set((m.get(k) ?? []).map(clean))].filter(
      (c): c is string => !!c && !/^(?:https?:\/\/|www\.)/i.test(c),
    );
    if (vs.length) return vs.join(', ');
  }
  return null;
};
const first = (m: Map<string, string[]>, ...keys: string[]): string | null => {
  for (const k of keys) {
    for (const v of m.get(k) ?? []) {
      const c = clean(v);
      if (c) return c;
    }
  }
  return null;
};

const ISO_RE =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?/i;
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
// "Mon, 18 Nov 2019 14:05:00 +0000" (RFC 2822) and "18 Nov 2019" / "Nov 18, 2019".
const RFC_RE =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UT|UTC|GMT|[+-]\d{4})?)?/i;
const MDY_RE = /^(?:[a-z]+,?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/i;

const pad = (n: number): string => String(n).padStart(2, '0');
const validDate = (y: number, m: number, d: number): boolean =>
  y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;

function zone(z: string | undefined): string {
  if (!z) return '';
  const u = z.toUpperCase();
  if (u === 'Z' || u === 'UTC' || u === 'GMT' || u === 'UT') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '';
}

/** Normalise a stated date to ISO-8601, keeping the stated offset. Null when unreadable. */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let m = ISO_RE.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDate(y, mo, d)) return null;
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    if (m[4] === undefined) return date;
    const h = Number(m[4]);
    if (h > 23 || Number(m[5]) > 59) return date;
    return `${date}T${pad(h)}:${m[5]}:${m[6] ?? '00'}${zone(m[7])}`;
  }
  m = RFC_RE.exec(s);
  if (m) {
    const mo = MONTHS[m[2].toLowerCase()];
    const [y, d] = [Number(m[3]), Number(m[1])];
    if (!mo || !validDate(y, mo, d)) return null;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (m[4] === undefined) return date;
    return `${date}T${pad(Number(m[4]))}:${m[5]}:${m[6] ?? '00'}${zone(m[7])}`;
  }
  m = MDY_RE.exec(s);
  if (m) {
    const mo = MONTHS[m[1].toLowerCase()];
    const [y, d] = [Number(m[3]), Number(m[2])];
    if (mo && validDate(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return null;
}

const TITLE_SEPS_CAPTURE = /(\s+[|\-–—:·•»]\s+|\s+::\s+)/;
const STRONG_SEP = /[|·•»]|::/;

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Drop " | Site" style suffixes (and "Section | " prefixes) from a <title>. A part naming the
 * site or host always goes; otherwise a short trailing part goes, and a short leading part only
 * before a strong separator ("|", "»", "::"), since "Baku - Tbilisi rail link" is a headline.
 */
export function stripSiteName(title: string, siteName: string | null, host: string | null): string {
  const site = siteName ? norm(siteName).replace(/ /g, '') : null;
  const hostCore = host ? norm(host.replace(/^www\./, '').replace(/\.[a-z.]+$/, '')).replace(/ /g, '') : null;
  const isSite = (p: string): boolean => {
    const n = norm(p).replace(/ /g, '');
    return n !== '' && ((site !== null && n === site) || (hostCore !== null && n === hostCore));
  };
  const words = (x: string): number => x.trim().split(/\s+/).length;
  let t = title.trim();
  for (let round = 0; round < 3; round++) {
    const parts = t.split(TITLE_SEPS_CAPTURE);
    // parts = [text, sep, text, sep, ...]
    if (parts.length < 3) break;
    const firstPart = parts[0];
    const lastPart = parts[parts.length - 1];
    const rest = (from: number, to: number): string => parts.slice(from, to).join('').trim();
    if (isSite(lastPart)) t = rest(0, parts.length - 2);
    else if (isSite(firstPart)) t = rest(2, parts.length);
    else if (STRONG_SEP.test(parts[1]) && words(firstPart) <= 2 && words(rest(2, parts.length)) >= 3)
      t = rest(2, parts.length);
    else if (
      words(lastPart) <= 3 &&
      (words(rest(0, parts.length - 2)) >= 3 || STRONG_SEP.test(parts[parts.length - 2]))
    )
      t = rest(0, parts.length - 2);
    else break;
  }
  return t || title;
}

const AFFIX_SEP = /\s+(?:[|\-–—:·•»]|::)\s+|\s*[|»]\s*/;

/** See PageMeta.titleAffixes. */
export function titleAffixes(titleTag: string | null, headline: string | null): string[] {
  if (!titleTag || !headline) return [];
  const t = titleTag.replace(WS, ' ').trim();
  const h = headline.replace(WS, ' ').trim();
  const i = h ? t.toLowerCase().indexOf(h.toLowerCase()) : -1;
  if (i < 0) return [];
  const out: string[] = [];
  const ok = (p: string | undefined): p is string => !!p && /\p{L}/u.test(p) && p.split(' ').length <= 6;
  const after = t.slice(i + h.length);
  if (/^\s*(?:[|\-–—:·•»]|::)/.test(after)) {
    const parts = after
      .split(AFFIX_SEP)
      .map((p) => p.trim())
      .filter(Boolean);
    if (ok(parts[parts.length - 1])) out.push(parts[parts.length - 1]);
  }
  const before = t.slice(0, i);
  if (/(?:[|\-–—:·•»]|::)\s*$/.test(before)) {
    const parts = before
      .split(AFFIX_SEP)
      .map((p) => p.trim())
      .filter(Boolean);
    if (ok(parts[0])) out.push(parts[0]);
  }
  return out;
}

export function extractMeta(src: MetaSources, url: string | null): PageMeta {
  const ld = jsonLdObjects(src.jsonLd);
  const article =
    ld.find((o) => /article|posting|report|blog/i.test(typeOf(o))) ??
    ld.find((o) => ARTICLE_TYPES.test(typeOf(o)));
  const m = src.meta;
  let host: string | null = null;
  // The page's own address names the site ("steppeherald.example"); ingest of a saved page gives
  // no URL, so the canonical link or og:url stands in.
  for (const u of [url, src.canonical, first(m, 'og:url')]) {
    if (!u || host) continue;
    try {
      host = new URL(u).hostname;
    } catch {
      host = null;
    }
  }

  const byId = indexById(ld);

  // Site name. A WebSite node names the brand ("Karakum Review"); the publisher Organization
  // often carries the legal name ("Karakum Review Media Group LLC"), so it comes after.
  let siteName = first(m, 'og:site_name', 'application-name', 'al:android:app_name', 'al:ios:app_name');
  if (!siteName) {
    const site = ld.find((o) => /\bwebsite\b/i.test(typeOf(o)));
    if (site) siteName = nameOf(site.name);
  }
  if (!siteName && article) siteName = nameOf(article.publisher, byId);
  if (!siteName) {
    const org = ld.find((o) => /organization/i.test(typeOf(o)));
    if (org) siteName = nameOf(org.name);
  }

  // Title.
  const titleTag = clean(src.titleTag);
  const og =
    first(m, 'og:title', 'twitter:title', 'dc.title', 'headline') ??
    (article ? clean(typeof article.headline === 'string' ? article.headline : null) : null);
  let title: string | null = null;
  const refs = [og, titleTag].filter((x): x is string => x !== null).map(norm);
  for (const h of src.h1) {
    const nh = norm(h);
    if (nh.length > 3 && refs.some((r) => r.includes(nh) || nh.includes(r))) {
      title = clean(h);
      break;
    }
  }
  if (!title && og) title = stripSiteName(og, siteName, host);
  if (!title && titleTag) title = stripSiteName(titleTag, siteName, host);
  if (!title && src.h1.length) title = clean(src.h1[0]);

  // Publication date.
  const ip = src.itemprops;
  const dateCandidates: (string | null | undefined)[] = [
    ...(m.get('article:published_time') ?? []),
    ...(m.get('og:article:published_time') ?? []),
    article && typeof article.datePublished === 'string' ? article.datePublished : null,
    ...(ip.get('datepublished') ?? []),
    ...(m.get('datepublished') ?? []),
    ...[
      'pubdate',
      'publishdate',
      'publish-date',
      'publish_date',
      'parsely-pub-date',
      'sailthru.date',
      'dc.date',
      'dc.date.issued',
      'dcterms.created',
      'dcterms.date',
      'date',
      'article.published',
      'og:published_time',
      'cxenseparse:recs:publishtime',
    ].flatMap((k) => m.get(k) ?? []),
    ...src.times.filter((t) => t.pub).map((t) => t.value),
    article && typeof article.dateCreated === 'string' ? article.dateCreated : null,
    ...(ip.get('datecreated') ?? []),
    ...src.times.map((t) => t.value),
  ];
  let published: string | null = null;
  for (const c of dateCandidates) {
    published = normaliseDate(c);
    if (published) break;
  }

  // Author.
  const notUrl = (s: string | null): string | null =>
    s && !/^https?:\/\//i.test(s) && !/^www\./i.test(s) ? s : null;
  const byline = (s: string | null): string | null => {
    if (!s) return null;
    const t = s.replace(/^(?:by|von|par|por|di|door|av|от|автор:?)\s+/i, '').trim();
    return t && t.length <= 100 ? t : null;
  };
  let author =
    notUrl(
      all(
        m,
        'author',
        'article:author',
        'dc.creator',
        'byl',
        'sailthru.author',
        'parsely-author',
        'twitter:creator:name',
      ),
    ) ??
    (article ? nameOf(article.author, byId) : null) ??
    notUrl(clean((ip.get('author') ?? [])[0])) ??
    clean(src.relAuthor[0]) ??
    clean(src.bylines[0]);
  author = byline(author);

  // Language as ISO 639-1.
  const langRaw =
    src.htmlLang ??
    first(m, 'content-language', 'og:locale', 'dc.language', 'language') ??
    (article && typeof article.inLanguage === 'string' ? article.inLanguage : null);
  const lm = langRaw ? /^([a-z]{2})(?:[-_]|$)/i.exec(langRaw.trim()) : null;
  const language = lm ? lm[1].toLowerCase() : null;

  const description =
    first(m, 'description', 'og:description', 'twitter:description', 'dc.description') ??
    (article ? clean(typeof article.description === 'string' ? article.description : null) : null);

  return {
    title,
    published,
    author,
    siteName,
    titleAffixes: titleAffixes(titleTag, title),
    language,
    description,
  };
}

/** The JSON-LD articleBody, when the page states one (used to confirm the DOM choice). */
export function jsonLdArticleBody(src: MetaSources): string | null {
  for (const o of jsonLdObjects(src.jsonLd)) {
    const b = o.articleBody;
    if (typeof b === 'string' && b.length > 200) return b;
  }
  return null;
}
