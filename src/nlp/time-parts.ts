/**
 * Parts of periods, weekends and counted distances back, in English, Russian and Turkish:
 * "in early May", "at the end of last year", "the first half of 2025", "over the weekend",
 * "в начале мая", "в конце прошлого года", "три дня назад", "в 2024 году", "накануне",
 * "Mayıs sonunda", "geçen hafta sonu", "üç gün önce", "2024 yılında".
 *
 * Parts of a month are thirds (days 1-10, 11-20, 21-end) or halves; parts of a year are thirds
 * (January-April, May-August, September-December), halves or quarters. A month without its year
 * takes one as a month alone does (time.ts); "last/this/next year" is counted from publication.
 * A weekend is Saturday-Sunday: "over the weekend" the last one begun by publication, "last
 * weekend" the one before the current week, "next weekend" the first after publication.
 */
import { RU_MONTH_GEN, TR_MONTH_ALT, enMonthIndex, trMonthIndex, ruMonthIndex } from './lexicon/months.js';
import {
  NL,
  NR,
  NULL_VALUE,
  dayOf,
  inferYear,
  iso,
  isoMonth,
  one,
  shift,
  span,
  weekdayOf,
  ymdOf,
  type Candidate,
  type Day,
  type Rule,
  type Value,
} from './time-calendar.js';

type Built = Omit<Candidate, 'start' | 'end'>;
/** Which part of a month or a year. */
export type Part = 'early' | 'mid' | 'late' | 'h1' | 'h2' | 'q1' | 'q2' | 'q3' | 'q4';
type Unit = 'day' | 'week' | 'month' | 'year';

const lastDayOf = (y: number, mo: number): number => ymdOf(dayOf(y, mo + 1, 1) - 1)[2];

/** Days of part `part` of month `mo` of year `y`. */
export function monthPart(y: number, mo: number, part: Part): Value {
  const last = lastDayOf(y, mo);
  const [a, b] =
    part === 'early'
      ? [1, 10]
      : part === 'mid'
        ? [11, 20]
        : part === 'late'
          ? [21, last]
          : part === 'h1'
            ? [1, 15]
            : [16, last];
  return span(dayOf(y, mo, a), dayOf(y, mo, b));
}

/** Months of part `part` of year `y`. */
export function yearPart(y: number, part: Part): Value {
  const q = /^q(\d)$/.exec(part);
  const [a, b] = q
    ? [3 * Number(q[1]) - 2, 3 * Number(q[1])]
    : part === 'early'
      ? [1, 4]
      : part === 'mid'
        ? [5, 8]
        : part === 'late'
          ? [9, 12]
          : part === 'h1'
            ? [1, 6]
            : [7, 12];
  return { start: isoMonth(y, a), end: isoMonth(y, b) };
}

/** Part of a named month, its year stated or inferred like a month alone. */
function ofMonth(mo: number, yText: string | undefined, part: Part): Built | null {
  if (!mo) return null;
  const stated = yText ? Number(yText) : null;
  return {
    kind: 'range',
    vague: false,
    anchors: false,
    yearOnly: stated === null,
    resolve: (pub) => {
      const y = stated ?? (pub === null ? null : inferYear(pub, mo, 15));
      return y === null ? NULL_VALUE : monthPart(y, mo, part);
    },
  };
}

/** Part of a stated year, or of the current (0), previous (-1) or next (1) year or month. */
function ofPeriod(unit: 'year' | 'month', yText: string | undefined, off: number, part: Part): Built {
  return {
    kind: 'range',
    vague: false,
    anchors: false,
    resolve: (pub) => {
      if (yText) return yearPart(Number(yText), part);
      if (pub === null) return NULL_VALUE;
      const [py, pm] = ymdOf(pub);
      if (unit === 'year') return yearPart(py + off, part);
      const t = py * 12 + pm - 1 + off;
      return monthPart(Math.floor(t / 12), (t % 12) + 1, part === 'q1' || part === 'q2' ? 'h1' : part);
    },
  };
}

/** A weekend: the last one begun by publication (which 0), the one before the current week (-1),
 *  the first after publication (1), or the one of the current week ('this'). */
function weekend(which: -1 | 0 | 1 | 'this'): Built {
  return {
    kind: 'range',
    vague: false,
    anchors: false,
    resolve: (pub) => {
      if (pub === null) return NULL_VALUE;
      const wd = weekdayOf(pub); // 0 = Sunday
      const lastSaturday = pub - ((wd + 1) % 7); // on or before publication
      const sat =
        which === 0
          ? lastSaturday
          : which === -1
            ? wd === 0 || wd === 6
              ? lastSaturday - 7
              : lastSaturday
            : which === 1
              ? lastSaturday + 7
              : pub - ((wd + 6) % 7) + 5; // Saturday of the Monday-Sunday week
      return span(sat, sat + 1);
    },
  };
}

/** A day counted from publication ("позавчера" -2). */
const fromPub = (delta: number): Built => ({
  kind: 'relative',
  vague: false,
  anchors: true,
  resolve: (pub) => (pub === null ? NULL_VALUE : one(pub + delta)),
});

/** "N units ago". */
const ago = (n: number, unit: Unit): Built => ({
  kind: 'relative',
  vague: false,
  anchors: true,
  resolve: (pub) => (pub === null ? NULL_VALUE : one(shift(pub, -n, unit))),
});

/** A vague span of `days` before (negative) or after publication. */
const around = (days: number): Built => ({
  kind: 'vague',
  vague: true,
  anchors: false,
  resolve: (pub) => (pub === null ? NULL_VALUE : days < 0 ? span(pub + days, pub) : span(pub, pub + days)),
});

const year = (a: string, b: string | undefined): Built => ({
  kind: b ? 'range' : 'date',
  vague: false,
  anchors: false,
  resolve: () => ({ start: a, end: b ?? a }),
});
const since = (y: string): Built => ({
  kind: 'since',
  vague: false,
  anchors: false,
  resolve: (pub: Day | null) => ({ start: y, end: pub === null ? null : iso(pub) }),
});

/** Days d1..d2 of month `mo`, the year stated or inferred like a day alone ("12-13 Eylül"). */
function dayRange(d1: number, d2: number, mo: number, yText: string | undefined): Built | null {
  if (!mo || d1 < 1 || d2 > 31 || d1 >= d2) return null;
  const stated = yText ? Number(yText) : null;
  return {
    kind: 'range',
    vague: false,
    anchors: true,
    yearOnly: stated === null,
    resolve: (pub) => {
      const y = stated ?? (pub === null ? null : inferYear(pub, mo, d1));
      if (y === null || d2 > lastDayOf(y, mo)) return NULL_VALUE;
      return span(dayOf(y, mo, d1), dayOf(y, mo, d2));
    },
  };
}

/** A day `delta` days from the last date the text anchored, else from publication ("ertesi gün"). */
const fromAnchor = (delta: number, unit: Unit = 'day'): Built => ({
  kind: 'relative',
  vague: false,
  anchors: true,
  resolve: (pub, anchor) => {
    const base = anchor ?? pub;
    return base === null ? NULL_VALUE : one(shift(base, delta, unit));
  },
});

// ------------------------------------------------------------------ English
// capitalised full names only: "may" is a verb and "early march" a march
const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const EN_PART: Record<string, Part> = {
  early: 'early',
  beginning: 'early',
  start: 'early',
  mid: 'mid',
  middle: 'mid',
  late: 'late',
  end: 'late',
  close: 'late',
};
const ordinalPart = (ord: string, what: string): Part => {
  const n = /^(?:first|1st|первой|первом|ilk)$/i.test(ord)
    ? 1
    : /^(?:second|2nd|второй|втором|ikinci)$/i.test(ord)
      ? 2
      : /^(?:third|3rd|третьем|üçüncü)$/i.test(ord)
        ? 3
        : 4;
  return (/^(?:half|половине|yarı)/i.test(what) ? `h${n}` : `q${n}`) as Part;
};
const offOf = (w: string | undefined): number =>
  /^(?:last|previous|past|прошл|минувш|geçen|geçtiğimiz)/i.test(w ?? '')
    ? -1
    : /^(?:next|coming|следующ|будущ|gelecek|önümüzdeki)/i.test(w ?? '')
      ? 1
      : 0;

export const EN_PART_RULES: Rule[] = [
  // "in early May", "mid-May 2024", "late July"
  {
    re: new RegExp(String.raw`\b([Ee]arly|[Mm]id|[Ll]ate)[-\s]+(${EN_MONTHS})\b(?:,?\s+(\d{4})\b)?`, 'g'),
    build: (m) => ofMonth(enMonthIndex(m[2]), m[3], EN_PART[m[1].toLowerCase()]),
  },
  // "the end of May", "the beginning of 2024", "the end of last year", "the middle of the month"
  {
    re: new RegExp(
      String.raw`\bthe\s+(beginning|start|middle|end|close)\s+of\s+(?:(${EN_MONTHS})\b(?:,?\s+(\d{4})\b)?|((?:1[89]|20)\d{2})\b|(?:(last|this|next|the\s+current|the\s+previous|the\s+coming|the)\s+)?(year|month)\b)`,
      'gi',
    ),
    build: (m) => {
      const part = EN_PART[m[1].toLowerCase()];
      if (m[2]) return m[2][0] === m[2][0].toUpperCase() ? ofMonth(enMonthIndex(m[2]), m[3], part) : null;
      return ofPeriod(
        (m[6]?.toLowerCase() ?? 'year') as 'year' | 'month',
        m[4],
        offOf(m[5]?.replace(/^the\s+/i, '')),
        part,
      );
    },
  },
  // "early last year", "late this year", "early next month"
  {
    re: /\b(early|mid|late)[-\s]+(last|this|next)\s+(year|month)\b/gi,
    build: (m) =>
      ofPeriod(m[3].toLowerCase() as 'year' | 'month', undefined, offOf(m[2]), EN_PART[m[1].toLowerCase()]),
  },
  // "late 2024", "in early 2025", "mid-2023"
  {
    re: /\b(early|mid|late)[-\s]+((?:1[89]|20)\d{2})\b(?![-./]\d)/gi,
    build: (m) => ofPeriod('year', m[2], 0, EN_PART[m[1].toLowerCase()]),
  },
  // "the first half of 2025", "the third quarter of last year", "Q2 2024"
  {
    re: /\bthe\s+(first|second|third|fourth|1st|2nd|3rd|4th)\s+(half|quarter)\s+of\s+(?:((?:1[89]|20)\d{2})\b|(?:(last|this|next|the)\s+)?year\b)|\bQ([1-4])\s+((?:19|20)\d{2})\b/gi,
    build: (m) => {
      if (m[5]) return ofPeriod('year', m[6], 0, `q${m[5]}` as Part);
      return ofPeriod('year', m[3], offOf(m[4]), ordinalPart(m[1], m[2]));
    },
  },
  // "over the weekend", "last weekend", "this weekend", "next weekend"
  {
    re: /\b(?:(?:over|at|on|during)\s+the|(last|past|this|next|coming))\s+weekend\b/gi,
    build: (m) => {
      const w = (m[1] ?? '').toLowerCase();
      return weekend(w === 'this' ? 'this' : w === 'next' || w === 'coming' ? 1 : w ? -1 : 0);
    },
  },
  // "the day before yesterday", "the day after tomorrow"
  {
    re: /\bthe\s+day\s+(before\s+yesterday|after\s+tomorrow)\b/gi,
    build: (m) => fromPub(/^before/i.test(m[1]) ? -2 : 2),
  },
];
/** English words after which EN_PART_RULES can match where time.ts's trigger does not look. */
export const EN_PART_TRIGGER = /\b(?:weekend|quarter|half|Q[1-4])\b/i;

// ------------------------------------------------------------------ Russian
const RU_PART = (w: string): Part => {
  const k = w.toLowerCase();
  return k.startsWith('начал') ? 'early' : k.startsWith('середин') ? 'mid' : 'late';
};
const RU_NUM: Record<string, number> = {
  один: 1,
  одну: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  несколько: 3,
  пару: 2,
};
const RU_UNIT = (w: string): Unit =>
  /^(?:дн|день)/i.test(w) ? 'day' : /^недел/i.test(w) ? 'week' : /^месяц/i.test(w) ? 'month' : 'year';
/** Lower-case genitive nouns after "накануне" name what it is the eve of ("накануне визита"). */
const EVE_OF_NOUN = /^\s+([а-яё-]+(?:а|я|и|ы|ов|ев|ей|ий))(?![\p{L}])/u;
const NOT_EVE_OF = new Set(['глава', 'пресс-служба']);

export const RU_PART_RULES: Rule[] = [
  // "5 и 6 марта", "10 и 11 июня 2024 года"
  {
    re: new RegExp(
      String.raw`${NL}(\d{1,2})\s+и\s+(\d{1,2})\s+(${RU_MONTH_GEN})(?:\s+(\d{4})(?:\s*(?:года|г\.))?)?${NR}`,
      'giu',
    ),
    build: (m) => dayRange(+m[1], +m[2], ruMonthIndex(m[3]), m[4]),
  },
  // "в тот же день", "на следующий день", "спустя три дня": from the last date the text anchored
  {
    re: new RegExp(
      String.raw`${NL}(?:(?:в\s+)?(?:тот|этот)\s+же\s+день|(на\s+следующий|на\s+другой)\s+день|спустя\s+(\d+|${Object.keys(RU_NUM).join('|')})?\s*(день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев|год|года|лет))${NR}`,
      'giu',
    ),
    build: (m) => {
      if (m[1]) return fromAnchor(1);
      if (!m[3]) return fromAnchor(0);
      const n = m[2] ? (/^\d+$/.test(m[2]) ? Number(m[2]) : RU_NUM[m[2].toLowerCase()]) : 1;
      return n ? fromAnchor(n, RU_UNIT(m[3])) : null;
    },
  },
  // "в начале мая", "в конце мая 2024 года", "в первой половине 2024 года", "к концу прошлого года"
  {
    re: new RegExp(
      String.raw`${NL}(?:в|во|к|до)\s+(?:(начал[аеу]|середин[аеуы]|конц[аеу])|(первой|второй)\s+(половин[аеы])|(первом|втором|третьем|четв[её]ртом)\s+(квартал[аеу]))\s+(?:(${RU_MONTH_GEN})(?:\s+(\d{4})(?:\s*(?:года|г\.))?)?|(\d{4})\s*(?:года|г\.)|(прошлого|этого|текущего|нынешнего|минувшего|следующего|будущего)\s+(года|месяца)|(года|месяца))${NR}`,
      'giu',
    ),
    build: (m) => {
      const part = m[1] ? RU_PART(m[1]) : ordinalPart(m[2] ?? m[4], m[3] ?? m[5]);
      if (m[6]) return /^q/.test(part) ? null : ofMonth(ruMonthIndex(m[6]), m[7], part);
      const unit = /^месяц/i.test(m[10] ?? m[11] ?? '') ? 'month' : 'year';
      return ofPeriod(unit, m[8], offOf(m[9]), part);
    },
  },
  // "в 2024 году", "2023 года", "в 2022-2023 годах", "с 2015 года" (since); after a month name the
  // year belongs to that date (read, or rejected as impossible, by time.ts)
  {
    re: new RegExp(
      String.raw`${NL}(?<!(?:${RU_MONTH_GEN})\s+)(?:(с|со)\s+)?((?:1[89]|20)\d{2})(?:\s*[-–—]\s*((?:1[89]|20)\d{2}))?(?:-?(?:м|го|х))?\s*(?:году|года|годом|годах|годов|годы|гг?\.)${NR}`,
      'giu',
    ),
    build: (m) => (m[1] && !m[3] ? since(m[2]) : year(m[2], m[3])),
  },
  // "три дня назад", "неделю назад", "год назад"
  {
    re: new RegExp(
      String.raw`${NL}(?:(\d+|${Object.keys(RU_NUM).join('|')})\s+)?(день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев|год|года|лет)\s+назад${NR}`,
      'giu',
    ),
    build: (m) => {
      const n = m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : RU_NUM[m[1].toLowerCase()]) : 1;
      return n ? ago(n, RU_UNIT(m[2])) : null;
    },
  },
  // "позавчера", "послезавтра"
  {
    re: new RegExp(String.raw`${NL}(позавчера|послезавтра)${NR}`, 'giu'),
    build: (m) => fromPub(m[1].toLowerCase() === 'позавчера' ? -2 : 2),
  },
  // "накануне" alone is the day before publication; "накануне визита" is the eve of something else
  {
    re: new RegExp(String.raw`${NL}накануне${NR}`, 'giu'),
    build: (m) => {
      const next = EVE_OF_NOUN.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40));
      if (next && !NOT_EVE_OF.has(next[1].toLowerCase())) return null;
      return fromPub(-1);
    },
  },
  // "в минувшие выходные", "на выходных", "в эти выходные", "в следующие выходные"
  {
    re: new RegExp(
      String.raw`${NL}(?:в|на)\s+(?:(минувшие|прошлые|эти|ближайшие|следующие)\s+)?выходн(?:ые|ых)${NR}`,
      'giu',
    ),
    build: (m) => {
      const w = (m[1] ?? '').toLowerCase();
      return weekend(w === 'эти' ? 'this' : w === 'ближайшие' || w === 'следующие' ? 1 : w ? -1 : 0);
    },
  },
  // "на днях", "в последние дни", "в ближайшие недели"
  {
    re: new RegExp(
      String.raw`${NL}(?:на\s+днях|(?:в|за)\s+(последние|ближайшие)\s+(?:несколько\s+)?(дни|недели|месяцы))${NR}`,
      'giu',
    ),
    build: (m) => {
      const width = !m[2] || /^дни/i.test(m[2]) ? 7 : /^недел/i.test(m[2]) ? 31 : 183;
      return around(m[1]?.toLowerCase() === 'ближайшие' ? width : -width);
    },
  },
];
export const RU_PART_TRIGGER = new RegExp(
  String.raw`(?:начал|середин|конц|половин|квартал|году|года|годах|назад|позавчера|послезавтра|накануне|выходн|днях|последние|ближайшие|день|спустя|\d{1,2}\s+и\s+\d)`,
  'iu',
);

// ------------------------------------------------------------------ Turkish
const TR_PART = (w: string): Part => {
  const k = w.toLocaleLowerCase('tr');
  return k.startsWith('baş')
    ? 'early'
    : k.startsWith('orta')
      ? 'mid'
      : k.startsWith('ilk')
        ? 'h1'
        : k.startsWith('ikinci')
          ? 'h2'
          : 'late';
};
const TR_NUM: Record<string, number> = {
  bir: 1,
  iki: 2,
  üç: 3,
  dört: 4,
  beş: 5,
  altı: 6,
  yedi: 7,
  sekiz: 8,
  dokuz: 9,
  on: 10,
  birkaç: 3,
};
const TR_UNIT = (w: string): Unit => {
  const k = w.toLocaleLowerCase('tr');
  return k === 'gün' ? 'day' : k === 'hafta' ? 'week' : k === 'ay' ? 'month' : 'year';
};

export const TR_PART_RULES: Rule[] = [
  // "12-13 Eylül", "5-6 Mart 2024 tarihlerinde", "5 ve 6 Mart'ta"
  {
    re: new RegExp(
      String.raw`${NL}(\d{1,2})\s*(?:[-–]|\s+ve\s+)\s*(\d{1,2})\s+(${TR_MONTH_ALT})(?:['’]?[\p{Ll}]{0,5})?(?:\s+(\d{4}))?${NR}`,
      'giu',
    ),
    build: (m) => dayRange(+m[1], +m[2], trMonthIndex(m[3]), m[4]),
  },
  // "aynı gün", "ertesi gün", "üç gün sonra": from the last date the text anchored
  {
    re: new RegExp(
      String.raw`${NL}(?:(aynı)\s+gün|ertesi\s+gün|(\d+|${Object.keys(TR_NUM).join('|')}|İki)\s+(gün|hafta|ay|yıl)\s+sonra)${NR}`,
      'giu',
    ),
    build: (m) => {
      if (m[1]) return fromAnchor(0);
      if (!m[2]) return fromAnchor(1);
      const n = /^\d+$/.test(m[2]) ? Number(m[2]) : TR_NUM[m[2].toLocaleLowerCase('tr')];
      return n ? fromAnchor(n, TR_UNIT(m[3])) : null;
    },
  },
  // "Mayıs sonunda", "Mayıs ayının başında", "2024 yılının ilk yarısında", "geçen yılın sonunda", "ayın ortasında"
  {
    re: new RegExp(
      String.raw`${NL}(?:(${TR_MONTH_ALT})(?:\s+(\d{4}))?(?:\s+ayının)?|(\d{4})\s+yılının|(?:(geçen|geçtiğimiz|bu|gelecek|önümüzdeki)\s+)?(yılın|ayın|ay))\s+(başında|ortasında|sonunda|[iİ]lk\s+yarısında|[iİ]kinci\s+yarısında)${NR}`,
      'giu',
    ),
    build: (m) => {
      const part = TR_PART(m[6]);
      if (m[1]) return ofMonth(trMonthIndex(m[1]), m[2], part);
      const unit = m[5] && m[5].toLocaleLowerCase('tr').startsWith('ay') ? 'month' : 'year';
      return ofPeriod(unit, m[3], offOf(m[4]), part);
    },
  },
  // "2024 yılında", "2024'te", "2022-2023 yıllarında"; "2015'ten bu yana", "2015 yılından beri" (since)
  {
    re: new RegExp(
      String.raw`${NL}((?:1[89]|20)\d{2})(?:\s*[-–]\s*((?:1[89]|20)\d{2}))?(?:\s+yıl(?:ı|ları)(?:nda)?|['’](?:te|ta|de|da))${NR}|${NL}((?:1[89]|20)\d{2})(?:\s+yılından|['’](?:ten|tan|den|dan))\s+(?:bu\s+yana|beri|itibaren)${NR}`,
      'giu',
    ),
    build: (m) => (m[3] ? since(m[3]) : year(m[1], m[2])),
  },
  // "üç gün önce", "iki hafta önce", "bir yıl önce"
  {
    re: new RegExp(
      String.raw`${NL}(\d+|${Object.keys(TR_NUM).join('|')}|İki)\s+(gün|hafta|ay|yıl|sene)\s+önce${NR}`,
      'giu',
    ),
    build: (m) => {
      const n = /^\d+$/.test(m[1]) ? Number(m[1]) : TR_NUM[m[1].toLocaleLowerCase('tr')];
      return n ? ago(n, TR_UNIT(m[2])) : null;
    },
  },
  // "önceki gün", "evvelki gün": the day before yesterday
  {
    re: new RegExp(String.raw`${NL}(?:önceki|evvelki)\s+gün${NR}`, 'giu'),
    build: () => fromPub(-2),
  },
  // "geçen hafta sonu", "hafta sonunda", "bu hafta sonu" (not "her hafta sonu", every weekend)
  {
    re: new RegExp(
      String.raw`${NL}(?<!her\s)(?:(geçen|geçtiğimiz|bu|gelecek|önümüzdeki)\s+)?hafta\s?sonu(?:nda)?${NR}`,
      'giu',
    ),
    build: (m) => {
      const w = (m[1] ?? '').toLocaleLowerCase('tr');
      return weekend(w === 'bu' ? 'this' : w === 'gelecek' || w === 'önümüzdeki' ? 1 : w ? -1 : 0);
    },
  },
  // "geçtiğimiz günlerde", "son günlerde", "önümüzdeki haftalarda"
  {
    re: new RegExp(String.raw`${NL}(geçtiğimiz|son|önümüzdeki)\s+(günlerde|haftalarda|aylarda)${NR}`, 'giu'),
    build: (m) => {
      const u = m[2].toLocaleLowerCase('tr');
      const width = u === 'günlerde' ? 7 : u === 'haftalarda' ? 31 : 183;
      return around(m[1].toLocaleLowerCase('tr') === 'önümüzdeki' ? width : -width);
    },
  },
];
export const TR_PART_TRIGGER = new RegExp(
  String.raw`(?:başında|ortasında|sonunda|yarısında|yıl|\d{4}['’]|önce|önceki|evvelki|hafta|günlerde|haftalarda|aylarda|akşamı|sabahı|gecesi|gün|sonra|\d{1,2}\s*[-–]\s*\d{1,2}\s)`,
  'iu',
);
