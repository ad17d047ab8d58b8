/**
 * Alignment over time: one line per bloc on a true time axis (months placed by date, so 2022-01,
 * 2022-04 and 2023-03 are spaced as the calendar spaces them), score −1..1 on y. Consecutive
 * months are joined by a solid line, months further apart by a dotted one (nothing was measured
 * in between). Plain SVG sized by viewBox; clicking a point selects it for the reasons below.
 */
import { useMemo } from 'react';
import type { AlignmentView } from '../api';
import { evidenceCount } from '../api';
import { blocColor, fmtScore } from '../lib/format';
import { monthIndex, monthLabel, monthTicks } from '../lib/timescale';

const W = 640;
const H = 220;
const PAD = { l: 34, r: 110, t: 12, b: 30 };

export function AlignmentChart(props: {
  points: AlignmentView[];
  selected?: AlignmentView | null;
  onSelect?: (p: AlignmentView) => void;
}) {
  const { series, lo, hi } = useMemo(() => {
    const good = props.points.filter(
      (p) =>
        p &&
        typeof p.score === 'number' &&
        Number.isFinite(p.score) &&
        typeof p.bloc === 'string' &&
        monthIndex(p.period) !== null,
    );
    const series = new Map<string, AlignmentView[]>();
    for (const p of good) series.set(p.bloc, [...(series.get(p.bloc) ?? []), p]);
    for (const list of series.values()) list.sort((a, b) => a.period.localeCompare(b.period));
    const ms = good.map((p) => monthIndex(p.period)!);
    return { series, lo: Math.min(...ms), hi: Math.max(...ms) };
  }, [props.points]);
  if (series.size === 0) return <div className="empty">No alignment scores for this entity yet.</div>;
  // Half a month of margin each side, and at least a year shown so one month is not the whole axis.
  const span = Math.max(12, hi - lo + 1);
  const start = lo - 0.5 - (span - (hi - lo + 1)) / 2;
  const iw = W - PAD.l - PAD.r;
  const ih = H - PAD.t - PAD.b;
  const x = (period: string) => PAD.l + ((monthIndex(period)! - start) / span) * iw;
  const xm = (m: number) => PAD.l + ((m - start) / span) * iw;
  const y = (s: number) => PAD.t + ((1 - Math.max(-1, Math.min(1, s))) / 2) * ih;
  const ticks = monthTicks(Math.ceil(start), Math.floor(start + span), 8);
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label="Alignment score per bloc over time"
      data-testid="alignment-chart"
    >
      {[-1, -0.5, 0, 0.5, 1].map((v) => (
        <g key={v}>
          <line x1={PAD.l} x2={W - PAD.r} y1={y(v)} y2={y(v)} className={v === 0 ? 'axis0' : 'grid'} />
          <text x={PAD.l - 6} y={y(v) + 4} textAnchor="end" className="tick">
            {v > 0 ? `+${v}` : v}
          </text>
        </g>
      ))}
      <text x={PAD.l + 2} y={y(1) + 10} className="tick">
        toward
      </text>
      <text x={PAD.l + 2} y={y(-1) - 4} className="tick">
        away
      </text>
      <g data-testid="alignment-axis">
        {ticks.map((m) => (
          <g key={m}>
            <line x1={xm(m)} x2={xm(m)} y1={H - PAD.b} y2={H - PAD.b + 4} stroke="#9aa3ae" />
            <text x={xm(m)} y={H - 10} textAnchor="middle" className="tick axis-tick" data-month={m}>
              {monthLabel(m)}
            </text>
          </g>
        ))}
      </g>
      {[...series.entries()].map(([bloc, pts]) => {
        const color = blocColor(bloc);
        return (
          <g key={bloc}>
            {pts.slice(1).map((p, i) => {
              const a = pts[i];
              const gap = monthIndex(p.period)! - monthIndex(a.period)! > 1;
              return (
                <line
                  key={p.period}
                  x1={x(a.period)}
                  y1={y(a.score)}
                  x2={x(p.period)}
                  y2={y(p.score)}
                  stroke={color}
                  strokeWidth={2}
                  strokeDasharray={gap ? '2 4' : undefined}
                  opacity={gap ? 0.7 : 1}
                />
              );
            })}
            {pts.map((p) => {
              const sel =
                props.selected && props.selected.bloc === p.bloc && props.selected.period === p.period;
              return (
                <circle
                  key={p.period}
                  cx={x(p.period)}
                  cy={y(p.score)}
                  r={sel ? 6 : 4}
                  fill={color}
                  stroke="#fff"
                  strokeWidth={1.5}
                  className="pt"
                  data-period={p.period}
                  onClick={() => props.onSelect?.(p)}
                >
                  <title>{`${bloc} ${p.period}: ${fmtScore(p.score)} (${evidenceCount(p.evidence, p.evidenceCount)} evidence)`}</title>
                </circle>
              );
            })}
          </g>
        );
      })}
      {endLabels(
        [...series.entries()].map(([bloc, pts]) => ({
          bloc,
          score: pts[pts.length - 1].score,
          y: y(pts[pts.length - 1].score),
        })),
      ).map((l) => (
        <text key={l.bloc} x={W - PAD.r + 8} y={l.y + 4} className="serieslabel" fill={blocColor(l.bloc)}>
          {l.bloc} {fmtScore(l.score)}
        </text>
      ))}
    </svg>
  );
}

/** End-of-line labels pushed apart so close scores stay readable (min 12 px between baselines). */
function endLabels(
  labels: { bloc: string; score: number; y: number }[],
): { bloc: string; score: number; y: number }[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i].y - sorted[i - 1].y < 12) sorted[i] = { ...sorted[i], y: sorted[i - 1].y + 12 };
  const overflow = sorted.length ? sorted[sorted.length - 1].y - (H - PAD.b) : 0;
  return overflow > 0 ? sorted.map((l) => ({ ...l, y: l.y - overflow })) : sorted;
}
