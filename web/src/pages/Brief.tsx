/**
 * Briefing: the server writes it as Markdown with every line cited; the page renders it as a
 * document (headings, lists, citations as links to the sentence in the reader). It loads from
 * its address alone (#/brief?from=…&to=…&entity=…), prints as a clean page, and offers the
 * Markdown and HTML downloads.
 */
import { useEffect, useState } from 'react';
import { apiUrl, getText } from '../api';
import { ErrorBox, Loading } from '../components/ui';
import { Markdown } from '../components/Markdown';
import { href, navigate } from '../lib/router';

const KEYS = ['from', 'to', 'entity'] as const;
type Filters = Record<(typeof KEYS)[number], string>;

export function BriefPage(props: { query: URLSearchParams }) {
  const f = Object.fromEntries(KEYS.map((k) => [k, props.query.get(k) ?? ''])) as Filters;
  const fKey = JSON.stringify(f);
  const [draft, setDraft] = useState(f);
  const [state, setState] = useState<{ text: string | null; error: Error | null; loading: boolean }>({
    text: null,
    error: null,
    loading: true,
  });
  useEffect(() => setDraft(JSON.parse(fKey) as Filters), [fKey]);
  useEffect(() => {
    const ctrl = new AbortController();
    setState({ text: null, error: null, loading: true });
    getText('brief', { ...(JSON.parse(fKey) as Filters), format: 'md' }, ctrl.signal).then(
      (text) => setState({ text, error: null, loading: false }),
      (error: unknown) =>
        !ctrl.signal.aborted &&
        setState({
          text: null,
          error: error instanceof Error ? error : new Error(String(error)),
          loading: false,
        }),
    );
    return () => ctrl.abort();
  }, [fKey]);
  const cited = state.text ? (state.text.match(/\]\(\/?#\/doc\//g) ?? []).length : 0;
  return (
    <div className="page brief-page">
      <h1 className="noprint">Briefing</h1>
      <form
        className="filters noprint"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(href('brief', draft));
        }}
      >
        <label>
          From{' '}
          <input
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </label>
        <label>
          To{' '}
          <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <label>
          Entity{' '}
          <input
            value={draft.entity}
            onChange={(e) => setDraft({ ...draft, entity: e.target.value })}
            placeholder="optional id or name"
          />
        </label>
        <button type="submit">Write briefing</button>
        <span className="spacer" />
        <button type="button" onClick={() => window.print()} disabled={!state.text}>
          Print
        </button>
        <a href={apiUrl('brief', { ...f, format: 'md' })} download="briefing.md">
          Markdown
        </a>
        <a href={apiUrl('brief', { ...f, format: 'html' })} target="_blank" rel="noopener noreferrer">
          HTML
        </a>
      </form>
      <article className="document" data-testid="brief">
        {state.error ? (
          <ErrorBox error={state.error} />
        ) : state.loading ? (
          <Loading />
        ) : state.text === null || state.text.trim() === '' ? (
          <div className="empty">Nothing to report in this range.</div>
        ) : (
          <>
            <Markdown text={state.text} className="brief" testId="brief-body" />
            <p className="doc-foot muted small">
              {cited} citation{cited === 1 ? '' : 's'}; each opens the cited sentence in its article. Written
              by Orbit from the stored articles
              {f.from || f.to ? ` published ${f.from || 'from the start'} – ${f.to || 'now'}` : ''}.
            </p>
          </>
        )}
      </article>
    </div>
  );
}
