/**
 * Incremental copy detection against the store: a new document's sketch is saved, candidates
 * come from the indexed band table (never all pairs), and only those are verified. Adding a
 * document never recomputes links between older documents.
 *
 * The candidate rule lives here only (`chooseCandidates`): the single-process ingest and the
 * queue workers (including their post-commit re-check) all choose candidates with it.
 */
import type { DocLink } from '../model/index.js';
import type { Store } from '../store/store.js';
import type { Db } from '../store/db.js';
import type { Article } from '../model/index.js';
import { compareDocs, MIN_SHARED_PASSAGE_KEYS, sketch, type LinkDoc } from './index.js';

/** Keys carried by more documents than this are boilerplate, not evidence of copying. */
const MAX_DOCS_PER_BAND_KEY = 256;
const MAX_DOCS_PER_PASSAGE_KEY = 64;
/** At most this many candidates are verified per new document, most shared keys first. */
const MAX_CANDIDATES = 200;
/** Postings read per key: one more than any cap, enough to know a key is over its cap. */
const POSTINGS_CAP = Math.max(MAX_DOCS_PER_BAND_KEY, MAX_DOCS_PER_PASSAGE_KEY) + 1;

/** A document ready for copy detection: its text fields, MinHash signature and index keys. */
export type SketchedDoc = { doc: LinkDoc; signature: number[]; keys: string[] };

export const toLinkDoc = (a: Article): LinkDoc => ({ id: a.id, text: a.text, title: a.title, published: a.published, outlet: a.outlet, originalSource: a.originalSource });

export function sketchDoc(doc: LinkDoc): SketchedDoc {
  const s = sketch(doc);
  return { doc, signature: s.signature, keys: [...s.bandKeys, ...s.passageKeys] };
}

export type Postings = Map<string, { n: number; docs: string[] }>;

/** Stored postings of every key of these documents, in one query. */
export const readPostings = (store: Store, docs: SketchedDoc[], db: Db): Promise<Postings> =>
  store.bandPostings(docs.flatMap((d) => d.keys), POSTINGS_CAP, db);

/**
 * Candidates per document, in order: documents sharing at least one whole-document band key
 * ("b…") or at least MIN_SHARED_PASSAGE_KEYS passage keys ("p…"), keys carried by too many
 * documents skipped, most shared keys first (ties by id), at most MAX_CANDIDATES. With
 * `batchCountsAsStored`, each document also sees the earlier documents of `docs` (a batch being
 * inserted whose band rows are not in `stored` yet).
 */
export function chooseCandidates(docs: SketchedDoc[], stored: Postings, opts: { batchCountsAsStored: boolean }): string[][] {
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
export async function linkNewDocuments(store: Store, articles: Article[], db: Db, opts: { sketchFields?: Record<string, string> } = {}): Promise<{ links: DocLink[]; sketched: SketchedDoc[] }> {
  if (!articles.length) return { links: [], sketched: [] };
  const docs = articles.map((a) => sketchDoc(toLinkDoc(a)));
  const chosen = chooseCandidates(docs, await readPostings(store, docs, db), { batchCountsAsStored: true });
  const batchById = new Map(docs.map((d) => [d.doc.id, d.doc]));
  const needed = [...new Set(chosen.flat())].filter((id) => !batchById.has(id));
  const others = new Map((await store.linkDocs(needed, db)).map((d) => [d.id, d]));
  const links: DocLink[] = [];
  chosen.forEach((ids, i) => {
    for (const id of ids) {
      const other = batchById.get(id) ?? others.get(id);
      if (!other) continue;
      const l = compareDocs(docs[i].doc, other);
      if (l && l.type !== 'same_story') links.push(l);
    }
  });
  await store.saveSketches(docs.map((d) => ({ docId: d.doc.id, sketch: { signature: d.signature, ...opts.sketchFields }, keys: d.keys })), db);
  await store.insertLinks(links, db);
  return { links, sketched: docs };
}
