/**
 * Timeline: events in date order with their sources, filtered by entity, date range and type.
 * Undated events sort last; an inferred date (`date.inferred`) sorts by its end (the publication)
 * and is flagged so a reader never takes it for a stated date: it reads "by <date>". An event that
 * did not happen (negated), might (hypothetical), is planned (intended) or offered says so.
 */
import type { Entity, OrbitEvent, PloverType } from '../model/index.js';

export type TimelineEvent = OrbitEvent & { sources?: number; intensity?: number };

export type TimelineFilter = {
  /** entity id, or a name/alias (case-insensitive) */
  entity?: string | null;
  /** inclusive ISO dates (YYYY, YYYY-MM or YYYY-MM-DD) */
  from?: string | null;
  to?: string | null;
  types?: PloverType[] | null;
  /** keep undated events (default true when no date filter is given) */
  includeUndated?: boolean;
};

export type TimelineEntry = {
  event: TimelineEvent;
  /** the date used for ordering (YYYY-MM-DD..), null when unknown */
  sortDate: string | null;
  inferredDate: boolean;
  sources: number;
};

const lower = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10));
const upper = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d.slice(0, 10));

/** Resolve an entity filter (id or name) to the set of matching ids. */
export function matchEntityIds(entities: readonly Entity[], q: string): Set<string> {
  const needle = q.trim().toLowerCase();
  const out = new Set<string>();
  for (const e of entities) {
    if (e.id === q || e.name.toLowerCase() === needle || e.aliases.some((a) => a.toLowerCase() === needle))
      out.add(e.id);
  }
  return out;
}

export function buildTimeline(
  events: readonly TimelineEvent[],
  entities: readonly Entity[],
  filter: TimelineFilter = {},
): TimelineEntry[] {
  const ids = filter.entity ? matchEntityIds(entities, filter.entity) : null;
  if (ids && !ids.size) return [];
  const from = filter.from ? lower(filter.from) : null;
  const to = filter.to ? upper(filter.to) : null;
  const includeUndated = filter.includeUndated ?? (!from && !to);
  const types = filter.types?.length ? new Set(filter.types) : null;
  const out: TimelineEntry[] = [];
  for (const ev of events ?? []) {
    if (!ev || (types && !types.has(ev.type))) continue;
    if (ids && ![...ev.actors, ...ev.targets, ...(ev.location ? [ev.location] : [])].some((x) => ids.has(x)))
      continue;
    const d = ev.date as { start: string | null; end: string | null; inferred?: boolean };
    const inferred = !!d?.inferred;
    const start = d?.start ? lower(d.start) : d?.end ? lower(d.end) : null;
    const end = d?.end ? upper(d.end) : start;
    const sortDate = inferred ? end : start;
    if (!sortDate) {
      if (!includeUndated) continue;
    } else {
      if (from && (end ?? sortDate) < from) continue;
      if (to && (inferred ? sortDate : (start ?? sortDate)) > to) continue;
    }
    const sources = ev.sources ?? new Set(ev.evidence.map((s) => s.document)).size;
    out.push({ event: ev, sortDate, inferredDate: inferred, sources });
  }
  return out.sort((a, b) => {
    if (a.sortDate !== b.sortDate)
      return a.sortDate == null ? 1 : b.sortDate == null ? -1 : a.sortDate.localeCompare(b.sortDate);
    return b.sources - a.sources || a.event.id.localeCompare(b.event.id);
  });
}

type DateLike = { start: string | null; end: string | null; inferred?: boolean };

/** The date as a reader should see it: "2022-01-05", "2022-01-05…2022-01-07", "by 2022-04-18", "undated". */
export function dateLabel(date: DateLike | null | undefined): string {
  if (!date || (!date.start && !date.end)) return 'undated';
  if (date.inferred) return `by ${date.end ?? date.start}`;
  const a = date.start ?? date.end!;
  const b = date.end ?? a;
  return a === b ? a : `${a}…${b}`;
}

/** "" for an asserted event; otherwise what it is: "negated", "hypothetical", "intended",
 *  "offered", or "reportedly" for a hedged report. */
export function modeLabel(ev: { mode?: string; hedged?: boolean }): string {
  if (ev.mode && ev.mode !== 'asserted') return ev.mode;
  return ev.hedged ? 'reportedly' : '';
}

/**
 * One line of `orbit timeline`: the date as a reader should see it ("by <date>" for an inferred
 * bound), the type, a mode other than asserted in capitals before the summary (the summary's own
 * "(negated)" note is dropped, it would say it twice), and the sources.
 */
export function timelineLine(
  e: {
    date: DateLike;
    type: string;
    mode?: string;
    hedged?: boolean;
    summary: string;
    sources?: number;
    evidence: readonly { document: string }[];
  },
  width = 100,
): string {
  const date = dateLabel(e.date);
  const mode = modeLabel(e);
  const raw = e.summary.replace(/\s*\((?:negated|hypothetical|intended|offered)\)$/, '');
  const summary = raw.length > width ? `${raw.slice(0, width - 1)}…` : raw;
  const docs = [...new Set(e.evidence.map((s) => s.document))];
  const n = e.sources ?? docs.length;
  return `${date.padEnd(22)} ${e.type.padEnd(9)} ${mode ? `[${mode.toUpperCase()}] ` : ''}${summary}  [${n} source${n === 1 ? '' : 's'}: ${docs.map((d) => d.slice(0, 8)).join(', ')}]`;
}
