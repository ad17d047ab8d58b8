/**
 * The clean stage: RawDocument → Article. HTML goes through the main-text extractor, plain-text
 * page dumps through the dump cleaner; both then pass the same chrome filters and metadata
 * heuristics. Metadata stated by structured inputs (JSON, feeds: `raw.hints`) wins over what the
 * heuristics find. Never throws: problems become diagnostics with stable codes.
 */
import type { Article, Diagnostic, MetadataHints, Paragraph, RawDocument } from '../model/index.js';
import { matchChrome, normalizeLine } from './boilerplate.js';
import { extractHtml, PROSE_CHARS } from './html.js';
import { detectLanguage } from './language.js';
import {
  agencyInCredit,
  cleanAuthor,
  cleanOutletName,
  cleanTitle,
  findAuthor,
  findDateline,
  findOriginalSource,
  findOutlet,
  findPublished,
  type MetaLine,
} from './metadata.js';
import { findDates } from './metadata-dates.js';
import { plausiblePublished } from './date-sanity.js';
import { cleanTextDump, dupKey } from './text.js';
import {
  findCreditedOutlet,
  findPageOutlet,
  knownOutlet,
  outletFromUrl,
  outletOfDomainName,
} from './outlet.js';

export { cleanTextDump } from './text.js';
export { detectLanguage } from './language.js';

const isCalendarDay = (ymd: string): boolean => {
  const [y, m, d] = ymd.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

const ISO_TS = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A date stated by a feed or JSON input, as ISO-8601. ISO values pass through; RFC 822 feed dates
 * ("Mon, 10 Jan 2022 14:58:00 +0530") and other forms go through the page-date parser, then
 * Date.parse as a last resort. Unparseable → null with a diagnostic.
 */
export function normalizeHintDate(value: string, diagnostics: Diagnostic[]): string | null {
  const v = value.trim();
  if (ISO_TS.test(v)) {
    // The pattern cannot see the calendar: "2022-02-31" from a feed is refused, not stored.
    if (isCalendarDay(v.slice(0, 10))) return v.replace(' ', 'T');
    diagnostics.push({
      code: 'ORBIT_W_BAD_DATE',
      message: `The stated publication date "${v.slice(0, 60)}" is not a calendar date`,
      path: ['hints', 'published'],
    });
    return null;
  }
  for (const d of findDates(v)) if (d.value) return d.value;
  const t = Date.parse(v);
  if (!Number.isNaN(t)) return new Date(t).toISOString().replace(/\.000Z$/, 'Z');
  diagnostics.push({
    code: 'ORBIT_W_BAD_DATE',
    message: `The stated publication date "${v.slice(0, 60)}" could not be read`,
    path: ['hints', 'published'],
  });
  return null;
}

const hint = (v: string | null | undefined): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : null;

function paragraphsOf(parts: string[]): { text: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const p of parts) {
    if (paragraphs.length) offset += 2;
    paragraphs.push({ start: offset, end: offset + p.length });
    offset += p.length;
  }
  return { text: parts.join('\n\n'), paragraphs };
}

type Cleaned = {
  text: string;
  paragraphs: Paragraph[];
  lines: MetaLine[];
  title: string | null;
  published: string | null;
  author: string | null;
  outlet: string | null;
  /** HTML only: what the <title> adds around the headline (see html-meta.ts). */
  titleAffixes?: string[];
  diagnostics: Diagnostic[];
};

function fromText(body: string, title: string | null): Cleaned {
  const dump = cleanTextDump(body, { title });
  const lines: MetaLine[] = dump.lines.map((l) => ({ text: l.text, role: l.role }));
  return {
    text: dump.text,
    paragraphs: dump.paragraphs,
    lines,
    title: dump.title,
    published: null,
    author: null,
    outlet: null,
    diagnostics: dump.diagnostics,
  };
}

/** The body split into paragraphs at blank lines, whitespace tidied; no chrome removal. */
function asDeclaredBody(body: string, c: Cleaned): Cleaned {
  const parts = body
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/[ \t]+/g, ' ')
        .replace(/ *\n */g, '\n')
        .trim(),
    )
    .filter(Boolean);
  const { text, paragraphs } = paragraphsOf(parts);
  return { ...c, text, paragraphs, diagnostics: c.diagnostics.filter((d) => d.code !== 'ORBIT_E_NO_TEXT') };
}

/**
 * HTML: the extractor's paragraphs pass the same chrome filters as dump lines; what is removed
 * is kept as footer lines so the outlet and date heuristics can still read it.
 */
function fromHtml(body: string, url: string | null): Cleaned {
  const ex = extractHtml(body, url ? { url, pageLines: true } : { pageLines: true });
  const page = ex.pageLines ?? [];
  // The rest of the page, placed like a dump's lines: what precedes the article is its header
  // (bylines, date lines), what sits inside or after it counts as footer (labelled dates only).
  // (Header lines found between kept short lines are listed first: order matters little there.)
  const lines: MetaLine[] = page
    .filter((l) => l.where === 'before')
    .map((l) => ({ text: normalizeLine(l.text), role: 'header' }));
  const kept: string[] = [];
  const seen = new Set<string>();
  const titleKey = ex.title ? dupKey(ex.title) : '';
  let ended = false;
  let inProse = false;
  for (const p of ex.paragraphs) {
    const raw = ex.text.slice(p.start, p.end);
    const line = normalizeLine(raw);
    const rule = line.length <= 400 ? matchChrome(line) : null;
    if (rule?.kind === 'end') ended = true;
    const key = dupKey(line);
    const drop = ended || !!rule || key === '' || seen.has(key) || key === titleKey || isDateOnlyLine(line);
    if (drop) {
      // Before the first real paragraph, a dropped line is the article's header (date, byline).
      lines.push({ text: line, role: inProse ? 'footer' : 'header' });
      continue;
    }
    seen.add(key);
    kept.push(raw);
    if (line.length >= PROSE_CHARS) inProse = true;
    lines.push({ text: line, role: 'body' });
  }
  for (const l of page) if (l.where !== 'before') lines.push({ text: normalizeLine(l.text), role: 'footer' });
  const { text, paragraphs } = paragraphsOf(kept);
  const diagnostics: Diagnostic[] = [];
  if (!text)
    diagnostics.push({ code: 'ORBIT_E_NO_TEXT', message: 'No article text was found in the HTML page' });
  if (ex.depthCapped)
    diagnostics.push({
      code: 'ORBIT_W_HTML_DEPTH',
      message: 'The page nests elements beyond the parser limits; deeper markup was flattened or dropped',
    });
  return {
    text,
    paragraphs,
    lines,
    title: ex.title,
    published: ex.published,
    author: ex.author,
    outlet: ex.siteName,
    titleAffixes: ex.titleAffixes,
    diagnostics,
  };
}

/**
 * A paragraph that is only a date (and a time, zone or short label): "November 23, 2026",
 * "23.11.2026 14:05". The page's date line, left inside the container; metadata, not text.
 */
function isDateOnlyLine(line: string): boolean {
  if (line.length > 120) return false;
  const dates = findDates(line);
  if (dates.length === 0) return false;
  // "November 23, 2026: talks begin" is a timeline entry, not a date line.
  if (/:\s*\p{L}/u.test(line.slice(dates[dates.length - 1].end))) return false;
  let rest = line;
  for (const d of dates) rest = rest.replace(d.raw, ' ');
  const words = rest.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w));
  if (words.length <= 2 && line.length <= 60) return true;
  // Longer: a published and an updated date with their labels ("Giriş Tarihi: … Son Güncelleme: …",
  // "March 12, 2026 11:05 AM GMT Updated 2 hours ago").
  // A zone glued to the label ("GMTUpdated") is still a label.
  return words.filter((w) => !DATE_LABEL_WORD.test(w.replace(/^[A-Z]{2,5}(?=[A-Z][a-z])/, ''))).length <= 1;
}
/** Words that label a page's dates, in the languages Orbit reads. */
const DATE_LABEL_WORD =
  /^(?:published|posted|updated|last|modified|created|on|date|hours?|minutes?|days?|ago|giriş|tarihi|son|güncelleme|yayınlanma|yayın|saat|önce|опубликовано|обновлено|изменено|дата|публикации|назад|час(?:а|ов)?|минут[уы]?)[:,.|]*$/iu;

/**
 * The outlet when the page states no site name: a copyright or imprint line of the page, and
 * what the <title> adds around the headline. A title affix is used when the footer confirms it
 * ("Steppe Observer" in "© 2026 Steppe Observer LLC"), or alone when it trails the headline.
 */
function outletFromPage(footer: string | null, affixes: string[]): string | null {
  const key = (s: string): string =>
    s
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  if (footer) {
    const f = key(footer);
    for (const a of affixes) if (key(a) && f.includes(key(a))) return cleanOutletName(a) ?? footer;
    return footer;
  }
  return affixes.length ? cleanOutletName(affixes[0]) : null;
}

/** Two names of one outlet: the same words, or one media gazetteer entry ("INTERFAX.RU", "Интерфакс"). */
function sameOutlet(a: string, b: string): boolean {
  if (headlineKey(a) === headlineKey(b)) return true;
  const ka = knownOutlet(a);
  return !!ka && ka.id === knownOutlet(b)?.id;
}

/** The page's stated site name, cleaned; a bare lower-case address becomes the outlet it is. */
function siteOutlet(stated: string | null): string | null {
  const name = cleanOutletName(stated);
  return name ? outletOfDomainName(name) : null;
}

function emptyArticle(raw: RawDocument, diagnostics: Diagnostic[]): Article {
  return {
    id: typeof raw?.id === 'string' ? raw.id : '',
    source: typeof raw?.source === 'string' ? raw.source : '',
    title: null,
    published: null,
    author: null,
    outlet: null,
    originalSource: null,
    dateline: null,
    language: 'und',
    text: '',
    paragraphs: [],
    diagnostics,
  };
}

const headlineKey = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The headline is part of what the article says (names, claims), so it opens the cleaned text as
 * its own paragraph — once: not when the body already starts with it.
 */
export function withHeadline(
  title: string | null,
  text: string,
  paragraphs: Paragraph[],
): { text: string; paragraphs: Paragraph[] } {
  if (!title || !text) return { text, paragraphs };
  const first = paragraphs.length ? text.slice(paragraphs[0].start, paragraphs[0].end) : text;
  const t = headlineKey(title);
  if (!t || headlineKey(first).startsWith(t)) return { text, paragraphs };
  const shift = title.length + 2;
  return {
    text: `${title}\n\n${text}`,
    paragraphs: [
      { start: 0, end: title.length },
      ...paragraphs.map((p) => ({ start: p.start + shift, end: p.end + shift })),
    ],
  };
}

/**
 * Feed author fields often carry an e-mail address: RSS's "desk@site.example (Jane Roe)" gives the
 * name; a bare address names no person and stays unknown.
 */
export function authorFromHint(v: string | null): string | null {
  if (!v) return null;
  const paren = /^\S+@\S+\s*\((.+)\)$/.exec(v);
  if (paren) return paren[1].trim() || null;
  if (/^\S+@\S+$/.test(v)) return null;
  return v;
}

/** Clean one raw document into an Article. Never throws. */
export function cleanDocument(raw: RawDocument): Article {
  try {
    if (!raw || typeof raw.body !== 'string') {
      return emptyArticle(raw, [{ code: 'ORBIT_E_NO_TEXT', message: 'The document has no body to clean' }]);
    }
    const hints: MetadataHints = raw.hints ?? {};
    let c =
      raw.format === 'html' ? fromHtml(raw.body, hint(hints.url)) : fromText(raw.body, hint(hints.title));
    // A structured input (JSON, feed) declares its body to be the article: when the page-dump
    // heuristics find no prose in it (tables, figures, one-liners), keep the body as written.
    if (!c.text.trim() && raw.format === 'text' && Object.values(hints).some((v) => v) && raw.body.trim())
      c = asDeclaredBody(raw.body, c);
    const diagnostics = [...c.diagnostics];

    // The site: stated by the input, by the page's metadata, by its URL, by its footer, by its own
    // name in the chrome; last, the outlet the story is credited to (a wire story read where
    // nothing else names the site is the wire's own copy).
    const credited = findCreditedOutlet(c.lines);
    const site =
      hint(hints.outlet) ??
      siteOutlet(c.outlet) ??
      outletFromUrl(hint(hints.url))?.name ??
      (c.titleAffixes ? outletFromPage(findOutlet(c.lines), c.titleAffixes) : findOutlet(c.lines)) ??
      findPageOutlet(c.lines)?.name;
    const outlet =
      site ??
      findOriginalSource(c.lines) ??
      agencyInCredit(c.author ?? hint(hints.author)) ??
      credited?.name ??
      null;
    const title = hint(hints.title) ?? cleanTitle(c.title, outlet);

    let published: string | null = null;
    const hinted = hint(hints.published);
    if (hinted) published = plausiblePublished(normalizeHintDate(hinted, diagnostics), diagnostics);
    if (!published && c.published) published = plausiblePublished(c.published, diagnostics);
    if (!published) {
      // A US outlet writes slash dates month-first (see metadata-dates.ts).
      const us = !!outlet && knownOutlet(outlet)?.country === 'country:US';
      const found = findPublished(c.lines, { slashMonthFirst: us });
      published = plausiblePublished(found.value, diagnostics);
      if (!hinted) diagnostics.push(...found.diagnostics);
    }

    let author = authorFromHint(hint(hints.author)) ?? cleanAuthor(c.author) ?? findAuthor(c.lines);
    // A site credited as its own author (<meta name=author content="Site">) names no person.
    if (author && outlet && headlineKey(author) === headlineKey(outlet)) author = null;
    // A byline that names an agency ("Jane Roe, Reuters", "AFP") says whose story this is.
    let originalSource =
      findOriginalSource(c.lines) ?? agencyInCredit(c.author ?? hint(hints.author)) ?? credited?.name ?? null;
    // An agency's own story credits the agency ("MOSCOW, March 12. /TASS/." on tass.ru): the page
    // is no copy of another outlet's story.
    if (originalSource && site && sameOutlet(originalSource, site)) originalSource = null;
    const dateline = findDateline(c.lines);
    const language = hint(hints.language)?.toLowerCase().split(/[-_]/)[0] ?? detectLanguage(c.text);
    if (!title) diagnostics.push({ code: 'ORBIT_W_NO_TITLE', message: 'No headline was found' });

    const body = withHeadline(title, c.text, c.paragraphs);
    return {
      id: raw.id,
      source: raw.source,
      title,
      published,
      author,
      outlet,
      originalSource,
      dateline,
      language,
      text: body.text,
      paragraphs: body.paragraphs,
      diagnostics,
    };
  } catch (e) {
    return emptyArticle(raw, [
      { code: 'ORBIT_E_INTERNAL', message: `Cleaning failed: ${e instanceof Error ? e.message : String(e)}` },
      { code: 'ORBIT_E_NO_TEXT', message: 'No article text was produced' },
    ]);
  }
}
