/**
 * Outlet identification beyond the page's footer: the URL's domain, the page's own name standing
 * alone in its chrome (a logo line, a signature, "BM.GE"), picture credits naming the site
 * ("… / Kursiv.media"), newsletter promos ("Stay ahead with X"), a dateline that names the site
 * before the agency it carries ("MOSCOW (UrduPoint News / Sputnik - …)"), and an outlet speaking
 * of itself in the third person ("«Лента.ру» обратила внимание", "told Lenta.ru").
 *
 * Names come from the media gazetteer (general knowledge: names in several scripts, domains),
 * except for domain-like names ("Azerbaijan.us"), which name a site by their form. The page's own
 * spelling is returned; every rule says why it matched.
 */
import { tryLoadGazetteer, type GazEntry } from '../resolve/gazetteer.js';
import { matchChrome } from './boilerplate.js';
import { fold } from '../resolve/fold.js';
import type { MetaLine } from './metadata.js';

export type OutletFinding = { name: string; why: string };

const trimPunct = (s: string): string => s.replace(/^[\s"'“”«»‘’(),.:;|–—-]+|[\s"'“”«»‘’(),.:;|–—-]+$/gu, '');
/** A domain-like name: "Kursiv.media", "BM.GE", "Orda.kz"; the TLD ends at a capital (glued text). */
const DOMAIN_NAME = /^(?:www\.)?[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,12}$/u;
const DOMAIN_IN_TEXT =
  /(?<![\p{L}\p{N}.@/])((?:[\p{Lu}\p{Ll}\p{N}][\p{L}\p{N}-]*\.)+(?:[a-z]{2,12}|[A-Z]{2,12}))(?=$|[^\p{Ll}\p{N}.]|\.(?:\s|$))/u;

type MediaIndex = { byDomain: Map<string, GazEntry>; byLabel: Map<string, GazEntry> };
let mediaIndex: MediaIndex | null | undefined;

function media(): MediaIndex | null {
  if (mediaIndex !== undefined) return mediaIndex;
  const gaz = tryLoadGazetteer();
  if (!gaz) return (mediaIndex = null);
  const byDomain = new Map<string, GazEntry>();
  const byLabel = new Map<string, GazEntry>();
  for (const e of gaz.entries) {
    if (e.type !== 'media') continue;
    for (const d of e.domains ?? []) {
      if (!byDomain.has(d)) byDomain.set(d, e);
      // "turanews.az" → "turanews": a site's logo often spells its domain without the TLD.
      const label = d.split('.')[0];
      if (label.length >= 5 && !byLabel.has(label)) byLabel.set(label, e);
    }
  }
  return (mediaIndex = { byDomain, byLabel });
}

/** The media gazetteer entry a name refers to (name, alias, acronym, domain or domain label), else null. */
export function knownOutlet(name: string): GazEntry | null {
  const v = trimPunct(name);
  if (!v || v.length > 60) return null;
  const gaz = tryLoadGazetteer();
  const hit = gaz?.lookup(v).find((e) => e.type === 'media');
  if (hit) return hit;
  const idx = media();
  if (!idx) return null;
  const low = v.toLowerCase().replace(/^www\./, '');
  const domain = idx.byDomain.get(low);
  if (domain) return domain;
  // A logo spelling of the domain ("TuraNews" for turanews.az): only in its distinctive inner
  // capitals, and never a word the gazetteer knows as something else ("Turkmenistan").
  if (!/^[\p{L}\p{N}-]+$/u.test(v) || !/\p{Ll}\p{Lu}/u.test(v) || (gaz?.lookup(v).length ?? 0) > 0)
    return null;
  return idx.byLabel.get(fold(low)) ?? null;
}

/**
 * A site name that is only the site's address in lower case ("dw.com" in og:site_name): the
 * media gazetteer's name for it ("Deutsche Welle"). A brand spelled as a domain ("Kun.uz",
 * "24.kg", whose gazetteer name is that domain) stays as written.
 */
export function outletOfDomainName(name: string): string {
  const v = name.trim().replace(/^www\./, '');
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}$/.test(v)) return name;
  const e = media()?.byDomain.get(v);
  if (!e || fold(e.name).includes(v)) return name;
  return e.name;
}

/**
 * A government's own channel named as a story's source ("Source: Akorda", "Источник: пресс-служба
 * президента", "Kaynak: İletişim Başkanlığı", "president.kg"): a press office is where the news
 * comes from, not an outlet whose story the page carries, so it is no original source (which the
 * export defines as the agency or outlet a copy says it carries). Named by its words, or known
 * to the gazetteer as something other than a media outlet (Akorda is a seat of power).
 */
const PRESS_OFFICE =
  /\bpress (?:service|office|secretary|centre|center)\b|\boffice of the\b|\b(?:presiden(?:t|cy|tial)|prime minister|government|ministry|foreign ministry|mfa|kremlin|akorda|ak orda)\b|пресс-(?:служб|центр|секретар|бюро)|администраци\p{L}* президента|канцеляри|правительств|министерств|\bмид\b|кремл|акорд|\bак орд|iletişim başkanlığı|cumhurbaşkanlığı|bakanlığı|valiliği|basın (?:müşavirliği|bürosu)|^(?:www\.)?(?:president|prezident|akorda|kremlin|gov|mfa|primeminister|premier)\.[\p{L}.]+$|\.gov(?:\.[a-z]{2})?$/iu;
export function isPressOffice(name: string): boolean {
  const v = trimPunct(name);
  if (!v) return false;
  if (PRESS_OFFICE.test(turkishFold(v))) return true;
  const hits = tryLoadGazetteer()?.lookup(v) ?? [];
  return hits.length > 0 && !hits.some((e) => e.type === 'media');
}
const turkishFold = (s: string): string => s.replace(/İ/g, 'I');

/**
 * A name that stands out as a site's name when alone on a line: a dot or digit ("BM.GE",
 * "24.kg"), inner capitals ("TuraNews"), all capitals ("KAZTAG"), several words or a non-Latin
 * script. A plain word ("Report", "Trend", "Agenda") alone on a line is more likely a menu item.
 */
const distinctive = (s: string): boolean =>
  /[.\d]/u.test(s) ||
  /\p{Ll}\p{Lu}/u.test(s) ||
  /^[\p{Lu}\s-]{2,}$/u.test(s) ||
  /\s/u.test(s) ||
  !/^[\p{Script=Latin}]+$/u.test(s);

/** The outlet a URL's host belongs to ("https://www.tass.ru/politika/1" → "TASS"), else null. */
export function outletFromUrl(url: string | null | undefined): OutletFinding | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  const idx = media();
  if (!idx || !host) return null;
  // "en.trend.az" → "en.trend.az", then "trend.az".
  const parts = host.split('.');
  for (let i = 0; i + 2 <= parts.length; i++) {
    const e = idx.byDomain.get(parts.slice(i).join('.'));
    if (e) return { name: e.name, why: `the URL's domain ${host} belongs to ${e.name}` };
  }
  return null;
}

const isAgency = (e: GazEntry | null): boolean => !!e && e.kind === 'news agency';

/** Chrome lines that announce a source ("Source", "Источник:") make the next line a source, not the site. */
const SOURCE_LABEL = /^(?:source|sources|источник|источники|kaynak|kaynaklar)\s*:?$/iu;
/** "Stay ahead with X", "Subscribe to X's newsletter": promos name their own site. */
const PROMO_RE =
  /\b(?:stay (?:ahead|informed|updated|up to date|in the know|tuned|connected) with|keep up with|sign up (?:for|to) (?:the )?|get (?:the )?(?:latest|best) (?:of|from))\s+(.{2,60})/iu;
/** "Follow Kun.uz on Telegram", "Follow the 24.kg news agency on X": a site's own prompt. */
const FOLLOW_RE =
  /^(?:follow|subscribe to)\s+(?:the\s+|us\s+at\s+)?(.{2,40}?)\s+on\s+(?:telegram|twitter|x|facebook|instagram|youtube|whatsapp|threads|google news)\b/iu;
/** Lines before the logo: skip links and accessibility labels. */
const SKIP_LINK = /^(?:skip (?:to|links?)\b|jump to\b|accessibility help$)/iu;
/** What a logo's alternative text adds to the site's name: "BBC Homepage", "Reuters home", "AP Logo". */
const LOGO_TEXT = /\s+(?:homepage|home page|home|logo)$/iu;
/** A logo and its slogan on the page's first line: "Caspian Ledger — independent news from …". */
const LOGO_SLOGAN =
  /^([\p{Lu}][\p{L}\p{N}.&'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}.&'’-]*){0,3})\s+[—–|]\s+(\p{L}.{4,80})$/u;
const NEWS_WORD =
  /\b(?:news|media|journal|journalism|agency|magazine|newspaper|reporting|stories)\b|новост|издани|агентств|журнал|haber|gazete|dergi/iu;
/** A picture caption ending in "/ Site" or "© Site". */
const CAPTION_CREDIT = /(?:\s\/\s*|©\s*)([^/©]{2,40})$/u;
/** "MOSCOW (UrduPoint News / Sputnik - 08th March, 2023)": the site, then the agency it carries. */
const DATELINE_PAIR = /^[^(]{0,60}\(\s*([\p{Lu}][^/()]{1,40}?)\s*\/\s*[\p{Lu}][^/()]{1,40}?\s*[-–—,)]/u;
/**
 * An outlet speaking of itself: "«Лента.ру» обратила внимание", "X has learned". ("told X" is
 * left out: copies of an interview keep it.)
 */
const SELF_RU =
  /(?<!как\s)[«"„]([^»"“]{2,40})[»"“]\s+(?:обратил[аио]?\s+внимание|выяснил[аио]?|узнал[аио]?)/iu;
const SELF_EN =
  /\b((?:[\p{Lu}][\p{L}\p{N}.-]*)(?:\s+[\p{Lu}][\p{L}\p{N}.-]*){0,3}) has (?:learned|obtained|seen)\b/u;
const SELF_TR =
  /([\p{Lu}][\p{L}\p{N}.-]*(?:\s+[\p{Lu}][\p{L}\p{N}.-]*){0,2})['’](?:n[ıiuü]n|[ıiuü]n) (?:öğrendiğine|edindiği bilgiye) göre/u;
/**
 * The verb each of SELF_RU, SELF_EN, SELF_TR needs, tested first: the three patterns try a name
 * at every capital letter or quotation mark of a paragraph, which over a long report cost more
 * than the rest of cleaning (2 MB of prose: ~40% of cleanDocument); a paragraph without the verb
 * cannot match, so the result is the same.
 */
const SELF_VERBS: [RegExp, RegExp][] = [
  [SELF_RU, /обратил|выяснил|узнал/iu],
  [SELF_EN, / has (?:learned|obtained|seen)\b/u],
  [SELF_TR, / (?:öğrendiğine|edindiği bilgiye) göre/u],
];

/** A name as the page spells it, when it is a site: known to the media gazetteer, or domain-like. */
function siteName(raw: string, opts: { domainLike: boolean; agencies: boolean }): string | null {
  const v = trimPunct(raw.replace(/['’]s$/u, ''));
  if (!v || v.length > 50) return null;
  const known = knownOutlet(v);
  if (known && (opts.agencies || !isAgency(known))) return v;
  if (opts.domainLike && DOMAIN_NAME.test(v) && /\p{L}{2}/u.test(v)) return v;
  return null;
}

/**
 * The site that published this copy, from the page's chrome and self-references (see the module
 * comment), or null. Several different sites standing alone in the chrome (a partner list) name
 * none of them.
 */
export function findPageOutlet(lines: MetaLine[]): OutletFinding | null {
  const nonBody = lines.filter((l) => l.role !== 'body' && l.text !== '');
  // 1. The site's name alone on a chrome line: a logo, a signature, a credit line.
  const alone = new Map<string, string>();
  const agencies = new Set<string>();
  let afterSourceLabel = false;
  // The page's first line, over a menu, is its logo: there a plain word the media gazetteer knows
  // ("Hürriyet" / "Gündem", "Eurasianet" / "Menu") names the site; over a headline or further
  // down it is more likely a section label or a menu item ("Report").
  // (skip links and accessibility labels come before the logo: "Skip to main content" / "Eurasianet")
  const top = lines.filter((l) => l.text !== '' && !SKIP_LINK.test(l.text)).slice(0, 2);
  // (or over a follow or share prompt: "Milliyet" / "Google News'te Takip Et")
  const logo =
    top.length === 2 && (top[1].text.split(/\s+/).length <= 2 || matchChrome(top[1].text)?.kind === 'drop')
      ? top[0]
      : undefined;
  for (const l of nonBody) {
    const t = l.text.trim();
    if (SOURCE_LABEL.test(t)) {
      afterSourceLabel = true;
      continue;
    }
    const wasLabel = afterSourceLabel;
    afterSourceLabel = false;
    if (wasLabel || t.length > 50 || (!distinctive(trimPunct(t)) && !(l === logo && l.role === 'header')))
      continue;
    // (A share or follow button is no site of the page: "Google News", "Telegram".)
    if (l !== logo && matchChrome(t)?.kind === 'drop') continue;
    const name =
      siteName(t, { domainLike: true, agencies: true }) ??
      siteName(t.replace(LOGO_TEXT, ''), { domainLike: true, agencies: true });
    if (name) {
      const known = knownOutlet(name);
      const key = known?.id ?? fold(name);
      if (!alone.has(key)) alone.set(key, name);
      if (isAgency(known)) agencies.add(key);
    }
  }
  // An agency alone on a line is also how a story credits its wire ("… belirtti." / "DHA"): next
  // to one site that is no agency, the site is the page's.
  const sites = alone.size > 1 ? [...alone].filter(([k]) => !agencies.has(k)) : [...alone];
  if (sites.length === 1)
    return {
      name: sites[0][1],
      why: 'the site names itself alone on a chrome line (logo, signature)',
    };

  for (const l of nonBody) {
    // 2. Newsletter promos: "Stay Ahead with Azerbaijan.usGet exclusive translations…", and
    // follow prompts: "Follow Kun.uz on Telegram".
    const follow = FOLLOW_RE.exec(l.text);
    const followed = follow
      ? siteName(follow[1].replace(/\s+news agency$/iu, ''), { domainLike: true, agencies: true })
      : null;
    if (followed) return { name: followed, why: 'a follow prompt names the site' };
    const promo = PROMO_RE.exec(l.text);
    if (promo) {
      const dom = DOMAIN_IN_TEXT.exec(promo[1]);
      const name =
        (dom && dom.index === 0 ? siteName(dom[1], { domainLike: true, agencies: true }) : null) ??
        siteName(promo[1].split(/[.,;:!?—–-]\s|\s[—–-]\s/u)[0], { domainLike: false, agencies: true });
      if (name) return { name, why: 'a newsletter promo names the site' };
    }
    // 3. A caption credited to the site: "Ministers in Astana / Kursiv.media". Agencies credit
    // the picture, not the page, so only sites that are no agency count.
    const cap = CAPTION_CREDIT.exec(l.text);
    if (cap && l.text.length > cap[1].length + 15) {
      const name = siteName(cap[1], { domainLike: true, agencies: false });
      if (name) return { name, why: 'a picture caption is credited to the site' };
    }
  }

  const body = lines.filter((l) => l.role === 'body').map((l) => l.text);
  // 4. A dateline naming the site before the agency it carries.
  const lead = body[0] ?? '';
  const pair = DATELINE_PAIR.exec(lead);
  if (pair) {
    const name = siteName(pair[1], { domainLike: true, agencies: true });
    if (name) return { name, why: 'the dateline names the site before the agency it carries' };
  }
  // 5. The logo over the page with its slogan: "Caspian Ledger — independent news from the Caspian".
  const first = top[0];
  const slogan = first && first.role === 'header' ? LOGO_SLOGAN.exec(first.text) : null;
  // ("Home | News | Politics | Contacts" is a menu row: a slogan holds no further separators)
  if (slogan && NEWS_WORD.test(slogan[2]) && !knownOutlet(slogan[2]) && !/\s[|•·]\s/u.test(slogan[2]))
    return { name: slogan[1], why: "the page's first line is the site's logo and slogan" };
  // 6. The outlet speaking of itself in the third person (known outlets only).
  for (const t of body) {
    for (const [re, verb] of SELF_VERBS) {
      if (!verb.test(t)) continue;
      const m = re.exec(t);
      const raw = m?.[1];
      const name = raw ? siteName(raw, { domainLike: false, agencies: true }) : null;
      if (name) return { name, why: 'the outlet speaks of itself in the third person' };
    }
  }
  return null;
}

/** A capitalised name of one to three words, dots and hyphens inside ("Orda.kz", "Trend News Agency"). */
const NAME = "[\\p{Lu}][\\p{L}\\p{N}.&'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{N}.&'’-]*){0,3}";
/** The credit phrases of a story's lead or close, naming whose story it is. The group is the name. */
const CREDIT_RULES: { re: RegExp; where: 'lead' | 'edge'; why: string }[] = [
  {
    re: new RegExp(`^[^.(]{2,40}[.,]\\s*(?:[^.(]{1,25}[.,]\\s*)?(${NAME})\\s*[-–—]\\s`, 'u'),
    where: 'lead',
    why: 'a dateline credit ("Astana. July 4. KazTAG -")',
  },
  {
    re: new RegExp(`^[^(]{2,60}\\((${NAME})\\)\\s*[-–—:]`, 'u'),
    where: 'lead',
    why: 'a dateline credit ("BISHKEK. March 13 (Interfax) -")',
  },
  {
    re: new RegExp(`(?:,|\\s[-–—])\\s*(?:the\\s+)?(${NAME})\\s+(?:reports|reported|informs|writes)\\b`, 'u'),
    where: 'edge',
    why: 'a credit in the lead or close ("…, Orda.kz reports")',
  },
  {
    re: new RegExp(
      `(?:[Сс]ообща\\p{L}*|[Пп]ереда[её]т|[Пп]ишет|[Ии]нформирует)\\s+(?:(?:\\p{Ll}+\\s+){0,2}(?:портал|агентство|информагентство|издание|сайт|газета|телеканал|ИА)\\s+)?[«"„]?(${NAME})[»"“]?`,
      'u',
    ),
    where: 'edge',
    why: 'a Russian credit ("сообщает портал Report", "как сообщает «Report»")',
  },
  {
    re: new RegExp(
      `(${NAME})['’]?(?:n[ıiuü]n|[ıiuü]n)?\\s+(?:haberine göre|bildirdiğine göre|aktardığına göre)`,
      'u',
    ),
    where: 'edge',
    why: 'a Turkish credit ("X\'in haberine göre")',
  },
];

/**
 * The outlet a story is credited to in its dateline, lead or close, when that outlet is known to
 * the media gazetteer (agencies included): "Astana. July 4. KazTAG -", "…, Orda.kz reports",
 * "сообщает азербайджанский портал Report". Null when none is.
 */
export function findCreditedOutlet(lines: MetaLine[]): OutletFinding | null {
  const body = lines.filter((l) => l.role === 'body').map((l) => l.text);
  const lead = body.slice(0, 1);
  // The lead may sit below a standfirst repeated in the body: the first three paragraphs.
  const edge = [...new Set([...body.slice(0, 3), ...body.slice(-2)])];
  for (const { re, where, why } of CREDIT_RULES) {
    for (const t of where === 'lead' ? lead : edge) {
      const m = re.exec(t);
      if (!m) continue;
      // "Trend News Agency" → try the whole run, then shorter prefixes ("Report.az reports").
      const words = m[1].split(/\s+/);
      for (let n = words.length; n >= 1; n--) {
        const name = siteName(words.slice(0, n).join(' '), { domainLike: false, agencies: true });
        if (name) return { name, why };
      }
    }
  }
  return null;
}
