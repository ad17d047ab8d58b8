/** Document list with outlet, language and date filters. */
import { useEffect, useState } from 'react';
import { items, type DocSummary, type ListPage } from '../api';
import { Async, DocLink, Pager, Panel } from '../components/ui';
import { fmtDate } from '../lib/format';
import { href, navigate } from '../lib/router';
import { useApi } from '../lib/useApi';

const LIMIT = 50;

export function DocumentsPage(props: { query: URLSearchParams }) {
  const f = {
    outlet: props.query.get('outlet') ?? '',
    language: props.query.get('language') ?? '',
    from: props.query.get('from') ?? '',
    to: props.query.get('to') ?? '',
  };
  const offset = Number(props.query.get('offset')) || 0;
  const [draft, setDraft] = useState(f);
  const fKey = JSON.stringify(f);
  useEffect(() => setDraft(JSON.parse(fKey) as typeof f), [fKey]);
  const res = useApi<ListPage<DocSummary>>('documents', { ...f, limit: LIMIT, offset });
  return (
    <div className="page">
      <h1>Documents</h1>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(href('documents', draft));
        }}
      >
        <label>
          Outlet <input value={draft.outlet} onChange={(e) => setDraft({ ...draft, outlet: e.target.value })} />
        </label>
        <label>
          Language <input size={4} value={draft.language} onChange={(e) => setDraft({ ...draft, language: e.target.value })} />
        </label>
        <label>
          From <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </label>
        <label>
          To <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <button type="submit">Apply</button>
      </form>
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
                      <td className="num">{typeof doc.words === 'number' ? doc.words.toLocaleString('en-US') : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager offset={offset} limit={LIMIT} total={d.total} shown={items(d).length} onOffset={(o) => navigate(href('documents', { ...f, offset: o || null }))} />
            </>
          )}
        </Async>
      </Panel>
    </div>
  );
}
