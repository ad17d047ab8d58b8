/**
 * The event timeline drawn on a true time axis: one lane per event type or per actor, each event
 * at its dates (a day as a dot, a longer or vaguer date as a bar over what it covers). An
 * inferred date — none in the report, only "by" its publication — is drawn as a faded window
 * ending in a tick marked "by". Whether the report says it happened is drawn too: a solid mark
 * for asserted, a struck-through hollow one for negated, a dashed outline for planned or offered,
 * a dotted one for possible, and a "?" for a report the outlet does not vouch for. Zoom with the
 * wheel, the buttons or a double click; drag to pan.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EventView } from '../api';
import { eventDateText, modeWords } from '../pages/Document';
import { isoDay, rangeSpan, timeTicks } from '../lib/timescale';

export type Placed = { e: EventView; t0: number; t1: number; lanes: string[] };

const DAY = 86_400_000;
const LABEL_W = 170;
const ROW = 22;
const LANE_PAD = 8;
const AXIS_H = 34;

const COOPERATIVE = new Set(['AGREE', 'COOPERATE', 'AID', 'SUPPORT', 'CONSULT', 'CONCEDE', 'RETREAT']);
const CONFLICT = new Set(['THREATEN', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
/** Cooperation green, conflict red, the verbal disputes in between amber (as the event badges). */
export function eventColor(type: string): string {
  const t = type.toUpperCase();
  return COOPERATIVE.has(t)
    ? '#2f8a4c'
    : CONFLICT.has(t)
      ? '#b42323'
      : t === 'ACCUSE' || t === 'REJECT' || t === 'PROTEST' || t === 'REQUEST'
        ? '#b87100'
        : '#5b6677';
}

/** Events with a usable date, placed in time. */
export function placeEvents(
  events: EventView[],
  laneOf: (e: EventView) => string[],
): { placed: Placed[]; undated: EventView[] } {
  const placed: Placed[] = [];
  const undated: EventView[] = [];
  for (const e of events) {
    const span = rangeSpan(e.date?.start, e.date?.end);
    if (!span) undated.push(e);
    else placed.push({ e, t0: span[0], t1: span[1], lanes: laneOf(e) });
  }
  return { placed, undated };
}

function extent(placed: Placed[]): [number, number] {
  if (placed.length === 0) {
    const now = Date.now();
    return [now - 365 * DAY, now];
  }
  const lo = Math.min(...placed.map((p) => p.t0));
  const hi = Math.max(...placed.map((p) => p.t1));
  const pad = Math.max(7 * DAY, (hi - lo) * 0.04);
  return [lo - pad, hi + pad];
}

function useWidth(ref: React.RefObject<HTMLDivElement | null>): number {
  const [w, setW] = useState(1100);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const set = () => setW(Math.max(480, Math.floor(el.clientWidth)));
    set();
    const ro = new ResizeObserver(set);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return w;
}

function shortText(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function TimelineChart(props: {
  placed: Placed[];
  lanes: string[];
  selected: string | null;
  onSelect: (id: string) => void;
  onView?: (v: [number, number]) => void;
}) {
  const wrap = useRef<HTMLDivElement>(null);
  const width = useWidth(wrap);
  const full = useMemo(() => extent(props.placed), [props.placed]);
  const [view, setView] = useState<[number, number]>(full);
  useEffect(() => setView(full), [full]);
  useEffect(() => props.onView?.(view), [view]);
  const plotW = width - LABEL_W - 16;
  const x = (t: number) => LABEL_W + ((t - view[0]) / (view[1] - view[0])) * plotW;

  const zoom = (factor: number, centerPx?: number) => {
    setView(([a, b]) => {
      const c = centerPx !== undefined ? a + ((centerPx - LABEL_W) / plotW) * (b - a) : (a + b) / 2;
      let span = (b - a) * factor;
      span = Math.max(3 * DAY, Math.min(span, 200 * 365 * DAY));
      const left = (c - a) / (b - a);
      return [c - span * left, c + span * (1 - left)];
    });
  };

  // Rows: in each lane, marks (with their labels) packed greedily so none overlaps at this zoom.
  const layout = useMemo(() => {
    const rowsByLane = new Map<string, { end: number }[]>();
    const marks: { p: Placed; lane: string; row: number; x0: number; x1: number; label: string }[] = [];
    const visible = props.placed
      .filter((p) => p.t1 >= view[0] && p.t0 <= view[1])
      .sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1);
    for (const lane of props.lanes) rowsByLane.set(lane, []);
    for (const p of visible) {
      for (const lane of p.lanes) {
        const rows = rowsByLane.get(lane);
        if (!rows) continue;
        const x0 = Math.max(LABEL_W, x(p.t0));
        const x1 = Math.min(width - 8, Math.max(x(p.t1), x0 + 8));
        const label = shortText(p.e.summary || p.e.type, 34);
        const end = (p.e.date?.inferred ? x1 + 14 : x1 + 4) + label.length * 5.6 + 10;
        let row = rows.findIndex((r) => r.end <= x0);
        if (row < 0) {
          rows.push({ end });
          row = rows.length - 1;
        } else rows[row].end = end;
        marks.push({ p, lane, row, x0, x1, label });
      }
    }
    let y = AXIS_H;
    const laneY = new Map<string, { y: number; h: number }>();
    for (const lane of props.lanes) {
      const h = Math.max(1, rowsByLane.get(lane)?.length ?? 0) * ROW + LANE_PAD * 2;
      laneY.set(lane, { y, h });
      y += h;
    }
    return { marks, laneY, height: y + 4 };
  }, [props.placed, props.lanes, view, width]);

  // The wheel zooms around the pointer; a native listener, as React's wheel handler is passive.
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef(zoom);
  zoomRef.current = zoom;
  useEffect(() => {
    const el = svgRef.current;
    if (!el) return;
    const on = (ev: WheelEvent) => {
      const px = ev.clientX - el.getBoundingClientRect().left;
      if (px < LABEL_W) return;
      ev.preventDefault();
      zoomRef.current(ev.deltaY > 0 ? 1.25 : 1 / 1.25, px);
    };
    el.addEventListener('wheel', on, { passive: false });
    return () => el.removeEventListener('wheel', on);
  }, []);
  const ticks = timeTicks(view[0], view[1], Math.max(4, Math.floor(plotW / 95)));
  const drag = useRef<{ x: number; view: [number, number] } | null>(null);

  return (
    <div className="tl-wrap" ref={wrap}>
      <div className="tl-tools">
        <button type="button" onClick={() => zoom(1 / 1.6)} data-testid="tl-zoom-in" title="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoom(1.6)} data-testid="tl-zoom-out" title="Zoom out">
          −
        </button>
        <button type="button" onClick={() => setView(full)} data-testid="tl-fit">
          Fit all
        </button>
        <span className="muted small">
          Showing {isoDay(view[0])} – {isoDay(view[1])}. Scroll to zoom, drag to pan, double-click to zoom in.
        </span>
      </div>
      <svg
        className="tl-chart"
        width={width}
        height={layout.height}
        viewBox={`0 0 ${width} ${layout.height}`}
        data-testid="timeline-chart"
        data-from={view[0]}
        data-to={view[1]}
        data-plot-left={LABEL_W}
        data-plot-width={plotW}
        ref={svgRef}
        onDoubleClick={(ev) => {
          const box = (ev.currentTarget as SVGSVGElement).getBoundingClientRect();
          zoom(1 / 2, ev.clientX - box.left);
        }}
        onMouseDown={(ev) => {
          drag.current = { x: ev.clientX, view };
        }}
        onMouseMove={(ev) => {
          const d = drag.current;
          if (!d || ev.buttons !== 1) return;
          const dt = ((ev.clientX - d.x) / plotW) * (d.view[1] - d.view[0]);
          if (Math.abs(ev.clientX - d.x) > 2) setView([d.view[0] - dt, d.view[1] - dt]);
        }}
        onMouseUp={() => (drag.current = null)}
        onMouseLeave={() => (drag.current = null)}
      >
        {[...layout.laneY.entries()].map(([lane, { y, h }], i) => (
          <g key={lane} className="tl-lane" data-lane={lane}>
            <rect x={0} y={y} width={width} height={h} fill={i % 2 ? '#f8f9fb' : '#ffffff'} />
            <text x={8} y={y + LANE_PAD + 14} className="tl-lane-label">
              {shortText(lane, 24)}
            </text>
          </g>
        ))}
        <g data-testid="timeline-axis" className="tl-axis">
          <rect x={LABEL_W} y={0} width={plotW} height={AXIS_H - 4} fill="#fff" />
          {ticks.map((t) => (
            <g key={t.t}>
              <line
                x1={x(t.t)}
                x2={x(t.t)}
                y1={AXIS_H - 10}
                y2={layout.height}
                className={t.major ? 'tl-grid major' : 'tl-grid'}
              />
              <text x={x(t.t) + 3} y={AXIS_H - 14} className={`tick${t.major ? ' major' : ''}`} data-t={t.t}>
                {t.label}
              </text>
            </g>
          ))}
          <line x1={LABEL_W} x2={width - 8} y1={AXIS_H - 10} y2={AXIS_H - 10} stroke="#9aa3ae" />
        </g>
        <line x1={LABEL_W - 1} x2={LABEL_W - 1} y1={AXIS_H - 10} y2={layout.height} stroke="#d5d9df" />
        {layout.marks.map(({ p, lane, row, x0, x1, label }) => {
          const ly = layout.laneY.get(lane)!;
          const cy = ly.y + LANE_PAD + row * ROW + ROW / 2;
          return (
            <Mark
              key={`${p.e.id}-${lane}`}
              p={p}
              cy={cy}
              x0={x0}
              x1={x1}
              label={label}
              selected={props.selected === p.e.id}
              onSelect={props.onSelect}
            />
          );
        })}
      </svg>
    </div>
  );
}

function Mark(props: {
  p: Placed;
  cy: number;
  x0: number;
  x1: number;
  label: string;
  selected: boolean;
  onSelect: (id: string) => void;
}): ReactNode {
  const { p, cy, x0, x1 } = props;
  const e = p.e;
  const color = eventColor(e.type);
  const mode = e.mode ?? 'asserted';
  const inferred = !!e.date?.inferred;
  const hollow = mode !== 'asserted';
  const dash =
    mode === 'intended' || mode === 'offered' ? '4 2' : mode === 'hypothetical' ? '1.5 2' : undefined;
  const point = x1 - x0 <= 9 && !inferred;
  const words = modeWords(e);
  const title = `${e.type}: ${e.summary ?? ''}\n${eventDateText(e)}${inferred ? ' (no date in the report: it happened by the day it was published)' : ''}${words ? `\n${words}` : ''}`;
  const cls = `tl-mark mode-${mode}${inferred ? ' inferred' : ''}${e.hedged ? ' hedged' : ''}${props.selected ? ' selected' : ''}`;
  const labelX = (inferred ? x1 + 14 : Math.max(x1, x0 + 8)) + 4;
  return (
    <g
      className={cls}
      data-id={e.id}
      data-t0={p.t0}
      data-t1={p.t1}
      data-x0={x0}
      onClick={() => props.onSelect(e.id)}
      opacity={e.hedged ? 0.65 : 1}
    >
      <title>{title}</title>
      {inferred ? (
        <>
          {/* The window the report allows: faded, ending at publication with a "by" tick. */}
          <rect x={x0} y={cy - 4} width={Math.max(2, x1 - x0)} height={8} fill={color} opacity={0.14} />
          <line x1={x0} x2={x1} y1={cy} y2={cy} stroke={color} strokeDasharray="2 3" opacity={0.6} />
          <path d={`M ${x1} ${cy - 7} L ${x1} ${cy + 7}`} stroke={color} strokeWidth={2.5} />
          <text x={x1 + 3} y={cy + 4} className="tl-by" fill={color}>
            by
          </text>
          {hollow ? (
            <circle
              cx={x1}
              cy={cy}
              r={4.5}
              fill="#fff"
              stroke={color}
              strokeWidth={1.6}
              strokeDasharray={dash}
            />
          ) : null}
        </>
      ) : point ? (
        <circle
          cx={(x0 + x1) / 2}
          cy={cy}
          r={5}
          fill={hollow ? '#fff' : color}
          stroke={color}
          strokeWidth={1.8}
          strokeDasharray={dash}
        />
      ) : (
        <rect
          x={x0}
          y={cy - 5}
          width={Math.max(6, x1 - x0)}
          height={10}
          rx={3}
          fill={hollow ? '#fff' : color}
          fillOpacity={hollow ? 1 : 0.8}
          stroke={color}
          strokeWidth={1.6}
          strokeDasharray={dash}
        />
      )}
      {mode === 'negated' ? (
        <line
          x1={(point ? (x0 + x1) / 2 : inferred ? x1 : x0) - 6}
          x2={(point ? (x0 + x1) / 2 : inferred ? x1 : x0) + 6}
          y1={cy + 6}
          y2={cy - 6}
          stroke={color}
          strokeWidth={1.8}
        />
      ) : null}
      <text x={labelX} y={cy + 4} className="tl-label">
        {e.hedged ? '? ' : ''}
        {props.label}
      </text>
    </g>
  );
}

/** The legend: the same marks as the chart, explained. */
export function TimelineLegend() {
  const c = '#5b6677';
  const item = (label: string, mark: ReactNode) => (
    <span className="tl-legend-item">
      <svg width={34} height={16} viewBox="0 0 34 16" aria-hidden="true">
        {mark}
      </svg>
      {label}
    </span>
  );
  return (
    <div className="tl-legend" data-testid="timeline-legend">
      {item('on a day', <circle cx={17} cy={8} r={5} fill={c} />)}
      {item('over a period', <rect x={3} y={3} width={28} height={10} rx={3} fill={c} fillOpacity={0.8} />)}
      {item(
        'date inferred: by publication',
        <>
          <rect x={2} y={4} width={22} height={8} fill={c} opacity={0.14} />
          <path d="M 24 1 L 24 15" stroke={c} strokeWidth={2.5} />
        </>,
      )}
      {item(
        'planned / offered',
        <circle cx={17} cy={8} r={5} fill="#fff" stroke={c} strokeWidth={1.8} strokeDasharray="4 2" />,
      )}
      {item(
        'possible',
        <circle cx={17} cy={8} r={5} fill="#fff" stroke={c} strokeWidth={1.8} strokeDasharray="1.5 2" />,
      )}
      {item(
        'did not happen',
        <>
          <circle cx={17} cy={8} r={5} fill="#fff" stroke={c} strokeWidth={1.8} />
          <line x1={11} x2={23} y1={14} y2={2} stroke={c} strokeWidth={1.8} />
        </>,
      )}
      {item(
        'reportedly (not vouched for)',
        <text x={8} y={13} fontSize={13} fill={c}>
          ?
        </text>,
      )}
      <span className="tl-legend-item">
        <span className="swatch" style={{ background: eventColor('AGREE') }} /> cooperation{' '}
        <span className="swatch" style={{ background: eventColor('ACCUSE') }} /> dispute{' '}
        <span className="swatch" style={{ background: eventColor('ASSAULT') }} /> conflict
      </span>
    </div>
  );
}
