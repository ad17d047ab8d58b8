/**
 * JSON, JSON Lines, RSS 2.0 and Atom inputs: each article record becomes one document.
 *
 * Accepted JSON fields (first present wins):
 *   title:     title, headline, name
 *   body:      body, text, content, articleBody, description, summary
 *   url:       url, link, href
 *   published: date, published, publishedAt, published_at, pubDate, datePublished, created
 *   author:    author (string or {name}), byline, creator
 *   outlet:    outlet, site, siteName, source (string or {name})
 *   language:  language, lang
 * A JSON file may hold one article object, an array of them, or an object with an array under
 * items / articles / data / documents / results / entries / posts.
 */
import { XMLParser } from 'fast-xml-parser';
import type { MetadataHints } from '../model/index.js';

export type StructuredItem = { index: number; body: string; hints: MetadataHints; canonical: string };
/** A record that could not be read; the other records of its input are kept (JSON Lines). */
export type SkippedRecord = { line: number; code: 'ORBIT_E_MALFORMED'; message: string };
export type StructuredResult =
  | { ok: true; items: StructuredItem[]; skipped?: SkippedRecord[] }
  | { ok: false; code: 'ORBIT_E_MALFORMED' | 'ORBIT_E_NO_ITEMS' | 'ORBIT_E_TOO_LARGE'; message: string };

/**
 * Most article records one JSON, JSON Lines or feed input may hold; a larger input is refused
 * whole (ORBIT_E_TOO_LARGE: split it) rather than half-ingested. Bounds memory and run time.
 */
export const MAX_ITEMS = 100_000;

/**
 * Deepest JSON nesting accepted (ORBIT_E_MALFORMED beyond). Article records are shallow; the
 * record walkers below recurse, so hostile nesting must be refused before they run.
 */
export const MAX_JSON_DEPTH = 64;

/** Iterative: true when `v` nests objects/arrays deeper than `max` levels. */
function nestsDeeperThan(v: unknown, max: number): boolean {
  const stack: { v: object; d: number }[] = [];
  if (v !== null && typeof v === 'object') stack.push({ v, d: 1 });
  while (stack.length) {
    const { v: x, d } = stack.pop()!;
    if (d > max) return true;
    for (const c of Array.isArray(x) ? x : Object.values(x))
      if (c !== null && typeof c === 'object') stack.push({ v: c, d: d + 1 });
  }
  return false;
}

const tooDeep = (what: string): StructuredResult => ({
  ok: false,
  code: 'ORBIT_E_MALFORMED',
  message: `${what} nests deeper than ${MAX_JSON_DEPTH} levels`,
});
const tooMany = (what: string, n: number): StructuredResult => ({
  ok: false,
  code: 'ORBIT_E_TOO_LARGE',
  message: `${what} holds ${n} records, more than the ${MAX_ITEMS}-record limit per input; split it`,
});

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const FIELDS = {
  title: ['title', 'headline', 'name'],
  body: ['body', 'text', 'content', 'articleBody', 'content:encoded', 'description', 'summary'],
  url: ['url', 'link', 'href'],
  published: [
    'date',
    'published',
    'publishedAt',
    'published_at',
    'pubDate',
    'datePublished',
    'created',
    'updated',
    'dc:date',
  ],
  author: ['author', 'byline', 'creator', 'dc:creator'],
  outlet: ['outlet', 'site', 'siteName', 'source'],
  language: ['language', 'lang'],
} as const;

const NUL = /\u0000/g;

/** A field value as plain text: strings, numbers, {name}, {#text}, {href}, or the first of an array. */
function asText(v: unknown): string | null {
  if (v == null) return null;
  // NUL is valid in a JSON string ("\u0000") but not in PostgreSQL text: drop it here.
  if (typeof v === 'string') return v.replace(NUL, '').trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.length ? asText(v[0]) : null;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return asText(o.name ?? o['#text'] ?? o['@_href'] ?? o.href ?? o.value ?? null);
  }
  return null;
}

function pick(o: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = asText(o[k]);
    if (v) return v;
  }
  return null;
}

/** Stable serialisation so the same record always hashes to the same document id. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

function toItem(o: Record<string, unknown>, index: number): StructuredItem | null {
  const body = pick(o, FIELDS.body);
  if (!body) return null;
  return {
    index,
    body,
    canonical: canonicalJson(o),
    hints: {
      title: pick(o, FIELDS.title),
      url: pick(o, FIELDS.url),
      published: pick(o, FIELDS.published),
      author: pick(o, FIELDS.author),
      outlet: pick(o, FIELDS.outlet),
      language: pick(o, FIELDS.language),
    },
  };
}

const CONTAINERS = ['items', 'articles', 'data', 'documents', 'results', 'entries', 'posts'];

function records(root: Json): Record<string, unknown>[] | null {
  if (Array.isArray(root))
    return root.filter((x): x is { [k: string]: Json } => !!x && typeof x === 'object' && !Array.isArray(x));
  if (root && typeof root === 'object') {
    for (const k of CONTAINERS) {
      const v = (root as Record<string, Json>)[k];
      if (Array.isArray(v)) return records(v);
    }
    return [root as Record<string, unknown>];
  }
  return null;
}

function collect(recs: Record<string, unknown>[], what: string): StructuredResult {
  if (recs.length > MAX_ITEMS) return tooMany(what, recs.length);
  const items = recs.map(toItem).filter((x): x is StructuredItem => x !== null);
  if (!items.length) {
    return {
      ok: false,
      code: 'ORBIT_E_NO_ITEMS',
      message: `${what} has no article with a body/text/content field`,
    };
  }
  return { ok: true, items };
}

export function parseJson(text: string): StructuredResult {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch (e) {
    return { ok: false, code: 'ORBIT_E_MALFORMED', message: `invalid JSON: ${(e as Error).message}` };
  }
  if (nestsDeeperThan(root, MAX_JSON_DEPTH)) return tooDeep('JSON');
  const recs = records(root);
  if (!recs) return { ok: false, code: 'ORBIT_E_NO_ITEMS', message: 'JSON holds no article objects' };
  return collect(recs, 'JSON');
}

/**
 * One JSON object per line. A line that is not valid JSON, not an object, or nested too deep is
 * skipped with its line number (reported as its own failure); the other lines are kept.
 */
export function parseJsonLines(text: string): StructuredResult {
  const recs: Record<string, unknown>[] = [];
  const lineOf: number[] = [];
  const skipped: SkippedRecord[] = [];
  const lines = text.split(/\r?\n/);
  // Count records before parsing any: a refused input should cost little.
  let n = 0;
  for (const l of lines) if (l.trim()) n++;
  if (n > MAX_ITEMS) return tooMany('JSON Lines', n);
  const skip = (i: number, message: string) =>
    skipped.push({ line: i + 1, code: 'ORBIT_E_MALFORMED', message: `line ${i + 1}: ${message}` });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let v: Json;
    try {
      v = JSON.parse(line) as Json;
    } catch (e) {
      skip(i, `invalid JSON: ${(e as Error).message}`);
      continue;
    }
    if (nestsDeeperThan(v, MAX_JSON_DEPTH)) skip(i, `nests deeper than ${MAX_JSON_DEPTH} levels`);
    else if (v && typeof v === 'object' && !Array.isArray(v)) {
      recs.push(v);
      lineOf.push(i);
    } else skip(i, 'expected a JSON object');
  }
  if (!recs.length && skipped.length)
    return {
      ok: false,
      code: 'ORBIT_E_MALFORMED',
      message: `no line is a JSON object; ${skipped[0].message}`,
    };
  const r = collect(recs, 'JSON Lines');
  if (!r.ok) return r;
  // item.index numbers the record in its input (the document source is `file#N`): the line.
  return {
    ok: true,
    items: r.items.map((it) => ({ ...it, index: lineOf[it.index] })),
    ...(skipped.length ? { skipped } : {}),
  };
}

const xml = new XMLParser({
  ignoreAttributes: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** RSS 2.0 / RSS 1.0 (RDF) and Atom feeds. */
export function parseFeed(text: string): StructuredResult {
  let doc: Record<string, unknown>;
  try {
    doc = xml.parse(text, true) as Record<string, unknown>;
  } catch (e) {
    return {
      ok: false,
      code: 'ORBIT_E_MALFORMED',
      message: `invalid XML feed: ${(e as Error).message.split('\n')[0]}`,
    };
  }
  const rss = doc.rss as Record<string, unknown> | undefined;
  const rdf = doc['rdf:RDF'] as Record<string, unknown> | undefined;
  const feed = doc.feed as Record<string, unknown> | undefined;
  let entries: Record<string, unknown>[] = [];
  let feedTitle: string | null = null;
  if (rss || rdf) {
    const channel = (rss?.channel ?? rdf?.channel ?? {}) as Record<string, unknown>;
    feedTitle = asText(channel.title);
    entries = ((rss ? channel.item : rdf?.item) ?? []) as Record<string, unknown>[];
  } else if (feed) {
    feedTitle = asText(feed.title);
    entries = (feed.entry ?? []) as Record<string, unknown>[];
  } else {
    return { ok: false, code: 'ORBIT_E_MALFORMED', message: 'XML is neither an RSS nor an Atom feed' };
  }
  const recs = entries.map((e) => {
    // Atom links are elements with href attributes; prefer rel="alternate".
    const links = Array.isArray(e.link) ? (e.link as Record<string, unknown>[]) : [];
    const alt = links.find((l) => typeof l === 'object' && (l['@_rel'] ?? 'alternate') === 'alternate');
    return {
      ...e,
      link: alt ? asText(alt['@_href']) : asText(e.link),
      content: e['content:encoded'] ?? e.content ?? e.description ?? e.summary,
      source: asText(e.source) ?? feedTitle,
    } as Record<string, unknown>;
  });
  if (!recs.length) return { ok: false, code: 'ORBIT_E_NO_ITEMS', message: 'feed has no items' };
  if (nestsDeeperThan(recs, MAX_JSON_DEPTH)) return tooDeep('feed');
  return collect(recs, 'feed');
}
