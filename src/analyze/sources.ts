/**
 * Source profiles: per outlet, how many documents, in which languages, how often it carries
 * agency copy (the copy credits another outlet), how often it publishes uncredited copies or
 * rewrites of another outlet's article (a copy link to a document of another outlet that the
 * copy does not credit), and how often its stories are confirmed by independent outlets (the
 * story has another source that is neither the same outlet nor a copy of it).
 *
 * Outlets meet by their media gazetteer entry when known ("Лента.ру", "Lenta.ru" and
 * "lenta.ru" are one outlet, named as the gazetteer names it), else by their folded name.
 * Pure: the store reads the rows, this counts them.
 */
import type { DocLink } from '../model/index.js';
import { independentSourceCount } from '../link/index.js';
import { knownOutlet } from '../clean/outlet.js';

export type SourceDoc = {
  id: string;
  outlet: string | null;
  originalSource: string | null;
  language: string;
  published: string | null;
};

export type SourceProfile = {
  /** the gazetteer id ("media:tass") or "outlet:<folded name>" */
  key: string;
  outlet: string;
  /** names the documents give it */
  names: string[];
  /** media gazetteer facts when known */
  kind: string | null;
  country: string | null;
  ownership: string | null;
  documents: number;
  languages: { language: string; documents: number }[];
  firstPublished: string | null;
  lastPublished: string | null;
  /** documents that credit another outlet as their source (wire copy, "according to TASS") */
  agencyCopy: { documents: number; share: number; sources: { outlet: string; documents: number }[] };
  /** documents that copy or rewrite another outlet's document without crediting it */
  uncreditedCopies: { documents: number; share: number };
  /** documents in a story that an independent outlet also reports */
  confirmed: { documents: number; share: number };
  /** documents in a story at all */
  inStories: number;
};

export type SourceInput = {
  docs: SourceDoc[];
  links: DocLink[];
  stories: { id: string; documents: string[] }[];
};

const COPY_TYPES = new Set(['duplicate', 'syndicated', 'rewrite', 'excerpt']);
const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\.)?/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The outlet key and display name of a name as documents give it. */
export function outletKey(name: string): {
  key: string;
  name: string;
  entry: ReturnType<typeof knownOutlet>;
} {
  const entry = knownOutlet(name);
  if (entry) return { key: entry.id, name: entry.name, entry };
  return { key: `outlet:${fold(name)}`, name: name.trim(), entry: null };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Profiles of every outlet with at least one document, most documents first (then by name). */
export function sourceProfiles(input: SourceInput): SourceProfile[] {
  const docs = (Array.isArray(input?.docs) ? input.docs : []).filter(
    (d): d is SourceDoc => !!d && typeof d.id === 'string',
  );
  const byId = new Map(docs.map((d) => [d.id, d]));
  const keyCache = new Map<string, ReturnType<typeof outletKey>>();
  const keyOf = (name: string | null): ReturnType<typeof outletKey> | null => {
    if (typeof name !== 'string' || !name.trim()) return null;
    let k = keyCache.get(name);
    if (!k) keyCache.set(name, (k = outletKey(name)));
    return k;
  };
  const outletOf = (id: string): string | null => keyOf(byId.get(id)?.outlet ?? null)?.key ?? null;

  // Uncredited copies: the copy side of a copy link whose original is another outlet's document
  // and which names no source, or another source than that outlet.
  const uncredited = new Set<string>();
  const links = Array.isArray(input?.links) ? input.links.filter((l) => !!l && COPY_TYPES.has(l.type)) : [];
  for (const l of links) {
    const copy = byId.get(l.from);
    const orig = byId.get(l.to);
    if (!copy || !orig) continue;
    const co = outletOf(copy.id);
    const oo = outletOf(orig.id);
    if (!co || !oo || co === oo) continue;
    const credit = keyOf(copy.originalSource)?.key ?? null;
    if (credit !== oo) uncredited.add(copy.id);
  }

  // Confirmation: a document's story has an independent source besides its own outlet.
  const confirmed = new Set<string>();
  const inStory = new Set<string>();
  for (const s of Array.isArray(input?.stories) ? input.stories : []) {
    const members = (s?.documents ?? []).filter((id) => byId.has(id));
    if (members.length < 2) continue;
    for (const id of members) inStory.add(id);
    for (const id of members) {
      const mine = outletOf(id);
      const others = members.filter((o) => o === id || !mine || outletOf(o) !== mine);
      if (others.length >= 2 && independentSourceCount(others, links, outletOf) >= 2) confirmed.add(id);
    }
  }

  type Acc = {
    key: string;
    name: string;
    entry: ReturnType<typeof knownOutlet>;
    names: Map<string, number>;
    docs: SourceDoc[];
  };
  const acc = new Map<string, Acc>();
  for (const d of docs) {
    const k = keyOf(d.outlet);
    if (!k) continue;
    let a = acc.get(k.key);
    if (!a) acc.set(k.key, (a = { key: k.key, name: k.name, entry: k.entry, names: new Map(), docs: [] }));
    a.names.set(d.outlet!.trim(), (a.names.get(d.outlet!.trim()) ?? 0) + 1);
    a.docs.push(d);
  }

  const out: SourceProfile[] = [];
  for (const a of acc.values()) {
    const n = a.docs.length;
    const langs = new Map<string, number>();
    const agency = new Map<string, { outlet: string; documents: number }>();
    let agencyDocs = 0;
    const dates: string[] = [];
    for (const d of a.docs) {
      langs.set(d.language, (langs.get(d.language) ?? 0) + 1);
      if (d.published) dates.push(d.published);
      const src = keyOf(d.originalSource);
      if (src && src.key !== a.key) {
        agencyDocs++;
        const e = agency.get(src.key) ?? { outlet: src.name, documents: 0 };
        e.documents++;
        agency.set(src.key, e);
      }
    }
    dates.sort();
    const unc = a.docs.filter((d) => uncredited.has(d.id)).length;
    const conf = a.docs.filter((d) => confirmed.has(d.id)).length;
    // A name the documents give it more often than the key's display name (unknown outlets).
    const names = [...a.names].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([nm]) => nm);
    out.push({
      key: a.key,
      outlet: a.entry ? a.name : names[0]!,
      names,
      kind: a.entry?.kind ?? null,
      country: a.entry?.country ?? null,
      ownership: a.entry?.ownership ?? null,
      documents: n,
      languages: [...langs]
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
        .map(([language, documents]) => ({ language, documents })),
      firstPublished: dates[0] ?? null,
      lastPublished: dates[dates.length - 1] ?? null,
      agencyCopy: {
        documents: agencyDocs,
        share: round(agencyDocs / n),
        sources: [...agency.values()].sort(
          (x, y) => y.documents - x.documents || (x.outlet < y.outlet ? -1 : 1),
        ),
      },
      uncreditedCopies: { documents: unc, share: round(unc / n) },
      confirmed: { documents: conf, share: round(conf / n) },
      inStories: a.docs.filter((d) => inStory.has(d.id)).length,
    });
  }
  return out.sort(
    (x, y) =>
      y.documents - x.documents ||
      (x.outlet.toLowerCase() < y.outlet.toLowerCase()
        ? -1
        : x.outlet.toLowerCase() > y.outlet.toLowerCase()
          ? 1
          : 0),
  );
}

/** Profiles whose outlet or one of its names contains `q` (case- and accent-insensitive). */
export function filterProfiles(ps: SourceProfile[], q: string | null | undefined): SourceProfile[] {
  const k = typeof q === 'string' ? fold(q) : '';
  if (!k) return ps;
  return ps.filter((p) => [p.outlet, ...p.names].some((n) => fold(n).includes(k)));
}
