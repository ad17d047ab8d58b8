/** Quotes across the corpus, filtered by speaker, subject and date. */
import { items, type ListPage, type QuoteView } from '../api';
import { FilterForm, useFilters, type FilterField } from '../components/FilterForm';
import { Async, Pager, Panel } from '../components/ui';
import { href, navigate } from '../lib/router';
import { useApi } from '../lib/useApi';
import { QuoteList } from './Document';

const LIMIT = 50;
const KEYS = ['speaker', 'about', 'from', 'to'] as const;
const FIELDS: FilterField<(typeof KEYS)[number]>[] = [
  { key: 'speaker', label: 'Speaker', placeholder: 'entity id or name' },
  { key: 'about', label: 'About', placeholder: 'entity id or name' },
  { key: 'from', label: 'From', type: 'date' },
  { key: 'to', label: 'To', type: 'date' },
];

export function QuotesPage(props: { query: URLSearchParams }) {
  const { filters: f, offset } = useFilters(props.query, KEYS);
  const res = useApi<ListPage<QuoteView>>('quotes', { ...f, limit: LIMIT, offset });
  return (
    <div className="page">
      <h1>Quotes</h1>
      <FilterForm route="quotes" filters={f} fields={FIELDS} />
      <Panel title="Quotes" count={res.data?.total ?? null} testId="quotes">
        <Async state={res} isEmpty={(d) => items(d).length === 0} empty="No quotes match.">
          {(d) => (
            <>
              <QuoteList quotes={items(d)} showDoc />
              <Pager
                offset={offset}
                limit={LIMIT}
                total={d.total}
                shown={items(d).length}
                onOffset={(o) => navigate(href('quotes', { ...f, offset: o || null }))}
              />
            </>
          )}
        </Async>
      </Panel>
    </div>
  );
}
