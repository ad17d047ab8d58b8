/**
 * Entity page: identity, roles (merged, with periods), relations as sentences in the direction
 * they hold, alignment on a true time axis with its reasons in words, quotes, events, mentions.
 * Panels with nothing in them are left out.
 */
import { useMemo, useState } from 'react';
import {
  arr,
  evidenceCount,
  explanationLines,
  type AlignmentView,
  type EntityDetail,
  type RelationView,
  type Span,
} from '../api';
import { AlignmentChart } from '../components/AlignmentChart';
import { Async, EntityLink, Panel, TypeBadge } from '../components/ui';
import { blocColor, fmtDate, fmtScore, labelFromId, rememberName, shortId } from '../lib/format';
import { mergeRoles, periodsText, relationGroup, relationSentence } from '../lib/relations';
import { monthIndex, monthLabel } from '../lib/timescale';
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

export function EvidenceLinks(props: {
  evidence: Span[] | number | null | undefined;
  max?: number;
  total?: number;
}) {
  const ev = Array.isArray(props.evidence) ? props.evidence : [];
  const total = Math.max(props.total ?? 0, ev.length);
  if (ev.length === 0)
    return (
      <span className="muted">
        {typeof props.evidence === 'number' ? `${props.evidence} evidence` : 'no evidence'}
      </span>
    );
  const max = props.max ?? 5;
  return (
    <ul className="evidence">
      {ev.slice(0, max).map((s, i) => (
        <li key={i}>
          {s.document ? (
            <a href={href(['doc', s.document], { at: `${s.start}-${s.end}` })} title={s.document}>
              {s.text
                ? `“${s.text.length > 220 ? `${s.text.slice(0, 220)}…` : s.text}”`
                : `${shortId(s.document)} @${s.start}`}
            </a>
          ) : (
            <span>{s.text ?? ''}</span>
          )}
        </li>
      ))}
      {total > Math.min(max, ev.length) ? (
        <li className="muted">and {total - Math.min(max, ev.length)} more</li>
      ) : null}
    </ul>
  );
}

/** One relation as a sentence: the page's own entity in bold, the other linked, then when and on what evidence. */
function RelationSentenceRow(props: { r: RelationView; self: string }) {
  const { r } = props;
  const s = relationSentence(r, props.self);
  const side = (x: { id: string; name: string }, isSelf: boolean) =>
    isSelf ? <strong className="self">{x.name}</strong> : <EntityLink id={x.id} name={x.name} />;
  const evidence = arr(r.evidence as Span[]);
  return (
    <li className="relation" data-type={r.type}>
      <span className="sentence">
        {side(s.subject, s.selfIs === 'subject')} {s.verb} {side(s.object, s.selfIs === 'object')}
      </span>
      {s.when ? <span className="muted"> ({s.when})</span> : null}
      <span className="muted small">
        {' '}
        ·{' '}
        {r.source === 'gazetteer'
          ? 'reference data'
          : `${evidence.length} source sentence${evidence.length === 1 ? '' : 's'}`}
      </span>
      {evidence.length ? <EvidenceLinks evidence={evidence} max={1} /> : null}
    </li>
  );
}

/** Roles merged across spellings and undated repeats, each as a sentence with its periods and evidence. */
function RolesPanel(props: { e: EntityDetail['entity']; relations: RelationView[] }) {
  const roles = mergeRoles(props.e.roles);
  if (roles.length === 0) return null;
  const name = props.e.name || labelFromId(props.e.id);
  return (
    <Panel title="Roles" count={roles.length} testId="entity-roles">
      <ul className="relations">
        {roles.map((r, i) => {
          const evidence = props.relations
            .filter((x) => x.type === 'holds_role' && x.from === props.e.id && x.to === r.of)
            .flatMap((x) => arr(x.evidence as Span[]));
          const current = r.periods.some((p) => !p.to);
          return (
            <li key={i} className="relation role">
              <span className="sentence">
                <strong className="self">{name}</strong> {current ? 'is' : 'was'} {r.title}
                {r.of ? (
                  <>
                    {' '}
                    of <EntityLink id={r.of} name={r.ofName} />
                  </>
                ) : null}
              </span>
              {periodsText(r.periods) ? (
                <span className="muted"> ({periodsText(r.periods)})</span>
              ) : (
                <span className="muted small"> (dates not stated)</span>
              )}
              {evidence.length ? <EvidenceLinks evidence={evidence} max={1} /> : null}
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}

function RelationsPanel(props: { e: EntityDetail['entity']; relations: RelationView[] }) {
  const self = props.e.id;
  // A person's own role relations are the Roles panel's; show the rest grouped by what they say.
  const ownRoles = new Set(arr(props.e.roles).map((r) => r.of));
  const shown = props.relations.filter(
    (r) => !(r.type === 'holds_role' && r.from === self && ownRoles.has(r.to)),
  );
  const groups = useMemo(() => {
    const by = new Map<string, RelationView[]>();
    const seen = new Set<string>();
    for (const r of shown) {
      const k = `${r.type}|${r.from}|${r.to}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const g = relationGroup(r.type, r.from === self ? 'subject' : 'object');
      by.set(g, [...(by.get(g) ?? []), r]);
    }
    return [...by.entries()];
  }, [shown, self]);
  if (groups.length === 0) return null;
  return (
    <Panel title="Relations" count={groups.reduce((a, [, l]) => a + l.length, 0)} testId="entity-relations">
      {groups.map(([title, list]) => (
        <div key={title} className="relgroup">
          <h3>{title}</h3>
          <ul className="relations">
            {list.map((r, i) => (
              <RelationSentenceRow key={i} r={r} self={self} />
            ))}
          </ul>
        </div>
      ))}
    </Panel>
  );
}

/** "+0.50: Kazakhstan signed…" → a direction and the reason in words. */
export function Reason(props: { line: string }) {
  const m = /^([+−-])(\d+(?:\.\d+)?):\s*(.*)$/.exec(props.line);
  if (!m) {
    const overall = /^Overall [+−-]?\d+(?:\.\d+)?:\s*(.*)$/.exec(props.line);
    return <li className="reason overall">{overall ? overall[1] : props.line}</li>;
  }
  const toward = m[1] === '+';
  return (
    <li className={`reason ${toward ? 'toward' : 'away'}`}>
      <span className="dir" title={`weight ${m[1]}${m[2]}`}>
        {toward ? '▲ toward' : '▼ away'}
      </span>{' '}
      {m[3].charAt(0).toUpperCase() + m[3].slice(1)}
    </li>
  );
}

function AlignmentPanel(props: { alignment: AlignmentView[] }) {
  const alignment = props.alignment;
  const [selected, setSelected] = useState<AlignmentView | null>(null);
  const latest = useMemo(() => {
    const by = new Map<string, AlignmentView>();
    for (const a of alignment) {
      const cur = by.get(a.bloc);
      if (!cur || a.period > cur.period) by.set(a.bloc, a);
    }
    return [...by.values()].sort((a, b) => b.score - a.score);
  }, [alignment]);
  if (alignment.length === 0) return null;
  const shown = selected ?? latest[0] ?? null;
  return (
    <Panel title="Alignment over time" testId="entity-alignment">
      <AlignmentChart points={alignment} selected={shown} onSelect={setSelected} />
      <div className="blocscores">
        <span className="muted small">Latest month per bloc:</span>
        {latest.map((a) => (
          <button
            key={a.bloc}
            type="button"
            className="blocscore"
            style={{ borderColor: blocColor(a.bloc) }}
            onClick={() => setSelected(a)}
          >
            <span style={{ color: blocColor(a.bloc) }}>{a.bloc}</span> {fmtScore(a.score)}{' '}
            <span className="muted">
              {monthIndex(a.period) !== null ? monthLabel(monthIndex(a.period)!) : a.period}
            </span>
          </button>
        ))}
      </div>
      {shown ? (
        <div className="alignment-evidence">
          <h3>
            Why {shown.bloc},{' '}
            {monthIndex(shown.period) !== null ? monthLabel(monthIndex(shown.period)!) : shown.period}:{' '}
            {fmtScore(shown.score)} · {evidenceCount(shown.evidence, shown.evidenceCount)} evidence
          </h3>
          {explanationLines(shown.explanation).length ? (
            <ul className="explanation">
              {explanationLines(shown.explanation).map((line, i) => (
                <Reason key={i} line={line} />
              ))}
            </ul>
          ) : null}
          <EvidenceLinks evidence={shown.evidence} total={shown.evidenceCount} />
        </div>
      ) : null}
    </Panel>
  );
}

function EntityView(props: { d: EntityDetail }) {
  const { d } = props;
  const e = d.entity ?? { id: '', type: 'other', name: '' };
  rememberName(e.id, e.name);
  const alignment = arr(d.alignment);
  const mentions = arr(d.mentions);
  const relations = arr(d.relations);
  const quotesBy = arr(d.quotesBy);
  const quotesAbout = arr(d.quotesAbout);
  const events = arr(d.events);
  const hasRoles = mergeRoles(e.roles).length > 0;
  const nothing =
    !hasRoles &&
    relations.length === 0 &&
    alignment.length === 0 &&
    quotesBy.length === 0 &&
    quotesAbout.length === 0 &&
    events.length === 0 &&
    mentions.length === 0;
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
          <a href={href('network', { focus: e.id })}>network</a>
          <a href={href('timeline', { entity: e.id })}>timeline</a>
          <a href={href('brief', { entity: e.id })}>briefing</a>
          <a href={href('search', { q: e.name || labelFromId(e.id), entity: e.id })}>articles</a>
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
      {nothing ? <div className="empty">Nothing is known about this entity yet beyond its name.</div> : null}
      {hasRoles || relations.length || alignment.length ? (
        <div className={hasRoles || relations.length ? (alignment.length ? 'grid2' : '') : ''}>
          {hasRoles || relations.length ? (
            <div>
              <RolesPanel e={e} relations={relations} />
              <RelationsPanel e={e} relations={relations} />
            </div>
          ) : null}
          <AlignmentPanel alignment={alignment} />
        </div>
      ) : null}
      {quotesBy.length || quotesAbout.length ? (
        <div className={quotesBy.length && quotesAbout.length ? 'grid2' : ''}>
          {quotesBy.length ? (
            <Panel title="Quotes by" count={quotesBy.length} testId="entity-quotes-by">
              <QuoteList quotes={quotesBy} showDoc />
            </Panel>
          ) : null}
          {quotesAbout.length ? (
            <Panel title="Quotes about" count={quotesAbout.length} testId="entity-quotes-about">
              <QuoteList quotes={quotesAbout} showDoc />
            </Panel>
          ) : null}
        </div>
      ) : null}
      {events.length ? (
        <Panel title="Events" count={events.length} testId="entity-events">
          <ul className="events">
            {events.map((ev, i) => (
              <li key={ev.id ?? i}>
                <EventLine e={ev} />
                <EvidenceLinks evidence={ev.evidence} total={ev.evidenceCount} max={2} />
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
      {mentions.length ? (
        <Panel title="Mentions" count={mentions.length} testId="entity-mentions">
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
        </Panel>
      ) : null}
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
