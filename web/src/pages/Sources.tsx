/**
 * Source profiles (/api/sources): per outlet, its documents and languages, how often it carries
 * agency copy or copies another outlet without credit, and how often independent outlets confirm
 * its stories. Each outlet links to its documents.
 */
import { items, type ListPage } from '../api';
import { FilterForm, useFilters, type FilterField } from '../components/FilterForm';
import { Async, Pager, Panel } from '../components/ui';
import { fmtDate } from '../lib/format';
import { href, navigate } from '../lib/router';
import { useApi } from '../lib/useApi';

type Share = { documents: number; share: number };
export type SourceProfileView = {
  key: string;
  outlet: string;
  names?: string[];
  kind?: string | null;
  country?: string | null;
  ownership?: string | null;
  documents: number;
  languages?: { language: string; documents: number }[];
  firstPublished?: string | null;
  lastPublished?: string | null;
  agencyCopy?: Share & { sources?: { outlet: string; documents: number }[] };
  uncreditedCopies?: Share;
  confirmed?: Share;
  inStories?: number;
};

const LIMIT = 50;
const KEYS = ['q', 'language'] as const;
const FIELDS: FilterField<(typeof KEYS)[number]>[] = [
  { key: 'q', label: 'Outlet' },
  { key: 'language', label: 'Language', size: 4 },
];

function ShareCell(props: { s?: Share; title: string }) {
  const s = props.s;
  if (!s || !s.documents) return <td className="num">–</td>;
  return (
    <td className="num" title={`${s.documents} document(s) ${props.title}`}>
      {Math.round(s.share * 100)}% <span className="muted">({s.documents})</span>
    </td>
  );
}

export function SourcesPage(props: { query: URLSearchParams }) {
  const { filters: f, offset } = useFilters(props.query, KEYS);
  const res = useApi<ListPage<SourceProfileView>>('sources', { ...f, limit: LIMIT, offset });
  return (
    <div className="page">
      <h1>Sources</h1>
      <p className="muted">
        Outlets as the documents name them (one outlet across scripts and domains). Agency copy: the document
        credits another outlet. Uncredited copies: it copies or rewrites another outlet&apos;s article without
        saying so. Confirmed: an independent outlet reports the same story.
      </p>
      <FilterForm route="sources" filters={f} fields={FIELDS} />
      <Panel title="Outlets" count={res.data?.total ?? null} testId="sources">
        <Async
          state={res}
          isEmpty={(d) => items(d).length === 0}
          empty="No outlet identified yet: profiles appear once documents name their outlet."
        >
          {(d) => (
            <>
              <table className="tbl">
                <thead>
                  <tr>
                    <th>Outlet</th>
                    <th>Kind</th>
                    <th className="num">Documents</th>
                    <th>Languages</th>
                    <th>Dates</th>
                    <th className="num">Agency copy</th>
                    <th className="num">Uncredited copies</th>
                    <th className="num">Confirmed</th>
                  </tr>
                </thead>
                <tbody>
                  {items(d).map((p) => (
                    <tr key={p.key}>
                      <td>
                        <a
                          href={href('documents', { outlet: p.names?.[0] ?? p.outlet })}
                          title={(p.names ?? []).join(', ')}
                        >
                          {p.outlet}
                        </a>
                      </td>
                      <td>{[p.kind, p.ownership].filter(Boolean).join(', ') || '–'}</td>
                      <td className="num">{p.documents}</td>
                      <td>{(p.languages ?? []).map((l) => `${l.language} ${l.documents}`).join(', ')}</td>
                      <td className="nowrap">
                        {p.firstPublished
                          ? `${fmtDate(p.firstPublished)} – ${fmtDate(p.lastPublished)}`
                          : '–'}
                      </td>
                      <ShareCell
                        s={p.agencyCopy}
                        title={`credit another outlet${p.agencyCopy?.sources?.length ? `: ${p.agencyCopy.sources.map((x) => x.outlet).join(', ')}` : ''}`}
                      />
                      <ShareCell s={p.uncreditedCopies} title="copy another outlet without credit" />
                      <ShareCell s={p.confirmed} title="are confirmed by an independent outlet" />
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager
                offset={offset}
                limit={LIMIT}
                total={d.total}
                shown={items(d).length}
                onOffset={(o) => navigate(href('sources', { ...f, offset: o || null }))}
              />
            </>
          )}
        </Async>
      </Panel>
    </div>
  );
}
