/** Story clusters, and one story with its documents grouped by copy relation. */
import { useMemo } from 'react';
import { arr, items, type DocSummary, type ListPage, type StoryDetail, type StoryView } from '../api';
import { Async, DocLink, DocMeta, Panel } from '../components/ui';
import { fmtDate, fmtScore, LINK_LABEL, shortId, titleOf } from '../lib/format';
import { href } from '../lib/router';
import { useApi } from '../lib/useApi';

export function StoriesPage() {
  const res = useApi<ListPage<StoryView>>('stories', { limit: 200 });
  return (
    <div className="page">
      <h1>Stories</h1>
      <Panel
        title="Stories"
        count={res.data?.total ?? (res.data ? items(res.data).length : null)}
        testId="stories"
      >
        <Async
          state={res}
          isEmpty={(d) => items(d).length === 0}
          empty="No stories yet: a story forms when several articles report the same news."
        >
          {(d) => (
            <table className="tbl">
              <thead>
                <tr>
                  <th>Story</th>
                  <th className="num">Documents</th>
                  <th>First</th>
                  <th>Last</th>
                </tr>
              </thead>
              <tbody>
                {items(d).map((s) => (
                  <tr key={s.id}>
                    <td>
                      <a href={href(['story', s.id])}>{s.title || s.id}</a>
                    </td>
                    <td className="num">{arr(s.documents).length}</td>
                    <td className="nowrap">{fmtDate(s.firstDay)}</td>
                    <td className="nowrap">{fmtDate(s.lastDay)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Async>
      </Panel>
    </div>
  );
}

export function StoryPage(props: { id: string }) {
  const res = useApi<StoryDetail>(`stories/${encodeURIComponent(props.id)}`);
  return (
    <div className="page">
      <Async state={res}>{(d) => <StoryView d={d} />}</Async>
    </div>
  );
}

/**
 * Groups a story's documents: each original with the copies made from it (link `from` is the
 * copy, `to` the original), then the independent reports.
 */
function StoryView(props: { d: StoryDetail }) {
  const docs = arr(props.d.documents);
  const links = arr(props.d.links);
  const byId = useMemo(() => new Map(docs.map((d) => [d.id, d])), [docs]);
  const groups = useMemo(() => {
    const copyLinks = links.filter((l) => l.type !== 'same_story');
    const copies = new Set(copyLinks.map((l) => l.from));
    const originals = [...new Set(copyLinks.map((l) => l.to))].filter((id) => !copies.has(id));
    const grouped = new Set<string>([...copies, ...originals]);
    return {
      families: originals.map((o) => ({ original: o, copies: copyLinks.filter((l) => l.to === o) })),
      chained: copyLinks.filter((l) => copies.has(l.to)),
      independent: docs.filter((d) => !grouped.has(d.id)),
    };
  }, [docs, links]);
  const s = props.d.story ?? { id: '' };
  const doc = (id: string): DocSummary => byId.get(id) ?? { id };
  return (
    <>
      <h1>{s.title || s.id}</h1>
      <div className="meta">
        <span>{docs.length} documents</span>
        <span>
          {fmtDate(s.firstDay)} – {fmtDate(s.lastDay)}
        </span>
        <span>{groups.independent.length + groups.families.length} independent reports</span>
      </div>
      <Panel title="Originals and their copies" count={groups.families.length} testId="story-families">
        {groups.families.length === 0 ? (
          <div className="empty">No copies detected in this story.</div>
        ) : (
          <ul className="families">
            {groups.families.map((f) => (
              <li key={f.original}>
                <DocLink doc={doc(f.original)} /> <DocMeta doc={doc(f.original)} />
                <ul className="copies">
                  {f.copies.map((l) => (
                    <li key={`${l.from}-${l.type}`}>
                      <span className={`linktype lt-${l.type}`}>{LINK_LABEL[l.type] ?? l.type}</span>{' '}
                      <span className="muted">{fmtScore(l.score)}</span> <DocLink doc={doc(l.from)} />{' '}
                      <DocMeta doc={doc(l.from)} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
            {groups.chained.map((l) => (
              <li key={`${l.from}-${l.to}`}>
                <span className={`linktype lt-${l.type}`}>{LINK_LABEL[l.type] ?? l.type}</span>{' '}
                <DocLink doc={doc(l.from)} /> of {titleOf(doc(l.to)) || shortId(l.to)}{' '}
                <span className="muted">{fmtScore(l.score)}</span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel title="Other reports" count={groups.independent.length} testId="story-independent">
        {groups.independent.length === 0 ? (
          <div className="empty">Every document here is an original or a copy listed above.</div>
        ) : (
          <ul className="doclist">
            {groups.independent.map((d) => (
              <li key={d.id}>
                <DocLink doc={d} /> <DocMeta doc={d} />
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}
