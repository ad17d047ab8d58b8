/**
 * Incremental copy detection against the store: a new document's sketch is saved, candidates
 * come from the indexed band table (never all pairs), and only those are verified. Adding a
 * document never recomputes links between older documents.
 *
 * The candidate rule lives here only (`chooseCandidates`): the single-process ingest and the
 * queue workers (including their post-commit re-check) all choose candidates with it.
 */
import type { Article, DocLink } from '../model/index.js';
import { compareDocs, MIN_SHARED_PASSAGE_KEYS, sketch, type LinkDoc } from './index.js';

/**
 * What copy detection needs from the store. The pipeline passes the store in, bound to the
 * transaction that writes the batch (Store.within), so this stage never opens a connection.
 */
export interface CopyLinkStore {
  /** For each key: how many stored documents carry it and (up to `cap`) which ones, in id order. */
  bandPostings(keys: string[], cap: number): Promise<Postings>;
  /** The text fields of stored documents, for verification. */
  linkDocs(ids: string[]): Promise<LinkDoc[]>;
  saveSketches(items: { docId: string; sketch: unknown; keys: string[] }[]): Promise<void>;
  insertLinks(links: DocLink[]): Promise<void>;
  /**
   * Of these (document, candidate) pairs, those that no earlier lookup compared: written by
   * different transactions neither of whose lookups saw the other, and not linked yet (the
   * post-commit re-check of concurrent writers; see recheckLinks).
   */
  pairsNotCompared(me: string[], other: string[]): Promise<{ me: string; other: string }[]>;
}

/** Keys carried by more documents than this are boilerplate, not evidence of copying. */
const MAX_DOCS_PER_BAND_KEY = 256;
const MAX_DOCS_PER_PASSAGE_KEY = 64;
/** At most this many candidates are verified per new document, most shared keys first. */
const MAX_CANDIDATES = 200;
/** Postings read per key: one more than any cap, enough to know a key is over its cap. */
const POSTINGS_CAP = Math.max(MAX_DOCS_PER_BAND_KEY, MAX_DOCS_PER_PASSAGE_KEY) + 1;

/** A document ready for copy detection: its text fields, MinHash signature and index keys. */
export type SketchedDoc = { doc: LinkDoc; signature: number[]; keys: string[] };

export const toLinkDoc = (a: Article): LinkDoc => ({
  id: a.id,
  text: a.text,
  title: a.title,
  published: a.published,
  outlet: a.outlet,
  originalSource: a.originalSource,
});

export function sketchDoc(doc: LinkDoc): SketchedDoc {
  const s = sketch(doc);
  return { doc, signature: s.signature, keys: [...s.bandKeys, ...s.passageKeys] };
}

export type Postings = Map<string, { n: number; docs: string[] }>;

/** Stored postings of every key of these documents, in one query. */
export const readPostings = (store: CopyLinkStore, docs: SketchedDoc[]): Promise<Postings> =>
  store.bandPostings(
    docs.flatMap((d) => d.keys),
    POSTINGS_CAP,
  );

/**
 * Candidates per document, in order: documents sharing at least one whole-document band key
 * ("b…") or at least MIN_SHARED_PASSAGE_KEYS passage keys ("p…"), keys carried by too many
 * documents skipped, most shared keys first (ties by id), at most MAX_CANDIDATES. With
 * `batchCountsAsStored`, each document also sees the earlier documents of `docs` (a batch being
 * inserted whose band rows are not in `stored` yet).
 */
export function chooseCandidates(
  docs: SketchedDoc[],
  stored: Postings,
  opts: { batchCountsAsStored: boolean },
): string[][] {
  const inBatch = new Map<string, string[]>(); // key -> earlier batch documents carrying it
  const chosen: string[][] = [];
  for (const d of docs) {
    const keys = new Set(d.keys);
    const shared = new Map<string, { b: number; p: number }>();
    for (const k of keys) {
      const isBand = k.startsWith('b');
      const db0 = stored.get(k) ?? { n: 0, docs: [] };
      const batchDocs = inBatch.get(k) ?? [];
      if (db0.n + batchDocs.length > (isBand ? MAX_DOCS_PER_BAND_KEY : MAX_DOCS_PER_PASSAGE_KEY)) continue;
      for (const other of [...db0.docs, ...batchDocs]) {
        if (other === d.doc.id) continue;
        const c = shared.get(other) ?? { b: 0, p: 0 };
        if (isBand) c.b++;
        else c.p++;
        shared.set(other, c);
      }
    }
    chosen.push(
      [...shared]
        .filter(([, c]) => c.b > 0 || c.p >= MIN_SHARED_PASSAGE_KEYS)
        .sort((x, y) => y[1].b + y[1].p - (x[1].b + x[1].p) || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
        .slice(0, MAX_CANDIDATES)
        .map(([id]) => id),
    );
    if (!opts.batchCountsAsStored) continue;
    for (const k of keys) {
      const l = inBatch.get(k);
      if (l) l.push(d.doc.id);
      else inBatch.set(k, [d.doc.id]);
    }
  }
  return chosen;
}

/**
 * Links a batch of new documents (already inserted, in this order) to the stored corpus and to
 * each other: the postings of all their band keys are read in one query, candidates are chosen
 * (earlier documents of the batch count as stored), verified, and links, sketches and keys are
 * written in one statement each. `sketchFields` are stored with each sketch (the queue workers
 * record their transaction there). Returns the links written and the documents' sketches.
 */
export async function linkNewDocuments(
  store: CopyLinkStore,
  articles: Article[],
  opts: { sketchFields?: Record<string, string> } = {},
): Promise<{ links: DocLink[]; sketched: SketchedDoc[] }> {
  if (!articles.length) return { links: [], sketched: [] };
  const docs = articles.map((a) => sketchDoc(toLinkDoc(a)));
  const chosen = chooseCandidates(docs, await readPostings(store, docs), { batchCountsAsStored: true });
  const batchById = new Map(docs.map((d) => [d.doc.id, d.doc]));
  const needed = [...new Set(chosen.flat())].filter((id) => !batchById.has(id));
  const others = new Map((await store.linkDocs(needed)).map((d) => [d.id, d]));
  const links: DocLink[] = [];
  chosen.forEach((ids, i) => {
    for (const id of ids) {
      const other = batchById.get(id) ?? others.get(id);
      if (!other) continue;
      const l = compareDocs(docs[i].doc, other);
      if (l && l.type !== 'same_story') links.push(l);
    }
  });
  await store.saveSketches(
    docs.map((d) => ({
      docId: d.doc.id,
      sketch: { signature: d.signature, ...opts.sketchFields },
      keys: d.keys,
    })),
  );
  await store.insertLinks(links);
  return { links, sketched: docs };
}

/**
 * The post-commit re-check of concurrent writers (queue workers). Two workers inserting
 * near-duplicates at the same time do not see each other's uncommitted band rows. Advisory locks
 * per band key would serialise that, but a document has dozens to hundreds of keys and a job many
 * documents: the locks exhaust the lock table (max_locks_per_transaction) and, since common keys
 * are shared by most documents, serialise the workers anyway. Instead every job re-checks its
 * documents' candidates after its own commit: of two concurrent jobs, the one committing later
 * re-checks after both commits, so it sees the other's bands. To compare each pair once (as a
 * sequential ingest does), each sketch row records its transaction id and the snapshot its
 * candidate lookup used (`sketchFields` of linkNewDocuments); the re-check skips a candidate whose
 * lookup already saw this document, or that this document's lookup saw. Pairs that were invisible
 * to each other are compared now (compareDocs is symmetric, so both sides of a race compute the
 * same link). Returns the links it wrote.
 */
export async function recheckLinks(store: CopyLinkStore, docs: SketchedDoc[]): Promise<DocLink[]> {
  if (!docs.length) return [];
  const chosen = chooseCandidates(docs, await readPostings(store, docs), { batchCountsAsStored: false });
  const me: string[] = [];
  const other: string[] = [];
  chosen.forEach((ids, i) => {
    for (const id of ids) {
      me.push(docs[i].doc.id);
      other.push(id);
    }
  });
  if (!me.length) return [];
  const pairs = await store.pairsNotCompared(me, other);
  if (!pairs.length) return [];
  const byId = new Map(docs.map((d) => [d.doc.id, d.doc]));
  const others = new Map(
    (await store.linkDocs([...new Set(pairs.map((p) => p.other))].filter((id) => !byId.has(id)))).map((o) => [
      o.id,
      o,
    ]),
  );
  const done = new Set<string>();
  const links: DocLink[] = [];
  for (const { me: m, other: o } of pairs) {
    const a = byId.get(m);
    const b = byId.get(o) ?? others.get(o);
    const key = m < o ? `${m}|${o}` : `${o}|${m}`;
    if (!a || !b || done.has(key)) continue;
    done.add(key);
    const l = compareDocs(a, b);
    if (l && l.type !== 'same_story') links.push(l);
  }
  await store.insertLinks(links);
  return links;
}
