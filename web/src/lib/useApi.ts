/** Fetch-on-render hook with abort on change; the UI's only data path. */
import { useEffect, useState } from 'react';
import { getJson, type Query } from '../api';

export type ApiState<T> = { data: T | null; error: Error | null; loading: boolean };

export function useApi<T>(path: string | null, query: Query = {}): ApiState<T> {
  const key = path === null ? null : JSON.stringify([path, query]);
  const [state, setState] = useState<ApiState<T>>({ data: null, error: null, loading: path !== null });
  useEffect(() => {
    if (path === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ctrl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    getJson<T>(path, query, ctrl.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (ctrl.signal.aborted) return;
        setState({
          data: null,
          error: error instanceof Error ? error : new Error(String(error)),
          loading: false,
        });
      },
    );
    return () => ctrl.abort();
  }, [key]);
  return state;
}
