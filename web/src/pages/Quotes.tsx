/** Quotes across the corpus, filtered by speaker, subject and date. */
import { useEffect, useState } from 'react';
import { items, type ListPage, type QuoteView } from '../api';
import { Async, Pager, Panel } from '../components/ui';
import { href, navigate } from '../lib/router';
import { useApi } from '../lib/useApi';
import { QuoteList } from './Document';

const LIMIT = 50;
const KEYS = ['speaker', 'about', 'from', 'to'] as const;

export function QuotesPage(props: { query: URLSearchParams }) {
  const f = Object.fromEntries(KEYS.map((k) => [k, props.query.get(k) ?? ''])) as Record<(typeof KEYS)[number], string>;
  const offset = Number(props.query.get('offset')) || 0;
  const fKey = JSON.stringify(f);
  const [draft, setDraft] = useState(f);
  useEffect(() => setDraft(JSON.parse(fKey) as typeof f), [fKey]);
  const res = useApi<ListPage<QuoteView>>('quotes', { ...f, limit: LIMIT, offset });
  return (
    <div className="page">
      <h1>Quotes</h1>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(href('quotes', draft));
        }}
      >
        <label>
          Speaker <input value={draft.speaker} onChange={(e) => setDraft({ ...draft, speaker: e.target.value })} placeholder="entity id or name" />
        </label>
        <label>
          About <input value={draft.about} onChange={(e) => setDraft({ ...draft, about: e.target.value })} placeholder="entity id or name" />
        </label>
        <label>
          From <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </label>
        <label>
          To <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <button type="submit">Apply</button>
      </form>
      <Panel title="Quotes" count={res.data?.total ?? null} testId="quotes">
        <Async state={res} isEmpty={(d) => items(d).length === 0} empty="No quotes match.">
          {(d) => (
            <>
              <QuoteList quotes={items(d)} showDoc />
              <Pager offset={offset} limit={LIMIT} total={d.total} shown={items(d).length} onOffset={(o) => navigate(href('quotes', { ...f, offset: o || null }))} />
            </>
          )}
        </Async>
      </Panel>
    </div>
  );
}
