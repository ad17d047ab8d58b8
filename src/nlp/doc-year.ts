/**
 * The year an undated article was written in, from what its own text says.
 *
 * Many pages reach Orbit without a publication date (plain-text exports, pages whose date sits in
 * a script). Their "On September 2" then has no year, so the event it dates has none either. A
 * careful reader still knows the year from the text: "the 80th anniversary of the Victory" is
 * 2025, "Tuesday, September 2" is a year whose 2 September is a Tuesday. Each clue gives a set of
 * possible years; the article's year is the one year every clue allows.
 *
 * - An anniversary: "the Nth anniversary of X" ("N-летие X", "X'in N. yıl dönümü") where X is a
 *   historic event of lexicon/dated-events.ts gives X's year + N, for each year X can mean.
 * - A weekday beside a day and month ("Tuesday, September 2", "во вторник, 2 сентября",
 *   "2 Eylül Salı") gives every year in which that day falls on that weekday.
 * - Years the text mentions bound the article from below (a news text rarely dates itself before
 *   the last year it names); "by 2030" and "until 2030" are targets, not history, and are left out.
 *
 * Candidates are kept within PLAUSIBLE (the era of online news). A weekday alone allows about six
 * such years: it is used only with a lower bound, and then the earliest year at or after it wins.
 * Never throws; no clue, or clues that disagree, give null.
 */
import { DATED_EVENTS } from './lexicon/dated-events.js';
import { EN_MONTH_ABBR, EN_WEEKDAYS, TR_WEEKDAYS, ruMonthIndex, trMonthIndex } from './lexicon/months.js';

export type DocumentYear = {
  year: number;
  /** the character span of the clue that fixed the year (the first one when several agree) */
  start: number;
  end: number;
  clue: 'anniversary' | 'weekday';
};

const PLAUSIBLE = { min: 1990, max: 2040 };
/** Enough clues to decide; a long report stops being read for more. */
const MAX_CLUES = 32;

type Clue = { years: Set<number>; start: number; end: number; clue: DocumentYear['clue'] };

const EN_ANNIVERSARY = /\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(.{1,90})/giu;
const RU_ANNIVERSARY =
  /(?<!\d)(\d{1,3})\s*[-‑–]?\s*(?:летие|летия|летию|летием|летии|(?:й|я|ю|ой|ую)?\s*годовщин[аыуе])\s+(.{1,90})/giu;
const TR_ANNIVERSARY = /(?<!\d)(\d{1,3})\.\s*(?:yıl\s*dönüm|yıldönüm|yılı(?!\p{L}))/giu;

const RU_WEEKDAYS = ['воскресень', 'понедельник', 'вторник', 'сред', 'четверг', 'пятниц', 'суббот'];
const EN_MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const EN_WEEKDAY_DATE = new RegExp(
  String.raw`\b(${EN_WEEKDAYS.join('|')}),?\s+(?:(${EN_MONTHS})\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${EN_MONTHS}))\b(?!,?\s+\d{4})`,
  'giu',
);
const RU_WEEKDAY_DATE =
  /(?:^|[^\p{L}])(понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье),?\s+(\d{1,2})\s+(\p{L}+)(?!\s+\d{4})/giu;
const TR_WEEKDAY_DATE =
  /(?<!\d)(\d{1,2})\s+(\p{L}+)\s+(pazartesi|salı|çarşamba|perşembe|cumartesi|cuma|pazar)(?!\p{L})/giu;

/** Four-digit years in the plausible era that are not targets ("by 2030", "2030'a kadar"). */
const YEAR = /(?<![\d.,])((?:19|20)\d{2})(?![\d.,]\d)/gu;
const TARGET_BEFORE = /(?:\b(?:by|until|till|through|to|before)|\bдо|\bк)\s+(?:the\s+end\s+of\s+)?$/iu;
const TARGET_AFTER = /^(?:['’]?\p{L}{0,3})?\s*(?:yılına\s+)?kadar/iu;

/** The weekday of a calendar date (0 = Sunday). */
const weekdayOf = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
const validDay = (y: number, m: number, d: number): boolean =>
  new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d && d >= 1 && m >= 1 && m <= 12;

function anniversaryYears(n: number, target: string): Set<number> {
  const years = new Set<number>();
  if (!(n >= 1 && n <= 300)) return years;
  for (const ev of DATED_EVENTS) {
    if (!ev.names.test(target) || (ev.needs && !ev.needs.test(target))) continue;
    for (const y of ev.years) if (y + n >= PLAUSIBLE.min && y + n <= PLAUSIBLE.max) years.add(y + n);
  }
  return years;
}

/** The target of an anniversary ends at the sentence's end. */
const clause = (s: string): string => s.split(/[.!?;\n]/u)[0];

function anniversaryClues(text: string): Clue[] {
  const out: Clue[] = [];
  for (const re of [EN_ANNIVERSARY, RU_ANNIVERSARY]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && out.length < MAX_CLUES; m = re.exec(text)) {
      const years = anniversaryYears(Number(m[1]), clause(m[2]));
      if (years.size > 0)
        out.push({ years, start: m.index, end: m.index + m[0].length, clue: 'anniversary' });
      re.lastIndex = m.index + m[1].length + 1;
    }
  }
  TR_ANNIVERSARY.lastIndex = 0;
  for (let m = TR_ANNIVERSARY.exec(text); m && out.length < MAX_CLUES; m = TR_ANNIVERSARY.exec(text)) {
    // Turkish names the event first: "Cumhuriyetin 100. yıl dönümü"
    const before =
      text
        .slice(Math.max(0, m.index - 90), m.index)
        .split(/[.!?;\n]/u)
        .pop() ?? '';
    const years = anniversaryYears(Number(m[1]), before);
    if (years.size > 0)
      out.push({ years, start: m.index - before.length, end: m.index + m[0].length, clue: 'anniversary' });
  }
  return out;
}

function weekdayYears(wd: number, m: number, d: number): Set<number> {
  const years = new Set<number>();
  if (wd < 0 || !m) return years;
  for (let y = PLAUSIBLE.min; y <= PLAUSIBLE.max; y++)
    if (validDay(y, m, d) && weekdayOf(y, m, d) === wd) years.add(y);
  return years;
}

function weekdayClues(text: string): Clue[] {
  const out: Clue[] = [];
  const push = (years: Set<number>, m: RegExpExecArray) => {
    if (years.size > 0) out.push({ years, start: m.index, end: m.index + m[0].length, clue: 'weekday' });
  };
  EN_WEEKDAY_DATE.lastIndex = 0;
  for (let m = EN_WEEKDAY_DATE.exec(text); m && out.length < MAX_CLUES; m = EN_WEEKDAY_DATE.exec(text)) {
    const month = EN_MONTH_ABBR.indexOf((m[2] ?? m[5]).toLowerCase().slice(0, 3)) + 1;
    push(weekdayYears(EN_WEEKDAYS.indexOf(m[1].toLowerCase()), month, Number(m[3] ?? m[4])), m);
  }
  RU_WEEKDAY_DATE.lastIndex = 0;
  for (let m = RU_WEEKDAY_DATE.exec(text); m && out.length < MAX_CLUES; m = RU_WEEKDAY_DATE.exec(text)) {
    const w = m[1].toLowerCase();
    const wd = RU_WEEKDAYS.findIndex((p) => w.startsWith(p));
    push(weekdayYears(wd, ruMonthIndex(m[3]), Number(m[2])), m);
  }
  TR_WEEKDAY_DATE.lastIndex = 0;
  for (let m = TR_WEEKDAY_DATE.exec(text); m && out.length < MAX_CLUES; m = TR_WEEKDAY_DATE.exec(text)) {
    push(
      weekdayYears(TR_WEEKDAYS.indexOf(m[3].toLocaleLowerCase('tr')), trMonthIndex(m[2]), Number(m[1])),
      m,
    );
  }
  return out;
}

/** The last year the text names as history (or null): the article is not older than it. */
function lowerBound(text: string): number | null {
  let best: number | null = null;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const y = Number(m[1]);
    if (y < PLAUSIBLE.min || y > PLAUSIBLE.max) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + 4, m.index + 24);
    if (TARGET_BEFORE.test(before) || TARGET_AFTER.test(after)) continue;
    if (best === null || y > best) best = y;
  }
  return best;
}

/** The article's year from its text, or null when no clue fixes one (see the module comment). */
export function documentYear(text: string): DocumentYear | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  try {
    const anniversaries = anniversaryClues(text);
    const weekdays = weekdayClues(text);
    const clues = [...anniversaries, ...weekdays];
    if (clues.length === 0) return null;
    let years = [...clues[0].years];
    for (const c of clues.slice(1)) years = years.filter((y) => c.years.has(y));
    years.sort((a, b) => a - b);
    const floor = lowerBound(text);
    const after = floor === null ? [] : years.filter((y) => y >= floor);
    const first = clues[0];
    const found = (year: number): DocumentYear => ({
      year,
      start: first.start,
      end: first.end,
      clue: first.clue,
    });
    if (anniversaries.length > 0) {
      // an anniversary fixes the year; the floor only chooses between readings of its name
      if (years.length === 1) return found(years[0]);
      return after.length === 1 ? found(after[0]) : null;
    }
    // a weekday alone allows a year every five to six: the earliest one the floor allows
    return after.length > 0 ? found(after[0]) : null;
  } catch {
    return null;
  }
}
