/** Document list with outlet, language and date filters. */
import { items, type DocSummary, type ListPage } from '../api';
import { FilterForm, useFilters, type FilterField } from '../components/FilterForm';
import { Async, DocLink, Pager, Panel } from '../components/ui';
import { fmtDate } from '../lib/format';
import { href, navigate } from '../lib/router';
import { useApi } from '../lib/useApi';

const LIMIT = 50;
const KEYS = ['outlet', 'language', 'from', 'to'] as const;
const FIELDS: FilterField<(typeof KEYS)[number]>[] = [
  { key: 'outlet', label: 'Outlet' },
  { key: 'language', label: 'Language', size: 4 },
  { key: 'from', label: 'From', type: 'date' },
  { key: 'to', label: 'To', type: 'date' },
];

export function DocumentsPage(props: { query: URLSearchParams }) {
  const { filters: f, offset } = useFilters(props.query, KEYS);
  const res = useApi<ListPage<DocSummary>>('documents', { ...f, limit: LIMIT, offset });
  return (
    <div className="page">
      <h1>Documents</h1>
      <FilterForm route="documents" filters={f} fields={FIELDS} />
      <Panel title="Documents" count={res.data?.total ?? null} testId="documents">
        <Async state={res} isEmpty={(d) => items(d).length === 0} empty="No documents match.">
          {(d) => (
            <>
              <table className="tbl">
                <thead>
                  <tr>
                    <th>Published</th>
                    <th>Title</th>
                    <th>Outlet</th>
                    <th>Lang</th>
                    <th className="num">Words</th>
                  </tr>
                </thead>
                <tbody>
                  {items(d).map((doc) => (
                    <tr key={doc.id}>
                      <td className="nowrap">{fmtDate(doc.published)}</td>
                      <td>
                        <DocLink doc={doc} />
                      </td>
                      <td>{doc.outlet ?? <span className="muted">—</span>}</td>
                      <td>{doc.language ?? ''}</td>
                      <td className="num">
                        {typeof doc.words === 'number' ? doc.words.toLocaleString('en-US') : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager
                offset={offset}
                limit={LIMIT}
                total={d.total}
                shown={items(d).length}
                onOffset={(o) => navigate(href('documents', { ...f, offset: o || null }))}
              />
            </>
          )}
        </Async>
      </Panel>
    </div>
  );
}
