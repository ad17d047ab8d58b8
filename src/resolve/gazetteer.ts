/**
 * The gazetteer: project-authored world knowledge (countries, capitals and seats of power,
 * places, organizations, memberships, blocs, office holders, media) kept as JSON under
 * data/gazetteer/ and validated with zod when loaded.
 *
 * File format: every top-level `*.json` file in the directory is an object with any of the
 * keys `entries`, `memberships`, `blocs` (plus an optional `$comment`). Sub-folders (e.g.
 * `data/gazetteer/src/`, generator inputs) are not read. Files are read in name order, so the
 * result is deterministic.
 *
 * Loading is all-or-nothing: a malformed file or a dangling reference is a bug in the
 * project's data, so `loadGazetteer` throws a `GazetteerError` listing every issue with its
 * file and JSON path. `validateGazetteerDir` returns the same issues without throwing.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../model/index.js';
import { OrbitError } from '../errors.js';
import { fold, foldLatin, hasCyrillic, translit } from './fold.js';

// ---------------------------------------------------------------------------------------------
// Schema

/** ISO date, possibly partial: "2019", "2019-03", "2019-03-20". */
const IsoDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD',
  );
const NullableDate = IsoDate.nullable();

const ID_PATTERN = /^(country|org|person|place|media|group|event|other):[a-z0-9][a-z0-9._-]*$/i;
const Id = z
  .string()
  .regex(ID_PATTERN, 'expected an id "kind:slug" (country:KZ, org:csto, person:..., place:..., media:...)');

const NonEmpty = z.string().trim().min(1, 'must not be empty');

const RoleSchema = z.strictObject({
  /** functional title in canonical form ("foreign minister" for a US Secretary of State) */
  title: NonEmpty,
  /** the official wording when it differs from `title` ("Secretary of State") */
  label: NonEmpty.optional(),
  of: Id.nullable(),
  from: NullableDate,
  to: NullableDate,
  /** role was held in an acting capacity */
  acting: z.boolean().optional(),
});

const FormerNameSchema = z.strictObject({
  name: NonEmpty,
  from: NullableDate.optional(),
  to: NullableDate,
});

const EntrySchema = z.strictObject({
  id: Id,
  type: z.enum(ENTITY_TYPES),
  name: NonEmpty,
  aliases: z.array(NonEmpty),
  acronyms: z.array(NonEmpty).optional(),
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected two capital letters')
    .optional(),
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected three capital letters')
    .optional(),
  demonyms: z.array(NonEmpty).optional(),
  country: Id.nullable().optional(),
  seatOf: Id.nullable().optional(),
  formerNames: z.array(FormerNameSchema).optional(),
  roles: z.array(RoleSchema).optional(),
  /** what kind of place/org this is: "city", "region", "capital", "military alliance", "party" */
  kind: z.string().optional(),
  /** the parent place/org ("place:xinjiang" for Urumqi) */
  partOf: Id.nullable().optional(),
  /** short note for humans, e.g. why a date is null */
  note: z.string().optional(),
  /** media: the web domains the outlet publishes on ("tass.ru", "tass.com"), lower case, no "www." */
  domains: z
    .array(
      z.string().regex(/^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'expected a lower-case domain without www.'),
    )
    .optional(),
  /** media: ISO 639-1 codes of the languages it publishes in */
  languages: z.array(z.string().regex(/^[a-z]{2}$/, 'expected an ISO 639-1 code')).optional(),
  /** media: who owns or runs it ("state", "public", "private", "independent", "exile") */
  ownership: z.enum(['state', 'public', 'private', 'independent', 'exile']).optional(),
});

const MembershipSchema = z.strictObject({
  member: Id,
  org: Id,
  type: z.enum(['member_of', 'observer_of']),
  from: NullableDate,
  to: NullableDate,
  note: z.string().optional(),
});

const BlocSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'expected a lower-case bloc id'),
  name: NonEmpty,
  leader: Id,
  members: z.array(Id).min(1),
});

const FileSchema = z.strictObject({
  $comment: z.union([z.string(), z.array(z.string())]).optional(),
  entries: z.array(EntrySchema).optional(),
  memberships: z.array(MembershipSchema).optional(),
  blocs: z.array(BlocSchema).optional(),
});

// ---------------------------------------------------------------------------------------------
// Public types

export type GazRole = {
  title: string;
  label?: string;
  of: string | null;
  from: string | null;
  to: string | null;
  acting?: boolean;
};

export type GazEntry = {
  id: string; // "country:KZ", "org:csto", "person:kassym-jomart-tokayev", "place:almaty", "media:tass"
  type: EntityType;
  name: string; // canonical English display name
  aliases: string[]; // every other name: variants, other languages and scripts, former names, acronyms
  acronyms?: string[]; // acronyms, matched case-sensitively
  iso2?: string;
  iso3?: string;
  demonyms?: string[];
  country?: string | null;
  seatOf?: string | null;
  formerNames?: { name: string; from?: string | null; to: string | null }[];
  roles?: GazRole[];
  kind?: string;
  partOf?: string | null;
  note?: string;
  domains?: string[];
  languages?: string[];
  ownership?: 'state' | 'public' | 'private' | 'independent' | 'exile';
};

export type Membership = {
  member: string;
  org: string;
  type: 'member_of' | 'observer_of';
  from: string | null;
  to: string | null;
  note?: string;
};

export type Bloc = { id: string; name: string; leader: string; members: string[] };

/** One problem found in the gazetteer data. `path` is the JSON path inside `file`. */
export type GazetteerIssue = {
  code:
    | 'ORBIT_GAZ_READ'
    | 'ORBIT_GAZ_JSON'
    | 'ORBIT_GAZ_SCHEMA'
    | 'ORBIT_GAZ_DUPLICATE_ID'
    | 'ORBIT_GAZ_UNKNOWN_REF';
  file: string;
  path: (string | number)[];
  message: string;
};

export interface Gazetteer {
  entries: readonly GazEntry[];
  byId(id: string): GazEntry | undefined;
  /**
   * Entries whose name, alias, former name or acronym matches `surface` after `fold()`.
   * Acronyms ("US", "CSTO", "ОДКБ", and any all-capitals alias) match case-sensitively, so
   * "us" finds nothing. Cyrillic surfaces also match through `translit` ("Токаев" -> Tokaev).
   */
  lookup(surface: string): GazEntry[];
  /** Country entry for a demonym/adjective ("Kazakh", "kazakhs" -> Kazakhstan), case-insensitive. */
  lookupDemonym(word: string): GazEntry | undefined;
  /**
   * Every case-insensitive surface key (folded) with its entries, longest key first — for a
   * fast phrase matcher that folds the text. Acronyms are NOT here because they must match
   * case-sensitively: use `acronymIndex()` against the raw text for those.
   */
  surfaceIndex(): Map<string, GazEntry[]>;
  /** Case-sensitive acronym keys (raw form, e.g. "US", "U.S.", "CSTO", "ОДКБ"), longest first. */
  acronymIndex(): Map<string, GazEntry[]>;
  /** Folded demonym/adjective keys ("kazakh", "kazakhstani", "turks") -> country entry. */
  demonymIndex(): Map<string, GazEntry>;
  memberships: readonly Membership[];
  blocs: readonly Bloc[];
  /**
   * Who held `title` of `of` (a gazetteer id) at `date` (ISO, possibly partial). The title is
   * canonicalised ("minister of foreign affairs", "Foreign Secretary" -> "foreign minister").
   * A partial date matches every holder whose term overlaps it. `date === null` returns every
   * holder ever, most recent first, so the caller can see the ambiguity.
   */
  holdersAt(of: string, titleFolded: string, date: string | null): GazEntry[];
  /** Roles of a person entry (empty when unknown). */
  rolesOf(personId: string): GazRole[];
  /** Memberships of `member` valid at `date` (all when `date` is null). */
  membershipsOf(member: string, date?: string | null): Membership[];
  /** Members (and observers) of `org` valid at `date` (all when `date` is null). */
  membersOf(org: string, date?: string | null): Membership[];
  /** Blocs an entity belongs to directly (as a listed member). */
  blocsOf(id: string): Bloc[];
}

export class GazetteerError extends OrbitError {
  readonly issues: GazetteerIssue[];
  constructor(issues: GazetteerIssue[]) {
    super(
      'ORBIT_E_MALFORMED',
      `Gazetteer data is invalid:\n${formatIssues(issues)}`,
      'Fix the listed files under data/gazetteer/ and run the gazetteer tests.',
    );
    this.name = 'GazetteerError';
    this.issues = issues;
  }
}

/** "countries.json: entries[3].iso2: expected two capital letters", one line per issue. */
export function formatIssues(issues: readonly GazetteerIssue[], max = 30): string {
  const lines = issues
    .slice(0, max)
    .map((i) => `  ${i.file}: ${formatPath(i.path)}: ${i.message} [${i.code}]`);
  if (issues.length > max) lines.push(`  ... and ${issues.length - max} more`);
  return lines.join('\n');
}

function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Titles

/**
 * Folded title variants -> canonical functional title. Roles in the data use the canonical
 * titles; queries may use any variant.
 */
const TITLE_SYNONYMS: Record<string, string> = {
  president: 'president',
  'head of state': 'president',
  'state president': 'president',
  'prime minister': 'prime minister',
  premier: 'prime minister',
  'head of government': 'prime minister',
  'chairman of the cabinet of ministers': 'prime minister',
  'chairman of the government': 'prime minister',
  'chair of the government': 'prime minister',
  pm: 'prime minister',
  'foreign minister': 'foreign minister',
  'minister of foreign affairs': 'foreign minister',
  'foreign affairs minister': 'foreign minister',
  'minister for foreign affairs': 'foreign minister',
  'foreign secretary': 'foreign minister',
  'secretary of state': 'foreign minister',
  'us secretary of state': 'foreign minister',
  'secretary for foreign affairs': 'foreign minister',
  fm: 'foreign minister',
  'top diplomat': 'foreign minister',
  'defense minister': 'defense minister',
  'defence minister': 'defense minister',
  'minister of defense': 'defense minister',
  'minister of defence': 'defense minister',
  'minister for defence': 'defense minister',
  'minister of national defense': 'defense minister',
  'minister of national defence': 'defense minister',
  'national defense minister': 'defense minister',
  'national defence minister': 'defense minister',
  'defence secretary': 'defense minister',
  'defense secretary': 'defense minister',
  'secretary of defense': 'defense minister',
  'secretary of defence': 'defense minister',
  'secretary of war': 'defense minister',
  'war secretary': 'defense minister',
  'secretary of state for defence': 'defense minister',
  'secretary general': 'secretary general',
  'secretary-general': 'secretary general',
  'general secretary': 'secretary general',
  'high representative': 'high representative',
  'high representative for foreign affairs and security policy': 'high representative',
  'foreign policy chief': 'high representative',
  'vice president': 'vice president',
  'vice-president': 'vice president',
  chancellor: 'chancellor',
  'commission president': 'president',
  'president of the european commission': 'president',
  'european council president': 'president',
  'president of the european council': 'president',
  chairman: 'chairman',
  chair: 'chairman',
  'general secretary of the communist party': 'general secretary',
  'party leader': 'chairman',
};

/** Canonical functional title for a title phrase ("Minister of Foreign Affairs" -> "foreign minister"). */
/**
 * The state a place stands for or lies in, as a gazetteer id, else null. `scope` says how far to go:
 * 'capital' — only a capital's state ("Baku said" is Azerbaijan; the Kremlin keeps its own voice);
 * 'seat' — any seat of power's ("visited Tashkent", "the Kremlin accused"); 'place' — a seat's
 * state, else the country the place lies in ("police in Osh" act for Kyrgyzstan).
 */
export function stateOfPlace(
  gaz: Gazetteer,
  id: string | null | undefined,
  scope: 'capital' | 'seat' | 'place',
): string | null {
  const g = id ? gaz.byId(id) : undefined;
  if (!g) return null;
  if (scope === 'capital') return g.kind === 'capital' ? (g.seatOf ?? null) : null;
  if (scope === 'seat') return g.seatOf ?? null;
  return g.seatOf ?? g.country ?? null;
}

export function canonicalTitle(title: string): string {
  const f = fold(title).replace(/\./g, '');
  return TITLE_SYNONYMS[f] ?? TITLE_SYNONYMS[f.replace(/-/g, ' ')] ?? f;
}

// ---------------------------------------------------------------------------------------------
// Dates: partial ISO dates are intervals; comparisons are on padded strings.

function lowerBound(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
function upperBound(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}
/** Does [from, to] (nulls open) overlap the (possibly partial) date `at`? */
function overlaps(from: string | null, to: string | null, at: string): boolean {
  const atLo = lowerBound(at);
  const atHi = upperBound(at);
  if (from && lowerBound(from) > atHi) return false;
  if (to && upperBound(to) < atLo) return false;
  return true;
}

/**
 * The roles an entry held at `date` (a possibly partial ISO date, e.g. a publication time), or
 * its current (open-ended) roles when the date is unknown.
 */
export function rolesHeldAt(entry: GazEntry | undefined, date: string | null | undefined): GazRole[] {
  const at = normalizeQueryDate(date);
  return (entry?.roles ?? []).filter((r) => (at ? overlaps(r.from, r.to, at) : !r.to));
}

const ISO_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?/;
function normalizeQueryDate(d: string | null | undefined): string | null {
  if (!d) return null;
  const m = ISO_PREFIX.exec(d.trim());
  return m ? m[0] : null;
}

// ---------------------------------------------------------------------------------------------
// Keys

const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
/** All-capitals token(s) like "US", "U.S.", "CSTO", "ОДКБ", "G7", "BRICS" count as acronyms. */
function looksLikeAcronym(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 12 || /\s/.test(t)) return false;
  if (HAS_LOWER.test(t) || !HAS_LETTER.test(t)) return false;
  return true;
}

const WS = /\s+/g;
function normalizeRaw(s: string): string {
  return s.normalize('NFC').replace(WS, ' ').trim();
}

/** Folded keys for a case-insensitive surface: folded, Latin, hyphen-free and dot-free variants. */
function keysFor(surface: string): string[] {
  const keys = new Set<string>();
  const base = fold(surface);
  if (!base) return [];
  keys.add(base);
  if (hasCyrillic(surface)) keys.add(foldLatin(surface));
  for (const k of [...keys]) {
    if (k.includes('-')) keys.add(k.replace(/-/g, ' ').replace(/ +/g, ' ').trim());
    if (k.includes('.'))
      keys.add(
        k
          .replace(/\.(?=\S)/g, '. ')
          .replace(/\./g, '')
          .replace(/ +/g, ' ')
          .trim(),
      );
  }
  keys.delete('');
  return [...keys];
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
}

function sortedByKeyLength<V>(m: Map<string, V>): Map<string, V> {
  return new Map(
    [...m.entries()].sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  );
}

// ---------------------------------------------------------------------------------------------
// Building

export type GazetteerFile = { file: string; data: unknown };

/**
 * `aliases` promises every other name, so consumers (exports, fuzzy matchers) need not look at
 * `acronyms` and `formerNames` separately: merge them in, without duplicates or the name itself.
 */
function withAllAliases(e: GazEntry): GazEntry {
  const seen = new Set<string>([e.name]);
  const aliases: string[] = [];
  for (const a of [...e.aliases, ...(e.acronyms ?? []), ...(e.formerNames ?? []).map((f) => f.name)]) {
    if (seen.has(a)) continue;
    seen.add(a);
    aliases.push(a);
  }
  return { ...e, aliases };
}

/**
 * When the data lists a surname alone for a person ("Mirzoyan"), the Cyrillic spelling of the
 * surname is a name of that person too: "Арарат Мирзоян" gives "Мирзоян".
 * Without a surname-only alias (two office holders share it, say) nothing is derived.
 */
function surnameKeys(surfaces: readonly string[]): string[] {
  const singles = new Set(surfaces.filter((s) => !/\s/.test(s.trim())).map((s) => fold(s)));
  if (!singles.size) return [];
  const out: string[] = [];
  for (const s of surfaces) {
    const toks = s.trim().split(/\s+/);
    if (toks.length < 2) continue;
    const last = toks[toks.length - 1];
    const k = fold(last);
    // Cyrillic spellings only (the Latin data lists its surnames), and no short tokens: Chinese
    // names put the surname first ("Wang Yi", "Ван И"), where the last token is a given name.
    if (hasCyrillic(last) && last.length >= 4 && !singles.has(k) && !out.includes(last)) out.push(last);
  }
  return out;
}

type RefItem = [key: string, id: string, idx?: number, sub?: string];

type Parsed = { entries: GazEntry[]; memberships: Membership[]; blocs: Bloc[]; issues: GazetteerIssue[] };

function parseFiles(files: readonly GazetteerFile[]): Parsed {
  const issues: GazetteerIssue[] = [];
  const entries: GazEntry[] = [];
  const memberships: Membership[] = [];
  const blocs: Bloc[] = [];
  const where = new Map<string, { file: string; path: (string | number)[] }>();
  // References are checked after every file is read, since files refer to each other.
  const refs: { file: string; path: (string | number)[]; ids: RefItem[] }[] = [];

  for (const { file, data } of files) {
    const res = FileSchema.safeParse(data);
    if (!res.success) {
      for (const iss of res.error.issues) {
        issues.push({
          code: 'ORBIT_GAZ_SCHEMA',
          file,
          path: iss.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
          message: iss.message,
        });
      }
      continue;
    }
    const f = res.data;
    (f.entries ?? []).forEach((e, i) => {
      const prev = where.get(e.id);
      if (prev) {
        issues.push({
          code: 'ORBIT_GAZ_DUPLICATE_ID',
          file,
          path: ['entries', i, 'id'],
          message: `duplicate id "${e.id}" (first defined in ${prev.file} at ${formatPath(prev.path)})`,
        });
        return;
      }
      where.set(e.id, { file, path: ['entries', i] });
      entries.push(withAllAliases(e as GazEntry));
    });
    for (const m of f.memberships ?? []) memberships.push(m);
    for (const b of f.blocs ?? []) blocs.push(b);
    // Reference checks need every file; remember where memberships/blocs came from.
    (f.memberships ?? []).forEach((m, i) =>
      refs.push({
        file,
        path: ['memberships', i],
        ids: [
          ['member', m.member],
          ['org', m.org],
        ],
      }),
    );
    (f.blocs ?? []).forEach((b, i) =>
      refs.push({
        file,
        path: ['blocs', i],
        ids: [['leader', b.leader], ...b.members.map((id, j) => [`members`, id, j] as RefItem)],
      }),
    );
    (f.entries ?? []).forEach((e, i) => {
      const ids: RefItem[] = [];
      if (e.country) ids.push(['country', e.country]);
      if (e.seatOf) ids.push(['seatOf', e.seatOf]);
      if (e.partOf) ids.push(['partOf', e.partOf]);
      (e.roles ?? []).forEach((r, j) => {
        if (r.of) ids.push(['roles', r.of, j, 'of']);
      });
      if (ids.length) refs.push({ file, path: ['entries', i], ids });
    });
  }

  const known = new Set(entries.map((e) => e.id));
  for (const r of refs) {
    for (const [key, id, idx, sub] of r.ids) {
      if (known.has(id)) continue;
      const path: (string | number)[] = [...r.path, key];
      if (idx !== undefined) path.push(idx);
      if (sub !== undefined) path.push(sub);
      issues.push({
        code: 'ORBIT_GAZ_UNKNOWN_REF',
        file: r.file,
        path,
        message: `unknown gazetteer id "${id}"`,
      });
    }
  }
  return { entries, memberships, blocs, issues };
}

/** Build a gazetteer from already-parsed JSON objects (tests, embedding). Throws GazetteerError on invalid data. */
export function buildGazetteer(files: readonly GazetteerFile[]): Gazetteer {
  const parsed = parseFiles(files);
  if (parsed.issues.length) throw new GazetteerError(parsed.issues);
  return makeGazetteer(parsed.entries, parsed.memberships, parsed.blocs);
}

function makeGazetteer(entries: GazEntry[], memberships: Membership[], blocs: Bloc[]): Gazetteer {
  const byIdMap = new Map<string, GazEntry>();
  for (const e of entries) byIdMap.set(e.id, e);

  const folded = new Map<string, GazEntry[]>();
  const acr = new Map<string, GazEntry[]>();
  const dem = new Map<string, GazEntry>();
  const holders = new Map<string, { entry: GazEntry; role: GazRole }[]>(); // key: of + "\u0000" + title

  for (const e of entries) {
    const explicitAcr = new Set((e.acronyms ?? []).map(normalizeRaw));
    const surfaces = [
      e.name,
      ...e.aliases,
      ...(e.acronyms ?? []),
      ...(e.formerNames ?? []).map((f) => f.name),
    ];
    if (e.type === 'person') for (const s of surnameKeys(surfaces)) surfaces.push(s);
    for (const s of surfaces) {
      const raw = normalizeRaw(s);
      if (!raw) continue;
      if (explicitAcr.has(raw) || looksLikeAcronym(raw)) {
        push(acr, raw, e);
        // "ОДКБ" is also written "ODKB"; a two-letter one would take a Latin acronym's place
        // ("ИГ", Islamic State, read as the "IG" of IG Metall)
        const latin = hasCyrillic(raw) ? translit(raw).toUpperCase() : '';
        if (latin.replace(/[^A-Z]/g, '').length >= 3) push(acr, latin, e);
      } else {
        for (const k of keysFor(raw)) push(folded, k, e);
      }
    }
    for (const d of e.demonyms ?? []) {
      const k = fold(d);
      // First writer wins: demonyms shared by two countries (rare) resolve to the earlier file.
      if (k && !dem.has(k)) dem.set(k, e);
    }
    for (const r of e.roles ?? []) {
      if (!r.of) continue;
      const key = `${r.of}\u0000${canonicalTitle(r.title)}`;
      const list = holders.get(key);
      if (list) list.push({ entry: e, role: r });
      else holders.set(key, [{ entry: e, role: r }]);
    }
  }
  // Most recent term first: open-ended (null `to`) terms, then by start date descending.
  for (const list of holders.values()) {
    list.sort((a, b) => {
      const at = a.role.to === null ? '9999' : upperBound(a.role.to);
      const bt = b.role.to === null ? '9999' : upperBound(b.role.to);
      if (at !== bt) return at < bt ? 1 : -1;
      const af = a.role.from ? lowerBound(a.role.from) : '';
      const bf = b.role.from ? lowerBound(b.role.from) : '';
      return af < bf ? 1 : af > bf ? -1 : 0;
    });
  }

  const surfaceIdx = sortedByKeyLength(folded);
  const acronymIdx = sortedByKeyLength(acr);
  const demonymIdx = sortedByKeyLength(dem);

  const byMember = new Map<string, Membership[]>();
  const byOrg = new Map<string, Membership[]>();
  for (const m of memberships) {
    push(byMember, m.member, m);
    push(byOrg, m.org, m);
  }
  const blocsByMember = new Map<string, Bloc[]>();
  for (const b of blocs) for (const id of b.members) push(blocsByMember, id, b);

  const filterAt = (list: Membership[] | undefined, date: string | null | undefined): Membership[] => {
    if (!list) return [];
    const at = normalizeQueryDate(date);
    return at ? list.filter((m) => overlaps(m.from, m.to, at)) : [...list];
  };

  const lookup = (surface: string): GazEntry[] => {
    const raw = normalizeRaw(surface ?? '');
    if (!raw) return [];
    const out: GazEntry[] = [];
    const add = (list: GazEntry[] | undefined) => {
      if (list) for (const e of list) if (!out.includes(e)) out.push(e);
    };
    add(acronymIdx.get(raw));
    const f = fold(raw);
    add(surfaceIdx.get(f));
    if (hasCyrillic(raw)) {
      add(surfaceIdx.get(foldLatin(raw)));
      if (looksLikeAcronym(raw)) add(acronymIdx.get(translit(raw).toUpperCase()));
    }
    return out;
  };

  const lookupDemonym = (word: string): GazEntry | undefined => {
    const f = fold(word ?? '');
    if (!f) return undefined;
    const direct = demonymIdx.get(f);
    if (direct) return direct;
    // Plural nouns of demonyms ("Kazakhs", "Uzbeks", "Azerbaijanis").
    if (f.endsWith('s'))
      return (
        demonymIdx.get(f.slice(0, -1)) ?? (f.endsWith('es') ? demonymIdx.get(f.slice(0, -2)) : undefined)
      );
    return undefined;
  };

  const holdersAt = (of: string, titleFolded: string, date: string | null): GazEntry[] => {
    const list = holders.get(`${of}\u0000${canonicalTitle(titleFolded ?? '')}`);
    if (!list) return [];
    const at = normalizeQueryDate(date);
    const out: GazEntry[] = [];
    for (const { entry, role } of list) {
      if (at && !overlaps(role.from, role.to, at)) continue;
      if (!out.includes(entry)) out.push(entry);
    }
    return out;
  };

  return {
    entries,
    byId: (id) => byIdMap.get(id),
    lookup,
    lookupDemonym,
    surfaceIndex: () => surfaceIdx,
    acronymIndex: () => acronymIdx,
    demonymIndex: () => demonymIdx,
    memberships,
    blocs,
    holdersAt,
    rolesOf: (id) => byIdMap.get(id)?.roles ?? [],
    membershipsOf: (member, date) => filterAt(byMember.get(member), date),
    membersOf: (org, date) => filterAt(byOrg.get(org), date),
    blocsOf: (id) => blocsByMember.get(id) ?? [],
  };
}

// ---------------------------------------------------------------------------------------------
// Loading from disk

/**
 * data/gazetteer next to the package root. This file is src/resolve/gazetteer.ts under vitest
 * and dist/resolve/gazetteer.js when built — two levels below the root either way; if the
 * layout ever changes we walk up to the nearest package.json instead.
 */
export function defaultGazetteerDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const direct = resolve(here, '..', '..', 'data', 'gazetteer');
  if (existsSync(direct)) return direct;
  let dir = here;
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data', 'gazetteer')))
      return join(dir, 'data', 'gazetteer');
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return direct;
}

function readDir(dir: string): { files: GazetteerFile[]; issues: GazetteerIssue[] } {
  const files: GazetteerFile[] = [];
  const issues: GazetteerIssue[] = [];
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.json'))
      .map((d) => d.name)
      .sort();
  } catch (err) {
    issues.push({
      code: 'ORBIT_GAZ_READ',
      file: dir,
      path: [],
      message: `cannot read gazetteer directory: ${(err as Error).message}`,
    });
    return { files, issues };
  }
  for (const name of names) {
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch (err) {
      issues.push({ code: 'ORBIT_GAZ_READ', file: name, path: [], message: (err as Error).message });
      continue;
    }
    try {
      files.push({ file: name, data: JSON.parse(text) as unknown });
    } catch (err) {
      issues.push({
        code: 'ORBIT_GAZ_JSON',
        file: name,
        path: [],
        message: `invalid JSON: ${(err as Error).message}`,
      });
    }
  }
  return { files, issues };
}

/** Every issue in the gazetteer directory (empty when valid). Never throws. */
export function validateGazetteerDir(dir: string = defaultGazetteerDir()): GazetteerIssue[] {
  const { files, issues } = readDir(dir);
  return [...issues, ...parseFiles(files).issues];
}

const cache = new Map<string, Gazetteer>();

/**
 * Load and validate the gazetteer (cached per directory). Throws `GazetteerError` (code
 * ORBIT_E_MALFORMED, with `issues`) when any file is unreadable, malformed or refers to an
 * unknown id.
 */
/**
 * The default gazetteer, or null when its data cannot be loaded: for stages that still work
 * (with less knowledge) without it rather than fail the document.
 */
let optionalDefault: Gazetteer | null | undefined;
export function tryLoadGazetteer(): Gazetteer | null {
  if (optionalDefault === undefined) {
    try {
      optionalDefault = loadGazetteer();
    } catch {
      optionalDefault = null;
    }
  }
  return optionalDefault;
}

export function loadGazetteer(dir?: string): Gazetteer {
  const d = resolve(dir ?? defaultGazetteerDir());
  const hit = cache.get(d);
  if (hit) return hit;
  const { files, issues } = readDir(d);
  if (issues.length) throw new GazetteerError(issues);
  const g = buildGazetteer(files);
  cache.set(d, g);
  return g;
}
