/**
 * Hash routing (`#/entity/country%3AKZ?tab=x`): works from any path the server falls back on,
 * and from a file opened without a server. Path parts are URI-encoded, so ids with ":" or "/"
 * survive.
 */
import { useEffect, useState } from 'react';

export type Route = { parts: string[]; query: URLSearchParams };

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const query = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  return { parts, query };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

/** `href` for a route: href('entity', id) → "#/entity/<id>"; query values that are empty are left out. */
export function href(
  parts: string | (string | null | undefined)[],
  query: Record<string, string | number | null | undefined> = {},
): string {
  const list = (Array.isArray(parts) ? parts : [parts]).filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `#/${list.map(encodeURIComponent).join('/')}${qs ? `?${qs}` : ''}`;
}

export function navigate(to: string): void {
  window.location.hash = to.replace(/^#/, '');
}
