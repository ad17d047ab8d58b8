/**
 * Timeline: the events on a true time axis (lanes per type or per actor, zoomable), then the
 * events in view as a list with their sources. Filters live in the URL.
 */
import { useMemo, useState } from 'react';
import { arr, items, type DocSummary, type EventView, type ListPage } from '../api';
import { FilterForm, useFilters, type FilterField } from '../components/FilterForm';
import { TimelineChart, TimelineLegend, placeEvents } from '../components/TimelineChart';
import { Async, Panel } from '../components/ui';
import { fmtDate, labelFromId, PLOVER_TYPES, shortId, titleOf } from '../lib/format';
import { href } from '../lib/router';
import { rangeSpan } from '../lib/timescale';
import { useApi } from '../lib/useApi';
import { EventLine } from './Document';
import { EvidenceLinks } from './Entity';

const KEYS = ['entity', 'type', 'from', 'to'] as const;
const FIELDS: FilterField<(typeof KEYS)[number]>[] = [
  { key: 'entity', label: 'Entity', placeholder: 'id or name' },
  { key: 'type', label: 'Type', type: 'select', options: PLOVER_TYPES },
  { key: 'from', label: 'From', type: 'date' },
  { key: 'to', label: 'To', type: 'date' },
];
const MAX_ACTOR_LANES = 14;

function Sources(props: { e: EventView }) {
  const sources = Array.isArray(props.e.sources) ? props.e.sources : [];
  if (sources.length === 0) {
    return (
      <div className="sources">
        {typeof props.e.sources === 'number' ? (
          <span className="muted small">
            {props.e.sources} independent source{props.e.sources === 1 ? '' : 's'}:{' '}
          </span>
        ) : null}
        <EvidenceLinks evidence={props.e.evidence} max={3} total={props.e.evidenceCount} />
      </div>
    );
  }
  return (
    <ul className="sources">
      {sources.map((s, i) => {
        const d: DocSummary = typeof s === 'string' ? { id: s } : s;
        const ev = arr(props.e.evidence).find((x) => x.document === d.id);
        return (
          <li key={`${d.id}-${i}`}>
            <a href={href(['doc', d.id], { at: ev ? `${ev.start}-${ev.end}` : null })}>
              {typeof s === 'string' ? shortId(s) : titleOf(d)}
            </a>{' '}
            <span className="muted">
              {d.outlet ?? ''} {d.published ? fmtDate(d.published) : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function TimelinePage(props: { query: URLSearchParams }) {
  const { filters: f } = useFilters(props.query, KEYS);
  const res = useApi<ListPage<EventView> | EventView[]>('timeline', { ...f, limit: 500 });
  const [laneBy, setLaneBy] = useState<'type' | 'actor'>(
    props.query.get('lanes') === 'actor' ? 'actor' : 'type',
  );
  const [selected, setSelected] = useState<string | null>(null);
  const [view, setView] = useState<[number, number] | null>(null);
  const events = useMemo(() => (res.data ? items(res.data) : []), [res.data]);

  const { placed, undated, lanes } = useMemo(() => {
    if (laneBy === 'type') {
      const { placed, undated } = placeEvents(events, (e) => [String(e.type)]);
      const present = new Set(placed.map((p) => p.lanes[0]));
      // PLOVER order runs from cooperation to conflict: lanes read top to bottom the same way.
      const lanes = [
        ...PLOVER_TYPES.filter((t) => present.has(t)),
        ...[...present].filter((t) => !PLOVER_TYPES.includes(t)).sort(),
      ];
      return { placed, undated, lanes };
    }
    const nameOf = new Map<string, string>();
    const count = new Map<string, number>();
    for (const e of events) {
      arr(e.actors).forEach((a, i) => {
        nameOf.set(a, e.actorNames?.[i] ?? labelFromId(a));
        count.set(a, (count.get(a) ?? 0) + 1);
      });
    }
    const top = [...count.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_ACTOR_LANES)
      .map(([a]) => a);
    const topSet = new Set(top);
    const OTHER = 'Other actors';
    const NONE = 'No actor named';
    const { placed, undated } = placeEvents(events, (e) => {
      const actors = arr(e.actors);
      if (actors.length === 0) return [NONE];
      const mine = actors.filter((a) => topSet.has(a)).map((a) => nameOf.get(a)!);
      return mine.length ? [...new Set(mine)] : [OTHER];
    });
    const used = new Set(placed.flatMap((p) => p.lanes));
    const lanes = [...top.map((a) => nameOf.get(a)!), OTHER, NONE].filter((l) => used.has(l));
    return { placed, undated, lanes: [...new Set(lanes)] };
  }, [events, laneBy]);

  const inView = useMemo(() => {
    const list = view
      ? events.filter((e) => {
          const s = rangeSpan(e.date?.start, e.date?.end);
          return s && s[1] >= view[0] && s[0] <= view[1];
        })
      : events.filter((e) => rangeSpan(e.date?.start, e.date?.end));
    return list.sort(
      (a, b) =>
        (rangeSpan(a.date?.start, a.date?.end)?.[0] ?? 0) - (rangeSpan(b.date?.start, b.date?.end)?.[0] ?? 0),
    );
  }, [events, view]);

  return (
    <div className="page">
      <h1>Timeline</h1>
      <FilterForm route="timeline" filters={f} fields={FIELDS} />
      <Panel
        title="Events in time"
        count={placed.length}
        testId="timeline-panel"
        actions={
          <label className="small">
            Lanes{' '}
            <select
              value={laneBy}
              onChange={(e) => setLaneBy(e.target.value as 'type' | 'actor')}
              data-testid="tl-lanes"
            >
              <option value="type">per event type</option>
              <option value="actor">per actor</option>
            </select>
          </label>
        }
      >
        <Async
          state={res}
          isEmpty={() => placed.length === 0}
          empty={
            undated.length
              ? `No dated events in this range (${undated.length} undated below).`
              : 'No events in this range.'
          }
        >
          {() => (
            <>
              <TimelineLegend />
              <TimelineChart
                placed={placed}
                lanes={lanes}
                selected={selected}
                onSelect={(id) => {
                  setSelected(id);
                  document
                    .getElementById(`ev-${id}`)
                    ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
                }}
                onView={setView}
              />
            </>
          )}
        </Async>
      </Panel>
      <Panel title="Events in view" count={res.data ? inView.length : null} testId="timeline">
        <Async
          state={res}
          isEmpty={() => inView.length === 0 && undated.length === 0}
          empty="No events in this range."
        >
          {() => (
            <ol className="timeline">
              {inView.map((e, i) => (
                <li
                  key={e.id ?? i}
                  id={`ev-${e.id}`}
                  className={`tl-event${selected === e.id ? ' selected' : ''}`}
                  onClick={() => setSelected(e.id)}
                >
                  <EventLine e={e} />
                  <Sources e={e} />
                </li>
              ))}
              {undated.map((e, i) => (
                <li key={`u-${e.id ?? i}`} className="tl-event undated">
                  <EventLine e={e} />
                  <Sources e={e} />
                </li>
              ))}
            </ol>
          )}
        </Async>
      </Panel>
    </div>
  );
}
