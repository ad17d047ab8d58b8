/** Entity page: identity, roles, relations, alignment over time, quotes, events, mentions. */
import { useMemo, useState } from 'react';
import { arr, evidenceCount, explanationLines, type AlignmentView, type EntityDetail, type RelationView, type Span } from '../api';
import { AlignmentChart } from '../components/AlignmentChart';
import { Async, EntityLink, Panel, TypeBadge } from '../components/ui';
import { blocColor, fmtDate, fmtScore, labelFromId, rememberName, shortId } from '../lib/format';
import { href } from '../lib/router';
import { useApi } from '../lib/useApi';
import { EventLine, QuoteList } from './Document';

export function EntityPage(props: { id: string }) {
  const res = useApi<EntityDetail>(`entities/${encodeURIComponent(props.id)}`);
  return (
    <div className="page">
      <Async state={res}>{(d) => <EntityView d={d} />}</Async>
    </div>
  );
}

export function EvidenceLinks(props: { evidence: Span[] | number | null | undefined; max?: number; total?: number }) {
  const ev = Array.isArray(props.evidence) ? props.evidence : [];
  const total = Math.max(props.total ?? 0, ev.length);
  if (ev.length === 0) return <span className="muted">{typeof props.evidence === 'number' ? `${props.evidence} evidence` : 'no evidence'}</span>;
  const max = props.max ?? 5;
  return (
    <ul className="evidence">
      {ev.slice(0, max).map((s, i) => (
        <li key={i}>
          {s.document ? (
            <a href={href(['doc', s.document], { at: `${s.start}-${s.end}` })} title={s.document}>
              {s.text ? `“${s.text.length > 220 ? `${s.text.slice(0, 220)}…` : s.text}”` : `${shortId(s.document)} @${s.start}`}
            </a>
          ) : (
            <span>{s.text ?? ''}</span>
          )}
        </li>
      ))}
      {total > Math.min(max, ev.length) ? <li className="muted">and {total - Math.min(max, ev.length)} more</li> : null}
    </ul>
  );
}

function RelationRow(props: { r: RelationView; self: string }) {
  const { r } = props;
  const outgoing = r.from === props.self;
  const other = outgoing ? r.to : r.from;
  const otherName = outgoing ? r.toName : r.fromName;
  const when = r.validFrom || r.validTo ? ` (${fmtDate(r.validFrom)} – ${r.validTo ? fmtDate(r.validTo) : 'now'})` : '';
  return (
    <tr>
      <td className="nowrap">{outgoing ? r.type.replace(/_/g, ' ') : `← ${r.type.replace(/_/g, ' ')}`}</td>
      <td>
        <EntityLink id={other} name={otherName} />
        <span className="muted">{when}</span>
      </td>
      <td className="muted">{r.source ?? (arr(r.evidence as Span[]).length ? 'text' : '')}</td>
      <td>{arr(r.evidence as Span[]).length ? <EvidenceLinks evidence={r.evidence} max={2} /> : null}</td>
    </tr>
  );
}

function EntityView(props: { d: EntityDetail }) {
  const { d } = props;
  const e = d.entity ?? { id: '', type: 'other', name: '' };
  rememberName(e.id, e.name);
  const alignment = arr(d.alignment);
  const [selected, setSelected] = useState<AlignmentView | null>(null);
  const latest = useMemo(() => {
    const by = new Map<string, AlignmentView>();
    for (const a of alignment) {
      const cur = by.get(a.bloc);
      if (!cur || a.period > cur.period) by.set(a.bloc, a);
    }
    return [...by.values()].sort((a, b) => b.score - a.score);
  }, [alignment]);
  const shown = selected ?? latest[0] ?? null;
  const mentions = arr(d.mentions);
  const relations = arr(d.relations);
  return (
    <>
      <header className="entity-head" data-testid="entity-head">
        <h1>
          {e.name || labelFromId(e.id)} <TypeBadge type={e.type} />
        </h1>
        <div className="meta">
          <span className="mono">{e.id}</span>
          {e.country ? (
            <span>
              country <EntityLink id={e.country} />
            </span>
          ) : null}
          <a href={href('network', { entity: e.id })}>network</a>
          <a href={href('timeline', { entity: e.id })}>timeline</a>
          <a href={href('brief', { entity: e.id })}>briefing</a>
        </div>
        {arr(e.aliases).length ? (
          <div className="aliases">
            <span className="muted">also: </span>
            {arr(e.aliases).map((a, i) => (
              <span key={i} className="alias">
                {a}
              </span>
            ))}
          </div>
        ) : null}
      </header>
      <div className="grid2">
        <div>
          <Panel title="Roles" count={arr(e.roles).length} testId="entity-roles">
            {arr(e.roles).length === 0 ? (
              <div className="empty">No roles known.</div>
            ) : (
              <table className="tbl compact">
                <tbody>
                  {arr(e.roles).map((r, i) => (
                    <tr key={i}>
                      <td>{r.title}</td>
                      <td>{r.of ? <EntityLink id={r.of} name={r.ofName} /> : null}</td>
                      <td className="muted nowrap">
                        {r.from || r.to ? `${fmtDate(r.from)} – ${r.to ? fmtDate(r.to) : 'now'}` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Panel>
          <Panel title="Memberships and relations" count={relations.length} testId="entity-relations">
            {relations.length === 0 ? (
              <div className="empty">No relations known.</div>
            ) : (
              <table className="tbl compact">
                <tbody>
                  {relations.map((r, i) => (
                    <RelationRow key={i} r={r} self={e.id} />
                  ))}
                </tbody>
              </table>
            )}
          </Panel>
        </div>
        <Panel title="Alignment over time" testId="entity-alignment">
          <AlignmentChart points={alignment} selected={shown} onSelect={setSelected} />
          {latest.length ? (
            <div className="blocscores">
              {latest.map((a) => (
                <button key={a.bloc} type="button" className="blocscore" style={{ borderColor: blocColor(a.bloc) }} onClick={() => setSelected(a)}>
                  <span style={{ color: blocColor(a.bloc) }}>{a.bloc}</span> {fmtScore(a.score)} <span className="muted">{a.period}</span>
                </button>
              ))}
            </div>
          ) : null}
          {shown ? (
            <div className="alignment-evidence">
              <h3>
                {shown.bloc} · {shown.period} · {fmtScore(shown.score)} · {evidenceCount(shown.evidence, shown.evidenceCount)} evidence
              </h3>
              {explanationLines(shown.explanation).length ? (
                <ul className="explanation">
                  {explanationLines(shown.explanation).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              ) : null}
              <EvidenceLinks evidence={shown.evidence} total={shown.evidenceCount} />
            </div>
          ) : null}
        </Panel>
      </div>
      <div className="grid2">
        <Panel title="Quotes by" count={arr(d.quotesBy).length} testId="entity-quotes-by">
          {arr(d.quotesBy).length === 0 ? <div className="empty">No quotes attributed to this entity.</div> : <QuoteList quotes={arr(d.quotesBy)} showDoc />}
        </Panel>
        <Panel title="Quotes about" count={arr(d.quotesAbout).length} testId="entity-quotes-about">
          {arr(d.quotesAbout).length === 0 ? <div className="empty">No quotes mention this entity.</div> : <QuoteList quotes={arr(d.quotesAbout)} showDoc />}
        </Panel>
      </div>
      <Panel title="Events" count={arr(d.events).length} testId="entity-events">
        {arr(d.events).length === 0 ? (
          <div className="empty">No events involve this entity.</div>
        ) : (
          <ul className="events">
            {arr(d.events).map((ev, i) => (
              <li key={ev.id ?? i}>
                <EventLine e={ev} />
                <EvidenceLinks evidence={ev.evidence} total={ev.evidenceCount} max={2} />
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel title="Mentions" count={mentions.length} testId="entity-mentions">
        {mentions.length === 0 ? (
          <div className="empty">No mentions in the corpus.</div>
        ) : (
          <ul className="mentions">
            {mentions.map((m, i) => (
              <li key={`${m.document}-${m.start}-${i}`}>
                <a className="doclink" href={href(['doc', m.document], { at: `${m.start}-${m.end}` })}>
                  {m.title || shortId(m.document)}
                </a>{' '}
                <span className="muted">{fmtDate(m.published)}</span>
                <div className="kwic">
                  <span className="muted">…{m.before ?? ''}</span>
                  <mark>{m.text ?? ''}</mark>
                  <span className="muted">{m.after ?? ''}…</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      {arr(e.reasons).length ? (
        <details className="reasons">
          <summary>Why these mentions were merged ({arr(e.reasons).length})</summary>
          <ul>
            {arr(e.reasons).map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
