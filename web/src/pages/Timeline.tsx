/** Events in date order with type filter and date range, each with its sources. */
import { useEffect, useMemo, useState } from 'react';
import { arr, items, type DocSummary, type EventView, type ListPage } from '../api';
import { Async, Panel } from '../components/ui';
import { fmtDate, PLOVER_TYPES, shortId, titleOf } from '../lib/format';
import { href, navigate } from '../lib/router';
import { useApi } from '../lib/useApi';
import { EventLine } from './Document';
import { EvidenceLinks } from './Entity';

const KEYS = ['entity', 'type', 'from', 'to'] as const;

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
  const f = Object.fromEntries(KEYS.map((k) => [k, props.query.get(k) ?? ''])) as Record<(typeof KEYS)[number], string>;
  const fKey = JSON.stringify(f);
  const [draft, setDraft] = useState(f);
  useEffect(() => setDraft(JSON.parse(fKey) as typeof f), [fKey]);
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
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(href('timeline', draft));
        }}
      >
        <label>
          Entity <input value={draft.entity} onChange={(e) => setDraft({ ...draft, entity: e.target.value })} placeholder="id or name" />
        </label>
        <label>
          Type{' '}
          <select value={draft.type} onChange={(e) => navigate(href('timeline', { ...f, type: e.target.value }))}>
            <option value="">all</option>
            {PLOVER_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          From <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </label>
        <label>
          To <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <button type="submit">Apply</button>
      </form>
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
