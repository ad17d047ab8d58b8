/** Pure helpers for the alignment map: ISO codes, per-month scores, colours. */
import type { AlignmentView } from '../api';
import { evidenceCount, explanationLines } from '../api';

/** ISO alpha-2 from an entity id like "country:KZ"; null for anything else. */
export function alpha2Of(entityId: string | null | undefined): string | null {
  const m = /^country:([A-Z]{2})$/.exec(entityId ?? '');
  return m ? m[1] : null;
}

export type CountryScore = {
  entity: string;
  name: string | null;
  score: number;
  period: string;
  evidence: number;
  explanation: string[];
  carried: boolean;
};

/**
 * The score of each country toward `bloc` as of `month` (YYYY-MM): the score of that month, or
 * the most recent earlier one (marked `carried`), so a quiet month does not blank the map.
 * An empty month means "latest".
 */
export function scoresAt(points: AlignmentView[], bloc: string, month: string): Map<string, CountryScore> {
  const best = new Map<string, AlignmentView>();
  for (const p of points) {
    if (
      !p ||
      p.bloc !== bloc ||
      typeof p.score !== 'number' ||
      !Number.isFinite(p.score) ||
      typeof p.period !== 'string'
    )
      continue;
    if (month && p.period.slice(0, 7) > month) continue;
    const a2 = alpha2Of(p.entity);
    if (!a2) continue;
    const cur = best.get(a2);
    if (!cur || p.period > cur.period) best.set(a2, p);
  }
  const out = new Map<string, CountryScore>();
  for (const [a2, p] of best) {
    out.set(a2, {
      entity: p.entity,
      name: p.entityName ?? null,
      score: Math.max(-1, Math.min(1, p.score)),
      period: p.period,
      evidence: evidenceCount(p.evidence),
      explanation: explanationLines(p.explanation),
      carried: !!month && p.period.slice(0, 7) !== month,
    });
  }
  return out;
}

/** Months (YYYY-MM) present in the data, ascending. */
export function monthsOf(points: AlignmentView[]): string[] {
  return [
    ...new Set(points.filter((p) => p && typeof p.period === 'string').map((p) => p.period.slice(0, 7))),
  ]
    .filter((m) => /^\d{4}-\d{2}$/.test(m))
    .sort();
}

function hex(c: string): [number, number, number] {
  const n = parseInt(c.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = hex(a);
  const [r2, g2, b2] = hex(b);
  const f = (x: number, y: number) =>
    Math.round(x + (y - x) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${f(r1, r2)}${f(g1, g2)}${f(b1, b2)}`;
}

export const NEUTRAL = '#f1efe9';
export const AWAY = '#5e4fa2';

/** Diverging colour: toward the bloc (its colour) for positive scores, away (violet) for negative. */
export function scoreColor(score: number, blocHex: string): string {
  const s = Math.max(-1, Math.min(1, Number.isFinite(score) ? score : 0));
  return s >= 0 ? mix(NEUTRAL, blocHex, s) : mix(NEUTRAL, AWAY, -s);
}
