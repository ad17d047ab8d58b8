/** Overview: corpus figures, search, latest documents, most-mentioned entities, stories. */
import { useState } from 'react';
import {
  items,
  num,
  type DocSummary,
  type EntitySummary,
  type ListPage,
  type Stats,
  type StoryView,
} from '../api';
import { Async, DocLink, DocMeta, EntityLink, Panel, TypeBadge } from '../components/ui';
import { ENTITY_TYPE_LABEL, fmtDate, fmtNum, LINK_LABEL } from '../lib/format';
import { href, navigate } from '../lib/router';
import { useApi } from '../lib/useApi';

function languagesOf(s: Stats): [string, number][] {
  const l = s.languages;
  if (Array.isArray(l)) return l.map((x) => [x.language, num(x.documents)]);
  if (l && typeof l === 'object') return Object.entries(l).map(([k, v]) => [k, num(v)]);
  return [];
}

function StatsPanel() {
  const stats = useApi<Stats>('stats');
  return (
    <Panel title="Corpus" testId="stats">
      <Async state={stats}>
        {(s) => {
          const langs = languagesOf(s).sort((a, b) => b[1] - a[1]);
          const ents = Object.entries(s.entities ?? {}).sort((a, b) => num(b[1]) - num(a[1]));
          const links = Object.entries(s.links ?? {}).sort((a, b) => num(b[1]) - num(a[1]));
          const entTotal = ents.reduce((n, [, v]) => n + num(v), 0);
          return (
            <>
              <div className="figures">
                <Figure label="documents" value={s.documents} />
                <Figure label="words" value={s.words} />
                <Figure label="entities" value={entTotal} />
                <Figure label="mentions" value={s.mentions} />
                <Figure label="quotes" value={s.quotes} />
                <Figure label="events" value={s.events} />
                <Figure label="relations" value={s.relations} />
                <Figure label="stories" value={s.stories} />
              </div>
              <dl className="kv">
                <dt>Period</dt>
                <dd>
                  {fmtDate(s.firstPublished)} – {fmtDate(s.lastPublished)}
                </dd>
                <dt>Languages</dt>
                <dd>{langs.length ? langs.map(([l, n]) => `${l} ${n}`).join(' · ') : '—'}</dd>
                <dt>Entities</dt>
                <dd>
                  {ents.length
                    ? ents.map(([t, n], i) => (
                        <span key={t}>
                          {i > 0 ? ' · ' : ''}
                          <a href={href('entities', { type: t })}>{ENTITY_TYPE_LABEL[t] ?? t}</a>{' '}
                          {fmtNum(num(n))}
                        </span>
                      ))
                    : '—'}
                </dd>
                <dt>Copies</dt>
                <dd>
                  {links.length
                    ? links.map(([t, n]) => `${LINK_LABEL[t] ?? t} ${fmtNum(num(n))}`).join(' · ')
                    : '—'}
                </dd>
                <dt>Outlets</dt>
                <dd>
                  {(s.outlets ?? []).length
                    ? (s.outlets ?? []).slice(0, 12).map((o, i) => (
                        <span key={`${o.outlet}-${i}`}>
                          {i > 0 ? ' · ' : ''}
                          {o.outlet ? (
                            <a href={href('documents', { outlet: o.outlet })}>{o.outlet}</a>
                          ) : (
                            <span className="muted">unknown</span>
                          )}{' '}
                          {num(o.documents)}
                        </span>
                      ))
                    : '—'}
                </dd>
              </dl>
            </>
          );
        }}
      </Async>
    </Panel>
  );
}

function Figure(props: { label: string; value: number | undefined }) {
  return (
    <div className="figure">
      <div className="value">{fmtNum(props.value ?? 0)}</div>
      <div className="label">{props.label}</div>
    </div>
  );
}

function HomeSearch() {
  const [q, setQ] = useState('');
  return (
    <form
      className="bigsearch"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (q.trim()) navigate(href('search', { q: q.trim() }));
      }}
    >
      <input
        type="search"
        placeholder="Search the corpus: names, places, phrases…"
        aria-label="Search the corpus"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        data-testid="home-search"
      />
      <button type="submit">Search</button>
    </form>
  );
}

export function HomePage() {
  const docs = useApi<ListPage<DocSummary>>('documents', { limit: 15 });
  const ents = useApi<ListPage<EntitySummary>>('entities', { limit: 20 });
  const stories = useApi<ListPage<StoryView>>('stories', { limit: 10 });
  return (
    <div className="page home">
      <HomeSearch />
      <div className="grid2">
        <StatsPanel />
        <Panel title="Top entities" testId="top-entities" actions={<a href="#/entities">all →</a>}>
          <Async
            state={ents}
            isEmpty={(d) => items(d).length === 0}
            empty="No entities yet: ingest some articles."
          >
            {(d) => (
              <table className="tbl">
                <tbody>
                  {items(d).map((e) => (
                    <tr key={e.id}>
                      <td>
                        <EntityLink id={e.id} name={e.name} type={e.type} />
                      </td>
                      <td>
                        <TypeBadge type={e.type} />
                      </td>
                      <td className="num">{fmtNum(e.mentions)}</td>
                      <td className="num muted">
                        {typeof e.documents === 'number' ? `${e.documents} docs` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Async>
        </Panel>
      </div>
      <div className="grid2">
        <Panel title="Documents" testId="latest-docs" actions={<a href="#/documents">all →</a>}>
          <Async
            state={docs}
            isEmpty={(d) => items(d).length === 0}
            empty="No documents yet. Run `orbit ingest PATH` to add articles."
          >
            {(d) => (
              <ul className="doclist">
                {items(d).map((doc) => (
                  <li key={doc.id}>
                    <DocLink doc={doc} />
                    <DocMeta doc={doc} />
                  </li>
                ))}
              </ul>
            )}
          </Async>
        </Panel>
        <Panel title="Stories" testId="home-stories" actions={<a href="#/stories">all →</a>}>
          <Async
            state={stories}
            isEmpty={(d) => items(d).length === 0}
            empty="No stories yet: stories appear when several articles cover the same news."
          >
            {(d) => (
              <ul className="doclist">
                {items(d).map((s) => (
                  <li key={s.id}>
                    <a href={href(['story', s.id])}>{s.title || s.id}</a>
                    <span className="meta">
                      <span>{(s.documents ?? []).length} documents</span>
                      <span>
                        {fmtDate(s.firstDay)}
                        {s.lastDay && s.lastDay !== s.firstDay ? ` – ${fmtDate(s.lastDay)}` : ''}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Async>
        </Panel>
      </div>
    </div>
  );
}
