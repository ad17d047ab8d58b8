/**
 * Incremental corpus facts: takes a batch of newly stored documents into the corpus facts with
 * work that grows with the batch and the stored facts it can touch, not with the corpus. Each
 * step fetches candidates by index and calls the stage's own decision function on them (never a
 * copy of its logic):
 *
 *  1. resolution: the batch's document-local entities look up the stored entities they can join
 *     (entity_keys: gazetteer ids, folded names, surname keys); `resolveDocuments` runs over the
 *     batch, the documents of the discovered candidate entities, and one record per candidate
 *     gazetteer entity. Discovered candidates are recomputed whole (all their records are in
 *     scope); gazetteer entities take the batch's aliases, roles and reasons.
 *  2. relations: the batch's text relations and gazetteer memberships merge into stored rows.
 *  3. stories: `clusterStories` over the batch, the documents sharing two selective entities
 *     with a batch document or linked to one as copies, and every member of their stories, with
 *     the corpus-wide document count, entity postings and term weights (term_df).
 *  4. events: `coreferEvents` over the batch's reports and the member reports of the stored
 *     events sharing a blocking key (event_keys) whose dates can meet theirs, or sitting in a
 *     document whose story changed; events that come back unchanged are not rewritten.
 *  5. alignment: the (country, bloc, month) cells the changed events, quotes, relations and
 *     entities contribute to, before and after, are recomputed from the facts of those cells.
 *
 * Where the result could differ from a full rebuild in a way this cannot compute locally — a new
 * record bridging two stored entities, an entity whose id would change (display name, a lone
 * surname no longer unique), an id collision, a new alias of a bloc member (alignment matches
 * quotes by those names) — the update throws `NeedsRebuild` and the caller rebuilds.
 * Known differences from a rebuild (docs/corpus.md, tested in test/incremental.test.ts): pairs of
 * stored documents outside the batch's story scope are not re-judged when corpus statistics
 * shift; the order of roles, reasons and evidence lists can differ. Events: coreference groups a
 * set of reports the same whatever their order (src/analyze/events.ts), but only the stored events
 * one blocking key away from the batch are re-clustered; when a new report takes a member away
 * from its event, the freed member could join a stored event two keys away in a rebuild.
 */
import { computeAlignment } from '../analyze/alignment.js';
import {
  coreferEvents,
  MAX_DATE_GAP_DAYS,
  participantKeyFn,
  reportBlockKeys,
  type CorefEvent,
} from '../analyze/events.js';
import { loadEventData } from '../extract/events-data.js';
import { clusterStories, storyLinksOf } from '../link/index.js';
import { idfFromCounts, newsProfile } from '../link/same-news.js';
import type { DocEntity, DocLink, Entity, Mention, OrbitEvent, Quote, Relation } from '../model/index.js';
import type { ResolvedDocEvent, Role } from '../model/index.js';
import {
  docEntitiesOf,
  entityKeysByDocument,
  mentionsPerRef,
  resolveDocuments,
  type DocRow,
} from '../resolve/corpus.js';
import type { ResolveInput } from '../resolve/resolve.js';
import { fold } from '../resolve/fold.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import { gazetteerRelations } from '../resolve/relations.js';
import { gazPersonKeys } from '../resolve/resolve.js';
import { fullNameKey, givenNamesCompatible, nameKey, splitName, surnamesClose } from '../resolve/names.js';
import * as cs from '../store/corpus-state.js';
import type { StoredEntity } from '../store/corpus-state.js';
import type { Db } from '../store/db.js';
import { recKeys } from './keys.js';

/** Thrown when a batch cannot be taken in exactly; the caller runs the full rebuild. */
export class NeedsRebuild extends Error {
  constructor(readonly reason: string) {
    super(`corpus needs a full rebuild: ${reason}`);
    this.name = 'NeedsRebuild';
  }
}

/** Characters of a stored document's text that story clustering reads (headline, lead, first paragraphs). */
const STORY_TEXT_CHARS = 20_000;
/** More documents than this behind the candidate entities of one batch: a rebuild is cheaper. */
const MAX_SCOPE_DOCS = 5000;
const SEP = '\u0000';
/** Synthetic resolution inputs standing for a stored gazetteer entity (never a document id: ids are hex). */
const GAZ_DOC = '\u0001gaz:';

export type UpdateStats = {
  documents: number;
  candidateEntities: number;
  scopeDocuments: number;
  storyDocuments: number;
  candidateEvents: number;
  /** stored events removed or rewritten plus events written: what alignment recomputes cells for */
  changedEvents: number;
  cells: number;
  /** milliseconds per step */
  ms: { resolve: number; relations: number; stories: number; events: number; alignment: number };
};

/** Takes documents `ids` (stored, annotated, queued) into the corpus facts, inside the caller's transaction. */
export async function updateCorpusFacts(db: Db, ids: string[], gaz: Gazetteer): Promise<UpdateStats> {
  const stats: UpdateStats = {
    documents: ids.length,
    candidateEntities: 0,
    scopeDocuments: 0,
    storyDocuments: 0,
    candidateEvents: 0,
    changedEvents: 0,
    cells: 0,
    ms: { resolve: 0, relations: 0, stories: 0, events: 0, alignment: 0 },
  };
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = Math.round(now - t);
    t = now;
    return ms;
  };
  const newDocs = await cs.loadDocs(db, ids);
  const newIds = new Set(newDocs.map((d) => d.doc.id));

  // ---------------------------------------------------------------- 1. resolution
  const r = await resolveBatch(db, newDocs, gaz);
  stats.candidateEntities = r.candidates;
  stats.scopeDocuments = r.scopeDocs;
  const { mentions, quotes, docEvents, textRelations } = r;
  stats.ms.resolve = lap();

  // ---------------------------------------------------------------- 2. relations
  const relChanges = await updateRelations(db, gaz, newDocs, mentions, textRelations, r.created);
  stats.ms.relations = lap();

  // ---------------------------------------------------------------- 3. stories
  const n = (await cs.corpusSize(db)) + newIds.size;
  const changedStoryDocs = await updateStories(db, newDocs, mentions, n, stats);
  stats.ms.stories = lap();

  // ---------------------------------------------------------------- 4. events
  const ev = await updateEvents(db, gaz, [...newIds], docEvents, changedStoryDocs);
  stats.candidateEvents = ev.candidates;
  stats.changedEvents = ev.removed.length + ev.added.length;
  stats.ms.events = lap();

  // ---------------------------------------------------------------- 5. alignment
  stats.cells = await updateAlignment(db, gaz, {
    oldEvents: ev.removed,
    newEvents: ev.added,
    newQuotes: quotes,
    relations: relChanges,
    entities: r.changed,
    blocNames: r.blocNames,
  });
  stats.ms.alignment = lap();
  return stats;
}

// ================================================================== resolution

/** A bloc member that is new or has new names (before: null when new). */
type BlocNameChange = { before: Entity | null; after: Entity; names: string[] };

type Resolved = {
  mentions: Mention[];
  quotes: Quote[];
  docEvents: ResolvedDocEvent[];
  textRelations: Relation[];
  /** entities created by this batch */
  created: Set<string>;
  /** stored entities whose roles or country changed: before and after */
  changed: { before: Entity; after: Entity }[];
  blocNames: BlocNameChange[];
  candidates: number;
  scopeDocs: number;
};

async function resolveBatch(db: Db, newDocs: cs.LoadedDoc[], gaz: Gazetteer): Promise<Resolved> {
  const annotated = newDocs.filter((d) => d.ann);
  const newRecs: { doc: string; ent: DocEntity; mentions: number }[] = [];
  for (const d of annotated) {
    const counts = mentionsPerRef(d.ann!);
    for (const e of docEntitiesOf(d.doc, d.ann!, gaz))
      newRecs.push({ doc: d.doc.id, ent: e, mentions: counts.get(e.ref) ?? 0 });
  }

  // Candidate entities: by look-up key, by gazetteer id, by a gazetteer person's full name.
  const keys = new Set<string>();
  const gazIds = new Set<string>();
  const personGaz = gazPersonKeys(gaz);
  const fullNames: string[][] = [];
  for (const { ent } of newRecs) {
    for (const k of recKeys(ent, gaz)) keys.add(k);
    const entry = ent.gazetteerId ? gaz.byId(ent.gazetteerId) : undefined;
    if (entry) gazIds.add(entry.id);
    if (!entry && ent.type === 'person')
      for (const s of [ent.name, ...ent.aliases]) {
        const toks = splitName(s);
        if (toks.length < 2) continue;
        fullNames.push(toks);
        const g = personGaz.get(fullNameKey(s));
        if (g) gazIds.add(g.id);
      }
    if (entry?.type === 'person') fullNames.push(splitName(entry.name));
  }
  const hits = await cs.entityIdsByKeys(db, [...keys]);
  const candidateIds = new Set<string>();
  const initialHits = new Set<string>();
  for (const h of hits) (h.key.startsWith('si:') ? initialHits : candidateIds).add(h.entity);
  for (const id of gazIds) candidateIds.add(id);
  // Surname-initial hits are candidates only when resolution would compare the two names and
  // could merge them (compatible given names, equal or close surnames).
  const initialRows = await cs.entitiesByIds(
    db,
    [...initialHits].filter((id) => !candidateIds.has(id)),
  );
  for (const e of initialRows.values()) {
    const theirs = [e.name, ...e.aliases].map(splitName).filter((t) => t.length >= 2);
    const close = theirs.some((b) =>
      fullNames.some((a) => {
        if (!givenNamesCompatible(a[0], b[0])) return false;
        const sa = nameKey(a[a.length - 1]);
        const sb = nameKey(b[b.length - 1]);
        return sa === sb || surnamesClose(sa, sb).close;
      }),
    );
    if (close) candidateIds.add(e.id);
  }
  const stored = await cs.entitiesByIds(db, [...candidateIds]);
  const gazCands = [...stored.values()].filter((e) => gaz.byId(e.id));
  const discovered = [...stored.values()].filter((e) => !gaz.byId(e.id)).map((e) => e.id);
  const withRecs = new Set(
    (
      await cs.entitiesWithRecs(
        db,
        gazCands.map((e) => e.id),
      )
    ).concat(discovered),
  );
  const candRecs = await cs.recsOfEntities(db, discovered);
  const newIds = new Set(newDocs.map((d) => d.doc.id));
  const scopeStoredIds = [...new Set(candRecs.map((x) => x.doc))].filter((d) => !newIds.has(d));
  if (scopeStoredIds.length > MAX_SCOPE_DOCS)
    throw new NeedsRebuild('candidate entities span too many documents');
  // What resolution needs of those documents: the records of every candidate entity and those
  // their roles point to, read by (doc, ref). A long report naming a candidate is not read and
  // re-resolved whole (its other records cannot join the batch: they were not looked up). Records
  // stored before migration 13 carry no data: their documents are read whole, as before.
  const scopeRecs = await cs.recDataOf(db, scopeStoredIds, [...stored.keys()]);
  const wholeIds = [...new Set(scopeRecs.filter((x) => !x.data).map((x) => x.doc))];
  const scopeStored = await cs.loadDocs(db, wholeIds);
  const storedRec = new Map<string, string>();
  for (const x of await cs.recsOfDocs(db, wholeIds)) storedRec.set(x.doc + SEP + x.ref, x.entity);
  const wholeSet = new Set(wholeIds);
  const partialRecs = scopeRecs.filter((x) => !wholeSet.has(x.doc));
  for (const x of partialRecs) storedRec.set(x.doc + SEP + x.ref, x.entity);

  // One record per stored gazetteer entity with records: the batch can join it, and resolution
  // sees it for the surname rules, without reading its (possibly very many) documents.
  const extra = gazCands
    .filter((e) => withRecs.has(e.id))
    .map((e) => {
      const g = gaz.byId(e.id)!;
      return {
        id: GAZ_DOC + e.id,
        published: null,
        entities: [
          { ref: 'g', type: g.type, name: g.name, aliases: [], gazetteerId: g.id, roles: [], reasons: [] },
        ],
        mentions: [],
      };
    });
  const scope = [...scopeStored, ...annotated]
    .filter((d) => d.ann)
    .sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
  const res = resolveDocuments(
    scope.map((d) => ({ doc: d.doc, ann: d.ann! })),
    gaz,
    extra,
    partialInputs(partialRecs),
  );

  // What each resolved cluster holds: stored records (of which entities), new records, a synthetic one.
  type Cluster = { stored: Set<string>; hasNew: boolean; synthetic: boolean };
  const clusters = new Map<string, Cluster>();
  for (const [k, id] of res.recEntity) {
    const doc = k.slice(0, k.indexOf(SEP));
    const c = clusters.get(id) ?? { stored: new Set(), hasNew: false, synthetic: false };
    clusters.set(id, c);
    if (doc.startsWith(GAZ_DOC)) c.synthetic = true;
    else if (newIds.has(doc)) c.hasNew = true;
    else {
      const s = storedRec.get(k);
      if (s === undefined) throw new NeedsRebuild('a stored document has no resolution record');
      c.stored.add(s);
    }
  }
  const discoveredSet = new Set(discovered);
  const idMap = new Map<string, string>();
  for (const [id, c] of clusters) {
    if (c.stored.size > 1) throw new NeedsRebuild(`records of several stored entities meet in ${id}`);
    const [s] = [...c.stored];
    if (s !== undefined) {
      if (discoveredSet.has(s) && s !== id) throw new NeedsRebuild(`entity ${s} would become ${id}`);
      if (!discoveredSet.has(s) && !gaz.byId(s) && (c.hasNew || c.synthetic))
        throw new NeedsRebuild(`a new record joins ${s}, which was not looked up`);
      if (gaz.byId(s) && s !== id) throw new NeedsRebuild(`gazetteer entity ${s} split as ${id}`);
      idMap.set(id, s);
    } else idMap.set(id, id);
  }
  // Every record of a discovered candidate must stay in its entity (a rebuild would split it otherwise).
  for (const x of candRecs) {
    const now = res.recEntity.get(x.doc + SEP + x.ref);
    if (now !== undefined && now !== x.entity) throw new NeedsRebuild(`entity ${x.entity} would split`);
  }
  const map = (id: string | null | undefined): string | null => (id == null ? null : (idMap.get(id) ?? id));

  // New entities must not collide with stored ones the scope did not see.
  const createdIds = [...clusters].filter(([, c]) => !c.stored.size && !c.synthetic).map(([id]) => id);
  const present = await cs.entitiesByIds(db, createdIds);
  for (const id of createdIds) {
    const had = present.get(id);
    // A gazetteer entity stored only as a role's `of` (no records) is taken over whole.
    if (had && !(gaz.byId(id) && !withRecs.has(id))) throw new NeedsRebuild(`entity id ${id} is taken`);
    if (!gaz.byId(id) && /-\d+$/.test(id)) throw new NeedsRebuild(`entity id ${id} needed a suffix`);
  }

  // Facts of the new documents with final ids.
  const mentions = res.mentions
    .filter((m) => newIds.has(m.document))
    .map((m) => ({ ...m, entity: map(m.entity)! }));
  const quotes = res.quotes
    .filter((q) => newIds.has(q.document))
    .map((q) => ({ ...q, speaker: map(q.speaker), reportedBy: q.reportedBy.map((x) => map(x)!) }));
  const docEvents = res.docEvents
    .filter((e) => newIds.has(e.docId))
    .map((e) => ({
      ...e,
      event: {
        ...e.event,
        actors: e.event.actors.map((x) => map(x)!),
        targets: e.event.targets.map((x) => map(x)!),
        location: map(e.event.location),
      },
    }));
  const textRelations = res.textRelations
    .filter((t) => newIds.has(t.evidence[0]?.document ?? ''))
    .map((t) => ({ ...t, from: map(t.from)!, to: map(t.to)! }));

  // Counts the new documents add.
  const addMentions = new Map<string, number>();
  const addDocs = new Map<string, Set<string>>();
  for (const m of mentions) {
    addMentions.set(m.entity, (addMentions.get(m.entity) ?? 0) + 1);
    if (!addDocs.has(m.entity)) addDocs.set(m.entity, new Set());
    addDocs.get(m.entity)!.add(m.document);
  }
  const reasonsOf = new Map<string, string[]>();
  for (const e of res.entities) reasonsOf.set(e.id, e.reasons ?? []);

  const remap = (e: Entity): Entity => {
    const out: Entity = { id: map(e.id)!, type: e.type, name: e.name, aliases: e.aliases };
    if (e.roles?.length) out.roles = e.roles.map((x) => ({ ...x, of: map(x.of ?? null) }));
    if (e.country) out.country = map(e.country);
    return out;
  };
  const write: StoredEntity[] = [];
  const created = new Set<string>();
  const changed: { before: Entity; after: Entity }[] = [];
  const blocMembers = new Set(gaz.blocs.flatMap((b) => b.members));
  // Bloc members whose names changed: alignment matches quotations by those names.
  const blocNames: BlocNameChange[] = [];
  const blocNamed = (before: Entity | null, after: Entity) => {
    if (!blocMembers.has(after.id)) return;
    const had = new Set(before ? [before.name, ...before.aliases] : []);
    const names = [after.name, ...after.aliases].filter((n) => !had.has(n));
    if (names.length) blocNames.push({ before, after, names });
  };
  const resolvedIds = new Set(res.recEntity.values());
  for (const e of res.entities) {
    const c = clusters.get(e.id);
    const id = map(e.id)!;
    const plus = (x: StoredEntity): StoredEntity => ({
      ...x,
      mentionCount: x.mentionCount + (addMentions.get(id) ?? 0),
      documentCount: x.documentCount + (addDocs.get(id)?.size ?? 0),
    });
    if (!resolvedIds.has(e.id)) {
      // a gazetteer entity named only as an office's `of` or a country: added when absent
      if (!(await cs.entitiesByIds(db, [id])).size) {
        write.push({ ...remap(e), reasons: [], mentionCount: 0, documentCount: 0 });
        created.add(id);
        blocNamed(null, remap(e));
      }
      continue;
    }
    if (!c || (!c.hasNew && !discoveredSet.has(id))) continue; // untouched stored entity
    const before = stored.get(id);
    const after = remap(e);
    const reasons = reasonsOf.get(e.id) ?? [];
    if (before && withRecs.has(id) && gaz.byId(id)) {
      // a gazetteer entity with stored records: add what the batch says about it
      const aliases = [...new Set([...before.aliases, ...after.aliases])]
        .filter((a) => a !== before.name)
        .sort();
      const roleKey = (x: Role) => `${fold(x.title)}|${x.of ?? ''}|${x.from ?? ''}|${x.to ?? ''}`;
      const have = new Set((before.roles ?? []).map(roleKey));
      const added = (after.roles ?? []).filter((x) => !have.has(roleKey(x)));
      // A rebuild orders an entity's roles by the documents they come from, and alignment takes
      // a person's country from the first current office of a country: a new one could change it.
      if (added.some((x) => x.of && (gaz.byId(x.of)?.type === 'country' || x.of.startsWith('country:'))))
        throw new NeedsRebuild(`${id} has a new office of a country`);
      const roles = [...(before.roles ?? []), ...added];
      const merged: StoredEntity = plus({
        ...before,
        aliases,
        ...(roles.length ? { roles } : {}),
        reasons: [...new Set([...before.reasons, ...reasons])],
      });
      blocNamed(before, merged);
      write.push(merged);
      if (roles.length !== (before.roles ?? []).length) changed.push({ before, after: merged });
      continue;
    }
    if (before && discoveredSet.has(id)) {
      // a discovered entity: every record is in scope, so this is what a rebuild computes
      const next: StoredEntity = plus({
        ...after,
        reasons,
        mentionCount: before.mentionCount,
        documentCount: before.documentCount,
      });
      write.push(next);
      if (
        JSON.stringify(before.roles ?? []) !== JSON.stringify(next.roles ?? []) ||
        (before.country ?? null) !== (next.country ?? null)
      )
        changed.push({ before, after: next });
      continue;
    }
    blocNamed(before ?? null, after);
    write.push(plus({ ...after, reasons, mentionCount: 0, documentCount: 0 }));
    created.add(id);
  }
  await cs.upsertEntities(db, write);

  // Look-up state of the new records.
  const recRows: cs.RecData[] = [];
  const keyRows: { key: string; entity: string }[] = [];
  for (const { doc, ent, mentions: n } of newRecs) {
    const id = map(res.recEntity.get(doc + SEP + ent.ref));
    if (!id) continue;
    recRows.push({ doc, ref: ent.ref, entity: id, data: ent, mentions: n });
    for (const key of recKeys(ent, gaz)) keyRows.push({ key, entity: id });
  }
  await cs.insertRecs(db, recRows);
  await cs.insertEntityKeys(db, keyRows);
  await cs.insertDocFacts(db, mentions, quotes);
  return {
    mentions,
    quotes,
    docEvents,
    textRelations,
    created,
    changed,
    blocNames,
    candidates: stored.size,
    scopeDocs: scopeStoredIds.length,
  };
}

/** Document order of local refs: entities found in text ("e1", "e2", …), then metadata ones. */
const refOrder = (ref: string): number => {
  const m = /^[a-z]*(\d+)$/i.exec(ref);
  return ref.startsWith('meta:') ? Number.MAX_SAFE_INTEGER : m ? Number(m[1]) : Number.MAX_SAFE_INTEGER - 1;
};

/**
 * Stored documents as resolution inputs holding only the given records (with their mention
 * counts), each document's records in the order its annotations list them.
 */
function partialInputs(recs: cs.RecData[]): ResolveInput {
  const byDoc = new Map<string, cs.RecData[]>();
  for (const x of recs) byDoc.set(x.doc, [...(byDoc.get(x.doc) ?? []), x]);
  return [...byDoc].map(([id, xs]) => {
    xs.sort((a, b) => refOrder(a.ref) - refOrder(b.ref) || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
    return {
      id,
      published: null,
      entities: xs.map((x) => x.data!),
      mentions: [],
      mentionCounts: Object.fromEntries(xs.map((x) => [x.ref, x.mentions])),
    };
  });
}

// ================================================================== relations

const SYMMETRIC = new Set(['ally_of', 'partner_of', 'in_conflict_with']);

/** Merges the batch's relations into stored rows; returns each changed relation before and after. */
async function updateRelations(
  db: Db,
  gaz: Gazetteer,
  newDocs: cs.LoadedDoc[],
  mentions: Mention[],
  textRelations: Relation[],
  created: Set<string>,
): Promise<{ before: Relation | null; after: Relation }[]> {
  const memberIds = new Set<string>();
  for (const m of gaz.memberships ?? []) memberIds.add(m.member).add(m.org);
  const ids = new Set((await cs.entitiesByIds(db, [...memberIds])).keys());
  for (const t of textRelations) ids.add(t.from).add(t.to);
  const fresh = gazetteerRelations(
    [...ids].map((id) => ({ id, type: 'organization', name: id, aliases: [] })),
    textRelations,
    gaz,
    newDocs.map((d) => ({ id: d.doc.id, text: d.doc.text })),
    mentions,
  ).filter((r) => r.evidence.length || created.has(r.from) || created.has(r.to));
  if (!fresh.length) return [];
  const stored = await cs.relationsBetween(db, fresh);
  const find = (r: Relation) =>
    stored.find(
      (s) =>
        s.relation.type === r.type &&
        ((s.relation.from === r.from && s.relation.to === r.to) ||
          (SYMMETRIC.has(r.type) && s.relation.from === r.to && s.relation.to === r.from)),
    );
  const rows: cs.RelationRow[] = [];
  const out: { before: Relation | null; after: Relation }[] = [];
  for (const r of fresh) {
    const have = find(r);
    if (!have) {
      rows.push({ id: `${r.type}:${r.from}:${r.to}:+`, relation: r });
      out.push({ before: null, after: r });
      continue;
    }
    const before = have.relation;
    const evidence = [...before.evidence];
    for (const s of r.evidence)
      if (!evidence.some((x) => x.document === s.document && x.start === s.start && x.end === s.end))
        evidence.push(s);
    if (evidence.length === before.evidence.length) continue;
    const after: Relation = {
      ...before,
      evidence,
      source: evidence.length ? 'text' : before.source,
    };
    have.relation = after;
    rows.push({ id: have.id, relation: after });
    out.push({ before, after });
  }
  await cs.upsertRelations(db, rows);
  return out;
}

// ================================================================== stories

/** Re-clusters the stories a batch can touch; returns the stored documents whose story changed. */
async function updateStories(
  db: Db,
  newDocs: cs.LoadedDoc[],
  mentions: Mention[],
  n: number,
  stats: UpdateStats,
): Promise<string[]> {
  const newIds = newDocs.map((d) => d.doc.id);
  const maxPosting = Math.max(20, Math.ceil(0.2 * n));
  const newKeys = entityKeysByDocument(mentions);
  const allNewKeys = [...new Set([...newKeys.values()].flat())];
  const post = await cs.entityPostings(db, allNewKeys, maxPosting);
  const selective = (k: string) => (post.get(k)?.all ?? 0) <= maxPosting;

  // Term frequencies take the batch in before any weight is computed.
  const profiles = newDocs.map((d) =>
    newsProfile({ ...d.doc, entityKeys: newKeys.get(d.doc.id) ?? [], language: d.language }),
  );
  const df = new Map<string, number>();
  for (const p of profiles) for (const t of p.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  await cs.addTermDf(db, df);

  // The scope: the batch, documents sharing two selective entities with one of it or copy-linked
  // to it, and every member of their stories.
  const scope = new Set(newIds);
  for (const id of newIds) {
    const ks = (newKeys.get(id) ?? []).filter(selective);
    if (ks.length >= 2) for (const d of await cs.docsSharingEntities(db, ks, 2)) scope.add(d);
  }
  for (const l of await cs.copyLinksTouching(db, newIds)) scope.add(l.from).add(l.to);
  const oldStories = await cs.storiesOfDocs(db, [...scope]);
  for (const s of oldStories) for (const d of s.documents) scope.add(d);
  const scopeIds = [...scope].sort();
  stats.storyDocuments = scopeIds.length;

  // Stories read a document's beginning only (a long report is not read whole for its lead).
  const docs = await cs.loadDocHeads(
    db,
    scopeIds.filter((d) => !newIds.includes(d)),
    STORY_TEXT_CHARS,
  );
  docs.push(...newDocs);
  const keysOf = await cs.entityKeysOfDocs(db, scopeIds);
  const storyDocs = docs.map((d) => ({
    ...d.doc,
    language: d.language,
    entityKeys: keysOf.get(d.doc.id) ?? [],
  }));
  const allKeys = [...new Set(storyDocs.flatMap((d) => d.entityKeys))];
  const postings = await cs.entityPostings(db, allKeys, maxPosting);
  const terms = new Set<string>();
  for (const d of storyDocs) for (const t of newsProfile(d).terms.keys()) terms.add(t);
  const tdf = await cs.termDf(db, [...terms]);
  const idf = idfFromCounts(
    n,
    (k) => tdf.get(k),
    (k) => postings.get(k)?.all,
  );
  const copyLinks = (await cs.copyLinksTouching(db, scopeIds)).filter(
    (l) => scope.has(l.from) && scope.has(l.to),
  );
  const stories = clusterStories(storyDocs, copyLinks, {
    corpus: { size: n, postings: (k) => postings.get(k) ?? { all: 0, dated: 0 }, idf },
  });
  const links = storyLinksOf(stories, copyLinks);
  // A document whose story gained or lost members: its reports' textual evidence ("same story")
  // and an undated report's inferred bound (the story's latest publication day) may change.
  const members = (ss: { id: string; documents: string[] }[]) => {
    const m = new Map<string, string>();
    for (const s of ss) {
      const key = `${s.id}|${[...s.documents].sort().join(',')}`;
      for (const d of s.documents) m.set(d, key);
    }
    return m;
  };
  const before = members(oldStories);
  const after = members(stories);
  await cs.replaceStoriesOf(
    db,
    scopeIds,
    oldStories.map((s) => s.id),
    stories.map(({ id, title, documents }) => ({ id, title, documents })),
    links,
  );
  return scopeIds.filter((d) => !newIds.includes(d) && before.get(d) !== after.get(d));
}

// ================================================================== events

async function updateEvents(
  db: Db,
  gaz: Gazetteer,
  batchDocs: string[],
  newReports: ResolvedDocEvent[],
  changedStoryDocs: string[],
): Promise<{ candidates: number; removed: OrbitEvent[]; added: OrbitEvent[] }> {
  const keysOfId = participantKeyFn(gaz);
  const blockKeys = new Map<string, ResolvedDocEvent[]>();
  for (const r of newReports)
    for (const k of reportBlockKeys(r, keysOfId)) blockKeys.set(k, [...(blockKeys.get(k) ?? []), r]);
  // A stored event whose date (its narrowest stated member's, or its members' inferred windows')
  // is far from every new report's in its block cannot take one in: some member would be
  // incompatible (coreference joins a report only to a group compatible with every member).
  // Undated events and reports are kept. (A long undated report's events in a story with dated
  // documents have inferred windows: without this they were candidates of every update.)
  const candidates = new Set<string>();
  for (const e of await cs.eventsByKeys(db, [...blockKeys.keys()]))
    if (e.keys.some((k) => (blockKeys.get(k) ?? []).some((r) => dateNear(r, e)))) candidates.add(e.id);
  // Reports in documents whose story changed, or copies of a batch document (an undated copy
  // borrows the dates of its peers).
  const copies = (await cs.copyLinksTouching(db, batchDocs)).flatMap((l) => [l.from, l.to]);
  const ofDocs = await cs.eventsOfDocs(db, [...changedStoryDocs, ...copies]);
  for (const id of ofDocs) candidates.add(id);
  if (!newReports.length && !candidates.size) return { candidates: 0, removed: [], added: [] };
  const ids = [...candidates];
  const storedReports = await cs.reportsOfEvents(db, ids);
  const reports = [...storedReports.map((x) => x.report), ...newReports];
  const docIds = [...new Set(reports.map((r) => r.docId))];
  // Around the reports' documents: their copies and their stories' members (the documents an
  // undated report borrows its inferred date from, and that count independent sources).
  const links = await cs.copyLinksTouching(db, docIds);
  const near = [...new Set([...docIds, ...links.flatMap((l) => [l.from, l.to])])];
  const stories = await cs.storiesOfDocs(db, near);
  const around = [...new Set([...near, ...stories.flatMap((s) => s.documents)])];
  const docs = await cs.docMeta(db, around);
  const storyOf = await cs.storyOfDocs(db, around);
  const events = coreferEvents(reports, links, docs, {
    gaz,
    storyOf,
    members: true,
    inferredWindowDays: loadEventData().inferredWindowDays,
  });
  // A stored event the batch does not reach keeps its members: coreference over the candidates
  // alone (a subset of their blocks, not closed under shared keys) can group their reports
  // otherwise than the whole corpus did — after a long report, a one-article update regrouped ~100
  // of the report's events that no new report joined, each a difference from the rebuild, a write
  // and alignment cells. Reached: an event of a document whose story changed or of a copy (its
  // data can change), and, closed over the groups, every stored event with a member in a group
  // holding a new report or a member of a reached event. Groups of unreached members only are
  // dropped and their stored events kept as they are.
  const newReportIds = new Set(newReports.map((r) => r.event.id));
  const eventOfReport = new Map(storedReports.map((x) => [x.report.event.id, x.event]));
  const reached = new Set(ofDocs);
  const reaches = (rid: string) => newReportIds.has(rid) || reached.has(eventOfReport.get(rid) ?? '');
  for (let grew = true; grew;) {
    grew = false;
    for (const e of events) {
      if (!(e.reports ?? []).some(reaches)) continue;
      for (const rid of e.reports ?? []) {
        const s = eventOfReport.get(rid);
        if (s !== undefined && !reached.has(s)) {
          reached.add(s);
          grew = true;
        }
      }
    }
  }
  const regrouped = events.filter((e) => (e.reports ?? []).some(reaches));
  // Most reached candidates come back as they were (a long report's events in a block the batch
  // shares): those are neither rewritten nor passed on to alignment, whose cells they leave as
  // they are — only the events that really changed cost a write and a cell.
  const stored = new Map(
    (
      await cs.eventsByIds(
        db,
        ids.filter((id) => reached.has(id)),
      )
    ).map((e) => [e.id, e]),
  );
  const storedMembers = new Map<string, string[]>();
  for (const x of storedReports)
    storedMembers.set(x.event, [...(storedMembers.get(x.event) ?? []), x.report.event.id]);
  const unchanged = new Set(
    regrouped
      .filter((e) => {
        const before = stored.get(e.id);
        return (
          before !== undefined &&
          sameMembers(storedMembers.get(e.id) ?? [], e.reports ?? []) &&
          canonicalJson(before) === canonicalJson(stripMembers(e))
        );
      })
      .map((e) => e.id),
  );
  const removed = [...stored.values()].filter((e) => !unchanged.has(e.id));
  const changed = regrouped.filter((e) => !unchanged.has(e.id));
  await cs.deleteEvents(
    db,
    removed.map((e) => e.id),
  );
  const byId = new Map(reports.map((r) => [r.event.id, r]));
  const added = changed.map(stripMembers);
  await cs.insertEvents(db, added);
  await cs.insertReports(
    db,
    changed.flatMap((e) => (e.reports ?? []).map((rid) => ({ report: byId.get(rid)!, event: e.id }))),
  );
  await cs.insertEventKeys(
    db,
    changed.flatMap((e) =>
      (e.reports ?? []).flatMap((rid) =>
        reportBlockKeys(byId.get(rid)!, keysOfId).map((key) => ({ key, event: e.id })),
      ),
    ),
  );
  return { candidates: ids.length, removed, added };
}

const sameMembers = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join(SEP) === [...b].sort().join(SEP);

/** JSON with object keys sorted and undefined fields left out: a stored (jsonb) event equals its recomputation. */
function canonicalJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}

const dayLower = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10));
const dayUpper = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d.slice(0, 10));
const shiftDay = (d: string, days: number) => {
  const t = Date.parse(`${d}T00:00:00Z`);
  return Number.isNaN(t) ? d : new Date(t + days * 86_400_000).toISOString().slice(0, 10);
};

/**
 * Whether a new report may join a stored event, by date: a necessary condition of datesCompatible
 * with every member, on the event's stored bounds (a day either side: they are whole days).
 * Stated: the narrowest stated member's date. Inferred: the members' "by <date>" windows meet
 * pairwise, so the stored bound — their intersection — meets the report's window too, and ends
 * at the earliest member's end, which a stated date must not follow nor precede by over a year.
 */
function dateNear(
  r: ResolvedDocEvent,
  e: { start: string | null; end: string | null; inferred: boolean },
): boolean {
  const d = r.event.date as { start: string | null; end: string | null; inferred?: boolean };
  if ((!d.start && !d.end) || !e.start || !e.end) return true;
  const rs = d.start ?? d.end!;
  const re = d.end ?? d.start!;
  if (d.inferred && e.inferred)
    return e.start <= shiftDay(dayUpper(re), 1) && e.end >= shiftDay(dayLower(rs), -1);
  // one "by <end>" window and one stated date: the date no later than the end, within its last year
  if (d.inferred) return e.start <= shiftDay(dayUpper(re), 1) && e.end >= shiftDay(dayLower(re), -366);
  if (e.inferred) return dayLower(rs) <= shiftDay(e.end, 1) && dayUpper(re) >= shiftDay(e.end, -366);
  const lo = shiftDay(dayLower(rs), -(MAX_DATE_GAP_DAYS + 1));
  const hi = shiftDay(dayUpper(re), MAX_DATE_GAP_DAYS + 1);
  return e.start <= hi && e.end >= lo;
}

function stripMembers(e: CorefEvent): CorefEvent {
  const { reports: _members, ...rest } = e;
  void _members;
  return rest;
}

// ================================================================== alignment

const byEventOrder = (a: OrbitEvent, b: OrbitEvent) =>
  (a.date.start ?? '9999').localeCompare(b.date.start ?? '9999') || a.id.localeCompare(b.id);
const quoteIndex = (q: Quote) => Number(/:q(\d+)$/.exec(q.id)?.[1] ?? 0);
const byQuoteOrder = (a: Quote, b: Quote) =>
  (a.document < b.document ? -1 : a.document > b.document ? 1 : 0) || quoteIndex(a) - quoteIndex(b);
const relIndex = (id: string) => {
  const m = /:(\d+)$/.exec(id);
  return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
};

/**
 * Recomputes the alignment cells the changes contribute to (under the old facts and the new),
 * each from every fact of its country and month. Returns the number of cells recomputed.
 */
async function updateAlignment(
  db: Db,
  gaz: Gazetteer,
  d: {
    oldEvents: OrbitEvent[];
    newEvents: OrbitEvent[];
    newQuotes: Quote[];
    relations: { before: Relation | null; after: Relation }[];
    entities: { before: Entity; after: Entity }[];
    blocNames: BlocNameChange[];
  },
): Promise<number> {
  if (!gaz.blocs?.length) return 0;
  // Facts of entities whose roles or country changed count for other countries now.
  const changedIds = d.entities.map((x) => x.after.id);
  const theirEvents = changedIds.length ? await cs.eventsOfEntitiesAnyTime(db, changedIds) : [];
  const theirQuotes = changedIds.length ? await cs.quotesBySpeakers(db, changedIds, null) : [];
  const theirRelations = (await cs.relationsOf(db, changedIds)).map((r) => r.relation);

  // Quotations that may name a bloc member by a new name (matched as alignment matches them).
  const named = await cs.quotesContaining(
    db,
    d.blocNames.flatMap((b) => b.names),
  );
  const oldSide = {
    events: [...d.oldEvents, ...theirEvents],
    quotes: [...theirQuotes, ...named],
    relations: [...d.relations.flatMap((x) => (x.before ? [x.before] : [])), ...theirRelations],
  };
  const newSide = {
    events: [...d.newEvents, ...theirEvents],
    quotes: [...d.newQuotes, ...theirQuotes, ...named],
    relations: [...d.relations.map((x) => x.after), ...theirRelations],
  };
  const touched = new Map<string, { entity: string; bloc: string; period: string }>();
  const oldOverride = new Map<string, Entity | null>(d.entities.map((x) => [x.before.id, x.before]));
  for (const b of d.blocNames) oldOverride.set(b.after.id, b.before);
  for (const [side, override] of [
    [oldSide, oldOverride],
    [newSide, null],
  ] as const) {
    const input = await alignmentInput(db, gaz, side.events, side.quotes, side.relations, override);
    for (const c of computeAlignment({ ...input, gaz }))
      touched.set(`${c.entity}|${c.bloc}|${c.period}`, { entity: c.entity, bloc: c.bloc, period: c.period });
  }
  if (!touched.size) return 0;

  // Every fact of the touched countries and months.
  const countries = new Set([...touched.values()].map((c) => c.entity));
  const periods = [...new Set([...touched.values()].map((c) => c.period))];
  const ids = new Set(await cs.entitiesOfCountries(db, [...countries]));
  for (const g of gaz.entries)
    if (
      (g.seatOf && countries.has(g.seatOf)) ||
      (g.country && countries.has(g.country)) ||
      (g.roles ?? []).some((r) => r.of && countries.has(r.of))
    )
      ids.add(g.id);
  const events = await cs.eventsOfEntities(db, [...ids], periods);
  const quotes = await cs.quotesBySpeakers(db, [...ids], periods);
  const relations = (await cs.relationsOf(db, [...ids]))
    .sort((a, b) => relIndex(a.id) - relIndex(b.id) || (a.id < b.id ? -1 : 1))
    .map((r) => r.relation);
  const input = await alignmentInput(db, gaz, events, quotes, relations, null);
  const scores = computeAlignment({ ...input, gaz }).filter((c) =>
    touched.has(`${c.entity}|${c.bloc}|${c.period}`),
  );
  await cs.replaceCells(db, [...touched.values()], scores);
  return touched.size;
}

/** What computeAlignment needs around some facts: their entities, documents and copy links. */
async function alignmentInput(
  db: Db,
  gaz: Gazetteer,
  events: OrbitEvent[],
  quotes: Quote[],
  relations: Relation[],
  override: Map<string, Entity | null> | null,
) {
  const evs = [...new Map(events.map((e) => [e.id, e])).values()].sort(byEventOrder);
  // The quotations around the events' evidence too: a report inside one counts as a statement.
  const quotesAround = await cs.quotesOverlapping(
    db,
    evs.flatMap((e) => e.evidence),
  );
  const qs = [...new Map([...quotes, ...quotesAround].map((q) => [q.id, q])).values()].sort(byQuoteOrder);
  const ids = new Set<string>();
  for (const e of evs)
    for (const x of [...e.actors, ...e.targets, ...(e.location ? [e.location] : [])]) ids.add(x);
  for (const q of qs) if (q.speaker) ids.add(q.speaker);
  for (const r of relations) ids.add(r.from).add(r.to);
  // bloc members too: quotations are matched against their names
  for (const b of gaz.blocs) for (const m of b.members) ids.add(m);
  const ents = await cs.entitiesByIds(db, [...ids]);
  const more = new Set<string>();
  for (const e of ents.values()) {
    for (const r of e.roles ?? []) if (r.of && !ents.has(r.of)) more.add(r.of);
    if (e.country && !ents.has(e.country)) more.add(e.country);
  }
  for (const [id, e] of await cs.entitiesByIds(db, [...more])) ents.set(id, e);
  // the facts as they were: entities before the batch changed them (absent when it created them)
  if (override)
    for (const [id, e] of override) {
      if (e) ents.set(id, e as StoredEntity);
      else ents.delete(id);
    }
  const docIds = new Set<string>();
  for (const e of evs) for (const s of e.evidence) docIds.add(s.document);
  for (const q of qs) docIds.add(q.document);
  for (const r of relations) for (const s of r.evidence) docIds.add(s.document);
  const links = await cs.copyLinksTouching(db, [...docIds]);
  const around = [...new Set([...docIds, ...links.flatMap((l) => [l.from, l.to])])];
  // No document text: every evidence span carries the text it was cut from (a long report's text
  // was read whole for the few spans of a cell).
  const docs = await cs.docMeta(db, around);
  return { entities: [...ents.values()] as Entity[], events: evs, quotes: qs, relations, docs, links };
}

export type { DocLink, DocRow };
