/**
 * Numeric amounts: money, percentages and counted things ("190 citizens").
 *
 * One precompiled regex finds number cores (digits with western or Indian grouping, decimals,
 * or a number word before a scale word: "a million"); the unit is read from the characters
 * around the match: a currency sign or code before, a scale word and a currency word, "%" or a
 * counted noun after. Numbers that are parts of dates, times, years or ordinals are skipped,
 * because the time extractor owns them.
 */
import type { Amount } from '../model/index.js';

/** Currency words and signs -> ISO 4217. Keys are lowercase. */
const CURRENCY_WORDS: Record<string, string> = {
  tenge: 'KZT',
  тенге: 'KZT',
  kzt: 'KZT',
  som: 'KGS',
  soms: 'KGS',
  kgs: 'KGS',
  сом: 'KGS',
  сомов: 'KGS',
  сома: 'KGS',
  somoni: 'TJS',
  tjs: 'TJS',
  сомони: 'TJS',
  sum: 'UZS',
  sums: 'UZS',
  soum: 'UZS',
  soums: 'UZS',
  uzs: 'UZS',
  сумов: 'UZS',
  сум: 'UZS',
  manat: 'AZN',
  manats: 'AZN',
  azn: 'AZN',
  манат: 'AZN',
  манатов: 'AZN',
  tmt: 'TMT',
  dram: 'AMD',
  drams: 'AMD',
  amd: 'AMD',
  драм: 'AMD',
  драмов: 'AMD',
  lari: 'GEL',
  gel: 'GEL',
  лари: 'GEL',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  rub: 'RUB',
  рубль: 'RUB',
  рублей: 'RUB',
  рубля: 'RUB',
  руб: 'RUB',
  lira: 'TRY',
  liras: 'TRY',
  lire: 'TRY',
  try: 'TRY',
  лир: 'TRY',
  лиры: 'TRY',
  yuan: 'CNY',
  renminbi: 'CNY',
  cny: 'CNY',
  юаней: 'CNY',
  юаня: 'CNY',
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  долларов: 'USD',
  доллара: 'USD',
  доллар: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  евро: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  gbp: 'GBP',
  sterling: 'GBP',
  фунтов: 'GBP',
  rupee: 'INR',
  rupees: 'INR',
  inr: 'INR',
  рупий: 'INR',
  yen: 'JPY',
  jpy: 'JPY',
  иен: 'JPY',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  uah: 'UAH',
  гривен: 'UAH',
  rial: 'IRR',
  rials: 'IRR',
  irr: 'IRR',
  // Turkish (with the suffixes numbers take: "10 milyar dolara", "1,5 milyar dolarlık")
  dolar: 'USD',
  dolara: 'USD',
  doları: 'USD',
  dolarlık: 'USD',
  dolarla: 'USD',
  doların: 'USD',
  avro: 'EUR',
  avroya: 'EUR',
  avroluk: 'EUR',
  rubleye: 'RUB',
  rublelik: 'RUB',
  tengelik: 'KZT',
  sterlin: 'GBP',
  yuanlık: 'CNY',
  manatlık: 'AZN',
  liralık: 'TRY',
  // Russian case forms not listed above
  рублях: 'RUB',
  долларах: 'USD',
  доллару: 'USD',
  юань: 'CNY',
};
/** Currency words that are ambiguous as plain English ("sum", "try", "som") count only as codes/after numbers. */
const AMBIGUOUS_CURRENCY = new Set(['sum', 'sums', 'try', 'som', 'lira', 'gel', 'pound', 'pounds', 'dram']);

const SIGNS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  'U.S.$': 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'CNY',
  '₽': 'RUB',
  '₸': 'KZT',
  '₺': 'TRY',
  '₹': 'INR',
  '₼': 'AZN',
  '֏': 'AMD',
  '₾': 'GEL',
  '₴': 'UAH',
};

const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  thousands: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  b: 1e9,
  bln: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  tn: 1e12,
  trn: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  тыс: 1e3,
  тысяч: 1e3,
  тысячи: 1e3,
  тысяча: 1e3,
  млн: 1e6,
  миллион: 1e6,
  миллиона: 1e6,
  миллионов: 1e6,
  млрд: 1e9,
  миллиард: 1e9,
  миллиарда: 1e9,
  миллиардов: 1e9,
  трлн: 1e12,
  триллион: 1e12,
  триллиона: 1e12,
  триллионов: 1e12,
  bin: 1e3,
  milyon: 1e6,
  milyar: 1e9,
  trilyon: 1e12,
};

const NUMBER_WORDS: Record<string, number> = {
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
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  half: 0.5,
  several: 3,
  a_few: 3,
};

/** Words that cannot be the counted noun after a number. */
const NOT_UNIT = new Set([
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'the',
  'a',
  'an',
  'per',
  'than',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'may',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'this',
  'these',
  'those',
  'it',
  'its',
  'as',
  'if',
  'but',
  'so',
  'more',
  'less',
  'most',
  'ten',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'into',
  'out',
  'over',
  'under',
  'up',
  'down',
  'about',
  'after',
  'before',
  'since',
  'until',
  'till',
  'и',
  'в',
  'на',
  'с',
  'по',
  'из',
  'от',
  'до',
  'за',
  'для',
  'что',
  'как',
  've',
  'ile',
  'bir',
  'bu',
  'için',
  'da',
  'de',
  'yılda',
  'yıl',
]);
const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)$/i;
const TIME_UNITS =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|am|pm|a\.m|p\.m|bc|ad|st|nd|rd|th|лет|года?|месяц(?:а|ев)?|дн(?:я|ей)|день|час(?:а|ов)?)$/i;
/** Adjective-like words skipped before the counted noun ("25 foreign taxpayers"). */
const ADJ_SUFFIX = /(?:ign|al|an|ian|ic|ive|ous|ful|less|ish|ese|ern|ary|ed|ing|ile|ent|ant)$/i;

// number core: grouped digits (1,234,567 / 4,70,000 / 1 234 567 with NBSP or thin space), decimals
// (1.5 or Russian 1,5 before a scale word), or a number word that must be followed by a scale word
const NUM = String.raw`(?:\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d{1,3}(?:[\u00A0\u202F\u2009]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)`;
const WORDNUM = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|a\s+few|half\s+a)`;
const SIGN = String.raw`(?:US\$|U\.S\.\s?\$|[$€£¥₽₸₺₹₼֏₾₴])`;
const CODE = String.raw`(?:USD|EUR|GBP|RUB|KZT|KGS|TJS|UZS|AZN|TMT|AMD|GEL|TRY|CNY|INR|JPY|UAH)`;
const SCALE = String.raw`(?:hundred|thousands?|millions?|billions?|trillions?|lakhs?|crores?|mln|bln|trn|mn|bn|tn|k|m|b|тыс\.?|тысяч[иа]?|млн\.?|млрд\.?|трлн\.?|миллиард(?:а|ов)?|миллион(?:а|ов)?|триллион(?:а|ов)?|milyar|milyon|trilyon|bin)`;

const AMOUNT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,\-/:])(?:(?<sign>${SIGN})\s?|(?<code>${CODE})\s)?(?:(?<num>${NUM})|(?<word>${WORDNUM})(?=\s+${SCALE}\b))(?:\s?(?<scale>${SCALE})(?![\p{L}]))?(?<pct>\s?(?:%|percent\b|per\s+cent\b|процент(?:а|ов)?))?`,
  'giu',
);
const AFTER_WORDS = /^\s+([\p{L}][\p{L}'’-]*)(?:\s+([\p{L}][\p{L}'’-]*))?(?:\s+([\p{L}][\p{L}'’-]*))?/u;

/** Extract amounts from text. Never throws; bad input gives []. */
export function extractAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  AMOUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT_RE.exec(text)) !== null) {
    const g = m.groups ?? {};
    if (m[0].length === 0) {
      AMOUNT_RE.lastIndex++;
      continue;
    }
    const start = m.index;
    let end = start + m[0].length;
    let value: number | null;
    if (g.num !== undefined) {
      value = parseNumber(g.num, g.scale !== undefined);
      if (value === null) continue;
    } else {
      const w = g.word.toLowerCase().replace(/\s+/g, '_');
      value = w === 'half_a' ? 0.5 : (NUMBER_WORDS[w] ?? null);
      if (value === null) continue;
    }
    let scale = 1;
    if (g.scale !== undefined) {
      const sk = g.scale.toLowerCase().replace(/\.$/, '');
      // single-letter scales (m, b, k) only right after a currency sign: "$5m", "€2bn"
      if (sk.length === 1 && !g.sign && !g.code) {
        end = start + m[0].length - g.scale.length - (g.pct?.length ?? 0);
        end = trimEndWs(text, start, end);
      } else scale = SCALES[sk] ?? 1;
    }
    let unit: string | null = null;
    if (g.sign) unit = SIGNS[g.sign.replace(/\s/g, '')] ?? 'USD';
    else if (g.code) unit = g.code.toUpperCase();
    if (g.pct) unit = '%';
    const numText = g.num ?? '';
    if (!unit && scale === 1 && numText && isDateOrTimePart(text, start, end, numText)) continue;
    if (!unit) {
      const after = AFTER_WORDS.exec(text.slice(end, end + 80));
      if (after) {
        const w1 = after[1];
        const cur = currencyOf(w1, after[2]);
        if (cur) {
          unit = cur.code;
          end =
            end +
            after[0].indexOf(w1) +
            w1.length +
            (cur.extra
              ? after[0].slice(after[0].indexOf(w1) + w1.length).indexOf(cur.extra) + cur.extra.length
              : 0);
        } else if (value !== null) {
          const noun = countedNoun(after);
          if (noun) {
            unit = noun.word.toLowerCase();
            end = end + noun.offset + noun.word.length;
          }
        }
      }
    }
    // a bare word number without scale is not an amount ("one of them")
    if (g.word !== undefined && g.scale === undefined) continue;
    out.push({ start, end, text: text.slice(start, end), value: round(value * scale), unit });
  }
  return out;
}

function trimEndWs(text: string, s: number, e: number): number {
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Parse digits with western (1,234,567) or Indian (4,70,000) grouping; null when malformed. */
function parseNumber(s: string, hasScale: boolean): number | null {
  const t = s.replace(/[\u00A0\u202F\u2009]/g, '');
  if (t.includes(',')) {
    const [intPart, frac] = t.split('.');
    const groups = intPart.split(',');
    if (groups.length === 2 && !frac && groups[1].length !== 3) {
      // "1,5 млрд": a decimal comma (continental style) before a scale word, else not a number
      return hasScale ? Number(`${groups[0]}.${groups[1]}`) : null;
    }
    const last = groups[groups.length - 1];
    if (last.length !== 3) return null;
    const middle = groups.slice(1, -1);
    const western = middle.every((x) => x.length === 3);
    const indian = middle.every((x) => x.length === 2);
    if (!western && !indian) return null;
    return Number(groups.join('') + (frac ? `.${frac}` : ''));
  }
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function currencyOf(w1: string, w2: string | undefined): { code: string; extra?: string } | null {
  const k = w1.toLowerCase();
  if ((k === 'us' || k === 'u.s.') && w2 && /^dollars?$/i.test(w2)) return { code: 'USD', extra: w2 };
  const code = CURRENCY_WORDS[k];
  if (!code) return null;
  // "sum"/"try" etc. only when written in lowercase right after a number (always the case here)
  if (AMBIGUOUS_CURRENCY.has(k) && w1 !== k) return null;
  return { code };
}

function countedNoun(after: RegExpExecArray): { word: string; offset: number } | null {
  const words = [after[1], after[2], after[3]];
  let offset = 0;
  const full = after[0];
  for (let i = 0; i < 2; i++) {
    const w = words[i];
    if (!w) return null;
    offset = full.indexOf(w, offset);
    const lw = w.toLowerCase();
    if (NOT_UNIT.has(lw) || MONTHS.test(lw) || TIME_UNITS.test(lw)) return null;
    if (/^\p{Lu}/u.test(w)) return null; // "2015 Turkey", "190 Kyrgyz ..." proper names are not units
    const nextW = words[i + 1];
    // skip one adjective-like word when a plausible noun follows ("25 foreign taxpayers")
    if (
      i === 0 &&
      nextW &&
      ADJ_SUFFIX.test(lw) &&
      !NOT_UNIT.has(nextW.toLowerCase()) &&
      /^\p{Ll}/u.test(nextW)
    ) {
      offset += w.length;
      continue;
    }
    return { word: w, offset };
  }
  return null;
}

const MONTH_BEFORE =
  /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$/i;
const YEAR_PREP =
  /(?:\b(?:the|in|since|by|from|until|till|to|of|before|after|during|year|early|late|mid|spring|summer|autumn|fall|winter|в|с|до|по)\s+|[-–—]\s*)$/i;

/** Numbers that belong to dates, times, years, ordinals and ranges like 4-5 are not amounts. */
function isDateOrTimePart(text: string, start: number, end: number, num: string): boolean {
  const next = text.slice(end, end + 12);
  if (/^(?:st|nd|rd|th)\b/i.test(next)) return true;
  if (/^[-–/:.]\d/.test(next)) return true; // 10-01-2022, 14:58, 4-5
  if (
    /^\s*(?:[-–]\s*\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)/i.test(
      next,
    )
  )
    return true;
  const before = text.slice(Math.max(0, start - 12), start);
  if (MONTH_BEFORE.test(before)) return true;
  if (/\d[-–/:.]$/.test(before)) return true;
  if (/^\d{4}$/.test(num)) {
    const y = Number(num);
    if (y >= 1800 && y <= 2100 && (YEAR_PREP.test(before) || !/^\s+\p{Ll}/u.test(next))) return true;
  }
  return false;
}
