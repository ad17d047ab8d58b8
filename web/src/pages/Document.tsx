/**
 * Article reader: the cleaned text with entity mentions, quotes, time expressions and event
 * evidence marked, and a side panel of every fact found in it. The text is untrusted: it only
 * ever becomes React text nodes, segmented by the spans the server sent.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  arr,
  type DocumentDetail,
  type EventView,
  type LinkView,
  type MentionView,
  type QuoteView,
  type TimeView,
} from '../api';
import { Async, EntityLink, EntityList, Panel, TypeBadge } from '../components/ui';
import { fmtDate, fmtRange, fmtScore, LINK_LABEL, shortId, typeFromId } from '../lib/format';
import { href } from '../lib/router';
import { segmentText, type Annotation, type Segment } from '../lib/segments';
import { useApi } from '../lib/useApi';
import { findTerms } from '../lib/highlight';

type Kind = 'mention' | 'quote' | 'time' | 'event' | 'focus' | 'hit';
type Layers = { mention: boolean; quote: boolean; time: boolean; event: boolean };
type Focus = { start: number; end: number } | null;

function parseAt(at: string | null): Focus {
  const m = /^(\d+)(?:-(\d+))?$/.exec(at ?? '');
  if (!m) return null;
  const start = Number(m[1]);
  const end = m[2] ? Number(m[2]) : start + 1;
  return end > start ? { start, end } : null;
}

export function DocumentPage(props: { id: string; at: string | null; hl?: string | null }) {
  const res = useApi<DocumentDetail>(`documents/${encodeURIComponent(props.id)}`);
  return (
    <div className="page">
      <Async state={res}>
        {(d) => <Reader detail={d} initialFocus={parseAt(props.at)} hl={props.hl ?? ''} />}
      </Async>
    </div>
  );
}

function Reader(props: { detail: DocumentDetail; initialFocus: Focus; hl: string }) {
  const { detail } = props;
  const doc = detail.document ?? { id: '' };
  const text = typeof doc.text === 'string' ? doc.text : '';
  const mentions = arr(detail.mentions);
  const quotes = arr(detail.quotes);
  const events = arr(detail.events);
  const times = arr(detail.times);
  const links = arr(detail.links);
  const [layers, setLayers] = useState<Layers>({ mention: true, quote: true, time: true, event: true });
  const [focus, setFocus] = useState<Focus>(props.initialFocus);
  // The words searched for, carried from the search page (?hl=), marked wherever they occur.
  const terms = useMemo(() => props.hl.split(/\s+/).filter(Boolean), [props.hl]);
  const hits = useMemo(() => findTerms(text, terms), [text, terms]);
  const [hitAt, setHitAt] = useState(-1);
  const goHit = (i: number) => {
    const marks = document.querySelectorAll('.reader mark.hit[data-first]');
    if (!marks.length) return;
    const n = ((i % marks.length) + marks.length) % marks.length;
    setHitAt(n);
    marks[n].scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const paragraphs = useMemo(() => {
    const anns: Annotation<Kind>[] = [];
    if (layers.mention)
      mentions.forEach((m, i) => anns.push({ kind: 'mention', start: m.start, end: m.end, index: i }));
    if (layers.quote)
      quotes.forEach(
        (q, i) =>
          typeof q.start === 'number' &&
          typeof q.end === 'number' &&
          anns.push({ kind: 'quote', start: q.start, end: q.end, index: i }),
      );
    if (layers.time)
      times.forEach((t, i) => anns.push({ kind: 'time', start: t.start, end: t.end, index: i }));
    if (layers.event)
      events.forEach((e, i) => {
        for (const ev of arr(e.evidence))
          if (!ev.document || ev.document === doc.id)
            anns.push({ kind: 'event', start: ev.start, end: ev.end, index: i });
      });
    if (focus) anns.push({ kind: 'focus', start: focus.start, end: focus.end, index: 0 });
    hits.forEach((h, i) => anns.push({ kind: 'hit', start: h.start, end: h.end, index: i }));
    return segmentText<Kind>(text, doc.paragraphs, anns);
  }, [text, doc.paragraphs, doc.id, mentions, quotes, times, events, layers, focus, hits]);

  useEffect(() => {
    if (!focus) return;
    const el = document.querySelector('.reader .focus');
    if (el && 'scrollIntoView' in el) el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [focus]);

  const meta: [string, ReactNode][] = [
    ['Published', fmtDate(doc.published)],
    ['Outlet', doc.outlet ?? '—'],
    ['Author', doc.author ?? '—'],
    ['Carries', doc.originalSource ?? '—'],
    ['Dateline', doc.dateline ?? '—'],
    ['Language', doc.language ?? '—'],
    ['Source', <span className="mono small">{doc.source ?? '—'}</span>],
    ['Id', <span className="mono small">{doc.id}</span>],
  ];

  return (
    <div className="reader-layout">
      <article className="reader" data-testid="reader">
        <h1 className="doc-title">{doc.title || <span className="muted">(untitled)</span>}</h1>
        <dl className="kv docmeta">
          {meta.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
        <div className="layers">
          {(['mention', 'quote', 'time', 'event'] as const).map((k) => (
            <label key={k} className={`layer l-${k}`}>
              <input
                type="checkbox"
                checked={layers[k]}
                onChange={(e) => setLayers({ ...layers, [k]: e.target.checked })}
              />{' '}
              {k === 'mention' ? 'entities' : `${k}s`}
            </label>
          ))}
          <span className="legend">
            {['person', 'country', 'organization', 'location', 'media', 'group'].map((t) => (
              <span key={t} className={`ent t-${t}`}>
                {t}
              </span>
            ))}
          </span>
        </div>
        {terms.length ? (
          <div className="hitbar" data-testid="hitbar">
            <span>
              Searched for{' '}
              {terms.map((t, i) => (
                <mark key={i} className="hit">
                  {t}
                </mark>
              ))}
              : <strong data-testid="hit-count">{hits.length}</strong> match{hits.length === 1 ? '' : 'es'} in
              this article
              {hitAt >= 0 ? <span className="muted"> (at {hitAt + 1})</span> : null}
            </span>
            <button
              type="button"
              className="linkbtn"
              onClick={() => goHit(hitAt - 1)}
              disabled={!hits.length}
            >
              ↑ previous
            </button>
            <button
              type="button"
              className="linkbtn"
              onClick={() => goHit(hitAt + 1)}
              disabled={!hits.length}
            >
              ↓ next
            </button>
            <a className="small" href={href(['doc', doc.id])}>
              clear
            </a>
          </div>
        ) : null}
        <div className="text" data-testid="article-text">
          {text === '' ? (
            <div className="empty">This document has no text.</div>
          ) : (
            paragraphs.map((p) => (
              <p key={p.start}>
                {p.segments.map((s) => (
                  <SegmentView
                    key={s.start}
                    seg={s}
                    mentions={mentions}
                    quotes={quotes}
                    times={times}
                    events={events}
                  />
                ))}
              </p>
            ))
          )}
        </div>
        {arr(doc.diagnostics).length > 0 ? (
          <details className="diagnostics">
            <summary>{arr(doc.diagnostics).length} diagnostics</summary>
            <ul>
              {arr(doc.diagnostics).map((d, i) => (
                <li key={i}>
                  <code>{d.code}</code> {d.message}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </article>
      <aside className="facts" data-testid="facts">
        <EntitiesFacts mentions={mentions} onFocus={setFocus} />
        <QuotesFacts quotes={quotes} onFocus={setFocus} />
        <EventsFacts events={events} docId={doc.id} onFocus={setFocus} />
        <TimesFacts times={times} onFocus={setFocus} />
        <LinksFacts links={links} docId={doc.id} />
      </aside>
    </div>
  );
}

/** One text segment wrapped in the elements of the annotations covering it. */
function SegmentView(props: {
  seg: Segment<Kind>;
  mentions: MentionView[];
  quotes: QuoteView[];
  times: TimeView[];
  events: EventView[];
}) {
  const { seg } = props;
  let node: ReactNode = seg.text;
  let mention: MentionView | undefined;
  let time: TimeView | undefined;
  let quote: QuoteView | undefined;
  let event: EventView | undefined;
  let focused = false;
  let hit: { first: boolean } | null = null;
  let eventStarts: EventView[] = [];
  for (const m of seg.marks) {
    if (m.kind === 'mention' && !mention) mention = props.mentions[m.index];
    else if (m.kind === 'time' && !time) time = props.times[m.index];
    else if (m.kind === 'quote' && !quote) quote = props.quotes[m.index];
    else if (m.kind === 'event') {
      event ??= props.events[m.index];
      if (m.start === seg.start) eventStarts = [...eventStarts, props.events[m.index]];
    } else if (m.kind === 'focus') focused = true;
    else if (m.kind === 'hit') hit = { first: m.start === seg.start };
  }
  if (hit) {
    node = (
      <mark className="hit" data-first={hit.first ? '' : undefined}>
        {node}
      </mark>
    );
  }
  if (mention) {
    const type = mention.entityType || typeFromId(mention.entity);
    node = (
      <a
        className={`m t-${type}`}
        href={href(['entity', mention.entity])}
        title={`${mention.entityName ?? mention.entity} (${type})`}
      >
        {node}
      </a>
    );
  }
  if (time) {
    const v = time.value ? fmtRange(time.value.start, time.value.end) : 'unresolved';
    node = (
      <time className="tx" dateTime={time.value?.start ?? undefined} title={`${time.kind ?? 'time'}: ${v}`}>
        {node}
      </time>
    );
  }
  const quoteEnds = quote && quote.end === seg.end;
  const cls = [
    quote ? (quote.direct === false ? 'q indirect' : 'q') : '',
    event ? 'ev' : '',
    focused ? 'focus' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      {eventStarts.map((e, i) => (
        <sup key={`e${i}`} className="evmark" title={e.summary ?? e.type}>
          {e.type}
        </sup>
      ))}
      {cls ? (
        <span
          className={cls}
          title={quote ? `quote by ${quote.speakerName ?? quote.speaker ?? 'unknown speaker'}` : undefined}
        >
          {node}
        </span>
      ) : (
        node
      )}
      {quoteEnds && quote ? (
        <sup className="qspk">
          —{' '}
          {quote.speaker ? (
            <EntityLink id={quote.speaker} name={quote.speakerName} />
          ) : (
            <span className="muted">unknown speaker</span>
          )}
        </sup>
      ) : null}
    </>
  );
}

function EntitiesFacts(props: { mentions: MentionView[]; onFocus: (f: Focus) => void }) {
  const groups = useMemo(() => {
    const by = new Map<
      string,
      { id: string; name: string | null | undefined; type: string; spans: MentionView[] }
    >();
    for (const m of props.mentions) {
      if (!m || !m.entity) continue;
      const g = by.get(m.entity) ?? {
        id: m.entity,
        name: m.entityName,
        type: m.entityType || typeFromId(m.entity),
        spans: [],
      };
      g.spans.push(m);
      by.set(m.entity, g);
    }
    return [...by.values()].sort(
      (a, b) => b.spans.length - a.spans.length || String(a.name).localeCompare(String(b.name)),
    );
  }, [props.mentions]);
  const [cursor, setCursor] = useState<Record<string, number>>({});
  return (
    <Panel title="Entities" count={groups.length} testId="facts-entities">
      {groups.length === 0 ? (
        <div className="empty">No entities found in this article.</div>
      ) : (
        <table className="tbl compact">
          <tbody>
            {groups.map((g) => (
              <tr key={g.id}>
                <td>
                  <EntityLink id={g.id} name={g.name} type={g.type} />
                </td>
                <td>
                  <TypeBadge type={g.type} />
                </td>
                <td className="num">
                  <button
                    type="button"
                    className="linkbtn"
                    title="Show the next mention in the text"
                    onClick={() => {
                      const i = (cursor[g.id] ?? -1) + 1;
                      const s = g.spans[i % g.spans.length];
                      setCursor({ ...cursor, [g.id]: i });
                      props.onFocus({ start: s.start, end: s.end });
                    }}
                  >
                    {g.spans.length}×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function QuotesFacts(props: { quotes: QuoteView[]; onFocus: (f: Focus) => void }) {
  return (
    <Panel title="Quotes" count={props.quotes.length} testId="facts-quotes">
      {props.quotes.length === 0 ? (
        <div className="empty">No quotes found in this article.</div>
      ) : (
        <QuoteList quotes={props.quotes} onFocus={props.onFocus} />
      )}
    </Panel>
  );
}

/** Quotes with speaker and relay chain (speaker ← reporter ← outlet), shared with other pages. */
export function QuoteList(props: { quotes: QuoteView[]; onFocus?: (f: Focus) => void; showDoc?: boolean }) {
  return (
    <ul className="quotes">
      {props.quotes.map((q, i) => (
        <li key={q.id ?? i} className="quote">
          <blockquote className={q.direct === false ? 'indirect' : ''}>
            {q.direct === false ? '' : '“'}
            {q.text}
            {q.direct === false ? '' : '”'}
          </blockquote>
          <div className="quote-meta">
            <span>
              —{' '}
              {q.speaker ? (
                <EntityLink id={q.speaker} name={q.speakerName} />
              ) : (
                <span className="muted">unknown speaker</span>
              )}
            </span>
            {arr(q.reportedBy).length > 0 ? (
              <span className="relay" title="relay chain, nearest first">
                via <EntityList ids={q.reportedBy} names={q.reportedByNames} sep=" ← " />
              </span>
            ) : null}
            {q.cue ? <span className="muted">cue “{q.cue}”</span> : null}
            <span className="muted">{q.direct === false ? 'indirect' : 'direct'}</span>
            {props.onFocus && typeof q.start === 'number' && typeof q.end === 'number' ? (
              <button
                type="button"
                className="linkbtn"
                onClick={() => props.onFocus?.({ start: q.start as number, end: q.end as number })}
              >
                show
              </button>
            ) : null}
            {props.showDoc && q.document ? (
              <span>
                in{' '}
                <a
                  href={href(['doc', q.document], {
                    at: typeof q.start === 'number' ? `${q.start}-${q.end}` : null,
                  })}
                >
                  {q.title || shortId(q.document)}
                </a>{' '}
                {q.published ? <span className="muted">{fmtDate(q.published)}</span> : null}
              </span>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

function EventsFacts(props: { events: EventView[]; docId: string; onFocus: (f: Focus) => void }) {
  return (
    <Panel title="Events" count={props.events.length} testId="facts-events">
      {props.events.length === 0 ? (
        <div className="empty">No events found in this article.</div>
      ) : (
        <ul className="events">
          {props.events.map((e, i) => {
            const ev = arr(e.evidence).find((s) => !s.document || s.document === props.docId);
            return (
              <li key={e.id ?? i}>
                <EventLine e={e} />
                {ev ? (
                  <button
                    type="button"
                    className="linkbtn"
                    onClick={() => props.onFocus({ start: ev.start, end: ev.end })}
                  >
                    show
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}

/** One event: type, mode, date, who → whom, where, summary. */
/** The event's date as stated: "by <day>" when only the publication bounds it. */
export function eventDateText(e: EventView): string {
  if (!e.date?.start && !e.date?.end) return 'undated';
  if (e.date?.inferred) return `by ${fmtDate(e.date.end ?? e.date.start)}`;
  return fmtRange(e.date?.start, e.date?.end);
}

const MODE_WORDS: Record<string, string> = {
  negated: 'did not happen',
  hypothetical: 'possible',
  intended: 'planned',
  offered: 'offered',
};

/** Whether the report says it happened, in words; "" for a plain assertion. */
export function modeWords(e: EventView): string {
  const m = e.mode && e.mode !== 'asserted' ? (MODE_WORDS[e.mode] ?? e.mode) : '';
  return [m, e.hedged ? 'reportedly' : ''].filter(Boolean).join(', ');
}

export function EventLine(props: { e: EventView }) {
  const e = props.e;
  return (
    <div className="event">
      <span className={`evtype ev-${String(e.type).toLowerCase()}`}>{e.type}</span>
      {modeWords(e) ? <span className={`mode mode-${e.mode ?? 'asserted'}`}>{modeWords(e)}</span> : null}
      <span
        className={`muted nowrap${e.date?.inferred ? ' inferred-date' : ''}`}
        title={
          e.date?.inferred
            ? 'no date in the report: the event happened by this day (its publication)'
            : undefined
        }
      >
        {eventDateText(e)}
      </span>{' '}
      <EntityList ids={e.actors} names={e.actorNames} />{' '}
      {arr(e.targets).length ? (
        <>
          → <EntityList ids={e.targets} names={e.targetNames} />
        </>
      ) : null}
      {e.location ? (
        <>
          {' '}
          at <EntityLink id={e.location} name={e.locationName} />
        </>
      ) : null}
      {e.summary ? <div className="summary">{e.summary}</div> : null}
    </div>
  );
}

function TimesFacts(props: { times: TimeView[]; onFocus: (f: Focus) => void }) {
  return (
    <Panel title="Time expressions" count={props.times.length} testId="facts-times">
      {props.times.length === 0 ? (
        <div className="empty">No time expressions found.</div>
      ) : (
        <table className="tbl compact">
          <tbody>
            {props.times.map((t, i) => (
              <tr key={i}>
                <td>
                  <button
                    type="button"
                    className="linkbtn"
                    onClick={() => props.onFocus({ start: t.start, end: t.end })}
                  >
                    {t.text ?? `${t.start}–${t.end}`}
                  </button>
                </td>
                <td className="nowrap">
                  {t.value ? fmtRange(t.value.start, t.value.end) : <span className="muted">unresolved</span>}
                </td>
                <td className="muted">{t.kind ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

/** Copies: `from` is the derived copy, `to` the original it was made from. */
function LinksFacts(props: { links: LinkView[]; docId: string }) {
  const copiesOf = props.links.filter((l) => l.from === props.docId && l.type !== 'same_story');
  const copiedBy = props.links.filter((l) => l.to === props.docId && l.type !== 'same_story');
  const same = props.links.filter((l) => l.type === 'same_story');
  const row = (l: LinkView, other: string, title: string | null | undefined) => (
    <li key={`${l.from}-${l.to}-${l.type}`}>
      <span className={`linktype lt-${l.type}`}>{LINK_LABEL[l.type] ?? l.type}</span>{' '}
      <a href={href(['doc', other])}>{title || shortId(other)}</a>{' '}
      <span className="muted">{fmtScore(l.score)}</span>
    </li>
  );
  return (
    <Panel title="Copies and related" count={props.links.length} testId="facts-links">
      {props.links.length === 0 ? (
        <div className="empty">No copies of or by this article found.</div>
      ) : (
        <>
          {copiesOf.length ? (
            <>
              <h3>This article copies</h3>
              <ul className="links">{copiesOf.map((l) => row(l, l.to, l.toTitle))}</ul>
            </>
          ) : null}
          {copiedBy.length ? (
            <>
              <h3>Copied by</h3>
              <ul className="links">{copiedBy.map((l) => row(l, l.from, l.fromTitle))}</ul>
            </>
          ) : null}
          {same.length ? (
            <>
              <h3>Same story</h3>
              <ul className="links">
                {same.map((l) =>
                  l.from === props.docId ? row(l, l.to, l.toTitle) : row(l, l.from, l.fromTitle),
                )}
              </ul>
            </>
          ) : null}
        </>
      )}
    </Panel>
  );
}
