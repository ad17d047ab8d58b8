/**
 * The HTTP API as the UI sees it (src/server serves it under /api). Every field the server may
 * leave out is optional here, and every reader goes through the `arr`/`num`/`str` helpers, so a
 * panel whose data has not landed yet renders an empty state instead of crashing.
 */

export type EntityType =
  'person' | 'country' | 'organization' | 'location' | 'media' | 'group' | 'event_name' | 'other' | string;

export type ListPage<T> = { items: T[]; total?: number; limit?: number; offset?: number };

export type Stats = {
  documents?: number;
  words?: number;
  languages?: Record<string, number> | { language: string; documents: number }[];
  outlets?: { outlet: string | null; documents: number }[];
  entities?: Record<string, number>;
  mentions?: number;
  quotes?: number;
  events?: number;
  relations?: number;
  links?: Record<string, number>;
  stories?: number;
  firstPublished?: string | null;
  lastPublished?: string | null;
};

export type DocSummary = {
  id: string;
  source?: string;
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
  language?: string | null;
  words?: number;
};

export type SearchHit = DocSummary & { rank?: number; snippet?: string | null };

export type Span = { document?: string; start: number; end: number; text?: string };

export type MentionView = {
  start: number;
  end: number;
  text?: string;
  entity: string;
  entityName?: string | null;
  entityType?: EntityType | null;
};

export type QuoteView = {
  id: string;
  document?: string;
  text: string;
  start?: number;
  end?: number;
  direct?: boolean;
  speaker?: string | null;
  speakerName?: string | null;
  reportedBy?: string[];
  reportedByNames?: (string | null)[];
  cue?: string | null;
  title?: string | null;
  published?: string | null;
};

export type EventView = {
  id: string;
  type: string;
  mode?: string | null;
  summary?: string | null;
  actors?: string[];
  targets?: string[];
  actorNames?: (string | null)[];
  targetNames?: (string | null)[];
  location?: string | null;
  locationName?: string | null;
  /** reported without the outlet vouching for it ("reportedly") */
  hedged?: boolean;
  /** `inferred`: no date in the report; start..end is a window ending at publication ("by <end>") */
  date?: { start?: string | null; end?: string | null; inferred?: boolean } | null;
  evidence?: Span[];
  /** total spans when `evidence` is a sample (entity pages) */
  evidenceCount?: number;
  /** independent sources (a count), or the source documents (older answers) */
  sources?: number | (DocSummary | string)[];
  intensity?: number;
};

export type TimeView = {
  start: number;
  end: number;
  text?: string;
  value?: { start?: string | null; end?: string | null } | null;
  kind?: string;
};

export type LinkView = {
  from: string;
  to: string;
  type: string;
  score?: number;
  fromTitle?: string | null;
  toTitle?: string | null;
};

export type DocumentDetail = {
  document: {
    id: string;
    source?: string;
    title?: string | null;
    published?: string | null;
    author?: string | null;
    outlet?: string | null;
    originalSource?: string | null;
    dateline?: string | null;
    language?: string | null;
    text?: string;
    paragraphs?: { start: number; end: number }[];
    diagnostics?: { code: string; message: string }[];
  };
  mentions?: MentionView[];
  quotes?: QuoteView[];
  events?: EventView[];
  times?: TimeView[];
  links?: LinkView[];
};

export type EntitySummary = {
  id: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  mentions?: number;
  documents?: number;
};

export type RoleView = {
  title: string;
  of?: string | null;
  ofName?: string | null;
  from?: string | null;
  to?: string | null;
};

export type RelationView = {
  type: string;
  from: string;
  to: string;
  fromName?: string | null;
  toName?: string | null;
  source?: string | null;
  evidence?: Span[];
  validFrom?: string | null;
  validTo?: string | null;
  /** holds_role: the holder's roles of `to` */
  roles?: { title: string; from?: string | null; to?: string | null }[];
};

export type AlignmentView = {
  entity: string;
  entityName?: string | null;
  bloc: string;
  period: string;
  score: number;
  evidence?: Span[] | number;
  evidenceCount?: number;
  explanation?: string[] | string | null;
};

export type EntityMentionView = {
  document: string;
  title?: string | null;
  published?: string | null;
  start: number;
  end: number;
  text?: string;
  before?: string;
  after?: string;
};

export type EntityDetail = {
  entity: {
    id: string;
    type: EntityType;
    name: string;
    aliases?: string[];
    roles?: RoleView[];
    country?: string | null;
    reasons?: string[];
  };
  mentions?: EntityMentionView[];
  quotesBy?: QuoteView[];
  quotesAbout?: QuoteView[];
  events?: EventView[];
  relations?: RelationView[];
  alignment?: AlignmentView[];
};

export type Bloc = { id: string; name?: string; leader?: string | null; members?: string[] };

export type StoryView = {
  id: string;
  title?: string | null;
  documents?: string[];
  firstDay?: string | null;
  lastDay?: string | null;
};

export type StoryDetail = { story: StoryView; documents?: DocSummary[]; links?: LinkView[] };

export type GraphData = {
  nodes?: { id: string; label?: string; type?: string; weight?: number }[];
  edges?: { source: string; target: string; type?: string; weight?: number }[];
};

/** An API failure with the server's stable code (ORBIT_E_...) when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type Query = Record<string, string | number | null | undefined>;

/** Builds `/api/<path>?<query>` leaving out empty parameters. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api/${path.replace(/^\/+/, '')}${qs ? `?${qs}` : ''}`;
}

export async function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch(apiUrl(path, query), { signal, headers: { accept: 'application/json' } });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(
      res.status,
      err?.code ?? `HTTP_${res.status}`,
      err?.message ?? res.statusText ?? 'request failed',
    );
  }
  return body as T;
}

export async function getText(path: string, query: Query = {}, signal?: AbortSignal): Promise<string> {
  const res = await fetch(apiUrl(path, query), { signal });
  const text = await res.text();
  if (!res.ok) {
    let msg = text;
    try {
      const err = (JSON.parse(text) as { error?: { code?: string; message?: string } }).error;
      if (err)
        throw new ApiError(res.status, err.code ?? `HTTP_${res.status}`, err.message ?? 'request failed');
    } catch (e) {
      if (e instanceof ApiError) throw e;
      msg = text.slice(0, 200);
    }
    throw new ApiError(res.status, `HTTP_${res.status}`, msg || 'request failed');
  }
  return text;
}

/** Defensive readers: API fields may be missing while the backend grows. */
export const arr = <T>(v: T[] | null | undefined): T[] => (Array.isArray(v) ? v : []);
export const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Lists may come as `{items}` or as a bare array; both read as items. */
export function items<T>(v: ListPage<T> | T[] | null | undefined): T[] {
  if (Array.isArray(v)) return v;
  return arr(v?.items);
}

/** How many evidence spans an item has: the server's count when it sent only a sample. */
export function evidenceCount(e: Span[] | number | null | undefined, total?: number | null): number {
  if (typeof total === 'number') return total;
  if (typeof e === 'number') return e;
  return arr(e).length;
}

/** The server sends an explanation as a list of plain-language lines; older data may send one string. */
export function explanationLines(x: string[] | string | null | undefined): string[] {
  if (!x) return [];
  return Array.isArray(x) ? x.filter((l) => typeof l === 'string') : [x];
}
