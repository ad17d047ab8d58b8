/**
 * Metadata heuristics over a cleaned page: headline, publication date, author, the outlet that
 * published this copy, the agency it says it carries, and the dateline. Pure functions over
 * lines that cleaning has already placed (header / body / inner / footer); unknown stays null.
 */
import type { Diagnostic } from '../model/index.js';
import { findDates, ZONE_RE, type DateMatch, type DateOptions } from './metadata-dates.js';
import { AGENCY_ALT, AGENCY_BY_FORM, NON_NAME_WORDS, SITE_WITH_WIRES } from './metadata-sources.js';
import { isPictureCredit, isRoleLine } from './boilerplate.js';
import { isWireDateline } from './text-structure.js';
import { isCapsHeadline } from './wire-copy.js';
import { isPressOffice, knownOutlet } from './outlet.js';

/** A line of the page and where cleaning put it. */
export type MetaLine = { text: string; role: 'header' | 'body' | 'inner' | 'footer' };

const LETTER = /\p{L}/u;
const trimPunct = (s: string): string => s.replace(/^[\s"'“”«»‘’(),.:;|–—-]+|[\s"'“”«»‘’(),.:;|–—-]+$/gu, '');
const nonBody = (lines: MetaLine[]): MetaLine[] => lines.filter((l) => l.role !== 'body' && l.text !== '');
const bodyParas = (lines: MetaLine[]): string[] => lines.filter((l) => l.role === 'body').map((l) => l.text);
/** Words of a headline line above a wire dateline (wire copy kept whole: "RUSSIA SAYS … ."). */
const MAX_WIRE_HEADLINE_WORDS = 20;
/** A headline, not a sentence: short, and in capitals or without a closing full stop. */
function isWireHeadline(line: string): boolean {
  const words = line.trim().split(/\s+/).length;
  if (words > MAX_WIRE_HEADLINE_WORDS) return false;
  const letters = line.replace(/[^\p{L}]/gu, '');
  const upper = line.replace(/[^\p{Lu}]/gu, '').length;
  return (
    (letters.length > 0 && upper / letters.length >= 0.6) ||
    (words <= 12 && !/[.!?]["”»’]?$/u.test(line.trim()))
  );
}
/**
 * A wire dateline alone on its line ("MOSCOW 1996-08-24") opening the story, or right after a
 * short headline line the page kept in the body; null when there is none.
 */
function wireDateline(lines: MetaLine[]): string | null {
  const [first, second] = bodyParas(lines).filter((t) => t.trim() !== '');
  if (first !== undefined && isWireDateline(first)) return first;
  const headline = first !== undefined && isWireHeadline(first);
  return headline && second !== undefined && isWireDateline(second) ? second : null;
}

// ---------------------------------------------------------------- published
/** Labels that say which date a page prints: creation is preferred over modification. */
const CREATED_LABEL =
  /(?:created|published|posted|first published|date|опубликовано|дата публикации|дата|yayın(?:lanma)?(?: tarihi)?|yayınlandı|oluşturulma|giriş(?: tarihi)?|eklenme(?: tarihi)?)(?:\s+on)?\s*:?\s*$/iu;
const UPDATED_LABEL =
  /(?:updated|modified|edited|last update|обновлено|изменено|güncelle\w*)\s*:?\s*(?:on\s*)?$/iu;

/** Before a dateline date: nothing, or a place ("ASTANA, "); after it: a separator. */
const DATELINE_PREFIX = /^(?:[\p{Lu}][\p{L}'’.-]*(?:[\s,]+[\p{Lu}][\p{L}'’.-]*){0,3}[\s,]*)?$/u;
const DATELINE_SEP = /^\s*(?:[-–—:|/]|\(|\.\s)/u;

type DateCandidate = { match: DateMatch; rank: number; distance: number };

/** A line that is a date and a time, at most with a short label: "14:05, 7 December 2026". */
function isMostlyDate(line: string): boolean {
  if (line.length > 60) return false;
  let rest = line;
  for (const d of findDates(line)) rest = rest.replace(d.raw, ' ');
  return rest.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length <= 1;
}

/**
 * The publication date stated in the page's metadata lines (never in the article prose, whose
 * dates are events). "Created/Published" beats an unlabelled date, which beats "Updated";
 * header dates beat footer dates, and footer dates count only when labelled.
 */
export function findPublished(
  lines: MetaLine[],
  opts: DateOptions = {},
): { value: string | null; diagnostics: Diagnostic[] } {
  const cands: DateCandidate[] = [];
  const firstBody = lines.findIndex((l) => l.role === 'body');
  // A date line right under the text ("… peace process." / "14:05, 7 December 2026") is the page's
  // date printed at the foot of the story: it counts, after every other date of the page.
  const lastBody = lines.map((l) => l.role).lastIndexOf('body');
  let closing = -1;
  for (let j = lastBody + 1; lastBody >= 0 && j < lines.length; j++) {
    if (lines[j].text === '') continue;
    closing = j;
    break;
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.role === 'body' || l.text === '' || l.text.length > 200) continue;
    // A picture's caption dates the picture ("… Wednesday, Dec. 2, 2026. (AP Photo/X)"), not the page.
    if (isPictureCredit(l.text)) continue;
    let next = '';
    for (let j = i + 1; j < lines.length && j < i + 3; j++) {
      if (lines[j].text) {
        next = lines[j].text;
        break;
      }
    }
    let prevEnd = 0;
    for (const m of findDates(l.text, next, opts)) {
      const before = l.text.slice(prevEnd, m.index);
      prevEnd = m.end;
      const label = CREATED_LABEL.test(before) ? 0 : UPDATED_LABEL.test(before) ? 2 : 1;
      const footDate = i === closing && label === 1 && isMostlyDate(l.text);
      if (l.role === 'footer' && label !== 0 && !footDate) continue;
      const rank = footDate ? 5 : label + (l.role === 'footer' ? 3 : 0);
      const distance = firstBody < 0 ? i : Math.abs(firstBody - i);
      cands.push({ match: m, rank, distance });
    }
  }
  // Fallback: a date opening the first paragraph ("10 January 2022 — Officials said ...",
  // "ASTANA, 5 May 2023 —"): still the page's own dateline, not an event in the prose.
  if (firstBody >= 0 && !cands.some((c) => c.match.value !== null)) {
    const head = lines[firstBody].text.slice(0, 100);
    // A wire dateline alone on its line at the top of the story ("MOSCOW 1996-08-24") dates the copy.
    const wire = wireDateline(lines);
    const [wm] = wire ? findDates(wire) : [];
    if (wm) cands.push({ match: wm, rank: 4, distance: 0 });
    for (const m of findDates(head)) {
      const before = head.slice(0, m.index);
      const after = head.slice(m.end);
      if (m.index <= 40 && DATELINE_PREFIX.test(before) && DATELINE_SEP.test(after))
        cands.push({ match: m, rank: 4, distance: 0 });
    }
  }
  const diagnostics: Diagnostic[] = [];
  const valid = cands.filter((c) => c.match.value !== null);
  if (valid.length === 0) {
    const bad = cands[0]?.match;
    diagnostics.push(
      bad
        ? {
            code: 'ORBIT_W_BAD_DATE',
            message: `The page states an impossible date "${bad.raw}" (${bad.problem})`,
          }
        : { code: 'ORBIT_W_NO_DATE', message: 'No publication date was found' },
    );
    return { value: null, diagnostics };
  }
  // Same rank: the date nearest the body. A date far above it, before the headline, is a clock
  // or ticker of the site ("12/04/2024 22:31" over a byline dated "Feb 23, 2024"): the byline's
  // date is the article's. Precision decides only between dates of the same day: the nearer
  // "27 August 2025" is refined by "27.08.2025 10:12" elsewhere in the header.
  valid.sort((a, b) => a.rank - b.rank || a.distance - b.distance || precision(b.match) - precision(a.match));
  const best = valid[0].match;
  const day = best.value!.slice(0, 10);
  const sameDay = valid.filter((c) => c.rank < 3 && c.match.value!.slice(0, 10) === day);
  const refined = sameDay.sort(
    (a, b) => precision(b.match) - precision(a.match) || a.rank - b.rank || a.distance - b.distance,
  )[0];
  return {
    value: (refined && precision(refined.match) > precision(best) ? refined.match : best).value,
    diagnostics,
  };
}

const precision = (m: DateMatch): number => (m.hasZone ? 2 : 0) + (m.hasTime ? 1 : 0);

// ---------------------------------------------------------------- author
const NAME_TOKEN =
  /^(?:(?:al|el|ad|as|ibn|bin|de|d['’])-?)?(?:[\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}'’]+)?|[\p{Lu}]\.)$/u;
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'ibn',
  'da',
  'di',
  'du',
  'le',
  'la',
  'ben',
]);

/** "Jane Roe", "J. Roe", "Ali al-Rashid": two to four capitalised tokens, none a chrome word. */
export function isPersonName(s: string): boolean {
  const tokens = trimPunct(s).split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4) return false;
  let caps = 0;
  for (const t of tokens) {
    if (NAME_PARTICLES.has(t)) continue;
    if (!NAME_TOKEN.test(t) || NON_NAME_WORDS.has(t.toLowerCase())) return false;
    if (AGENCY_BY_FORM.has(t)) return false;
    caps++;
  }
  return caps >= 2;
}

/** "ByJane Roe": the label glued to a capitalised name by the page's markup. */
const GLUED_BY = /^By(?=\p{Lu}\p{Ll})/u;
const BYLINE_RE =
  /^(?:by|written by|story by|text by|submitted by|posted by|published by|reported by|author|authors|автор|авторы|текст|yazar|yazan|haber|muhabir|editör)\s*[:\-–—]?\s+(.+?)\s*(?:[|(–—].*)?$/iu;
/**
 * A byline set in capitals ("By SUZAN FRASER and AIDA SULTANOVA") names people as usually
 * written: each capitalised word of three letters or more in title case; "and" and short
 * agency codes stay.
 */
function capsNames(s: string): string {
  if (/\p{Ll}/u.test(s.replace(/\s(?:and|и|ve)\s/gu, ' '))) return s;
  return s.replace(/\p{Lu}{3,}/gu, (w) => (AGENCY_BY_FORM.has(w) ? w : w[0] + w.slice(1).toLowerCase()));
}
/** Separators and labels between a name and the date on one line: " • ", " | Published: ". */
const DATE_LABEL_TAIL =
  /(?:\s*[•·|/,–—-]\s*|\s+(?:published|posted|updated|date|опубликовано|дата|giriş|yayınlanma)(?:\s+on)?\s*:?)+\s*$/iu;
/** A reporter's role after the name in a byline: "By JOHN ARCHER FOREIGN CORRESPONDENT". */
const ROLE_TAIL =
  /(?:\s+(?:senior|chief|foreign|political|diplomatic|defen[cs]e|security|economics|business|world|europe|staff|deputy|associate|special|investigations))*\s+(?:correspondent|reporter|editor|writer|columnist)$/iu;
/** Where a byline's name ends: "Jane Roe on Mon, 11/23/2026", "Jane Roe at 10:42", "Jane Roe in Nation on …". */
const BYLINE_TAIL = /\s+(?:on|at|in|в|—|–)\s.*$|\s+\d.*$|\s+\p{L}+:(?:\s.*)?$/u;

/**
 * A person credit: "Jane Roe, Reuters" → "Jane Roe" (an agency, role or place after the name is
 * no part of it); "Jane Roe, John Doe" and "Jane Roe and John Doe" → "Jane Roe and John Doe".
 * Null when the credit does not open with a person's name.
 */
export function personCredit(v: string): string | null {
  const parts = v
    .split(/\s*(?:[,;&]|\s(?:and|и|ve|und|et)\s)\s*/u)
    .map(trimPunct)
    .filter(Boolean);
  if (parts.length === 0 || !isPersonName(parts[0])) return null;
  const names = [...new Set(parts.filter(isPersonName))];
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
const NAME_LINE = /^[\p{Lu}][\p{L}'’.\- ]{2,60}$/u;
/** A byline label alone on its line, the name on the next: "Author", "Автор:", "Yazar". */
const AUTHOR_LABEL_LINE = /^(?:author|authors|written by|автор|авторы|текст|yazar|muhabir|haber)\s*:?$/iu;
/** A line naming a known outlet, a place after a comma at most: "BBC News, Tbilisi". */
const outletLine = (t: string): boolean => {
  const m = /^([^,]{2,40})(?:,\s*[\p{Lu}][\p{L} .'’-]{1,30})?$/u.exec(t.trim());
  return !!m && !!knownOutlet(m[1]);
};
const BIO_START =
  /^([\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){0,3}\s+(?:is|was|has been|works as|writes)\s/u;
const BIO_ROLE =
  /\b(?:journalist|reporter|writer|correspondent|editor|columnist|contributor|analyst|author|blogger|freelancer|researcher|commentator)s?\b/i;

/**
 * The article's author: a byline ("By X", "Author: X"), a name line next to the date, or a
 * name line over an author bio after the text. Agencies and sites are not authors here.
 */
export function findAuthor(lines: MetaLine[]): string | null {
  const meta = lines.filter((l) => l.text !== '');
  // 1. explicit bylines anywhere outside long prose ("ByJane Roe": the label glued to the name)
  for (const l of meta) {
    if (l.text.length > 120) continue;
    const m = BYLINE_RE.exec(l.text.replace(GLUED_BY, 'By '));
    if (m) {
      const name = personCredit(capsNames(m[1]).replace(BYLINE_TAIL, '').replace(ROLE_TAIL, ''));
      if (name) return name;
    }
  }
  // "Author" / "Jane Roe": a byline label alone on its line over the name (above or under the text)
  for (let i = 0; i + 1 < meta.length; i++) {
    const n = meta[i + 1];
    if (
      AUTHOR_LABEL_LINE.test(meta[i].text) &&
      n.role !== 'body' &&
      NAME_LINE.test(n.text) &&
      isPersonName(n.text)
    )
      return trimPunct(n.text);
  }
  // 2. a name sharing the date line before the body: "Jane Roe • 23 Nov 2026",
  //    "Jane Roe Published: 23.11.2026", "Posted on November 23, 2026 by Jane Roe",
  //    "December 2, 2026 | Jane Roe"
  for (const l of meta) {
    if (l.role === 'body' || l.role === 'footer' || l.text.length > 120) continue;
    const dates = findDates(l.text);
    if (dates.length === 0) continue;
    const after = /(?:^|\s)(?:by|от)\s+(.+)$|^\s*[|•·/–—-]\s*(.+)$/iu.exec(
      l.text.slice(dates[dates.length - 1].end),
    );
    const name = after ? personCredit((after[1] ?? after[2]).replace(BYLINE_TAIL, '')) : null;
    if (name) return name;
    const before = l.text.slice(0, dates[0].index).replace(DATE_LABEL_TAIL, '');
    if (!/,/.test(before) && isPersonName(before)) return trimPunct(before);
  }
  // 2b. "Jane Roe | AA": the reporter and the agency of the story on one credit line
  for (const l of meta) {
    if (l.role === 'body' || l.text.length > 80) continue;
    const agencyCredit = agencyPersonCredit(l.text);
    if (agencyCredit) return agencyCredit.person;
  }
  // 3. a name line within two lines of a date line before the body (or dropped inside it), or
  //    right over the reporter's role ("Jane Roe" / "Central Asia correspondent, Almaty"); a name
  //    beside a picture's credit is the caption of a portrait
  for (let i = 0; i < meta.length; i++) {
    const l = meta[i];
    if (l.role === 'body' || l.role === 'footer' || !NAME_LINE.test(l.text) || !isPersonName(l.text))
      continue;
    const near = [meta[i - 1], meta[i + 1]];
    if (
      near.some((n) => n && isPictureCredit(n.text)) &&
      !near.some((n) => n && n.role !== 'body' && !isPictureCredit(n.text) && findDates(n.text).length > 0)
    )
      continue;
    if (meta[i + 1] && meta[i + 1].role !== 'body' && isRoleLine(meta[i + 1].text)) return trimPunct(l.text);
    // "Jane Roe" / "BBC News, Tbilisi": the reporter over the outlet (and the place) she reports for
    if (meta[i + 1] && meta[i + 1].role !== 'body' && outletLine(meta[i + 1].text)) return trimPunct(l.text);
    for (let j = Math.max(0, i - 2); j <= Math.min(meta.length - 1, i + 2); j++) {
      if (j !== i && meta[j].role !== 'body' && findDates(meta[j].text).length > 0) return trimPunct(l.text);
    }
  }
  // 4. a name line right above an author bio, or the name the bio opens with
  for (let i = 0; i < meta.length; i++) {
    const l = meta[i];
    const bio = BIO_START.exec(l.text);
    if (!bio || !BIO_ROLE.test(l.text.slice(0, 200))) continue;
    const prev = meta[i - 1];
    if (prev && prev.role !== 'body' && isPersonName(prev.text)) {
      const first = bio[1];
      if (prev.text.split(/\s+/).includes(first) || /^(?:He|She|They)$/.test(first))
        return trimPunct(prev.text);
    }
    const opener = l.text.slice(0, l.text.search(/\s(?:is|was|has been|works as|writes)\s/u));
    if (isPersonName(opener)) return opener;
  }
  return null;
}

const AUTHOR_PREFIX =
  /^(?:by|written by|story by|text by|submitted by|posted by|author|authors|автор|авторы|yazar|yazan|muhabir|editör)\s*[:\-–—]?\s+/i;
const AUTHOR_CUT =
  /\s+[|•·]\s+|\s+(?:published|updated|posted|opublikovano|опубликовано)\b|\s+\d{1,2}[:.]\d{2}\b/i;
const GLUED_MONTH =
  /(\p{Ll})((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d)/u;
const NOT_AN_AUTHOR =
  /^(?:by|admin|administrator|webmaster|editor|staff|user|guest|anonymous|unknown|null|none|n\/a|nama \(wajib\)|name \(required\))$/i;
/**
 * Credits that name a desk or a role, not a person: "Staff Writer", "Our Correspondent",
 * "News Desk", "Reuters Staff", "Редакция", "Haber Merkezi". Unknown stays unknown.
 */
const DESK_CREDIT =
  /^(?:(?:staff|our|own|special|senior|online|web|news|city|foreign)\s+)?(?:writer|reporter|correspondent|desk|staff|team|editors?|newsroom)s?$|^[\p{L}\p{N}.& -]{1,40}\s(?:staff|desk|newsroom|editorial(?:\s+(?:board|team|staff))?|news team|web team|correspondent)$|^(?:editorial(?:\s+(?:board|team|staff|office))?|the editors|редакция|корреспондент|собкор|пресс-служба|haber merkezi|muhabir)$/iu;

/**
 * Tidy an author credit from any source (page line, HTML meta, feed): "By Jane Roe | May 5,
 * 2020" → "Jane Roe". Null when nothing but a prefix, a placeholder or a date is left.
 */
export function cleanAuthor(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  let v = s.replace(/\s+/g, ' ').trim().replace(AUTHOR_PREFIX, '').replace(GLUED_MONTH, '$1 $2'); // "Jane RoeNovember 15, 2019"
  if (NOT_AN_AUTHOR.test(v)) return null;
  const cut = AUTHOR_CUT.exec(v);
  if (cut) v = v.slice(0, cut.index);
  const d = findDates(v)[0];
  if (d) v = v.slice(0, d.index);
  v = trimPunct(v);
  if (!v || v.length > 100 || !LETTER.test(v) || NOT_AN_AUTHOR.test(v) || DESK_CREDIT.test(v)) return null;
  return personCredit(v) ?? v;
}

/** An agency named in an author credit ("Jane Roe, Reuters", "AFP"), canonical, or null. */
export function agencyInCredit(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  for (const part of s.replace(AUTHOR_PREFIX, '').split(/\s*(?:[,;|/&]|\s(?:and|и|ve)\s)\s*/u)) {
    const a = AGENCY_BY_FORM.get(trimPunct(part).replace(/\s+(?:staff|desk)$/i, ''));
    if (a) return a;
  }
  return null;
}

// ---------------------------------------------------------------- outlet
const DOMAIN_LIKE =
  /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,12}$/u;

/** Phrases that name the site carrying the page. The captured group is the site's name. */
export const OUTLET_RULES: { re: RegExp; why: string }[] = [
  {
    re: /^([\p{Lu}][^.,;:|]{1,48}?) is an? (?:(?:registered|independent|leading|private|state|online|news|media|digital|international)\s+)*(?:media outlet|news (?:site|agency|outlet|portal|website|service)|newspaper|magazine|media|publication|outlet)\b/u,
    why: '"X is a registered online media outlet" imprints',
  },
  {
    re: /\b(?:has|have) not been edited by (?:the )?(.{2,50}?) staff\b/i,
    why: 'aggregator feed disclaimers',
  },
  {
    re: /^(.{2,50}?)\s*(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?(?:[\s.,]*(?:all rights reserved\.?)?[\s.]*$|\.\s|\s*[·•|]\s)/i,
    why: '"X © 2025" footers, alone or before the reuse conditions or footer links',
  },
  {
    re: /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[,.]?\s*([\p{Lu}\p{N}][^,|©]{1,48}?)(?:[.,|·•]|\s+[-–—]\s|\s+all rights reserved|\s*$)/iu,
    why: '"© 2025 X. All rights reserved." footers',
  },
  {
    re: /\bhyperlink to (?:the )?(?:website |site |source )?(?:https?:\/\/)?(?:www\.)?([^\s,;]+?)[.,;]*(?:\s|$)/i,
    why: 'reuse conditions',
  },
  {
    re: /\bsubscribe to (?:the )?(.{2,40}?)(?:['’]s)? (?:news|channel|newsletter|updates|feed)\b/i,
    why: 'subscription prompts',
  },
  { re: /\bподписывайтесь на (?:канал |новости )?(.{2,40}?) в\b/i, why: 'Russian subscription prompts' },
  { re: SITE_WITH_WIRES, why: '"Daily Sabah with AA" credit lines' },
];

const GENERIC_OUTLETS =
  /^(?:copyright|©|our|us|this site|the site|site|this website|the website|the source|source|the editors?|the author|all|all rights reserved)$/i;
/** Captures that are the start of a reuse condition, not a name: "When using our materials". */
const NOT_OUTLET_START =
  /^(?:when|if|any|all|use|using|reproduction|reprinting|materials|our|the use|full or partial|при|любое|полное)\b/i;

/** A year or a legal form after a site's name in its footer: "X 2026", "X Ltd.", "ТОО X" stays. */
const OUTLET_TAIL =
  /(?:\s+(?:\d{4}(?:\s*[-–]\s*\d{4})?|ltd\.?|limited|llc|l\.l\.c\.|inc\.?|corp\.?|gmbh|llp|plc|s\.a\.|a\.ş\.|ооо|ао|тоо))+\.?$/iu;

function cleanOutlet(s: string): string | null {
  const v = trimPunct(
    s
      .replace(/^(?:https?:\/\/)?(?:www\.)?/i, '')
      .replace(/['’]s$/, '')
      .replace(OUTLET_TAIL, ''),
  );
  if (
    !v ||
    v.length > 50 ||
    !LETTER.test(v) ||
    GENERIC_OUTLETS.test(v) ||
    NOT_OUTLET_START.test(v) ||
    /^\d/.test(v)
  )
    return null;
  if (v.split(/\s+/).length > 5) return null;
  // "© Jane Roe/TASS" credits a picture to its photographer and agency: no site's name.
  if (/\p{L}\s*\/\s*\p{L}/u.test(v) && !DOMAIN_LIKE.test(v.split('/')[0])) return null;
  return v;
}

/**
 * Tidy a site name stated by the page (og:site_name, feed title): "Site | Tagline" → "Site".
 * Null when nothing usable is left.
 */
export function cleanOutletName(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const first =
    s
      .replace(/\s+/g, ' ')
      .trim()
      .split(/\s+[|–—]\s+/)[0] ?? '';
  return cleanOutlet(first);
}

/**
 * A site's name shouted in capitals ("DAILY SABAH WITH AA") goes by the media gazetteer's mixed-case
 * spelling; a name that is capitals anyway ("ТАСС", "BBC") stays as the page writes it.
 */
function usualSpelling(v: string): string {
  if (v !== v.toUpperCase()) return v;
  const name = knownOutlet(v)?.name;
  return name && name !== name.toUpperCase() ? name : v;
}

/** The site that published this copy, from its own footer, disclaimers and prompts. */
export function findOutlet(lines: MetaLine[]): string | null {
  const meta = nonBody(lines);
  for (const { re } of OUTLET_RULES) {
    for (const l of meta) {
      const m = re.exec(l.text);
      const v = m && cleanOutlet(m[1]);
      if (v) return usualSpelling(v);
    }
  }
  // A site signature: a domain-like name alone on the first line after the text.
  const lastBody = lines.map((l) => l.role).lastIndexOf('body');
  for (let i = lastBody + 1; i < lines.length && i <= lastBody + 3; i++) {
    const t = lines[i].text;
    // ("Source" / "Uza.uz" names the copy's source, not the site.)
    const prev = lines
      .slice(lastBody + 1, i)
      .filter((l) => l.text)
      .pop();
    // (Several domains in a row are a partner list, none of them the site.)
    const next = lines.slice(i + 1).find((l) => l.text);
    const list = (prev && DOMAIN_LIKE.test(prev.text)) || (next && DOMAIN_LIKE.test(next.text));
    if (t && DOMAIN_LIKE.test(t) && !list && !(prev && SOURCE_LABEL_LINE.test(prev.text)))
      return cleanOutlet(t);
  }
  return null;
}

// ---------------------------------------------------------------- original source
const canonicalAgency = (s: string): string => AGENCY_BY_FORM.get(s) ?? s;
/** A site credited by its address ("www.example.org") goes by the media gazetteer's name for it. */
const siteOrAgency = (s: string): string =>
  DOMAIN_LIKE.test(s) ? (knownOutlet(s)?.name ?? s.replace(/^www\./i, '')) : canonicalAgency(s);
const SHORT_CAPS = /^[A-Z]{2,6}$/;
/** A run of capitalised words (with "of", "and", "for", "de" inside): a proper name. */
const CAPSEQ =
  "[\\p{Lu}][\\p{L}\\p{N}.&'’-]*(?:\\s+(?:(?:of|and|for|de|du|news)\\s+)?[\\p{Lu}][\\p{L}\\p{N}.&'’-]*){0,4}";

/** Platforms and photo banks that "via X" names without X being a news source. */
const PLATFORMS =
  'Telegram|Twitter|X|Facebook|Instagram|YouTube|TikTok|WhatsApp|VK|VKontakte|LinkedIn|Getty|Shutterstock|Flickr|Wikimedia|Unsplash|Google';

/** Phrases that credit the agency or outlet a copy carries. The captured group names it. */
export const SOURCE_RULES: {
  re: RegExp;
  where: 'first' | 'last' | 'edge' | 'any';
  why: string;
  /** the credit may name the site by its address */
  site?: boolean;
}[] = [
  {
    re: new RegExp(`^.{0,80}?\\((${AGENCY_ALT})\\)\\s*[-–—:]`, 'u'),
    where: 'first',
    why: '"ANKARA, Jan 10 (Reuters) -" datelines',
  },
  {
    re: new RegExp(`^.{0,80}?[/—–-]\\s*(${AGENCY_ALT})\\s*[/.]?\\s*[-–—.]`, 'u'),
    where: 'first',
    why: '"MOSCOW, May 25. /TASS/." datelines',
  },
  {
    re: new RegExp(`^[^.]{0,40}[.,]\\s*(${AGENCY_ALT})\\s*[-–—:.]`, 'u'),
    where: 'first',
    why: '"ASTANA. KAZINFORM -", "YEREVAN, MAY 3, ARMENPRESS." datelines',
  },
  {
    // "Баку, 12 марта, Trend" alone over the text
    re: new RegExp(
      `^[\\p{Lu}][\\p{L}'’-]+(?:\\s[\\p{Lu}][\\p{L}'’-]+)?,\\s*(?:\\d{1,2}\\s+\\p{L}{3,}\\.?|\\p{L}{3,}\\.?\\s+\\d{1,2})(?:,?\\s+\\d{4})?\\s*[,.]\\s*[/(]?(${AGENCY_ALT})[/)]?\\.?$`,
      'u',
    ),
    where: 'any',
    why: 'a dateline credit alone on its line ("Baku, March 12, Trend")',
  },
  {
    re: new RegExp(`^.{0,120}?[-–—]\\s*(${AGENCY_ALT})\\s*:`, 'u'),
    where: 'first',
    why: '"BAKU, Azerbaijan, May 3. By X - Trend:" datelines',
  },
  {
    re: new RegExp(`\\((?:with inputs from\\s+|source:\\s*)?(${AGENCY_ALT}|[A-Z]{2,6})\\)\\.?\\s*$`, 'iu'),
    where: 'last',
    why: 'trailing "(ANI)" credits',
  },
  {
    re: new RegExp(`[—–-]\\s*(${AGENCY_ALT})\\.?\\s*$`, 'u'),
    where: 'last',
    why: 'trailing "— TASS" credits',
  },
  {
    re: new RegExp(
      `\\b(?:article|report|story|piece|interview|dispatch|analysis)\\s+(?:first\\s+|originally\\s+)?(?:printed|published|carried|run|released|written|distributed|reported)\\s+(?:by|in)\\s+(?:[\\p{Lu}][\\p{L}]+['’]s\\s+)?(?:the\\s+)?(${CAPSEQ})`,
      'u',
    ),
    where: 'any',
    why: '"From an article printed by Turkey\'s X Agency"',
  },
  {
    re: new RegExp(`\\baccording to (?:the\\s+)?(${CAPSEQ}),?\\s+which first reported\\b`, 'u'),
    where: 'any',
    why: '"according to X, which first reported"',
  },
  {
    re: new RegExp(
      `\\b(?:first reported by|(?:originally|first) (?:published|appeared) (?:by|in|on|at)|reprinted from|republished (?:with permission )?from)\\s+(?:the\\s+)?(${CAPSEQ})`,
      'u',
    ),
    where: 'any',
    why: 'republication credits',
  },
  {
    re: new RegExp(
      `^(?:source|sources|источник|kaynak|courtesy)\\s*:\\s*(${CAPSEQ})\\s*(?:\\.?$|[|•·]|\\s(?:published|updated|posted|date|опубликовано|дата|yayın\\p{L}*)\\b)`,
      'iu',
    ),
    where: 'any',
    why: '"Source: X" lines, alone or before the page\'s date ("Source: X Published: Mar 12, 2026")',
  },
  {
    re: new RegExp(
      `^\\(?(?:via|source|courtesy(?: of)?)\\s+(?!(?:${PLATFORMS})\\b)(${CAPSEQ})\\)?\\.?$`,
      'u',
    ),
    where: 'any',
    why: '"via X" credit lines (not "via Telegram": a platform carries, it does not report)',
  },
  {
    re: new RegExp(
      `(?:^|[,.;]\\s+|\\s[-–—]\\s)(?:the\\s+)?(${AGENCY_ALT})(?:\\s+(?:news\\s+)?agency)?\\s+(?:reports|reported|informs|writes|says|said)\\b`,
      'u',
    ),
    where: 'edge',
    why: '"..., Trend reports citing the ministry"',
  },
  {
    re: new RegExp(
      `\\baccording to (?:the\\s+)?(${AGENCY_ALT})(?:\\s+(?:news\\s+)?agency)?(?=\\s*(?:[.,;:)]|$))`,
      'u',
    ),
    where: 'edge',
    why: '"..., according to TASS."',
  },
  {
    re: new RegExp(
      `(?:[Сс]ообща\\p{L}*|[Пп]ереда[её]т|[Пп]ередают|[Пп]ишет|[Ии]нформирует|[Пп]о данным|[Пп]о информации|[Пп]о материалам|[Сс]о ссылкой на)\\s+(?:(?:информационное\\s+|информ)?агентств\\p{L}*\\s+|ИА\\s+)?[«"]?(${AGENCY_ALT})`,
      'u',
    ),
    where: 'edge',
    why: 'Russian agency credits: "сообщает ТАСС", "по данным Интерфакса"',
  },
  {
    re: new RegExp(
      `(${AGENCY_ALT})['’]?(?:n[ıiuü]n|[ıiuü]n)?\\s+(?:haberine göre|muhabirinin|bildirdiğine göre|aktardığına göre)`,
      'u',
    ),
    where: 'edge',
    why: 'Turkish agency credits: "Anadolu Ajansı\'nın haberine göre"',
  },
  {
    // "… — write: www.example.org", "… — пишет: example.ru": a copy's closing credit names a site
    re: new RegExp(
      `\\s[-–—]+\\s*(?:write|writes|wrote|reports|пишет|пишут|сообщает|сообщают|передает|передаёт|yazıyor|yazdı)\\s*:\\s*((?:www\\.)?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}|${CAPSEQ})\\s*[.»"”]?\\s*$`,
      'u',
    ),
    where: 'any',
    why: '"… — write: www.example.org" closing credits',
    site: true,
  },
  {
    // "<claim> - Channel X with reference to the prime minister", "… — ТАСС со ссылкой на МИД":
    // a headline formula naming the outlet whose report this retells
    re: new RegExp(
      `\\s[-–—]\\s+(${CAPSEQ})\\s+(?:with reference to|citing|со ссылкой на|ссылаясь на)\\s`,
      'u',
    ),
    where: 'any',
    why: '"… - X with reference to Y" headline credits',
  },
];

/** "Source: Al Jazeera and news agencies": the outlet, with the wires it drew on unnamed. */
const AND_AGENCIES =
  /\s*(?:,|\band\b|\bwith\b|\bи\b|\bve\b)\s+(?:other\s+)?(?:news\s+)?(?:agencies|wires|агентства|ajanslar)\s*$/iu;
/** "По материалам Арменпресс", "По информации агентства «Кабар»" alone on a line. */
const RU_SOURCE_LINE = new RegExp(
  `^[Пп]о (?:материалам|информации|данным)\\s+(?:(?:агентства|информагентства|издания|сайта|портала)\\s+)?[«"]?(${AGENCY_ALT}|${CAPSEQ})[»"]?\\s*\\.?$`,
  'u',
);
const SOURCE_LABEL_LINE = /^(?:source|sources|источник|источники|kaynak|kaynaklar)\s*:?$/iu;
const IMAGE_CREDIT = /\b(?:image|photo|picture|pic|video|фото|fotoğraf)\b/i;

/** "Jane Roe | AA", "Jane Roe / Reuters": a reporter's name and a known agency, and nothing else. */
function agencyPersonCredit(line: string): { person: string; agency: string } | null {
  const m = /^([^|/]{3,50}?)\s*[|/]\s*([^|/]{2,40})$/u.exec(line.trim());
  if (!m) return null;
  const agency = trimPunct(m[2]);
  if (!AGENCY_BY_FORM.has(agency) || !isPersonName(trimPunct(m[1]))) return null;
  return { person: trimPunct(m[1]), agency: canonicalAgency(agency) };
}

/** The agency or outlet this copy says it carries ("ANI", "Anadolu Agency"), else null. */
export function findOriginalSource(lines: MetaLine[]): string | null {
  // 1. a leading credit line of short pipe-separated fields: "ANI | Ankara | Updated: ...",
  //    "Jane Roe | AA"
  for (const l of nonBody(lines)) {
    if (IMAGE_CREDIT.test(l.text)) continue;
    const agencyCredit = agencyPersonCredit(l.text);
    if (agencyCredit) return agencyCredit.agency;
    const fields = l.text.split(/\s+[|•·]\s+/);
    // a row of short codes is a language or section switcher ("RU | KG | EN"), not a credit line
    if (fields.every((f) => f.trim().length <= 4)) continue;
    if (fields.length >= 2) {
      const f = trimPunct(fields[0]);
      if (AGENCY_BY_FORM.has(f)) return canonicalAgency(f);
      // An unknown capitalised code counts only on a credit line that also dates the story
      // ("ANI | Ankara | Updated: ..."); "NEWS | Business | Sport" is a menu.
      if (SHORT_CAPS.test(f) && findDates(l.text).length > 0) return f;
    }
  }
  // 2. the wire a site's credit line names: "Daily Sabah with AA"
  for (const l of nonBody(lines)) {
    const m = SITE_WITH_WIRES.exec(l.text);
    if (m?.[2]) return canonicalAgency(m[2]);
  }
  // 3. a "Source" label line and the name on the next line ("Source" / "Uza.uz").
  const meta = nonBody(lines);
  for (let i = 0; i + 1 < meta.length; i++) {
    if (!SOURCE_LABEL_LINE.test(meta[i].text)) continue;
    const v = trimPunct(meta[i + 1].text);
    // (Over the text, "Source" is as often a menu item before the next one: "Source" / "Opinion".)
    if (meta[i].role === 'header' && !knownOutlet(v)) continue;
    if (v && v.length <= 40 && /^[\p{Lu}\p{N}]/u.test(v) && v.split(/\s+/).length <= 4 && !isPressOffice(v))
      return canonicalAgency(v);
  }
  for (const l of nonBody(lines)) {
    const m = RU_SOURCE_LINE.exec(l.text);
    if (m && !isPressOffice(trimPunct(m[1]))) return canonicalAgency(trimPunct(m[1]));
  }
  // 4. an agency's name alone on the first line after the text: "… belirtti." / "DHA"
  const lastBody = lines.map((l) => l.role).lastIndexOf('body');
  const closing = lastBody >= 0 ? lines.slice(lastBody + 1).find((l) => l.text !== '') : undefined;
  if (closing && AGENCY_BY_FORM.has(trimPunct(closing.text))) return canonicalAgency(trimPunct(closing.text));
  const body = bodyParas(lines);
  const first = body.slice(0, 2);
  const last = body.slice(-2);
  const edge = [...new Set([...first, ...last])];
  const any = [...edge, ...nonBody(lines).map((l) => l.text)].filter((t) => !IMAGE_CREDIT.test(t));
  for (const { re, where, site } of SOURCE_RULES) {
    const pool =
      where === 'first'
        ? first.slice(0, 1)
        : where === 'last'
          ? last.slice(-1)
          : where === 'edge'
            ? edge
            : any;
    for (const t of pool) {
      const m = re.exec(t);
      if (m) {
        const v = trimPunct(m[1].replace(AND_AGENCIES, ''));
        if (v && v.split(/\s+/).length <= 6 && !isPressOffice(v))
          return site ? siteOrAgency(v) : canonicalAgency(v);
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------- dateline
const MONTH_WORD =
  '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*|(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)';
const PLACE = "[\\p{Lu}][\\p{L}'’.-]+(?:\\s[\\p{Lu}][\\p{L}'’.-]+){0,2}";
const DATELINE_RE = new RegExp(
  `^(${PLACE})(?:,\\s*[\\p{Lu}][\\p{L}.]+)?\\s*[,.]\\s+(?:(?:${MONTH_WORD})\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTH_WORD}))(?![\\p{L}\\p{N}])`,
  'iu',
);
/** Dateline without a date, before an agency: "ANKARA (Reuters) -", "MOSCOW /TASS/". */
const DATELINE_AGENCY_RE = new RegExp(
  `^(${PLACE})\\s*(?:\\((?:${AGENCY_ALT})\\)|/(?:${AGENCY_ALT})/|\\.\\s+(?:${AGENCY_ALT})\\s*[-–—])`,
  'u',
);

/** An upper-case place before a dash: "ANKARA — ...", "BISHKEK - ..." (capitals only: safe). */
const DATELINE_CAPS_RE = /^([\p{Lu}]{3,}(?:[\s-][\p{Lu}]{3,}){0,2})\s*[—–-]\s+[\p{Lu}«"“]/u;

function placeName(s: string): string | null {
  const v = trimPunct(s);
  if (!v || !LETTER.test(v) || v.split(/\s+/).length > 3 || NON_NAME_WORDS.has(v.toLowerCase())) return null;
  // Wire datelines are upper case ("ANKARA"); report the place as it is normally written.
  return v === v.toUpperCase()
    ? v.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    : v;
}

/** The place an article is filed from: "ANKARA, Jan 10 (Reuters) -", "ANI | Ankara |", "Moscow, 25 May". */
export function findDateline(lines: MetaLine[]): string | null {
  for (const l of nonBody(lines)) {
    const fields = l.text.split(/\s+[|•·]\s+/);
    if (fields.length >= 3 && findDates(l.text).length > 0) {
      const f0 = trimPunct(fields[0]);
      if (AGENCY_BY_FORM.has(f0) || SHORT_CAPS.test(f0)) {
        const p = findDates(fields[1]).length === 0 ? placeName(fields[1]) : null;
        if (p && /^[\p{Lu}]/u.test(p)) return p;
      }
    }
  }
  const firstPara = bodyParas(lines)[0] ?? '';
  // A wire dateline alone on its line: "MOSCOW 1996-08-24", "AL-AIN , United Arab Emirates 1996-12-06".
  const wire = wireDateline(lines);
  const wd = wire ? findDates(wire)[0] : undefined;
  const wp = wire && wd ? placeName(wire.slice(0, wd.index).split(/\s*,\s*/)[0]!) : null;
  if (wp) return wp;
  // a headline in capitals is no dateline: "SOCCER - ROMANIAN CUP RESULTS ." files from no "Soccer"
  const m =
    DATELINE_RE.exec(firstPara) ??
    DATELINE_AGENCY_RE.exec(firstPara) ??
    (isCapsHeadline(firstPara) ? null : DATELINE_CAPS_RE.exec(firstPara));
  if (m) {
    const p = placeName(m[1]);
    if (p) return p;
  }
  // A place before the date on a metadata line: "Moscow, 25 May 2021".
  for (const l of nonBody(lines)) {
    if (l.role === 'footer' || l.text.length > 80) continue;
    const d = findDates(l.text)[0];
    const pm = d && new RegExp(`^(${PLACE})\\s*[,.]\\s*$`, 'u').exec(l.text.slice(0, d.index));
    if (pm) {
      const p = placeName(pm[1]);
      if (p && !isPersonName(p)) return p;
    }
  }
  // A place after the date or zone on a metadata line: "13:55 (Moscow time), Moscow".
  for (const l of nonBody(lines)) {
    if (l.role === 'footer' || l.text.length > 80) continue;
    const dates = findDates(l.text);
    let rest = dates.length ? l.text.slice(dates[dates.length - 1].end) : l.text;
    const z = ZONE_RE.exec(rest);
    if (z) rest = rest.slice(z[0].length);
    else if (!dates.length) continue;
    const pm = new RegExp(`^\\s*[,|–—-]\\s*(${PLACE})\\s*$`, 'u').exec(rest);
    if (pm) {
      const p = placeName(pm[1]);
      if (p) return p;
    }
  }
  return null;
}

// ---------------------------------------------------------------- title
const SUFFIX_SEP = /\s+[|–—-]\s+|\s*[|]\s*/;
const foldKey = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Drop a " - Site" / " | Site" suffix (or "Site | " prefix) from a headline, but only when it
 * names the outlet: a dash inside a headline ("Turkish or Russian?") is part of it.
 */
export function cleanTitle(title: string | null, outlet: string | null): string | null {
  if (title == null) return null;
  let t = title.replace(/\s+/g, ' ').trim();
  if (outlet) {
    const o = foldKey(outlet);
    const oBase = foldKey(outlet.replace(/\.[\p{L}]{2,12}$/u, ''));
    const named = (s: string): boolean => {
      const k = foldKey(s);
      return (
        k.length > 0 &&
        (k === o || k === oBase || (k.startsWith(oBase) && k.length - oBase.length <= 4 && oBase.length >= 3))
      );
    };
    const parts = t.split(SUFFIX_SEP);
    if (parts.length >= 2) {
      if (named(parts[parts.length - 1]))
        t = t.slice(0, t.lastIndexOf(parts[parts.length - 1])).replace(/[\s|–—-]+$/u, '');
      else if (named(parts[0])) t = t.slice(parts[0].length).replace(/^[\s|–—-]+/u, '');
    }
  }
  return t.length && LETTER.test(t) ? t : null;
}
