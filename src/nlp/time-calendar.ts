/**
 * Calendar arithmetic and the shared shape of time-expression rules (time.ts and the rule sets
 * beside it). Days are counted from 1970-01-01 in UTC: no time zones are involved.
 */
import type { TimeExpression } from '../model/index.js';

export type Day = number; // days since 1970-01-01 (UTC calendar arithmetic, no time zones involved)
export type Value = TimeExpression['value'];
export type Kind = TimeExpression['kind'];

export type Candidate = {
  start: number;
  end: number;
  kind: Kind;
  vague: boolean;
  /** computes the value given the publication day and the last anchored day before it (and the
   *  last month stated with its year after that day, for "a month later") */
  resolve: (pub: Day | null, anchor: Day | null, month?: [number, number] | null) => Value;
  /** the publication day serves only to pick the year of a date written without one: with no
   *  publication date, the last date stated with its year earlier in the text picks it instead */
  yearOnly?: boolean;
  /** whether the resolved start may serve as an anchor for later relative expressions */
  anchors: boolean;
};

export const NULL_VALUE: Value = { start: null, end: null };

// ------------------------------------------------------------------ calendar helpers
export const dayOf = (y: number, m: number, d: number): Day => Math.floor(Date.UTC(y, m - 1, d) / 86400000);
export const ymdOf = (day: Day): [number, number, number] => {
  const dt = new Date(day * 86400000);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
};
export const pad = (n: number): string => String(n).padStart(2, '0');
export const iso = (day: Day): string => {
  const [y, m, d] = ymdOf(day);
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
};
export const isoMonth = (y: number, m: number): string => `${y}-${pad(m)}`;
export const weekdayOf = (day: Day): number => (((day + 4) % 7) + 7) % 7; // 0 = Sunday (1970-01-01 was a Thursday)
export const validYmd = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 && ymdOf(dayOf(y, m, d))[2] === d;
export const addMonths = (day: Day, n: number): Day => {
  const [y, m, d] = ymdOf(day);
  const t = y * 12 + (m - 1) + n;
  const ny = Math.floor(t / 12),
    nm = (t % 12) + 1;
  const last = ymdOf(dayOf(ny, nm + 1, 1) - 1)[2];
  return dayOf(ny, nm, Math.min(d, last));
};

/** Year for a month/day stated without one (see the module comment). */
export function inferYear(pub: Day, m: number, d: number): number {
  const py = ymdOf(pub)[0];
  const cand = dayOf(py, m, d);
  if (cand - pub > 65) return py - 1;
  if (pub - cand > 300) return py + 1;
  return py;
}

// Each rule: a global regex over a sentence and a builder from the match to a candidate.
export type Rule = { re: RegExp; build: (m: RegExpExecArray) => Omit<Candidate, 'start' | 'end'> | null };

export const shift = (day: Day, n: number, unit: string): Day => {
  switch (unit.toLowerCase()) {
    case 'day':
      return day + n;
    case 'week':
      return day + 7 * n;
    case 'month':
      return addMonths(day, n);
    case 'year':
      return addMonths(day, 12 * n);
    case 'decade':
      return addMonths(day, 120 * n);
    default:
      return day;
  }
};
export const one = (d: Day | null): Value => (d === null ? NULL_VALUE : { start: iso(d), end: iso(d) });
export const span = (a: Day | null, b: Day | null): Value => ({
  start: a === null ? null : iso(a),
  end: b === null ? null : iso(b),
});

export const NL = String.raw`(?<![\p{L}\p{N}])`; // word start for non-ASCII words (\b is ASCII-only)
export const NR = String.raw`(?![\p{L}])`;

/** The calendar week (Monday–Sunday), month or year `off` periods away from day `pub`. */
export function calendarPeriod(
  pub: number,
  unit: string,
  off: number,
): { start: string | null; end: string | null } {
  if (unit === 'week') {
    const monday = pub - ((weekdayOf(pub) + 6) % 7) + 7 * off;
    return span(monday, monday + 6);
  }
  const [y, mo] = ymdOf(pub);
  if (unit === 'month') {
    const t = y * 12 + (mo - 1) + off;
    const v = isoMonth(Math.floor(t / 12), (t % 12) + 1);
    return { start: v, end: v };
  }
  return { start: String(y + off), end: String(y + off) };
}
