/** Events in date order with type filter and date range, each with its sources. */
import { useMemo } from 'react';
import { arr, items, type DocSummary, type EventView, type ListPage } from '../api';
import { FilterForm, useFilters, type FilterField } from '../components/FilterForm';
import { Async, Panel } from '../components/ui';
import { fmtDate, PLOVER_TYPES, shortId, titleOf } from '../lib/format';
import { href } from '../lib/router';
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

function Sources(props: { e: EventView }) {
  const sources = arr(props.e.sources);
  if (sources.length === 0) return <EvidenceLinks evidence={props.e.evidence} max={3} />;
  return (
    <ul className="sources">
      {sources.map((s, i) => {
        const d: DocSummary = typeof s === 'string' ? { id: s } : s;
        const ev = arr(props.e.evidence).find((x) => x.document === d.id);
        return (
          <li key={`${d.id}-${i}`}>
            <a href={href(['doc', d.id], { at: ev ? `${ev.start}-${ev.end}` : null })}>{typeof s === 'string' ? shortId(s) : titleOf(d)}</a>{' '}
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
  const res = useApi<ListPage<EventView> | EventView[]>('timeline', f);
  const grouped = useMemo(() => {
    const list = res.data ? items(res.data) : [];
    const by = new Map<string, EventView[]>();
    for (const e of list) {
      const day = e.date?.start ? fmtDate(e.date.start).slice(0, 10) : 'undated';
      by.set(day, [...(by.get(day) ?? []), e]);
    }
    return [...by.entries()];
  }, [res.data]);
  return (
    <div className="page">
      <h1>Timeline</h1>
      <FilterForm route="timeline" filters={f} fields={FIELDS} />
      <Panel title="Events" count={res.data ? items(res.data).length : null} testId="timeline">
        <Async state={res} isEmpty={(d) => items(d).length === 0} empty="No events in this range.">
          {() => (
            <ol className="timeline">
              {grouped.map(([day, evs]) => (
                <li key={day} className="day">
                  <div className="daylabel">{day}</div>
                  <ul>
                    {evs.map((e, i) => (
                      <li key={e.id ?? i} className="tl-event">
                        <EventLine e={e} />
                        <Sources e={e} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </Async>
      </Panel>
    </div>
  );
}
