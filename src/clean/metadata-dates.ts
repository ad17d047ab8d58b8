/**
 * Publication dates as pages state them: numeric and written-out dates in English, Russian and
 * Turkish, an optional time, and the time zone the page names ("IST", "(Moscow time)", "GMT+3").
 * Output is ISO-8601: with offset when a zone is stated, local time without one, date only when
 * only the day is known. Pure functions, precompiled patterns, no Date-based guessing.
 *
 * Day-first vs month-first (documented policy):
 *  - a component > 12 decides ("25/05/2021" day-first, "05/25/2021" month-first);
 *  - dots ("25.05.2021") and dashes ("10-01-2022") are day-first: that is the convention of the
 *    European, Russian, Turkish, Central Asian and Indian sites that write them;
 *  - slashes are day-first too unless the stated zone is a North American one (EST, PST, ...)
 *    or the page's outlet is a US one (the media gazetteer's country; DateOptions), where
 *    month-first is the convention; ambiguous slash dates of any other page (British, European,
 *    Russian, Turkish, Central Asian, or an outlet not known) are read day-first.
 *
 * Relative dates ("2 hours ago", "вчера, 18:40", "dün 21:10", "Today at 9:41 AM"): a page dump
 * carries no time it was copied at, so they name no calendar day and the publication date stays
 * null unless the page also states an absolute date (Reuters' "December 4, 2026 3:12 PM GMT+4
 * Updated 2 hours ago" is 4 December). Lines that only state a relative time are date lines of the
 * page (metadata, not text, never the headline): see RELATIVE_TIME in text.ts.
 */

/** One zone a page may name: the words that name it and its UTC offset in minutes. */
export type ZoneEntry = {
  names: string[];
  offset: number;
  /** North American zones imply month-first slash dates. */
  us?: boolean;
  /** Offsets that changed: [ISO date from which `offset` applies, offset before it]. */
  before?: [string, number];
  why?: string;
};

/**
 * Zone abbreviations and names, matched case-insensitively as whole words. Ambiguous
 * abbreviations are resolved for Orbit's region (AMT = Armenia, not Amazon; IST = India, the
 * form Indian wires print) and CST is left out on purpose (China vs US Central).
 */
export const ZONES: ZoneEntry[] = [
  { names: ['UTC', 'GMT', 'Greenwich Mean Time', 'Coordinated Universal Time'], offset: 0 },
  { names: ['BST', 'British Summer Time', 'WEST'], offset: 60 },
  { names: ['WET'], offset: 0 },
  { names: ['CET', 'Central European Time'], offset: 60 },
  { names: ['CEST', 'Central European Summer Time'], offset: 120 },
  { names: ['EET', 'Eastern European Time', 'Kyiv time', 'Kiev time'], offset: 120 },
  { names: ['EEST', 'Eastern European Summer Time'], offset: 180 },
  {
    names: [
      'MSK',
      'Moscow time',
      'Moscow Standard Time',
      'мск',
      'по московскому времени',
      'московского времени',
      'по мск',
    ],
    offset: 180,
  },
  {
    names: [
      'TRT',
      'Turkey time',
      'Türkiye time',
      'Turkish time',
      'TSİ',
      'TSI',
      'Istanbul time',
      'Ankara time',
    ],
    offset: 180,
  },
  { names: ['MSD'], offset: 240 },
  { names: ['AZT', 'Baku time'], offset: 240 },
  { names: ['AMT', 'Yerevan time', 'Armenia time'], offset: 240 },
  { names: ['GET', 'Tbilisi time', 'Georgia time'], offset: 240 },
  { names: ['GST', 'Gulf Standard Time', 'Dubai time'], offset: 240 },
  { names: ['IRST', 'Tehran time'], offset: 210 },
  { names: ['AFT', 'Kabul time'], offset: 270 },
  { names: ['PKT', 'Pakistan time'], offset: 300 },
  { names: ['UZT', 'Tashkent time'], offset: 300 },
  { names: ['TJT', 'Dushanbe time'], offset: 300 },
  { names: ['TMT', 'Ashgabat time'], offset: 300 },
  {
    // Kazakhstan moved to a single zone, UTC+5, on 1 March 2024; before that Astana/Almaty were +6.
    names: ['ALMT', 'Astana time', 'Almaty time', 'Nur-Sultan time', 'Kazakhstan time', 'QYZT'],
    offset: 300,
    before: ['2024-03-01', 360],
  },
  { names: ['IST', 'India Standard Time', 'Indian Standard Time'], offset: 330 },
  { names: ['NPT'], offset: 345 },
  { names: ['KGT', 'Bishkek time', 'Kyrgyzstan time'], offset: 360 },
  { names: ['ICT', 'Bangkok time'], offset: 420 },
  { names: ['Beijing time', 'China Standard Time', 'HKT', 'SGT', 'AWST'], offset: 480 },
  { names: ['JST', 'KST', 'Tokyo time', 'Seoul time'], offset: 540 },
  { names: ['AEST'], offset: 600 },
  { names: ['AEDT'], offset: 660 },
  { names: ['EST', 'Eastern Standard Time'], offset: -300, us: true },
  { names: ['EDT', 'Eastern Daylight Time'], offset: -240, us: true },
  { names: ['CDT', 'Central Daylight Time'], offset: -300, us: true },
  { names: ['MST', 'Mountain Standard Time'], offset: -420, us: true },
  { names: ['MDT'], offset: -360, us: true },
  { names: ['PST', 'Pacific Standard Time'], offset: -480, us: true },
  { names: ['PDT', 'Pacific Daylight Time'], offset: -420, us: true },
];

/** Month names per language (lowercase, diacritics kept); index + 1 is the month number. */
const MONTH_NAMES: Record<string, string[][]> = {
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  // Russian: genitive (dates), nominative and common abbreviations.
  ru: [
    ['января', 'январь', 'янв'],
    ['февраля', 'февраль', 'фев'],
    ['марта', 'март', 'мар'],
    ['апреля', 'апрель', 'апр'],
    ['мая', 'май'],
    ['июня', 'июнь', 'июн'],
    ['июля', 'июль', 'июл'],
    ['августа', 'август', 'авг'],
    ['сентября', 'сентябрь', 'сен', 'сент'],
    ['октября', 'октябрь', 'окт'],
    ['ноября', 'ноябрь', 'ноя'],
    ['декабря', 'декабрь', 'дек'],
  ],
  tr: [
    ['ocak'],
    ['şubat', 'subat'],
    ['mart'],
    ['nisan'],
    ['mayıs', 'mayis'],
    ['haziran'],
    ['temmuz'],
    ['ağustos', 'agustos'],
    ['eylül', 'eylul'],
    ['ekim'],
    ['kasım', 'kasim'],
    ['aralık', 'aralik'],
  ],
};

/** lowercase month word -> month number */
export const MONTHS: Map<string, number> = new Map();
for (const lang of Object.values(MONTH_NAMES)) {
  lang.forEach((forms, i) => forms.forEach((f) => MONTHS.set(f, i + 1)));
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string): number => b.length - a.length;

export const MONTH_ALT = [...MONTHS.keys()].sort(byLength).map(escapeRe).join('|');
const ZONE_BY_NAME = new Map<string, ZoneEntry>();
for (const z of ZONES) for (const n of z.names) ZONE_BY_NAME.set(n.toLowerCase(), z);
const ZONE_ALT = [...ZONE_BY_NAME.keys()].sort(byLength).map(escapeRe).join('|');

// Letter boundaries that work for Cyrillic and Turkish letters too (\b is ASCII-only in JS).
const NB = '(?<![\\p{L}\\p{N}])';
const NA = '(?![\\p{L}\\p{N}])';

/**
 * Weekday names that Turkish and Russian sites print between the date and the time
 * ("23 Kasım 2026 Pazartesi, 09:30"), and English ones for symmetry.
 */
const WEEKDAY_ALT = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'понедельник',
  'вторник',
  'среда',
  'четверг',
  'пятница',
  'суббота',
  'воскресенье',
  'pazartesi',
  'salı',
  'sali',
  'çarşamba',
  'carsamba',
  'perşembe',
  'persembe',
  'cumartesi',
  'cuma',
  'pazar',
].join('|');

/**
 * "14:58", "14:58:30", "2:58 pm". "14.58" only before a zone ("14.05 GMT", as British papers print
 * it): alone it is too often a score or a decimal.
 */
const TIME = `(\\d{1,2})(?::|\\.(?=\\d{2}\\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK)${NA}))(\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?m\\.?${NA})?`;
/** An explicit offset: "GMT+3", "UTC+05:30", "+0300", or a named zone from the table. */
const ZONE = `(?:(?:gmt|utc)\\s*([+\\-−]\\s*\\d{1,2}(?::?\\d{2})?)|([+\\-−]\\d{2}:?\\d{2})${NA}|${NB}(${ZONE_ALT})${NA})`;
export const ZONE_RE = new RegExp(`^[\\s,(]*(?:${ZONE})\\)?`, 'iu');
/** A time printed before the date ("13:55 25.05.2021", "14:58 MSK, 10 January 2022"). */
const TIME_BEFORE_RE = new RegExp(`${NB}${TIME}(\\s*\\(?(?:${ZONE})\\)?)?\\s*[,|/·–—-]?\\s*$`, 'iu');

/**
 * A year run together with what a copied page prints right after it, in another element: a time
 * ("December 4, 20263:12 PM GMT+4") or the same date again ("5 Dec 20265 Dec 2026").
 */
const GLUED = `(?=\\d{1,2}(?::\\d{2}|\\s+(?:${MONTH_ALT})${NA}))`;

/** The date patterns, tried in order at each position. Groups are named per pattern. */
const DATE_PATTERNS: { re: RegExp; kind: 'ymd' | 'numeric' | 'dmy-text' | 'mdy-text'; why: string }[] = [
  {
    re: new RegExp(`${NB}(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T\\s]+(?:at\\s+)?${TIME})?`, 'giu'),
    kind: 'ymd',
    why: 'ISO and year-first forms: 2022-01-05, 2022/01/05, 2022-01-05T14:58',
  },
  {
    re: new RegExp(
      `${NB}(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})${NA}(?:,?\\s*(?:at\\s+|в\\s+|saat\\s+|[-–—|]\\s*)?${TIME})?`,
      'giu',
    ),
    kind: 'numeric',
    why: 'day/month/year with one separator: 25.05.2021, 10-01-2022 14:58, 05/25/2021',
  },
  {
    // Two-digit years only with a time after them: "28.06.23 18:24", "05/12/26 11:20" are a
    // page's date line, while "1.2.23" alone is as likely a section or version number.
    re: new RegExp(
      `${NB}(\\d{1,2})([./])(\\d{1,2})\\2(\\d{2})${NA},?\\s+(?:в\\s+|saat\\s+|[-–—|]\\s*)?${TIME}`,
      'giu',
    ),
    kind: 'numeric',
    why: 'day.month.two-digit-year with a time: 28.06.23 18:24, 05/12/26 11:20',
  },
  {
    re: new RegExp(
      `${NB}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ALT})\\.?,?\\s+(\\d{4})(?:\\s*(?:г\\.|года|yılı))?(?:${NA}|${GLUED})(?:,?\\s*(?:${WEEKDAY_ALT})${NA})?(?:,?\\s*(?:at\\s+|в\\s+|saat\\s+|[-–—|]\\s*)?${TIME})?`,
      'giu',
    ),
    kind: 'dmy-text',
    why: 'written day-first: 18 April 2022 12:28, 5 января 2022 г., 18 Nisan 2022',
  },
  {
    re: new RegExp(
      `${NB}(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:${NA}|${GLUED})(?:,?\\s*(?:at\\s+|[-–—|]\\s*)?${TIME})?`,
      'giu',
    ),
    kind: 'mdy-text',
    why: 'written month-first: January 5, 2022; Jan. 5, 2022 at 2:30 pm',
  },
];

const YEAR_HINT = /\d{4}|\d[./]\d{2}\s/;

/**
 * What the page's outlet says about its conventions: a US outlet writes slash dates month-first
 * ("12/04/2026 9:15 AM" on voanews.com is 4 December), as a North American zone does.
 */
export type DateOptions = { slashMonthFirst?: boolean };

/** A date found in a line. */
export type DateMatch = {
  /** ISO-8601 value, or null when the date is impossible (31.02.2022). */
  value: string | null;
  hasTime: boolean;
  hasZone: boolean;
  index: number;
  end: number;
  raw: string;
  /** Why value is null. */
  problem?: string;
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function daysInMonth(y: number, m: number): number {
  return [
    31,
    (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ][m - 1];
}

function formatOffset(min: number): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** Parse an offset or a zone name (as matched by ZONE_RE) into minutes; null if unknown. */
export function zoneOffset(text: string, isoDate?: string): { offset: number; us: boolean } | null {
  // ISO "…T14:58:00Z": the zone letter sits right after the time, uppercase, no space.
  if (/^Z(?![\p{L}\p{N}])/u.test(text)) return { offset: 0, us: false };
  const m = ZONE_RE.exec(text);
  if (!m) return null;
  const explicit = m[1] ?? m[2];
  if (explicit) {
    const e = /^([+\-−])\s*(\d{1,2}):?(\d{2})?$/.exec(explicit.replace(/\s+/g, ''));
    if (!e) return null;
    const h = Number(e[2]);
    const mm = Number(e[3] ?? 0);
    if (h > 14 || mm > 59) return null;
    return { offset: (e[1] === '+' ? 1 : -1) * (h * 60 + mm), us: false };
  }
  const z = ZONE_BY_NAME.get((m[3] ?? '').toLowerCase());
  if (!z) return null;
  const offset = z.before && isoDate && isoDate < z.before[0] ? z.before[1] : z.offset;
  return { offset, us: !!z.us };
}

/** Whether the text right after a date (possibly on the next line) names a zone. */
export function leadingZone(text: string): boolean {
  return ZONE_RE.test(text);
}

function build(
  y: number,
  mo: number,
  d: number,
  time: { h: string | undefined; mi: string | undefined; s: string | undefined; ap: string | undefined },
  after: string,
  follow: string,
): Omit<DateMatch, 'index' | 'end' | 'raw'> {
  if (mo < 1 || mo > 12 || d < 1 || y < 1800 || y > 2200 || d > daysInMonth(y, mo)) {
    return {
      value: null,
      hasTime: false,
      hasZone: false,
      problem: `impossible date ${y}-${pad(mo)}-${pad(d)}`,
    };
  }
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (time.h === undefined) return { value: date, hasTime: false, hasZone: false };
  let h = Number(time.h);
  const mi = Number(time.mi);
  if (time.ap) {
    if (h < 1 || h > 12) return { value: date, hasTime: false, hasZone: false };
    h = (h % 12) + (time.ap.toLowerCase() === 'p' ? 12 : 0);
  }
  if (h > 23 || mi > 59) return { value: date, hasTime: false, hasZone: false };
  const local = `${date}T${pad(h)}:${pad(mi)}:${pad(Number(time.s ?? 0))}`;
  const z = zoneOffset(after, date) ?? (after.trim() === '' ? zoneOffset(follow, date) : null);
  if (!z) return { value: local, hasTime: true, hasZone: false };
  return { value: `${local}${formatOffset(z.offset)}`, hasTime: true, hasZone: true };
}

/**
 * Every date in `line`, left to right. `follow` is the next line: a zone printed on the line
 * after the time ("13:55" / "(Moscow time)") still belongs to it.
 */
export function findDates(line: string, follow = '', opts: DateOptions = {}): DateMatch[] {
  const out: DateMatch[] = [];
  // Every pattern needs a four-digit year: most lines have none, so skip them cheaply.
  if (!YEAR_HINT.test(line)) return out;
  const taken: [number, number][] = [];
  for (const { re, kind } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const index = m.index;
      const end = index + m[0].length;
      if (taken.some(([a, b]) => index < b && end > a)) continue;
      const after = line.slice(end, end + 40);
      let y: number, mo: number, d: number, t: string[];
      if (kind === 'ymd') {
        [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
        t = m.slice(4, 8);
      } else if (kind === 'numeric') {
        const a = Number(m[1]);
        const b = Number(m[3]);
        y = m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
        t = m.slice(5, 9);
        const usZone = zoneOffset(after)?.us ?? false;
        // Policy in the file comment: a component > 12 decides; else dots/dashes are day-first,
        // slashes are month-first only next to a North American zone.
        const monthFirst = a <= 12 && (b > 12 || (m[2] === '/' && (usZone || !!opts.slashMonthFirst)));
        [d, mo] = monthFirst ? [b, a] : [a, b];
      } else if (kind === 'dmy-text') {
        d = Number(m[1]);
        mo = MONTHS.get(m[2].toLowerCase()) ?? 0;
        y = Number(m[3]);
        t = m.slice(4, 8);
      } else {
        mo = MONTHS.get(m[1].toLowerCase()) ?? 0;
        d = Number(m[2]);
        y = Number(m[3]);
        t = m.slice(4, 8);
      }
      let r = build(y, mo, d, { h: t[0], mi: t[1], s: t[2], ap: t[3] }, after, follow);
      if (r.value && !r.hasTime) {
        const tb = TIME_BEFORE_RE.exec(line.slice(Math.max(0, index - 40), index));
        if (tb) r = build(y, mo, d, { h: tb[1], mi: tb[2], s: tb[3], ap: tb[4] }, tb[5] ?? after, follow);
      }
      taken.push([index, end]);
      out.push({ ...r, index, end, raw: m[0] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The first valid date in a string as ISO-8601 (see file comment), or null. */
export function parseDate(text: string): string | null {
  for (const d of findDates(text)) if (d.value) return d.value;
  return null;
}
