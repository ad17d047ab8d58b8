/** Entity index with type filter and name search. */
import { useEffect, useState } from 'react';
import { items, type EntitySummary, type ListPage } from '../api';
import { Async, EntityLink, Pager, Panel, TypeBadge } from '../components/ui';
import { ENTITY_TYPE_LABEL, ENTITY_TYPES, fmtNum } from '../lib/format';
import { href, navigate } from '../lib/router';
import { useApi } from '../lib/useApi';

const LIMIT = 100;

export function EntitiesPage(props: { query: URLSearchParams }) {
  const type = props.query.get('type') ?? '';
  const q = props.query.get('q') ?? '';
  const offset = Number(props.query.get('offset')) || 0;
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const res = useApi<ListPage<EntitySummary>>('entities', { type, q, limit: LIMIT, offset });
  return (
    <div className="page">
      <h1>Entities</h1>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(href('entities', { type, q: draft }));
        }}
      >
        <label>
          Type{' '}
          <select value={type} onChange={(e) => navigate(href('entities', { type: e.target.value, q }))}>
            <option value="">all</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {ENTITY_TYPE_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Name <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="name or alias" />
        </label>
        <button type="submit">Filter</button>
      </form>
      <Panel title="Entities" count={res.data?.total ?? null} testId="entities">
        <Async state={res} isEmpty={(d) => items(d).length === 0} empty="No entities match.">
          {(d) => (
            <>
              <table className="tbl">
                <thead>
                  <tr>
                    <th>Name</th>
                    <th>Type</th>
                    <th>Aliases</th>
                    <th className="num">Mentions</th>
                    <th className="num">Documents</th>
                  </tr>
                </thead>
                <tbody>
                  {items(d).map((e) => (
                    <tr key={e.id}>
                      <td>
                        <EntityLink id={e.id} name={e.name} type={e.type} />
                      </td>
                      <td>
                        <TypeBadge type={e.type} />
                      </td>
                      <td className="muted small">
                        {(e.aliases ?? [])
                          .filter((a) => a !== e.name)
                          .slice(0, 5)
                          .join(' · ')}
                      </td>
                      <td className="num">{fmtNum(e.mentions)}</td>
                      <td className="num">{fmtNum(e.documents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager
                offset={offset}
                limit={LIMIT}
                total={d.total}
                shown={items(d).length}
                onOffset={(o) => navigate(href('entities', { type, q, offset: o || null }))}
              />
            </>
          )}
        </Async>
      </Panel>
    </div>
  );
}
