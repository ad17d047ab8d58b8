/**
 * Alignment over time: one line per bloc, periods (months) on x, score −1..1 on y. Plain SVG,
 * sized by viewBox so it scales with its panel. Clicking a point selects it for the evidence list.
 */
import { useMemo } from 'react';
import type { AlignmentView } from '../api';
import { blocColor, fmtScore } from '../lib/format';
import { evidenceCount } from '../api';

const W = 640;
const H = 220;
const PAD = { l: 34, r: 110, t: 12, b: 28 };

export function AlignmentChart(props: { points: AlignmentView[]; selected?: AlignmentView | null; onSelect?: (p: AlignmentView) => void }) {
  const { periods, series } = useMemo(() => {
    const good = props.points.filter((p) => p && typeof p.score === 'number' && Number.isFinite(p.score) && typeof p.period === 'string' && typeof p.bloc === 'string');
    const periods = [...new Set(good.map((p) => p.period))].sort();
    const series = new Map<string, AlignmentView[]>();
    for (const p of good) series.set(p.bloc, [...(series.get(p.bloc) ?? []), p]);
    for (const list of series.values()) list.sort((a, b) => a.period.localeCompare(b.period));
    return { periods, series };
  }, [props.points]);
  if (periods.length === 0) return <div className="empty">No alignment scores for this entity yet.</div>;
  const iw = W - PAD.l - PAD.r;
  const ih = H - PAD.t - PAD.b;
  const x = (period: string) => PAD.l + (periods.length === 1 ? iw / 2 : (periods.indexOf(period) / (periods.length - 1)) * iw);
  const y = (s: number) => PAD.t + ((1 - Math.max(-1, Math.min(1, s))) / 2) * ih;
  const every = Math.max(1, Math.ceil(periods.length / 8));
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Alignment score per bloc over time" data-testid="alignment-chart">
      {[-1, -0.5, 0, 0.5, 1].map((v) => (
        <g key={v}>
          <line x1={PAD.l} x2={W - PAD.r} y1={y(v)} y2={y(v)} className={v === 0 ? 'axis0' : 'grid'} />
          <text x={PAD.l - 6} y={y(v) + 4} textAnchor="end" className="tick">
            {v > 0 ? `+${v}` : v}
          </text>
        </g>
      ))}
      {periods.map((p, i) =>
        i % every === 0 || i === periods.length - 1 ? (
          <text key={p} x={x(p)} y={H - 8} textAnchor="middle" className="tick">
            {p}
          </text>
        ) : null,
      )}
      {[...series.entries()].map(([bloc, pts]) => {
        const color = blocColor(bloc);
        return (
          <g key={bloc}>
            {pts.length > 1 ? <polyline fill="none" stroke={color} strokeWidth={2} points={pts.map((p) => `${x(p.period)},${y(p.score)}`).join(' ')} /> : null}
            {pts.map((p) => {
              const sel = props.selected && props.selected.bloc === p.bloc && props.selected.period === p.period;
              return (
                <circle key={p.period} cx={x(p.period)} cy={y(p.score)} r={sel ? 6 : 4} fill={color} stroke="#fff" strokeWidth={1.5} className="pt" onClick={() => props.onSelect?.(p)}>
                  <title>{`${bloc} ${p.period}: ${fmtScore(p.score)} (${evidenceCount(p.evidence, p.evidenceCount)} evidence)`}</title>
                </circle>
              );
            })}
          </g>
        );
      })}
      {endLabels([...series.entries()].map(([bloc, pts]) => ({ bloc, score: pts[pts.length - 1].score, y: y(pts[pts.length - 1].score) }))).map((l) => (
        <text key={l.bloc} x={W - PAD.r + 8} y={l.y + 4} className="serieslabel" fill={blocColor(l.bloc)}>
          {l.bloc} {fmtScore(l.score)}
        </text>
      ))}
    </svg>
  );
}

/** End-of-line labels pushed apart so close scores stay readable (min 12 px between baselines). */
function endLabels(labels: { bloc: string; score: number; y: number }[]): { bloc: string; score: number; y: number }[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].y - sorted[i - 1].y < 12) sorted[i] = { ...sorted[i], y: sorted[i - 1].y + 12 };
  const overflow = sorted.length ? sorted[sorted.length - 1].y - (H - PAD.b) : 0;
  return overflow > 0 ? sorted.map((l) => ({ ...l, y: l.y - overflow })) : sorted;
}
