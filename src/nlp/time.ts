/**
 * Time expressions normalised against the publication date.
 *
 * Design:
 * - Only sentences that can hold a time expression are looked at (a precompiled trigger regex:
 *   month names, weekdays, relative words, numeric dates and years). chrono-node is slow, so it
 *   runs only on sentences that contain a month name (English, or Russian via chrono.ru); every
 *   other kind of expression is read by the project's own precompiled patterns.
 * - Relative expressions ("yesterday", "last Monday", "this week", "three days ago") are
 *   resolved against the publication date. "Two weeks later", "on the same day" and "the next
 *   day" are resolved against the last date anchored earlier in the text (else the publication
 *   date). "The day before" is publication − 1 day (news convention for a lead sentence).
 * - A date without a year takes the publication year, moved to the previous year when that
 *   would put it more than 65 days after publication (news mostly reports the past; announced
 *   events are rarely more than two months ahead) and to the next year when it would be more
 *   than 300 days before it ("on January 3" in a December 28 article).
 * - Weekdays ("on Monday") mean the most recent such day on or before publication; "last
 *   Monday" the one strictly before; "next Monday" the one strictly after.
 * - Unknown publication date: every expression that depends on it gets value null (unknown stays
 *   unknown); explicit dates with a year keep their value, and a date written without a year takes
 *   its year from the last date stated with one earlier in the text ("November 27, 2024 … Later,
 *   December 12"), by the same rule as against publication; before any such date, the year the
 *   text itself fixes (doc-year.ts: an anniversary of a dated event, a weekday beside a date).
 * - "A month later" after a month stated with its year ("In April 2023") is the next month.
 * - Vague expressions ("recently", "soon", "in recent days") have `vague: true` and either a null
 *   value or a coarse range.
 */
import * as chrono from 'chrono-node';
import type { Sentence, TimeExpression } from '../model/index.js';
import { documentYear } from './doc-year.js';
import { splitSentences } from './sentences.js';
import {
  EN_WEEKDAYS,
  TR_WEEKDAYS,
  ruMonthIndex,
  trMonthIndex,
  RU_MONTH_GEN,
  RU_MONTH_PREP,
  RU_WEEKDAYS,
  TR_MONTH_ALT,
} from './lexicon/months.js';
import {
  NL,
  NR,
  NULL_VALUE,
  calendarPeriod,
  dayOf,
  inferYear,
  iso,
  isoMonth,
  one,
  shift,
  span,
  validYmd,
  weekdayOf,
  ymdOf,
  type Candidate,
  type Day,
  type Rule,
  type Value,
} from './time-calendar.js';
import { SEASON_RULES_RU_TR, SEASON_RULE_EN } from './time-seasons.js';
import {
  EN_PART_RULES,
  EN_PART_TRIGGER,
  RU_PART_RULES,
  RU_PART_TRIGGER,
  TR_PART_RULES,
  TR_PART_TRIGGER,
} from './time-parts.js';

/** Publication date -> day; accepts any ISO-8601 string starting with YYYY-MM-DD. */
export function publicationDay(published: string | null | undefined): Day | null {
  if (typeof published !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (!m) return null;
  const y = Number(m[1]),
    mo = Number(m[2]),
    d = Number(m[3]);
  return validYmd(y, mo, d) ? dayOf(y, mo, d) : null;
}

/**
 * The day from which `inferYear` gives year `y` to every month and day: 27 October is at most 65
 * days before 31 December and at most 300 days after 1 January, leap years included. An undated
 * article whose text fixes its year (doc-year.ts) reads its yearless dates from it.
 */
export const yearPivot = (y: number): Day => dayOf(y, 10, 27);

// ------------------------------------------------------------------ vocabulary
const MONTH_NAMES =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const RU_MONTHS =
  'январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]';
const NUM_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  several: 3,
  few: 3,
  'a few': 3,
  'a couple of': 2,
  couple: 2,
};
const numOf = (s: string): number | null => {
  const k = s.toLowerCase().trim();
  if (/^\d+$/.test(k)) return Number(k);
  return NUM_WORDS[k] ?? null;
};

/** A sentence is looked at only when it can contain a time expression. */
const TRIGGER = new RegExp(
  String.raw`\b(?:${MONTH_NAMES}|${EN_WEEKDAYS.join('|')}|yesterday|today|tomorrow|tonight|ago|later|earlier|recent(?:ly)?|lately|soon|shortly|week|month|year|day|days|since|decades?|spring|summer|autumn|fall|winter)\b|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\b\d{4}\b|${RU_MONTHS}|вчера|сегодня|завтра`,
  'i',
);
const MONTH_WORD = new RegExp(String.raw`\b(?:${MONTH_NAMES})\b`, 'i');
const RU_MONTH_WORD = new RegExp(RU_MONTHS, 'i');
const RELATIVE_WORDS =
  /\b(?:now|currently|yesterday|today|tomorrow|tonight|ago|later|earlier|last|next|this|previous|coming|past)\b/i;

const N = String.raw`(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|a\s+couple\s+of)`;
const UNIT = String.raw`(day|week|month|year|decade)s?`;

// ------------------------------------------------------------------ Russian and Turkish vocabulary
// Month names in every case form the press uses: genitive after a day ("25 мая"), prepositional
// ("в мае"), Turkish bare or suffixed ("18 Nisan", "eylülde", "Nisan'da").

/** A day-month(-year) date; the year is inferred from publication when absent. */
function dayMonthYear(
  d: number,
  mo: number,
  yText: string | undefined,
): Omit<Candidate, 'start' | 'end'> | null {
  if (!mo || d < 1 || d > 31) return null;
  const y = yText ? Number(yText) : null;
  if (y !== null && !validYmd(y, mo, d)) return null;
  return {
    kind: 'date',
    vague: false,
    anchors: true,
    yearOnly: true,
    resolve: (pub) => {
      const yy = y ?? (pub === null ? null : inferYear(pub, mo, d));
      return yy === null || !validYmd(yy, mo, d) ? NULL_VALUE : one(dayOf(yy, mo, d));
    },
  };
}
function monthYear(mo: number, yText: string | undefined): Omit<Candidate, 'start' | 'end'> | null {
  if (!mo) return null;
  const y = yText ? Number(yText) : null;
  return {
    kind: 'date',
    vague: false,
    anchors: false,
    yearOnly: true,
    resolve: (pub) => {
      const yy = y ?? (pub === null ? null : inferYear(pub, mo, 15));
      if (yy === null) return NULL_VALUE;
      const v = isoMonth(yy, mo);
      return { start: v, end: v };
    },
  };
}
/** Weekday `wd` (0 = Sunday): the latest on or before publication; with a word for "last"
 *  ("минувший", "geçen") the latest strictly before it, with one for "next" the first after it. */
function weekday(wd: number, mod?: string): Omit<Candidate, 'start' | 'end'> {
  const m = (mod ?? '').toLocaleLowerCase('tr');
  const next = /^(?:следующ|ближайш|önümüzdeki|gelecek)/.test(m);
  const strict = next || /^(?:минувш|прошл|geçen|geçtiğimiz)/.test(m);
  return {
    kind: 'relative',
    vague: false,
    anchors: true,
    resolve: (pub) => {
      if (pub === null) return NULL_VALUE;
      if (next) return one(pub + ((wd - weekdayOf(pub) + 7) % 7 || 7));
      const back = (weekdayOf(pub) - wd + 7) % 7;
      return one(pub - (strict ? back || 7 : back));
    },
  };
}
/** "в прошлом году", "geçen hafta": the current (0), previous (-1) or next (1) week/month/year. */
function relativePeriod(off: number, unit: 'week' | 'month' | 'year'): Omit<Candidate, 'start' | 'end'> {
  return {
    kind: 'relative',
    vague: false,
    anchors: false,
    resolve: (pub) => {
      if (pub === null) return NULL_VALUE;
      return calendarPeriod(pub, unit, off);
    },
  };
}

const ML_RULES: Rule[] = [
  // first, so that on a tie with a shorter reading they win ("geçen hafta sonu" over "geçen hafta")
  ...RU_PART_RULES,
  ...TR_PART_RULES,
  ...SEASON_RULES_RU_TR,
  // "25 мая 2021", "25 мая 2021 года", "25 мая 2021 г.", "25 мая"
  {
    re: new RegExp(
      String.raw`${NL}(\d{1,2})\s+(${RU_MONTH_GEN})(?:\s+(\d{4})(?:\s*(?:года|г\.))?)?${NR}`,
      'giu',
    ),
    build: (m) => dayMonthYear(+m[1], ruMonthIndex(m[2]), m[3]),
  },
  // "в мае", "в сентябре 2021 года", "мае 2021"
  {
    re: new RegExp(
      String.raw`${NL}(?:в\s+)?(${RU_MONTH_PREP})(?:\s+(\d{4})(?:\s*(?:года|г\.))?)?${NR}`,
      'giu',
    ),
    build: (m) => monthYear(ruMonthIndex(m[1]), m[2]),
  },
  // "18 Nisan 2022", "18 Nisan'da", "18 Nisan"
  {
    re: new RegExp(
      String.raw`${NL}(\d{1,2})\s+(${TR_MONTH_ALT})(?:['’]?[\p{Ll}]{0,5})?(?:\s+(\d{4}))?${NR}`,
      'giu',
    ),
    build: (m) => dayMonthYear(+m[1], trMonthIndex(m[2]), m[3]),
  },
  // "Nisan 2022", "eylülde", "eylül ayında", "Nisan'da"
  {
    re: new RegExp(
      String.raw`${NL}(${TR_MONTH_ALT})(?:\s+(\d{4})|['’]?(?:da|de|ta|te)|\s+ayında)${NR}`,
      'giu',
    ),
    build: (m) => monthYear(trMonthIndex(m[1]), m[2]),
  },
  // "в понедельник", "во вторник"
  {
    re: new RegExp(
      String.raw`${NL}(?:в|во)\s+(?:(минувш(?:ий|ую|ее)|прошл(?:ый|ую|ое)|следующ(?:ий|ую|ее)|ближайш(?:ий|ую|ее))\s+)?(${RU_WEEKDAYS.join('|')})${NR}`,
      'giu',
    ),
    build: (m) => weekday(RU_WEEKDAYS.indexOf(m[2].toLowerCase()), m[1]),
  },
  // "salı günü", "perşembe günü"
  {
    re: new RegExp(
      String.raw`${NL}(?:(geçen|geçtiğimiz|önümüzdeki|gelecek)\s+)?(${TR_WEEKDAYS.join('|')})\s+(?:günü|akşamı|sabahı|gecesi|öğleden\s+sonra)${NR}`,
      'giu',
    ),
    build: (m) => weekday(TR_WEEKDAYS.indexOf(m[2].toLocaleLowerCase('tr')), m[1]),
  },
  // "dün", "bugün", "yarın"
  {
    re: new RegExp(String.raw`${NL}(dün|bugün|yarın)${NR}`, 'giu'),
    build: (m) => {
      const t = m[1].toLocaleLowerCase('tr');
      const delta = t === 'dün' ? -1 : t === 'yarın' ? 1 : 0;
      return {
        kind: 'relative',
        vague: false,
        anchors: true,
        resolve: (pub) => (pub === null ? NULL_VALUE : one(pub + delta)),
      };
    },
  },
  // "в прошлом году", "в этом месяце", "на прошлой неделе"
  {
    re: new RegExp(
      String.raw`${NL}(?:в|на)\s+(прошлом|этом|текущем|нынешнем|следующем|будущем|минувшем|прошлой|этой|следующей|будущей|минувшей)\s+(году|месяце|неделе)${NR}`,
      'giu',
    ),
    build: (m) => {
      const mod = m[1].toLowerCase();
      const off = /^(?:прошл|минувш)/.test(mod) ? -1 : /^(?:следующ|будущ)/.test(mod) ? 1 : 0;
      const unit =
        m[2].toLowerCase() === 'году' ? 'year' : m[2].toLowerCase() === 'месяце' ? 'month' : 'week';
      return relativePeriod(off, unit);
    },
  },
  // "geçen yıl", "bu hafta", "gelecek ay"
  {
    re: new RegExp(
      String.raw`${NL}(geçen|geçtiğimiz|bu|gelecek|önümüzdeki)\s+(yıl|sene|hafta|ay)${NR}`,
      'giu',
    ),
    build: (m) => {
      const mod = m[1].toLocaleLowerCase('tr');
      const off = mod === 'geçen' || mod === 'geçtiğimiz' ? -1 : mod === 'bu' ? 0 : 1;
      const u = m[2].toLocaleLowerCase('tr');
      return relativePeriod(off, u === 'hafta' ? 'week' : u === 'ay' ? 'month' : 'year');
    },
  },
];
/** Sentences worth running ML_RULES on (Cyrillic or Turkish date vocabulary). */
const ML_TRIGGER = new RegExp(
  String.raw`${NL}(?:(?:${RU_MONTH_GEN}|${RU_MONTH_PREP}|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|году|месяце|неделе|günü|dün|bugün|yarın|yıl|sene|hafta|ay|весной|летом|осенью|зимой|ilkbahar\p{L}*|sonbahar\p{L}*|yaz\p{L}*|kış\p{L}*)${NR}|${TR_MONTH_ALT})`,
  'iu',
);

const RULES: Rule[] = [
  // numeric dates: 2022-01-10, 10-01-2022, 25.05.2021, 10/01/2022 (day-month unless impossible or
  // the month-day reading is nearer to publication)
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    build: (m) => {
      const y = +m[1],
        mo = +m[2],
        d = +m[3];
      if (!validYmd(y, mo, d)) return null;
      return { kind: 'date', vague: false, anchors: true, resolve: () => one(dayOf(y, mo, d)) };
    },
  },
  {
    re: /\b(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b/g,
    build: (m) => {
      const a = +m[1],
        b = +m[2],
        y = +m[3];
      const dmy = validYmd(y, b, a) ? dayOf(y, b, a) : null;
      const mdy = validYmd(y, a, b) ? dayOf(y, a, b) : null;
      if (dmy === null && mdy === null) return null;
      return {
        kind: 'date',
        vague: false,
        anchors: true,
        resolve: (pub) => {
          if (dmy === null) return one(mdy);
          if (mdy === null || pub === null) return one(dmy);
          return one(Math.abs(mdy - pub) < Math.abs(dmy - pub) ? mdy : dmy);
        },
      };
    },
  },
  // "November 27 and 28, 2024", "27-28 November 2024": two days of one month, the year after both
  {
    re: new RegExp(
      String.raw`\b(?:(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|-|–|to)\s*(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|-|–|to)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAMES})\.?)(?:,?\s+((?:1[89]|20)\d{2}))?\b`,
      'gi',
    ),
    build: (m) => {
      const mo = monthIndex(m[1] ?? m[6]);
      const a = Number(m[2] ?? m[4]);
      const b = Number(m[3] ?? m[5]);
      const y = m[7] ? Number(m[7]) : null;
      if (!mo || a < 1 || b > 31 || b <= a || (y !== null && !validYmd(y, mo, b))) return null;
      return {
        kind: 'range',
        vague: false,
        anchors: true,
        yearOnly: y === null,
        resolve: (pub) => {
          const yy = y ?? (pub === null ? null : inferYear(pub, mo, a));
          return yy === null || !validYmd(yy, mo, b) ? NULL_VALUE : span(dayOf(yy, mo, a), dayOf(yy, mo, b));
        },
      };
    },
  },
  // "since 2015", "since March 2014" (start .. publication)
  {
    re: new RegExp(String.raw`\bsince\s+(?:(${MONTH_NAMES})\.?\s+)?((?:1[89]|20)\d{2})\b`, 'gi'),
    build: (m) => {
      const y = +m[2];
      const mo = m[1] ? monthIndex(m[1]) : 0;
      const startIso = mo ? isoMonth(y, mo) : String(y);
      return {
        kind: 'since',
        vague: false,
        anchors: false,
        resolve: (pub) => ({ start: startIso, end: pub === null ? null : iso(pub) }),
      };
    },
  },
  // "in 2015", "by 2030", "in 2014-2016"
  {
    re: /\b(?:in|by|during|until|till|before|after|throughout|of|from|early|late|mid-?)\s+((?:1[89]|20)\d{2})(?:\s*(?:[-–]|to)\s*((?:1[89]|20)\d{2}))?(?![-./]?\d)\b/gi,
    build: (m) => {
      const a = m[1],
        b = m[2];
      return {
        kind: b ? 'range' : 'date',
        vague: false,
        anchors: false,
        resolve: () => ({ start: a, end: b ?? a }),
      };
    },
  },
  // "N days ago"
  {
    re: new RegExp(String.raw`\b${N}\s+${UNIT}\s+ago\b`, 'gi'),
    build: (m) => {
      const n = numOf(m[1].replace(/\s+/g, ' '));
      if (n === null) return null;
      return {
        kind: 'relative',
        vague: false,
        anchors: true,
        resolve: (pub) => (pub === null ? NULL_VALUE : one(shift(pub, -n, m[2]))),
      };
    },
  },
  // "two weeks later", "three days earlier" relative to the last anchored date
  {
    re: new RegExp(
      String.raw`\b${N}\s+${UNIT}\s+(later|earlier|afterwards?|before)\b(?!\s+(?:that|the|this|his|her|its|their))`,
      'gi',
    ),
    build: (m) => {
      const n = numOf(m[1].replace(/\s+/g, ' '));
      if (n === null) return null;
      const sign = /^(?:earlier|before)$/i.test(m[3]) ? -1 : 1;
      const unit = m[2].toLowerCase();
      return {
        kind: 'relative',
        vague: false,
        anchors: true,
        resolve: (pub, anchor, month) => {
          // "In April 2023 … A month later": a month stated after the last day anchor counts in months
          if (month && (unit === 'month' || unit === 'year')) {
            const t = month[0] * 12 + (month[1] - 1) + sign * n * (unit === 'year' ? 12 : 1);
            const v = isoMonth(Math.floor(t / 12), (t % 12) + 1);
            return { start: v, end: v };
          }
          const base = anchor ?? pub;
          return base === null ? NULL_VALUE : one(shift(base, sign * n, m[2]));
        },
      };
    },
  },
  // same day / next day / day before
  {
    re: /\b(?:on\s+)?(?:the|that)\s+(same\s+day|next\s+day|following\s+day|previous\s+day|day\s+before|day\s+after)\b|\bthat\s+(?:same\s+)?day\b|\ba\s+day\s+(?:earlier|later)\b/gi,
    build: (m) => {
      const t = m[0].toLowerCase();
      if (/day\s+before|previous\s+day|day\s+earlier/.test(t)) {
        return {
          kind: 'relative',
          vague: false,
          anchors: true,
          resolve: (pub) => (pub === null ? NULL_VALUE : one(pub - 1)),
        };
      }
      const delta = /next|following|after|later/.test(t) ? 1 : 0;
      return {
        kind: 'relative',
        vague: false,
        anchors: true,
        resolve: (pub, anchor) => {
          const base = anchor ?? pub;
          return base === null ? NULL_VALUE : one(base + delta);
        },
      };
    },
  },
  // yesterday / today / tomorrow
  {
    re: /\b(yesterday|today|tonight|tomorrow)\b|(?<![а-яё])(вчера|сегодня|завтра)(?![а-яё])/gi,
    build: (m) => {
      const t = (m[1] ?? m[2]).toLowerCase();
      const delta = t === 'yesterday' || t === 'вчера' ? -1 : t === 'tomorrow' || t === 'завтра' ? 1 : 0;
      return {
        kind: 'relative',
        vague: false,
        anchors: true,
        resolve: (pub) => (pub === null ? NULL_VALUE : one(pub + delta)),
      };
    },
  },
  // weekdays
  {
    re: new RegExp(
      String.raw`\b(?:(last|next|this|coming|past|on)\s+)?(${EN_WEEKDAYS.join('|')})(?!s)\b`,
      'gi',
    ),
    build: (m) => {
      const mod = (m[1] ?? '').toLowerCase();
      const wd = EN_WEEKDAYS.indexOf(m[2].toLowerCase());
      return {
        kind: 'relative',
        vague: false,
        anchors: true,
        resolve: (pub) => {
          if (pub === null) return NULL_VALUE;
          const w0 = weekdayOf(pub);
          if (mod === 'next' || mod === 'coming') return one(pub + ((wd - w0 + 7) % 7 || 7));
          const back = (w0 - wd + 7) % 7;
          return one(pub - (mod === 'last' || mod === 'past' ? back || 7 : back));
        },
      };
    },
  },
  // this/last/next week, month, year
  {
    re: /\b(this|last|next|past|previous|coming|current)\s+(week|month|year)\b/gi,
    build: (m) => {
      const mod = m[1].toLowerCase();
      const unit = m[2].toLowerCase();
      const off = mod === 'this' || mod === 'current' ? 0 : mod === 'next' || mod === 'coming' ? 1 : -1;
      return {
        kind: 'relative',
        vague: false,
        anchors: false,
        resolve: (pub) => {
          if (pub === null) return NULL_VALUE;
          if (mod === 'past' && unit === 'week') return span(pub - 7, pub);
          return calendarPeriod(pub, unit, off);
        },
      };
    },
  },
  // vague expressions
  {
    re: /\b(?:in\s+)?recent\s+(days|weeks|months|years)\b|\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:few\s+)?(days|weeks|months|years)\b|\b(?:in|over)\s+the\s+(?:coming|next)\s+(?:few\s+)?(days|weeks|months|years)\b|\b(recently|lately|soon|shortly|in\s+the\s+near\s+future|earlier\s+this\s+(?:week|month|year)|later\s+this\s+(?:week|month|year))\b/gi,
    build: (m) => {
      const back = m[1] ?? m[2];
      const fwd = m[3];
      const word = (m[4] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const width: Record<string, number> = { days: 7, weeks: 31, months: 183, years: 1826 };
      return {
        kind: 'vague',
        vague: true,
        anchors: false,
        resolve: (pub) => {
          if (pub === null) return NULL_VALUE;
          if (back) return span(pub - width[back.toLowerCase()], pub);
          if (fwd) return span(pub, pub + width[fwd.toLowerCase()]);
          const [y, mo] = ymdOf(pub);
          if (word.startsWith('earlier this')) {
            if (word.endsWith('year')) return { start: String(y), end: iso(pub) };
            if (word.endsWith('month')) return { start: isoMonth(y, mo), end: iso(pub) };
            return span(pub - ((weekdayOf(pub) + 6) % 7), pub);
          }
          if (word.startsWith('later this')) {
            if (word.endsWith('year')) return { start: iso(pub), end: String(y) };
            if (word.endsWith('month')) return { start: iso(pub), end: isoMonth(y, mo) };
            return span(pub, pub - ((weekdayOf(pub) + 6) % 7) + 6);
          }
          return NULL_VALUE; // recently, lately, soon, shortly: no defensible range
        },
      };
    },
  },
  // durations: "for a week", "for two years", "within 10 days"
  {
    re: new RegExp(String.raw`\b(?:for|within|over)\s+(?:the\s+)?(?:next\s+)?${N}\s+${UNIT}\b`, 'gi'),
    build: () => ({ kind: 'duration', vague: false, anchors: false, resolve: () => NULL_VALUE }),
  },
];

function monthIndex(name: string): number {
  const k = name.toLowerCase().slice(0, 3);
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(k) + 1;
}

// ------------------------------------------------------------------ chrono adapter
const REF = new Date(Date.UTC(2000, 0, 1, 12));
const MONTH_ONLY_OK =
  /\b(?:in|since|by|until|till|early|late|mid|of|from|during|last|next|this|before|after|through)\s*-?\s*$/i;

type Comp = { isCertain(c: string): boolean; get(c: string): number | null };

/** Years a news text can mean; a four-digit number outside them is a count, not a year. */
const MIN_YEAR = 1000;
const MAX_YEAR = 2200;

function fromChrono(r: chrono.ParsedResult, base: number, sentenceText: string): Candidate | null {
  let text = r.text;
  const s = r.start as unknown as Comp;
  const e = (r.end ?? null) as unknown as Comp | null;
  if (RELATIVE_WORDS.test(text)) return null; // relative forms are read by the project's rules
  const hasMonth = s.isCertain('month');
  const hasDay = s.isCertain('day');
  let hasYear = s.isCertain('year');
  const statedYear = s.get('year');
  if (hasYear && statedYear !== null && (statedYear < MIN_YEAR || statedYear > MAX_YEAR)) {
    // "02 September 5718" over a page's view counter: the date has no year, the number is no part of it
    const cut = /[,\s]+\d+\s*$/.exec(text);
    if (!cut || !hasDay) return null;
    text = text.slice(0, cut.index);
    hasYear = false;
  }
  if (!hasMonth) {
    // time of day only ("14:58"), or something chrono guessed from a bare word
    if (s.isCertain('hour')) {
      return {
        start: base + r.index,
        end: base + r.index + text.length,
        kind: 'time',
        vague: false,
        anchors: false,
        resolve: () => NULL_VALUE,
      };
    }
    return null;
  }
  if (!hasDay && !hasYear) {
    // "May" / "March" alone is far too often a verb or a noun; keep it only after a preposition
    const before = sentenceText.slice(Math.max(0, r.index - 12), r.index);
    if (!MONTH_ONLY_OK.test(before)) return null;
    // an English month name is capitalised: "an early march", "it may" are no months
    if (/^(?:march|may)\b/.test(text)) return null;
  }
  const sy = s.get('year'),
    sm = s.get('month') ?? 1,
    sd = s.get('day') ?? 1;
  const ey = e?.get('year') ?? null,
    em = e?.get('month') ?? null,
    ed = e?.get('day') ?? null;
  const endYearCertain = e ? e.isCertain('year') : false;
  const isRange = !!e && (ed !== sd || em !== sm || ey !== sy);
  return {
    start: base + r.index,
    end: base + r.index + text.length,
    kind: isRange ? 'range' : 'date',
    vague: false,
    anchors: hasDay,
    yearOnly: !hasYear,
    resolve: (pub) => {
      let y0: number | null = hasYear ? sy : null;
      if (y0 === null && pub !== null) y0 = inferYear(pub, sm, hasDay ? sd : 15);
      if (y0 === null) return NULL_VALUE;
      const fmt = (y: number, m: number, d: number, withDay: boolean) =>
        withDay ? iso(dayOf(y, m, d)) : isoMonth(y, m);
      const startIso = fmt(y0, sm, sd, hasDay);
      if (!isRange || em === null) return { start: startIso, end: startIso };
      let y1 = endYearCertain && ey !== null ? ey : y0;
      if (!endYearCertain && (em < sm || (em === sm && (ed ?? 1) < sd))) y1 = y0 + 1; // "December 28 to January 3"
      if (!hasYear && endYearCertain && ey !== null) {
        y0 = em < sm ? ey - 1 : ey; // "December 28 to January 3, 2022": the year belongs to both ends
        return { start: fmt(y0, sm, sd, hasDay), end: fmt(ey, em, ed ?? 1, e!.isCertain('day')) };
      }
      return { start: startIso, end: fmt(y1, em, ed ?? 1, e!.isCertain('day')) };
    },
  };
}

// ------------------------------------------------------------------ main
/** Parts of periods and seasons run only on sentences with one of their words; they come before
 *  the other rules so that on a tie with a shorter reading they win. */
const EN_EXTRA_RULES: Rule[] = [...EN_PART_RULES, SEASON_RULE_EN];
const EN_EXTRA_GATE =
  /\b(?:early|mid|late|beginning|start|middle|end|close|half|quarter|Q[1-4]|weekend|yesterday|tomorrow|spring|summer|autumn|fall|winter)\b/i;
const RULE_SETS: Record<string, Rule[]> = {
  base: RULES,
  extra: [...EN_EXTRA_RULES, ...RULES],
  ml: [...ML_RULES, ...RULES],
  mlExtra: [...ML_RULES, ...EN_EXTRA_RULES, ...RULES],
};

/**
 * Extract time expressions. `sentences` (from splitSentences) avoids re-splitting. `language`
 * (ISO 639-1) spares an English text the Russian and Turkish rules; without it every rule runs.
 * Never throws: bad input gives [].
 */
export function extractTimes(
  text: string,
  published: string | null,
  sentences?: Sentence[],
  language?: string | null,
): TimeExpression[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const pub = publicationDay(published);
  const sents = sentences ?? splitSentences(text);
  const english = typeof language === 'string' && language.toLowerCase().startsWith('en');
  const cands: Candidate[] = [];
  for (const sent of sents) {
    const st = text.slice(sent.start, sent.end);
    const ml = !english && (ML_TRIGGER.test(st) || RU_PART_TRIGGER.test(st) || TR_PART_TRIGGER.test(st));
    if (!ml && !TRIGGER.test(st) && !EN_PART_TRIGGER.test(st)) continue;
    const local: Candidate[] = [];
    const extra = EN_EXTRA_GATE.test(st);
    for (const rule of RULE_SETS[ml ? (extra ? 'mlExtra' : 'ml') : extra ? 'extra' : 'base']) {
      rule.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = rule.re.exec(st)) !== null) {
        if (m[0].length === 0) {
          rule.re.lastIndex++;
          continue;
        }
        const built = rule.build(m);
        if (built)
          local.push({ ...built, start: sent.start + m.index, end: sent.start + m.index + m[0].length });
      }
    }
    const isRu = RU_MONTH_WORD.test(st);
    if (MONTH_WORD.test(st) || isRu) {
      let results: chrono.ParsedResult[] = [];
      try {
        results = (isRu ? chrono.ru : chrono).parse(
          st,
          { instant: REF, timezone: 0 },
          { forwardDate: false },
        );
      } catch {
        results = [];
      }
      for (const r of mergeBetween(results, st)) {
        const c = fromChrono(r, sent.start, st);
        if (c) local.push(c);
      }
    }
    // keep the longest of overlapping candidates (earlier first on ties)
    local.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    let lastEnd = -1;
    for (const c of local) {
      if (c.start < lastEnd) continue;
      cands.push(c);
      lastEnd = c.end;
    }
  }
  const out: TimeExpression[] = [];
  let anchor: Day | null = null;
  let month: [number, number] | null = null;
  // with no publication date, a date written without its year takes the year from the last
  // date stated with one earlier in the text ("November 27, 2024 … Later, December 12"), and
  // before any, the year the text itself fixes ("the 80th anniversary of the Victory")
  const textYear = pub === null ? documentYear(text) : null;
  let context: Day | null = textYear ? yearPivot(textYear.year) : null;
  for (const c of cands) {
    let value: Value;
    try {
      value = c.resolve(pub ?? (c.yearOnly ? context : null), anchor, month);
    } catch {
      value = NULL_VALUE;
    }
    out.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      value,
      kind: c.kind,
      vague: c.vague,
    });
    const full = value.start ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.start) : null;
    if (!full || c.kind === 'since' || c.vague) continue;
    const [y, m, d] = [Number(full[1]), Number(full[2]), full[3] ? Number(full[3]) : null];
    if (d !== null && c.anchors) {
      anchor = dayOf(y, m, d);
      month = null;
    } else if (d === null && c.kind === 'date') month = [y, m];
    if (pub === null && (c.kind === 'date' || c.kind === 'range')) context = dayOf(y, m, d ?? 15);
  }
  return out;
}

/** chrono returns "between March 3 and March 5" as two results; join them into one range. */
function mergeBetween(results: chrono.ParsedResult[], st: string): chrono.ParsedResult[] {
  const out: chrono.ParsedResult[] = [];
  for (let i = 0; i < results.length; i++) {
    const a = results[i],
      b = results[i + 1];
    if (b && !a.end && !b.end) {
      const mid = st.slice(a.index + a.text.length, b.index);
      const before = st.slice(Math.max(0, a.index - 8), a.index);
      if (/^\s+and\s+$/i.test(mid) && /between\s+$/i.test(before)) {
        const merged = Object.create(Object.getPrototypeOf(a)) as chrono.ParsedResult;
        Object.assign(merged, a, { text: st.slice(a.index, b.index + b.text.length), end: b.start });
        out.push(merged);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
