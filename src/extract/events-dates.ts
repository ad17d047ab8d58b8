/**
 * A planned event's date lies ahead of publication. The time reader resolves a date written
 * without its year, and a bare weekday, as news of the past (the latest such day by publication,
 * src/nlp/time.ts); for an intended event ("will open in June" in an August article, "will visit
 * Moscow on Thursday" in a Monday article) that reading is a year or a week too early.
 */
import type { EventMode, TimeExpression } from '../model/index.js';
import { EN_WEEKDAYS, RU_WEEKDAYS, TR_WEEKDAYS } from '../nlp/lexicon/months.js';

type Dated = { start: string | null; end: string | null };

/** Days a planned event's stated date may lie before publication and still be read as written. */
const GRACE_DAYS = 14;
const DAY_MS = 86_400_000;
const WEEKDAY = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...EN_WEEKDAYS, ...TR_WEEKDAYS, ...RU_WEEKDAYS].join('|')})(?![\p{L}])`,
  'iu',
);
/** "last Monday", "в минувший четверг", "geçen cuma": a weekday said to be past stays past. */
const PAST_WORD = /(?<![\p{L}])(?:last|past|previous|минувш\p{L}*|прошл\p{L}*|geçen|geçtiğimiz)(?![\p{L}])/iu;

const addDays = (iso: string, n: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** "2025-06" / "2025-06-10" / "2025" one year later (29 February becomes the 28th). */
const nextYear = (v: string | null): string | null => {
  const m = v ? /^(\d{4})(.*)$/.exec(v) : null;
  if (!m) return v;
  const rest = m[2] === '-02-29' ? '-02-28' : m[2];
  return `${Number(m[1]) + 1}${rest}`;
};

/** The last day a date value can mean ("2025-06" → "2025-06-31", for comparison only). */
const lastKey = (v: string): string => (v.length === 7 ? `${v}-31` : v.length === 4 ? `${v}-12-31` : v);

/**
 * `date`, read by `time` for an event of mode `mode`, moved ahead when the event is planned and the
 * expression gave no year: a week for a bare weekday before publication, a year for a day, month or
 * season more than two weeks before it.
 */
export function plannedAhead<D extends Dated>(
  date: D,
  time: TimeExpression,
  mode: EventMode,
  pubDay: string | null,
): D {
  if (mode !== 'intended' || !pubDay || !date.start || /\d{4}/.test(time.text)) return date;
  const end = date.end ?? date.start;
  if (time.kind === 'relative') {
    if (!WEEKDAY.test(time.text) || PAST_WORD.test(time.text) || !/^\d{4}-\d{2}-\d{2}$/.test(end))
      return date;
    if (end >= pubDay) return date;
    return { ...date, start: addDays(date.start, 7), end: addDays(end, 7) };
  }
  if (time.kind !== 'date' && time.kind !== 'range') return date;
  if (lastKey(end) >= addDays(pubDay, -GRACE_DAYS)) return date;
  return { ...date, start: nextYear(date.start), end: nextYear(date.end) };
}

/** Days a past deed's yearless date may lie after publication and still be read as written. */
const GRACE_AFTER_DAYS = 7;

/** an English verb in the past tense: "met", "visited", "signed", "held" */
const EN_PAST_VERB =
  /^(?:[a-z]+ed|met|held|took|made|spoke|sent|left|went|came|flew|paid|began|struck|shot|fought|quit|withdrew|sought|brought|gave|won|lost|broke|cut|hit|led|told|said)$/i;

/**
 * A deed reported in the past tense ("met in Astana in July" in a June article) lies before
 * publication. The time reader keeps a yearless month or day up to two months ahead in the
 * publication year (announced events); for an asserted past-tense event that reading is a year too
 * late, so it moves a year back.
 */
export function assertedBehind<D extends Dated>(
  date: D,
  time: TimeExpression,
  mode: EventMode,
  pubDay: string | null,
  verb: string,
): D {
  if (mode !== 'asserted' || !pubDay || !date.start || /\d{4}/.test(time.text)) return date;
  if ((time.kind !== 'date' && time.kind !== 'range') || !EN_PAST_VERB.test(verb)) return date;
  // a month that starts after publication, or a day a week after it, cannot hold a deed already
  // done (a few days' grace: a publication date may lag the copy)
  if (date.start.length < 7) return date;
  const limit = date.start.length === 7 ? pubDay.slice(0, 7) : addDays(pubDay, GRACE_AFTER_DAYS);
  if (date.start <= limit) return date;
  return { ...date, start: lastYear(date.start), end: lastYear(date.end) };
}

/** "2026-07" / "2026-07-10" one year earlier (29 February becomes the 28th). */
const lastYear = (v: string | null): string | null => {
  const m = v ? /^(\d{4})(.*)$/.exec(v) : null;
  if (!m) return v;
  const rest = m[2] === '-02-29' ? '-02-28' : m[2];
  return `${Number(m[1]) - 1}${rest}`;
};
