/**
 * Event coreference within and across documents: the same meeting reported in several sentences
 * or articles becomes one event with several evidence spans. Conservative by design — two
 * different meetings fused into one are worse for an analyst than one meeting shown twice.
 *
 * Two reports corefer only when all of these hold:
 * - **type**: the same PLOVER type and mode, intensities of the same sign ("signed a treaty" and
 *   "reopened the border" the same day are two happenings; FAMILY only groups candidates to compare);
 * - **participants**: compared through "keys" (the entity id plus, from the gazetteer, the country
 *   of a person's office, of a capital or of a place, so "Putin" / "Russia" / "Moscow" overlap);
 *   of two reports naming two or more participants each, one must name two participants of the
 *   other (a person and the country of his office count once); for one-directional types
 *   (all but meetings, agreements and cooperation) the actor of one must not be the other's target
 *   while the actors differ ("A expelled B's diplomats" and "B expelled A's" are two events);
 * - **dates**: two stated dates must lie within 2 days of each other (further apart they are two
 *   events); an inferred window (`date.inferred`, "by <end>") accepts a stated date up to its
 *   end (and within its last year);
 *   an unknown date is compatible with everything;
 * - **place**: two reports placed in different countries, or at two named places below a country
 *   neither of which lies within the other (gazetteer `partOf`), are two happenings;
 * - **textual evidence**: the same document, documents joined by a copy link or in one story, the
 *   same stated day, the same named place below a country for two two-sided reports ("at the
 *   White House"), or at least MIN_SHARED_TERMS shared content words in the two sentences.
 * A report joins a group only when it is compatible with every member already in it (no chains
 * of "A like B like C" fusing A and C), and every merge records its reason (`merges`). Pairs are
 * tried in the canonical order of their two reports (document, position, id): the groups
 * are a function of the set of reports, whatever order they came in, and a subset closed under
 * shared blocking keys is grouped as it is within the whole (what the incremental update needs).
 * Candidate pairs are found by blocking on (family, mode, participant key), so the cost stays
 * near linear in the number of reports.
 *
 * `sources` counts independent sources: documents joined by copy links (duplicate, syndicated,
 * rewrite, excerpt) or published by the same outlet count once.
 */
import type { DocLink, EventMode, OrbitEvent, PloverType, ResolvedDocEvent } from '../model/index.js';
import type { Span } from '../model/index.js';
import { tryLoadGazetteer, type Gazetteer } from '../resolve/gazetteer.js';

export type DocEventInput = ResolvedDocEvent;
/** `merges`: one line per merge saying why two reports were taken for the same event */
export type CorefEvent = OrbitEvent & {
  sources: number;
  intensity: number;
  merges: string[];
  reports?: string[];
};
type EventDate = { start: string | null; end: string | null; inferred?: boolean };

export const FAMILY: Record<PloverType, string> = {
  CONSULT: 'consult',
  AGREE: 'agree',
  COOPERATE: 'agree',
  SUPPORT: 'support',
  AID: 'support',
  REQUEST: 'request',
  CONCEDE: 'concede',
  RETREAT: 'retreat',
  ACCUSE: 'accuse',
  REJECT: 'accuse',
  THREATEN: 'threaten',
  PROTEST: 'protest',
  SANCTION: 'sanction',
  MOBILIZE: 'force',
  COERCE: 'force',
  ASSAULT: 'force',
};

/** types where "A with B" and "B with A" are the same happening */
const SYMMETRIC_TYPES: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
const COPY_TYPES = new Set(['duplicate', 'syndicated', 'rewrite', 'excerpt']);
const DAY = 86_400_000;
const MAX_BLOCK_COMPARE = 200;
/** two stated dates further apart than this (in days) are two events */
export const MAX_DATE_GAP_DAYS = 2;
const MIN_SHARED_TERMS = 3;
const MIN_TERM_LENGTH = 5;
/** content words too common in political news to tell two happenings apart */
const GENERIC_TERMS = new Set([
  'about',
  'after',
  'again',
  'against',
  'also',
  'among',
  'before',
  'being',
  'between',
  'could',
  'during',
  'every',
  'first',
  'their',
  'there',
  'these',
  'those',
  'three',
  'under',
  'where',
  'which',
  'while',
  'would',
  'other',
  'president',
  'presidents',
  'minister',
  'ministers',
  'foreign',
  'prime',
  'leader',
  'leaders',
  'country',
  'countries',
  'state',
  'states',
  'government',
  'official',
  'officials',
  'meeting',
  'talks',
  'said',
  'says',
  'told',
  'stated',
  'noted',
  'added',
  'according',
  'reported',
  'today',
  'yesterday',
  'week',
  'month',
  'year',
  'years',
  'relations',
  'cooperation',
  'parties',
  'sides',
  'bilateral',
  'international',
  'national',
  'republic',
  'federation',
]);

/**
 * `storyOf`: document id → story id (documents of one story are textual evidence for each other);
 * `members`: also return each event's member report ids (`reports`; the incremental corpus
 * update stores them, the export does not).
 */
export type CorefOptions = {
  gaz?: Gazetteer | null;
  storyOf?: ReadonlyMap<string, string>;
  /** length of the inferred "by <date>" window given to undated reports (extraction uses the same) */
  inferredWindowDays?: number;
  members?: boolean;
};

/** modes whose report says the thing was done (or refused) by the time it was written */
const BOUNDED_MODES = new Set(['asserted', 'offered', 'negated']);
const DEFAULT_WINDOW_DAYS = 90;

/**
 * A document without a publication date that belongs to a story (or is a copy of a report) with
 * dated documents was written when that news was: its undated reports of what was done get the
 * same inferred bound a dated document gives them — "by <latest publication day of the story>" —
 * marked `inferred`, never as a stated date. Reports with a date of their own keep it.
 */
export function boundUndatedReports(
  items: readonly DocEventInput[],
  docs: readonly { id: string; published: string | null }[],
  groupOf: (docId: string) => readonly string[],
  windowDays: number = DEFAULT_WINDOW_DAYS,
): DocEventInput[] {
  const day = new Map<string, string>();
  for (const d of docs ?? []) {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(d.published ?? '');
    if (m) day.set(d.id, m[1]);
  }
  const boundOf = new Map<string, string | null>();
  const bound = (docId: string): string | null => {
    if (boundOf.has(docId)) return boundOf.get(docId)!;
    let latest: string | null = null;
    for (const other of groupOf(docId)) {
      const d = day.get(other);
      if (d && (!latest || d > latest)) latest = d;
    }
    boundOf.set(docId, latest);
    return latest;
  };
  return items.map((it) => {
    const date = it.event.date as EventDate;
    if (day.has(it.docId) || date.start || date.end || !BOUNDED_MODES.has(it.mode)) return it;
    const end = bound(it.docId);
    if (!end) return it;
    const start = new Date(Date.parse(`${end}T00:00:00Z`) - windowDays * DAY).toISOString().slice(0, 10);
    return { ...it, event: { ...it.event, date: { start, end, inferred: true } } };
  });
}

/**
 * Participant keys of an entity id: the id plus, from the gazetteer, the country of a capital
 * (seatOf), of a place, and of a person's current office, so "Putin" / "Russia" / "Moscow" meet.
 */
export function participantKeyFn(gaz: Gazetteer | null | undefined): (id: string) => string[] {
  const keyCache = new Map<string, string[]>();
  return (id: string): string[] => {
    let k = keyCache.get(id);
    if (k) return k;
    const set = new Set([id]);
    const g = gaz?.byId(id);
    if (g) {
      if (g.seatOf) set.add(g.seatOf);
      if (g.type === 'location' && g.country) set.add(g.country);
      for (const r of g.roles ?? []) if (r.of && r.of.startsWith('country:') && !r.to) set.add(r.of);
    }
    k = [...set];
    keyCache.set(id, k);
    return k;
  };
}

/**
 * The country a report's location lies in, from the gazetteer (a country itself, a capital's
 * country, a place's country); null when the location is unknown or not placed in one.
 */
function countryOfPlace(id: string | null | undefined, gaz: Gazetteer | null | undefined): string | null {
  if (!id) return null;
  const g = gaz?.byId(id);
  if (!g) return id.startsWith('country:') ? id : null;
  if (g.type === 'country') return g.id;
  return g.seatOf ?? (g.type === 'location' ? (g.country ?? null) : null);
}

/**
 * The places a report's location lies within, itself first: its `partOf` chain and its country
 * ("place:kremlin" -> Moscow -> Russia). Empty when the report has no location.
 */
function placeChain(id: string | null | undefined, gaz: Gazetteer | null | undefined): string[] {
  if (!id) return [];
  const chain = [id];
  for (let g = gaz?.byId(id); g?.partOf && !chain.includes(g.partOf) && chain.length < 8;) {
    chain.push(g.partOf);
    g = gaz?.byId(g.partOf);
  }
  const country = countryOfPlace(id, gaz);
  if (country && !chain.includes(country)) chain.push(country);
  return chain;
}

/** A report's participant keys: actors and targets; the location only when there is nobody else. */
function eventKeysWith(e: OrbitEvent, keysOfId: (id: string) => string[]): Set<string> {
  const ids =
    e.actors.length || e.targets.length ? [...e.actors, ...e.targets] : e.location ? [e.location] : [];
  const s = new Set<string>();
  for (const id of ids) for (const k of keysOfId(id)) s.add(k);
  return s;
}

const blockKey = (d: DocEventInput, k: string) => `${FAMILY[d.event.type] ?? d.event.type}|${d.mode}|${k}`;

/**
 * The blocking keys (family, mode, participant key) of one report: two reports are compared by
 * coreference only when they share one, so these are the keys to look candidate events up by.
 */
export function reportBlockKeys(d: DocEventInput, keysOfId: (id: string) => string[]): string[] {
  return [...eventKeysWith(d.event, keysOfId)].map((k) => blockKey(d, k));
}

/** Union-find over indices. */
class DisjointSet {
  private p: Int32Array;
  constructor(n: number) {
    this.p = new Int32Array(n);
    for (let i = 0; i < n; i++) this.p[i] = i;
  }
  find(x: number): number {
    while (this.p[x] !== x) {
      this.p[x] = this.p[this.p[x]];
      x = this.p[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.p[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const dayNumOf = (d: string | null | undefined, which: 'start' | 'end'): number | null => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(d ?? '');
  if (!m) return null;
  const y = +m[1];
  const mo = m[2] ? +m[2] - 1 : which === 'start' ? 0 : 11;
  const day = m[3] ? +m[3] : which === 'start' ? 1 : new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  return Date.UTC(y, mo, day) / DAY;
};
/**
 * Memoised: coreference compares each report's dates with up to 200 others in its block, and
 * parsing the same few date strings again and again was about half of coreference's time over a
 * long report (profile of the rebuild after an 8 MB report).
 */
const dayCache = new Map<string, number | null>();
const dayNum = (d: string | null | undefined, which: 'start' | 'end'): number | null => {
  const key = `${which[0]}${d ?? ''}`;
  let v = dayCache.get(key);
  if (v !== undefined) return v;
  v = dayNumOf(d, which);
  if (dayCache.size >= 50_000) dayCache.clear();
  dayCache.set(key, v);
  return v;
};

function range(d: EventDate): [number, number] | null {
  const s = dayNum(d.start ?? d.end, 'start');
  const e = dayNum(d.end ?? d.start, 'end');
  return s == null || e == null ? null : [s, e];
}

export function datesCompatible(a: EventDate, b: EventDate): boolean {
  const ra = range(a);
  const rb = range(b);
  if (!ra || !rb) return true;
  if (a.inferred && b.inferred) return ra[0] <= rb[1] && rb[0] <= ra[1];
  if (a.inferred || b.inferred) {
    // "by <end>": a stated date no later than the window's end (and within its last year)
    const [w, x] = a.inferred ? [ra, rb] : [rb, ra];
    return x[0] <= w[1] && x[1] >= w[1] - 365;
  }
  return ra[0] <= rb[1] + MAX_DATE_GAP_DAYS && rb[0] <= ra[1] + MAX_DATE_GAP_DAYS;
}

/** Both dates stated (not inferred) and on the same day(s) within the allowed gap. */
function sameStatedDay(a: EventDate, b: EventDate): boolean {
  if (a.inferred || b.inferred) return false;
  const ra = range(a);
  const rb = range(b);
  // a whole month or year is not a day: two events "in May" are not the same by date alone
  if (!ra || !rb || ra[1] - ra[0] > MAX_DATE_GAP_DAYS || rb[1] - rb[0] > MAX_DATE_GAP_DAYS) return false;
  return datesCompatible(a, b);
}

/** Lower-case content words of a sentence (names, capitalised, are participants, not terms). */
export function keyTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (w.length < MIN_TERM_LENGTH || w[0] !== w[0].toLowerCase()) continue;
    const lw = w.toLowerCase();
    if (!GENERIC_TERMS.has(lw)) out.add(lw);
  }
  return out;
}

/**
 * Documents of one copy lineage: each document's representative, joined by copy links
 * (duplicate, syndicated, rewrite, excerpt) and their chains.
 */
export function sourceGroups(
  links: readonly DocLink[],
  docs: readonly { id: string }[],
): Map<string, string> {
  const idx = new Map<string, number>();
  docs.forEach((d, i) => idx.set(d.id, i));
  const ds = new DisjointSet(docs.length);
  for (const l of links ?? []) {
    if (!COPY_TYPES.has(l.type)) continue;
    const a = idx.get(l.from);
    const b = idx.get(l.to);
    if (a != null && b != null) ds.union(a, b);
  }
  const out = new Map<string, string>();
  docs.forEach((d, i) => out.set(d.id, docs[ds.find(i)].id));
  return out;
}

/** An outlet's name folded so "www.trend.az" and "Trend" meet. */
function outletFold(outlet: string | null | undefined): string | null {
  const o = outlet
    ?.trim()
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.(?:com|net|org|az|ru|kz|kg|uz|tr|in)$/, '');
  return o || null;
}

/**
 * How many independent sources an event's documents are: copies of one report count once, and
 * so do documents of one outlet. Outlets are matched among these documents only: an outlet that
 * once copied another's story does not make the two one source for every other event.
 */
export function countSources(
  docIds: Iterable<string>,
  copyRoot: ReadonlyMap<string, string>,
  outletOf: ReadonlyMap<string, string | null>,
): number {
  const ids = [...new Set(docIds)];
  const ds = new DisjointSet(ids.length);
  const byKey = new Map<string, number>();
  ids.forEach((d, i) => {
    for (const k of [`c|${copyRoot.get(d) ?? d}`, `o|${outletFold(outletOf.get(d)) ?? `doc:${d}`}`]) {
      const prev = byKey.get(k);
      if (prev == null) byKey.set(k, i);
      else ds.union(prev, i);
    }
  });
  return new Set(ids.map((_, i) => ds.find(i))).size;
}

/** First position in ascending `list` holding a value >= x. */
function lowerBound(list: number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
function byReport(a: DocEventInput, b: DocEventInput): number {
  const ea = a.event.evidence[0];
  const eb = b.event.evidence[0];
  return (
    cmp(String(a.docId), String(b.docId)) ||
    (ea?.start ?? 0) - (eb?.start ?? 0) ||
    cmp(String(a.event.id), String(b.event.id)) ||
    cmp(a.event.type, b.event.type)
  );
}

export function coreferEvents(
  docEvents: DocEventInput[],
  links: DocLink[],
  docs: { id: string; outlet: string | null; published: string | null }[],
  opts: CorefOptions = {},
): CorefEvent[] {
  // Canonical order first (document, position, id): which report represents a merged event and
  // which pairs the blocking window compares must not depend on the order the reports came in.
  const sorted = (docEvents ?? [])
    .filter((d) => d && d.event && Array.isArray(d.event.evidence))
    .sort(byReport);
  if (!sorted.length) return [];
  const gaz = opts.gaz === undefined ? tryLoadGazetteer() : opts.gaz;
  const storyOf = opts.storyOf ?? new Map<string, string>();
  const copyOf = sourceGroups(links ?? [], docs ?? []);
  // documents of one story or copies of one report: the dates an undated one may borrow
  const peers = new Map<string, string[]>();
  for (const d of docs ?? []) {
    for (const k of [`s|${storyOf.get(d.id) ?? d.id}`, `c|${copyOf.get(d.id) ?? d.id}`]) {
      const l = peers.get(k);
      if (l) l.push(d.id);
      else peers.set(k, [d.id]);
    }
  }
  const items = boundUndatedReports(
    sorted,
    docs ?? [],
    (id) => [
      ...(peers.get(`s|${storyOf.get(id) ?? id}`) ?? []),
      ...(peers.get(`c|${copyOf.get(id) ?? id}`) ?? []),
    ],
    opts.inferredWindowDays,
  );
  const keysOfId = participantKeyFn(gaz);
  const keysOf = (e: OrbitEvent) => eventKeysWith(e, keysOfId);
  // Participant keys (actors and targets; the location only when there is nobody else).
  const keys = items.map((d) => keysOf(d.event));
  const direct = items.map(
    (d) =>
      new Set(
        d.event.actors.length || d.event.targets.length
          ? [...d.event.actors, ...d.event.targets]
          : d.event.location
            ? [d.event.location]
            : [],
      ),
  );

  /** how many of report i's own participants the other report names (itself, its country, its capital) */
  const namedIn = (i: number, j: number) => {
    let n = 0;
    for (const id of direct[i]) if (keysOfId(id).some((k) => keys[j].has(k))) n++;
    return n;
  };
  const overlapOk = (i: number, j: number) => {
    // Two two-sided reports must agree on two participants: two of one report's participants
    // named by the other, where a person and the country of his office are one participant, so
    // "Pashinyan accused Russia" and "Pashinyan accused the CSTO" share only one. A one-sided
    // report needs its one participant.
    const need = Math.min(2, direct[i].size, direct[j].size);
    if (!need) return false;
    return Math.max(namedIn(i, j), namedIn(j, i)) >= need;
  };

  // Blocking: (family, mode, key) -> indices.
  const blocks = new Map<string, number[]>();
  items.forEach((d, i) => {
    for (const k of keys[i]) {
      const bk = blockKey(d, k);
      const l = blocks.get(bk);
      if (l) l.push(i);
      else blocks.set(bk, [i]);
    }
  });
  const terms = items.map((d) => {
    const t = new Set<string>();
    for (const s of d.event.evidence) for (const w of keyTerms(s.text ?? '')) t.add(w);
    return t;
  });
  const dateOf = (i: number) => items[i].event.date as EventDate;
  /**
   * Why two reports may be one event, or null
   * when nothing in the text says so.
   */
  const textualEvidence = (i: number, j: number): { why: string } | null => {
    const a = items[i].docId;
    const b = items[j].docId;
    if (a === b) return { why: 'same document' };
    if ((copyOf.get(a) ?? a) === (copyOf.get(b) ?? b)) return { why: 'copies of one report' };
    if (storyOf.get(a) && storyOf.get(a) === storyOf.get(b)) return { why: 'same story' };
    if (sameStatedDay(dateOf(i), dateOf(j))) return { why: `same stated date ${dateOf(i).start}` };
    // the same named place below a country ("at the White House", "in Gabala") for the same participants
    const li = items[i].event.location;
    if (
      li &&
      li === items[j].event.location &&
      direct[i].size >= 2 &&
      direct[j].size >= 2 &&
      gaz?.byId(li)?.type !== 'country' &&
      !li.startsWith('country:')
    )
      return { why: `same place ${nameOf(li)}` };
    const shared = [...terms[i]].filter((w) => terms[j].has(w));
    return shared.length >= MIN_SHARED_TERMS
      ? { why: `shared terms ${shared.slice(0, 5).join(', ')}` }
      : null;
  };
  // who did it to whom: "Azerbaijan expelled Iranian diplomats" and "Iran expelled Azerbaijani
  // diplomats" share both countries but are two events (one-directional types only)
  const sideKeys = (ids: readonly string[]) => new Set(ids.flatMap(keysOfId));
  const actorKeys = items.map((d) => sideKeys(d.event.actors));
  const targetKeys = items.map((d) => sideKeys(d.event.targets));
  const meets = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));
  const reversed = (i: number, j: number) =>
    !SYMMETRIC_TYPES.has(items[i].event.type) &&
    !SYMMETRIC_TYPES.has(items[j].event.type) &&
    !meets(actorKeys[i], actorKeys[j]) &&
    (meets(actorKeys[i], targetKeys[j]) || meets(targetKeys[i], actorKeys[j]));
  // where it happened: two reports placed in two different countries ("in Minsk" / "in Astana")
  // are two happenings, whatever participant and day they share; so are two named places below a
  // country neither of which lies within the other ("in Gabala" / "in Baku"; "at the Kremlin" and
  // "in Moscow" are one place)
  const placeCountry = items.map((d) => countryOfPlace(d.event.location, gaz));
  const chains = items.map((d) => placeChain(d.event.location, gaz));
  const isCountry = (id: string) => id.startsWith('country:') || gaz?.byId(id)?.type === 'country';
  const elsewhere = (i: number, j: number) => {
    if (!!placeCountry[i] && !!placeCountry[j] && placeCountry[i] !== placeCountry[j]) return true;
    const [a, b] = [items[i].event.location, items[j].event.location];
    if (!a || !b || a === b || isCountry(a) || isCountry(b)) return false;
    return !chains[i].includes(b) && !chains[j].includes(a);
  };
  const compatible = (i: number, j: number) =>
    items[i].event.type === items[j].event.type &&
    items[i].mode === items[j].mode &&
    !reversed(i, j) &&
    !elsewhere(i, j) &&
    Math.sign(items[i].intensity || 0) * Math.sign(items[j].intensity || 0) >= 0 &&
    overlapOk(i, j) &&
    datesCompatible(dateOf(i), dateOf(j));

  // Candidate pairs: reports sharing a block (within MAX_BLOCK_COMPARE of each other in it),
  // compatible, with textual evidence. They are tried in the canonical order of their two reports
  // — an order that depends on the two reports alone, never on the block a pair was found in nor
  // on which other reports are present. So the groups of a set of reports do not depend on the
  // order they came in, and the incremental corpus update, which re-clusters the stored events a
  // batch can touch with the batch, groups them as the full rebuild does (greedy merging in block
  // order did not: one summit's reports came out grouped differently).
  const nameOf = (id: string) => gaz?.byId(id)?.name ?? id;
  const blocksOf: number[][][] = items.map(() => []);
  for (const list of blocks.values()) for (const i of list) blocksOf[i].push(list);
  const ds = new DisjointSet(items.length);
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  const reasons = new Map<number, string[]>();
  // Two groups found incompatible stay so as they grow (a merged group only adds members to be
  // compatible with): remembered by their roots, the check is not repeated for every pair of
  // reports between them.
  const apart = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    const next = new Set<number>();
    for (const list of blocksOf[i]) {
      const x = lowerBound(list, i);
      for (let y = x + 1; y < list.length && y - x <= MAX_BLOCK_COMPARE; y++) next.add(list[y]);
    }
    for (const j of [...next].sort((a, b) => a - b)) {
      const ri = ds.find(i);
      const rj = ds.find(j);
      if (ri === rj) continue;
      const rootPair = Math.min(ri, rj) * items.length + Math.max(ri, rj);
      if (apart.has(rootPair) || !compatible(i, j)) continue;
      const ev = textualEvidence(i, j);
      if (!ev) continue;
      const why = ev.why;
      // every member of one group must be compatible with every member of the other
      const mi = members.get(ri)!;
      const mj = members.get(rj)!;
      if (!mi.every((a) => mj.every((b) => compatible(a, b)))) {
        apart.add(rootPair);
        continue;
      }
      ds.union(i, j);
      const root = ds.find(i);
      const shared = [...keys[i]]
        .filter((k) => keys[j].has(k))
        .map(nameOf)
        .join(', ');
      const line =
        `${items[i].event.id} + ${items[j].event.id}: ${items[i].event.type.toLowerCase()}/${items[j].event.type.toLowerCase()}, ` +
        `${items[i].mode}; participants ${shared}; dates ${fmtDate(dateOf(i))} / ${fmtDate(dateOf(j))}; ${why}`;
      const merged = [...(reasons.get(ri) ?? []), ...(reasons.get(rj) ?? []), line];
      members.set(root, [...mi, ...mj]);
      reasons.set(root, merged);
      if (root !== ri) members.delete(ri);
      if (root !== rj) members.delete(rj);
    }
  }

  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = ds.find(i);
    const l = groups.get(r);
    if (l) l.push(i);
    else groups.set(r, [i]);
  });
  const outletOf = new Map((docs ?? []).map((d) => [d.id, d.outlet]));
  const sourcesOf = (ids: Iterable<string>) => countSources(ids, copyOf, outletOf);
  const out: CorefEvent[] = [];
  for (const [root, group] of groups)
    out.push({
      ...mergeGroup(
        group.map((i) => items[i]),
        sourcesOf,
      ),
      merges: reasons.get(root) ?? [],
      ...(opts.members ? { reports: group.map((i) => items[i].event.id) } : {}),
    });
  return out.sort(
    (a, b) => (a.date.start ?? '9999').localeCompare(b.date.start ?? '9999') || a.id.localeCompare(b.id),
  );
}

function fmtDate(d: EventDate): string {
  if (!d.start && !d.end) return 'unknown';
  const span = d.start === d.end || !d.end ? d.start : `${d.start}..${d.end}`;
  return d.inferred ? `by ${d.end}` : String(span);
}

function mergeGroup(
  members: DocEventInput[],
  sourcesOf: (docIds: Iterable<string>) => number,
): Omit<CorefEvent, 'merges'> {
  // The representative: the report with an explicit date and the most participants.
  const score = (d: DocEventInput) => {
    const date = d.event.date as EventDate;
    return (
      (date.start && !date.inferred ? 100 : 0) +
      d.event.actors.length * 2 +
      d.event.targets.length * 2 +
      (d.event.location ? 1 : 0)
    );
  };
  const rep = members.slice().sort((a, b) => score(b) - score(a))[0];
  const typeCount = new Map<PloverType, number>();
  for (const m of members) typeCount.set(m.event.type, (typeCount.get(m.event.type) ?? 0) + 1);
  const type = [...typeCount.entries()].sort(
    (a, b) => b[1] - a[1] || (a[0] === rep.event.type ? -1 : b[0] === rep.event.type ? 1 : 0),
  )[0][0];
  const actors: string[] = [...rep.event.actors];
  const targets: string[] = [...rep.event.targets];
  for (const m of members) {
    for (const a of m.event.actors) if (!actors.includes(a) && !targets.includes(a)) actors.push(a);
    for (const t of m.event.targets) if (!targets.includes(t) && !actors.includes(t)) targets.push(t);
  }
  const evidence: Span[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    for (const s of m.event.evidence) {
      const k = `${s.document}|${s.start}|${s.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      evidence.push(s);
    }
  }
  const docsIn = new Set(evidence.map((s) => s.document));
  const sources = sourcesOf(docsIn);
  const intensity =
    Math.round(
      (members.reduce((a, m) => a + (Number.isFinite(m.intensity) ? m.intensity : 0), 0) / members.length) *
        10,
    ) / 10;
  return {
    ...rep.event,
    id: rep.event.id,
    type,
    mode: (rep.mode as EventMode) ?? rep.event.mode,
    ...(members.every((m) => m.event.hedged) ? { hedged: true } : { hedged: undefined }),
    actors,
    targets,
    location: rep.event.location ?? members.find((m) => m.event.location)?.event.location ?? null,
    date: mergeDates(members.map((m) => m.event.date as EventDate)),
    evidence,
    sources: Math.max(1, sources),
    intensity,
  };
}

/** Explicit dates win (the narrowest); otherwise the intersection of inferred windows. */
function mergeDates(dates: EventDate[]): EventDate {
  const explicit = dates.filter((d) => (d.start || d.end) && !d.inferred);
  if (explicit.length) {
    return explicit.slice().sort((a, b) => {
      const ra = range(a);
      const rb = range(b);
      return (ra ? ra[1] - ra[0] : 1e9) - (rb ? rb[1] - rb[0] : 1e9);
    })[0];
  }
  const windows = dates.filter((d) => d.inferred && d.start && d.end);
  if (!windows.length) return { start: null, end: null };
  let start = windows[0].start!;
  let end = windows[0].end!;
  for (const w of windows.slice(1)) {
    const s = w.start! > start ? w.start! : start;
    const e = w.end! < end ? w.end! : end;
    if (s <= e) {
      start = s;
      end = e;
    }
  }
  return { start, end, inferred: true };
}
