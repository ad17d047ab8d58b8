/** Full-text search results with highlighted snippets. */
import { items, type ListPage, type SearchHit } from '../api';
import { Async, DocLink, DocMeta, Pager, Panel, Snippet } from '../components/ui';
import { href, navigate } from '../lib/router';
import { useApi } from '../lib/useApi';

const LIMIT = 20;

export function SearchPage(props: { q: string; offset: number }) {
  const res = useApi<ListPage<SearchHit>>(props.q ? 'search' : null, { q: props.q, limit: LIMIT, offset: props.offset });
  return (
    <div className="page">
      <h1>
        Search {props.q ? <span className="muted">“{props.q}”</span> : null}
      </h1>
      <Panel title="Results" count={res.data?.total ?? null} testId="search-results">
        {props.q === '' ? (
          <div className="empty">Type a query in the search box above.</div>
        ) : (
          <Async state={res} isEmpty={(d) => items(d).length === 0} empty={`No document matches “${props.q}”.`}>
            {(d) => (
              <>
                <ol className="results" start={props.offset + 1}>
                  {items(d).map((hit) => (
                    <li key={hit.id} className="result">
                      <div>
                        <DocLink doc={hit} />
                      </div>
                      <DocMeta doc={hit} />
                      <div>
                        <Snippet text={hit.snippet} />
                      </div>
                    </li>
                  ))}
                </ol>
                <Pager offset={props.offset} limit={LIMIT} total={d.total} shown={items(d).length} onOffset={(o) => navigate(href('search', { q: props.q, offset: o || null }))} />
              </>
            )}
          </Async>
        )}
      </Panel>
    </div>
  );
}
