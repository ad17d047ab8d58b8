/**
 * Briefing: the server writes it as Markdown; the page shows that Markdown as preformatted text
 * (never parsed to HTML), with download links for both formats.
 */
import { useEffect, useState } from 'react';
import { apiUrl, getText } from '../api';
import { ErrorBox, Loading, Panel } from '../components/ui';
import { href, navigate } from '../lib/router';

const KEYS = ['from', 'to', 'entity'] as const;

export function BriefPage(props: { query: URLSearchParams }) {
  const f = Object.fromEntries(KEYS.map((k) => [k, props.query.get(k) ?? ''])) as Record<(typeof KEYS)[number], string>;
  const fKey = JSON.stringify(f);
  const [draft, setDraft] = useState(f);
  const [state, setState] = useState<{ text: string | null; error: Error | null; loading: boolean }>({ text: null, error: null, loading: false });
  const run = props.query.get('run') === '1';
  useEffect(() => setDraft(JSON.parse(fKey) as typeof f), [fKey]);
  useEffect(() => {
    if (!run) return;
    const ctrl = new AbortController();
    setState({ text: null, error: null, loading: true });
    getText('brief', { ...(JSON.parse(fKey) as typeof f), format: 'md' }, ctrl.signal).then(
      (text) => setState({ text, error: null, loading: false }),
      (error: unknown) => !ctrl.signal.aborted && setState({ text: null, error: error instanceof Error ? error : new Error(String(error)), loading: false }),
    );
    return () => ctrl.abort();
  }, [fKey, run]);
  return (
    <div className="page">
      <h1>Briefing</h1>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(href('brief', { ...draft, run: 1 }));
        }}
      >
        <label>
          From <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </label>
        <label>
          To <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <label>
          Entity <input value={draft.entity} onChange={(e) => setDraft({ ...draft, entity: e.target.value })} placeholder="optional id or name" />
        </label>
        <button type="submit">Write briefing</button>
        <a href={apiUrl('brief', { ...f, format: 'md' })} download="briefing.md">
          Markdown
        </a>
        <a href={apiUrl('brief', { ...f, format: 'html' })} target="_blank" rel="noopener noreferrer">
          HTML
        </a>
      </form>
      <Panel title="Briefing" testId="brief">
        {state.error ? <ErrorBox error={state.error} /> : state.loading ? <Loading /> : state.text !== null ? state.text.trim() === '' ? <div className="empty">Nothing to report in this range.</div> : <pre className="brief">{state.text}</pre> : <div className="empty">Choose a period (and optionally an entity) and press “Write briefing”.</div>}
      </Panel>
    </div>
  );
}
