/**
 * Calendar arithmetic for the time axes (timeline, alignment chart): ISO dates of any precision
 * to instants and back, and tick marks on calendar boundaries (days, months, years) chosen for
 * the visible span. All in UTC: the dates are calendar days, not moments.
 */

const DAY = 86_400_000;

/** Months since 0000-01 for "YYYY-MM" (or a longer ISO date); null when it is not one. */
export function monthIndex(period: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})/.exec(period ?? '');
  if (!m) return null;
  const mo = Number(m[2]);
  return mo >= 1 && mo <= 12 ? Number(m[1]) * 12 + mo - 1 : null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jan 2022" for a month index. */
export function monthLabel(index: number): string {
  const y = Math.floor(index / 12);
  return `${MONTHS[index - y * 12]} ${y}`;
}

/** Month indices between lo and hi (inclusive) on a step of 1, 2, 3, 6, 12, 24, 60… months, at most `max` of them. */
export function monthTicks(lo: number, hi: number, max: number): number[] {
  const span = Math.max(1, hi - lo + 1);
  const step = [1, 2, 3, 6, 12, 24, 60, 120, 240].find((s) => span / s <= max) ?? 600;
  const first = Math.ceil(lo / step) * step;
  const out: number[] = [];
  for (let m = first; m <= hi; m += step) out.push(m);
  return out;
}

/**
 * The instants an ISO date of any precision covers: [start of its first day, end of its last
 * day). "2022" covers the year, "2022-09" the month, "2022-09-14" the day. Null for anything else.
 */
export function dateSpan(iso: string | null | undefined): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  const mo = Number(m[2]) - 1;
  if (mo < 0 || mo > 11) return null;
  if (!m[3]) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1)];
  const d = Number(m[3]);
  const t = Date.UTC(y, mo, d);
  return [t, t + DAY];
}

/** The instants an event's date covers: from the start of `start` to the end of `end`. */
export function rangeSpan(
  start: string | null | undefined,
  end: string | null | undefined,
): [number, number] | null {
  const a = dateSpan(start ?? end);
  const b = dateSpan(end ?? start);
  if (!a || !b) return null;
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

export type Tick = { t: number; label: string; major: boolean };

const STEPS: { unit: 'day' | 'month' | 'year'; n: number; approx: number }[] = [
  { unit: 'day', n: 1, approx: DAY },
  { unit: 'day', n: 2, approx: 2 * DAY },
  { unit: 'day', n: 7, approx: 7 * DAY },
  { unit: 'day', n: 14, approx: 14 * DAY },
  { unit: 'month', n: 1, approx: 30.4 * DAY },
  { unit: 'month', n: 3, approx: 91 * DAY },
  { unit: 'month', n: 6, approx: 182 * DAY },
  { unit: 'year', n: 1, approx: 365 * DAY },
  { unit: 'year', n: 2, approx: 730 * DAY },
  { unit: 'year', n: 5, approx: 1826 * DAY },
  { unit: 'year', n: 10, approx: 3652 * DAY },
  { unit: 'year', n: 25, approx: 9131 * DAY },
  { unit: 'year', n: 50, approx: 18262 * DAY },
  { unit: 'year', n: 100, approx: 36525 * DAY },
];

/**
 * Ticks on calendar boundaries inside [t0, t1], on the finest step that gives at most `max`
 * ticks. Labels say as much as the step needs ("2022", "Sep 2022", "14 Sep"); a tick that starts
 * a year (or a month, for day steps) is major and names it in full.
 */
export function timeTicks(t0: number, t1: number, max = 10): Tick[] {
  if (!(t1 > t0)) return [];
  const step = STEPS.find((s) => (t1 - t0) / s.approx <= max) ?? STEPS[STEPS.length - 1];
  const out: Tick[] = [];
  const d0 = new Date(t0);
  if (step.unit === 'year') {
    let y = Math.ceil(d0.getUTCFullYear() / step.n) * step.n;
    for (let t = Date.UTC(y, 0, 1); t <= t1; y += step.n, t = Date.UTC(y, 0, 1))
      if (t >= t0) out.push({ t, label: String(y), major: true });
  } else if (step.unit === 'month') {
    let y = d0.getUTCFullYear();
    let m = Math.ceil(d0.getUTCMonth() / step.n) * step.n;
    for (;;) {
      if (m > 11) {
        y += Math.floor(m / 12);
        m %= 12;
      }
      const t = Date.UTC(y, m, 1);
      if (t > t1) break;
      if (t >= t0) out.push({ t, label: m === 0 ? String(y) : `${MONTHS[m]} ${y}`, major: m === 0 });
      m += step.n;
    }
  } else {
    let t = Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth(), d0.getUTCDate());
    if (t < t0) t += DAY;
    for (; t <= t1; t += DAY) {
      const d = new Date(t);
      const day = d.getUTCDate();
      if (step.n === 7 && d.getUTCDay() !== 1) continue; // Mondays
      if (step.n === 14 && !(day === 1 || day === 15)) continue;
      if (step.n === 2 && day % 2 === 0) continue;
      const first = day === 1;
      out.push({
        t,
        label: first
          ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
          : `${day} ${MONTHS[d.getUTCMonth()]}`,
        major: first,
      });
    }
  }
  return out;
}

/** An instant as its ISO day. */
export function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
