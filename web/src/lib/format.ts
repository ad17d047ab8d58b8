/** Small display helpers shared by the pages. */
// The vocabularies come from the server's model (pure data, no imports) so the lists never drift.
import {
  ENTITY_TYPES as MODEL_ENTITY_TYPES,
  PLOVER_TYPES as MODEL_PLOVER_TYPES,
} from '../../../src/model/vocabulary';

export function fmtNum(n: number | null | undefined): string {
  return typeof n === 'number' && Number.isFinite(n) ? n.toLocaleString('en-US') : '—';
}

/** A date as the analyst reads it: the ISO day (and time when present), never reinterpreted. */
export function fmtDate(iso: string | null | undefined): string {
  if (!iso || typeof iso !== 'string') return '—';
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  return m[2] ? `${m[1]} ${m[2]}` : m[1];
}

export function fmtRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start && !end) return 'undated';
  if (!end || start === end) return fmtDate(start);
  if (!start) return `… ${fmtDate(end)}`;
  return `${fmtDate(start)} – ${fmtDate(end)}`;
}

export function fmtScore(s: number | null | undefined, digits = 2): string {
  if (typeof s !== 'number' || !Number.isFinite(s)) return '—';
  return (s > 0 ? '+' : '') + s.toFixed(digits);
}

export function shortId(id: string | null | undefined): string {
  return typeof id === 'string' ? id.slice(0, 10) : '';
}

/** The last path element of a source, for documents without a title. */
export function sourceName(source: string | null | undefined): string {
  if (!source) return '';
  const parts = source.split(/[\\/]/);
  return parts[parts.length - 1] || source;
}

export function titleOf(
  d: { title?: string | null; source?: string; id?: string } | null | undefined,
): string {
  if (!d) return '(unknown document)';
  return (d.title && d.title.trim()) || sourceName(d.source) || shortId(d.id) || '(untitled)';
}

/** Human labels for the pipeline's codes. */
export const ENTITY_TYPE_LABEL: Record<string, string> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organization',
  location: 'Place',
  media: 'Media',
  group: 'Group',
  event_name: 'Named event',
  other: 'Other',
};

export const ENTITY_TYPES: readonly string[] = MODEL_ENTITY_TYPES;

export const LINK_LABEL: Record<string, string> = {
  duplicate: 'duplicate',
  syndicated: 'syndicated copy',
  rewrite: 'rewrite',
  excerpt: 'excerpt',
  same_story: 'same story',
};

export const PLOVER_TYPES: readonly string[] = MODEL_PLOVER_TYPES;

export const BLOCS = ['russia', 'turkey', 'china', 'west'];

/** Colours per bloc, chosen to stay distinct for common colour-vision deficiencies. */
export const BLOC_COLOR: Record<string, string> = {
  russia: '#c0392b',
  turkey: '#16a085',
  china: '#d4a017',
  west: '#2c6fbb',
};

export const blocColor = (b: string): string => BLOC_COLOR[b] ?? '#777';

/**
 * Names the UI has seen for entity ids (from any API answer), so an event that lists only actor
 * ids still shows readable names. Falls back to a label derived from the id itself.
 */
const knownNames = new Map<string, string>();

export function rememberName(id: string | null | undefined, name: string | null | undefined): void {
  if (id && name && !knownNames.has(id)) knownNames.set(id, name);
}

let regionNames: Intl.DisplayNames | null = null;
try {
  regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
} catch {
  regionNames = null;
}

export function labelFromId(id: string): string {
  const known = knownNames.get(id);
  if (known) return known;
  const m = /^([a-z_]+):(.+)$/.exec(id);
  if (!m) return id;
  const [, kind, rest] = m;
  if (kind === 'country' && /^[A-Z]{2}$/.test(rest) && regionNames) {
    try {
      const n = regionNames.of(rest);
      if (n && n !== rest) return n;
    } catch {
      /* not a region code Intl knows */
    }
  }
  if (kind === 'org' && /^[a-z]{2,6}$/.test(rest)) return rest.toUpperCase();
  if (/^[0-9a-f]{8,}$/.test(rest)) return id;
  return rest
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The entity type implied by an id prefix, when the API did not state one. */
export function typeFromId(id: string): string {
  const k = /^([a-z_]+):/.exec(id)?.[1];
  if (k === 'org') return 'organization';
  if (k === 'place' || k === 'loc' || k === 'location') return 'location';
  return k && ENTITY_TYPE_LABEL[k] ? k : 'other';
}
