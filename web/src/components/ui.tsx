/** Building blocks shared by every page: panels with loading/error/empty states, links, pager. */
import type { ReactNode } from 'react';
import type { ApiState } from '../lib/useApi';
import { ENTITY_TYPE_LABEL, fmtDate, labelFromId, rememberName, titleOf, typeFromId } from '../lib/format';
import { href } from '../lib/router';
import { splitSnippet } from '../lib/segments';

export function Panel(props: {
  title: ReactNode;
  count?: number | null;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <section className={`panel ${props.className ?? ''}`} data-testid={props.testId}>
      <header className="panel-head">
        <h2>
          {props.title}
          {typeof props.count === 'number' ? (
            <span className="count">{props.count.toLocaleString('en-US')}</span>
          ) : null}
        </h2>
        {props.actions ? <div className="panel-actions">{props.actions}</div> : null}
      </header>
      <div className="panel-body">{props.children}</div>
    </section>
  );
}

export function Empty(props: { children?: ReactNode }) {
  return <div className="empty">{props.children ?? 'Nothing here yet.'}</div>;
}

export function Loading() {
  return (
    <div className="loading" role="status">
      Loading…
    </div>
  );
}

export function ErrorBox(props: { error: Error & { code?: string } }) {
  return (
    <div className="error" role="alert">
      {props.error.code ? <code>{props.error.code}</code> : null} {props.error.message}
    </div>
  );
}

/**
 * Renders an API state: loading, error, or the body. `isEmpty` decides when to show the empty
 * message instead of the body, so every panel has one.
 */
export function Async<T>(props: {
  state: ApiState<T>;
  isEmpty?: (d: T) => boolean;
  empty?: ReactNode;
  children: (d: T) => ReactNode;
}) {
  const { data, error, loading } = props.state;
  if (error) return <ErrorBox error={error} />;
  if (data === null) return loading ? <Loading /> : <Empty>{props.empty}</Empty>;
  if (props.isEmpty?.(data)) return <Empty>{props.empty}</Empty>;
  return <>{props.children(data)}</>;
}

export function TypeBadge(props: { type: string | null | undefined }) {
  const t = props.type || 'other';
  return <span className={`badge t-${t}`}>{ENTITY_TYPE_LABEL[t] ?? t}</span>;
}

export function EntityLink(props: {
  id: string | null | undefined;
  name?: string | null;
  type?: string | null;
}) {
  if (!props.id) return <span className="muted">unknown</span>;
  rememberName(props.id, props.name);
  const label = props.name || labelFromId(props.id);
  return (
    <a
      className={`ent t-${props.type || typeFromId(props.id)}`}
      href={href(['entity', props.id])}
      title={props.id}
    >
      {label}
    </a>
  );
}

export function DocLink(props: { doc: { id: string; title?: string | null; source?: string }; at?: number }) {
  return (
    <a className="doclink" href={href(['doc', props.doc.id], { at: props.at })}>
      {titleOf(props.doc)}
    </a>
  );
}

export function DocMeta(props: {
  doc: { published?: string | null; outlet?: string | null; language?: string | null; words?: number };
}) {
  const d = props.doc;
  return (
    <span className="meta">
      <span>{fmtDate(d.published)}</span>
      {d.outlet ? <span>{d.outlet}</span> : null}
      {d.language ? <span className="lang">{d.language}</span> : null}
      {typeof d.words === 'number' ? <span>{d.words.toLocaleString('en-US')} words</span> : null}
    </span>
  );
}

/** A search snippet with hits as <mark>, built as React nodes from the server's markers. */
export function Snippet(props: { text: string | null | undefined }) {
  const parts = splitSnippet(props.text);
  if (parts.length === 0) return null;
  return (
    <span className="snippet">
      {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  );
}

export function Pager(props: {
  offset: number;
  limit: number;
  total?: number | null;
  shown: number;
  onOffset: (o: number) => void;
}) {
  const { offset, limit, total, shown } = props;
  const hasNext = typeof total === 'number' ? offset + limit < total : shown >= limit;
  if (offset === 0 && !hasNext) return null;
  return (
    <div className="pager">
      <button
        type="button"
        disabled={offset === 0}
        onClick={() => props.onOffset(Math.max(0, offset - limit))}
      >
        ← Previous
      </button>
      <span className="muted">
        {shown === 0 ? 0 : offset + 1}–{offset + shown}
        {typeof total === 'number' ? ` of ${total.toLocaleString('en-US')}` : ''}
      </span>
      <button type="button" disabled={!hasNext} onClick={() => props.onOffset(offset + limit)}>
        Next →
      </button>
    </div>
  );
}

/** A list of entity links with names resolved from parallel arrays when the API gives them. */
export function EntityList(props: {
  ids: string[] | null | undefined;
  names?: (string | null)[] | null;
  sep?: string;
}) {
  const ids = Array.isArray(props.ids) ? props.ids : [];
  if (ids.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {ids.map((id, i) => (
        <span key={`${id}-${i}`}>
          {i > 0 ? (props.sep ?? ', ') : null}
          <EntityLink id={id} name={props.names?.[i] ?? undefined} />
        </span>
      ))}
    </>
  );
}
