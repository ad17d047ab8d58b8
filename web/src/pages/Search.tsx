/**
 * Search: how many articles match, facets to narrow them (outlet, language, publication month,
 * entities mentioned; each with the count a click leaves), and ranked results with the hits
 * highlighted. Opening a result carries the searched words into the article, marked there too.
 * Everything lives in the URL: a narrowed search is a link.
 */
import { items, num, type SearchHit } from '../api';
import { Async, DocMeta, Pager, Panel, Snippet, TypeBadge } from '../components/ui';
import { titleOf } from '../lib/format';
import { highlightTerms } from '../lib/highlight';
import { href, navigate } from '../lib/router';
import { monthIndex, monthLabel } from '../lib/timescale';
import { useApi } from '../lib/useApi';

const LIMIT = 20;
const FILTERS = ['outlet', 'language', 'from', 'to', 'entity'] as const;
type FilterKey = (typeof FILTERS)[number];

type Facet = { value: string; count: number; name?: string; type?: string };
type SearchAnswer = { items: SearchHit[]; total?: number };
type FacetsAnswer = {
  total?: number;
  facets?: {
    outlet?: Facet[];
    language?: Facet[];
    month?: Facet[];
    entity?: Facet[];
    entityDocuments?: number;
  };
};

let languageNames: Intl.DisplayNames | null = null;
try {
  languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
} catch {
  languageNames = null;
}
const languageName = (code: string) => {
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
};

function FacetList(props: {
  title: string;
  facets: Facet[];
  active: string;
  label?: (f: Facet) => React.ReactNode;
  onPick: (v: string | null) => void;
  testId: string;
  note?: string;
}) {
  if (props.facets.length === 0) return null;
  const max = Math.max(...props.facets.map((f) => f.count), 1);
  return (
    <section className="facet" data-testid={props.testId}>
      <h3>{props.title}</h3>
      <ul>
        {props.facets.map((f) => {
          const on = props.active === f.value;
          return (
            <li key={f.value} className={on ? 'on' : ''}>
              <button
                type="button"
                className="facet-value"
                onClick={() => props.onPick(on ? null : f.value)}
                title={on ? 'remove this filter' : 'show only these'}
                data-value={f.value}
              >
                <span className="bar" style={{ width: `${(f.count / max) * 100}%` }} />
                <span className="label">{props.label ? props.label(f) : f.value}</span>
                <span className="n">{f.count.toLocaleString('en-US')}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {props.note ? <div className="muted small">{props.note}</div> : null}
    </section>
  );
}

/** Publication months as a histogram; a click narrows to that month, another to the whole year. */
function MonthFacet(props: {
  months: Facet[];
  from: string;
  to: string;
  onPick: (from: string | null, to: string | null) => void;
}) {
  if (props.months.length === 0) return null;
  const max = Math.max(...props.months.map((m) => m.count), 1);
  const lo = monthIndex(props.months[0].value)!;
  const hi = monthIndex(props.months[props.months.length - 1].value)!;
  const byIndex = new Map(props.months.map((m) => [monthIndex(m.value)!, m]));
  const span = hi - lo + 1;
  const years = [...new Set(props.months.map((m) => m.value.slice(0, 4)))];
  return (
    <section className="facet" data-testid="facet-month">
      <h3>Published</h3>
      {span <= 60 ? (
        <div className="histo" role="list">
          {Array.from({ length: span }, (_, i) => {
            const m = byIndex.get(lo + i);
            const value = m?.value ?? '';
            const on = value !== '' && props.from === value && props.to === value;
            return (
              <button
                key={i}
                type="button"
                role="listitem"
                className={`hbar${on ? ' on' : ''}`}
                disabled={!m}
                title={`${monthLabel(lo + i)}: ${m?.count ?? 0}`}
                data-value={value}
                onClick={() => (on ? props.onPick(null, null) : props.onPick(value, value))}
                style={{ height: `${8 + (m ? (m.count / max) * 40 : 0)}px` }}
              />
            );
          })}
        </div>
      ) : null}
      <div className="histo-axis muted small">
        <span>{monthLabel(lo)}</span>
        <span>{monthLabel(hi)}</span>
      </div>
      <div className="years">
        {years.map((y) => {
          const on = props.from === `${y}-01` && props.to === `${y}-12`;
          const n = props.months.filter((m) => m.value.startsWith(y)).reduce((a, m) => a + m.count, 0);
          return (
            <button
              key={y}
              type="button"
              className={`chip${on ? ' on' : ''}`}
              onClick={() => (on ? props.onPick(null, null) : props.onPick(`${y}-01`, `${y}-12`))}
            >
              {y} <span className="muted">{n}</span>
            </button>
          );
        })}
      </div>
    </section>
  );
}

export function SearchPage(props: { query: URLSearchParams }) {
  const q = props.query.get('q') ?? '';
  const offset = Number(props.query.get('offset')) || 0;
  const f = Object.fromEntries(FILTERS.map((k) => [k, props.query.get(k) ?? ''])) as Record<
    FilterKey,
    string
  >;
  const res = useApi<SearchAnswer>(q ? 'search' : null, { q, ...f, limit: LIMIT, offset });
  // Facets in a request of their own: the results show without waiting for them, and paging
  // (offset) does not ask for them again.
  const fac = useApi<FacetsAnswer>(q ? 'search/facets' : null, { q, ...f });
  const go = (next: Partial<Record<FilterKey, string | null>>) =>
    navigate(href('search', { q, ...f, ...next, offset: null }));
  const facets = fac.data?.facets ?? {};
  const entityName = (facets.entity ?? []).find((e) => e.value === f.entity)?.name ?? f.entity;
  const chips: [string, string, Partial<Record<FilterKey, null>>][] = [];
  if (f.outlet) chips.push(['outlet', f.outlet, { outlet: null }]);
  if (f.language) chips.push(['language', languageName(f.language), { language: null }]);
  if (f.from || f.to)
    chips.push([
      'published',
      f.from === f.to ? f.from : `${f.from || '…'} – ${f.to || '…'}`,
      { from: null, to: null },
    ]);
  if (f.entity) chips.push(['mentions', entityName, { entity: null }]);
  return (
    <div className="page">
      <h1>Search {q ? <span className="muted">“{q}”</span> : null}</h1>
      {q === '' ? (
        <Panel title="Results" testId="search-results">
          <div className="empty">Type a query in the search box above.</div>
        </Panel>
      ) : (
        <div className="search-layout">
          <aside className="facets" data-testid="search-facets">
            {fac.data ? (
              <>
                <FacetList
                  title="Outlet"
                  facets={facets.outlet ?? []}
                  active={f.outlet}
                  onPick={(v) => go({ outlet: v })}
                  testId="facet-outlet"
                />
                <FacetList
                  title="Language"
                  facets={facets.language ?? []}
                  active={f.language}
                  label={(x) => `${languageName(x.value)} (${x.value})`}
                  onPick={(v) => go({ language: v })}
                  testId="facet-language"
                />
                <MonthFacet
                  months={facets.month ?? []}
                  from={f.from}
                  to={f.to}
                  onPick={(from, to) => go({ from, to })}
                />
                <FacetList
                  title="Mentions"
                  facets={facets.entity ?? []}
                  active={f.entity}
                  label={(x) => (
                    <>
                      {x.name ?? x.value} <TypeBadge type={x.type} />
                    </>
                  )}
                  onPick={(v) => go({ entity: v })}
                  testId="facet-entity"
                  note={
                    num(facets.entityDocuments) < num(fac.data.total)
                      ? `counted over the first ${num(facets.entityDocuments).toLocaleString('en-US')} matches`
                      : undefined
                  }
                />
              </>
            ) : null}
          </aside>
          <Panel title="Results" count={res.data?.total ?? null} testId="search-results">
            {res.data ? (
              <div className="result-count" data-testid="result-count">
                <strong>{num(res.data.total).toLocaleString('en-US')}</strong> article
                {num(res.data.total) === 1 ? '' : 's'} match “{q}”
                {chips.map(([k, v, clear]) => (
                  <button
                    key={k}
                    type="button"
                    className="chip on"
                    onClick={() => go(clear)}
                    title="remove this filter"
                  >
                    {k}: {v} ×
                  </button>
                ))}
              </div>
            ) : null}
            <Async
              state={res}
              isEmpty={(d) => items(d).length === 0}
              empty={`No document matches “${q}”${chips.length ? ' with these filters' : ''}.`}
            >
              {(d) => (
                <>
                  <ol className="results" start={offset + 1}>
                    {items(d).map((hit) => (
                      <li key={hit.id} className="result">
                        <div>
                          <a
                            className="doclink"
                            href={href(['doc', hit.id], { hl: highlightTerms(q, hit.snippet).join(' ') })}
                          >
                            {titleOf(hit)}
                          </a>
                        </div>
                        <DocMeta doc={hit} />
                        <div>
                          <Snippet text={hit.snippet} />
                        </div>
                      </li>
                    ))}
                  </ol>
                  <Pager
                    offset={offset}
                    limit={LIMIT}
                    total={d.total}
                    shown={items(d).length}
                    onOffset={(o) => navigate(href('search', { q, ...f, offset: o || null }))}
                  />
                </>
              )}
            </Async>
          </Panel>
        </div>
      )}
    </div>
  );
}
