/**
 * The filter bar of the list pages (documents, quotes, timeline): the URL's query is the source
 * of truth, the form edits a draft that is applied by navigating, so every filtered view is a
 * link that can be shared and the back button works.
 */
import { useEffect, useState } from 'react';
import { href, navigate } from '../lib/router';

export type FilterField<K extends string> = {
  key: K;
  label: string;
  type?: 'text' | 'date' | 'select';
  size?: number;
  placeholder?: string;
  /** For selects: the choices (the empty choice "all" comes first). A select applies at once. */
  options?: readonly string[];
};

/** The filter values of `keys` and the page offset, read from the URL query. */
export function useFilters<K extends string>(
  query: URLSearchParams,
  keys: readonly K[],
): { filters: Record<K, string>; offset: number } {
  const filters = Object.fromEntries(keys.map((k) => [k, query.get(k) ?? ''])) as Record<K, string>;
  return { filters, offset: Number(query.get('offset')) || 0 };
}

export function FilterForm<K extends string>(props: {
  route: string;
  filters: Record<K, string>;
  fields: FilterField<K>[];
}) {
  const key = JSON.stringify(props.filters);
  const [draft, setDraft] = useState(props.filters);
  // A new URL (link, back button) resets the draft to what is applied.
  useEffect(() => setDraft(JSON.parse(key) as Record<K, string>), [key]);
  return (
    <form
      className="filters"
      onSubmit={(e) => {
        e.preventDefault();
        navigate(href(props.route, draft));
      }}
    >
      {props.fields.map((field) => (
        <label key={field.key}>
          {field.label}{' '}
          {field.type === 'select' ? (
            <select
              value={draft[field.key]}
              onChange={(e) => navigate(href(props.route, { ...props.filters, [field.key]: e.target.value }))}
            >
              <option value="">all</option>
              {(field.options ?? []).map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          ) : (
            <input
              type={field.type ?? 'text'}
              size={field.size}
              placeholder={field.placeholder}
              value={draft[field.key]}
              onChange={(e) => setDraft({ ...draft, [field.key]: e.target.value })}
            />
          )}
        </label>
      ))}
      <button type="submit">Apply</button>
    </form>
  );
}
