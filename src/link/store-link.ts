/**
 * Incremental copy detection against the store: a new document's sketch is saved, candidates
 * come from the indexed band table (never all pairs), and only those are verified. Adding a
 * document never recomputes links between older documents.
 */
import type { DocLink } from '../export/types.js';
import type { Store } from '../store/store.js';
import type { Db } from '../store/db.js';
import type { Article } from '../types.js';
import { compareDocs, MIN_SHARED_PASSAGE_KEYS, sketch, type LinkDoc } from './index.js';

/** Keys carried by more documents than this are boilerplate, not evidence of copying (as Store.candidatesByBands). */
const MAX_DOCS_PER_BAND_KEY = 256;
const MAX_DOCS_PER_PASSAGE_KEY = 64;
/** At most this many candidates are verified per new document, most shared keys first. */
const MAX_CANDIDATES = 200;

const toLinkDoc = (a: Article): LinkDoc => ({ id: a.id, text: a.text, title: a.title, published: a.published, outlet: a.outlet, originalSource: a.originalSource });

export async function linkNewDocument(store: Store, article: Article, db: Db): Promise<number> {
  return linkNewDocuments(store, [article], db);
}

/**
 * Links a batch of new documents (already inserted, in this order) to the stored corpus and to
 * each other: the postings of all their band keys are read in one query, candidates are chosen
 * per document exactly as Store.candidatesByBands would (earlier documents of the batch count as
 * stored), verified, and links, sketches and keys are written in one statement each.
 */
export async function linkNewDocuments(store: Store, articles: Article[], db: Db): Promise<number> {
  if (!articles.length) return 0;
  const docs = articles.map(toLinkDoc);
  const sketches = docs.map((d) => sketch(d));
  const keysOf = sketches.map((s) => [...s.bandKeys, ...s.passageKeys]);
  const stored = await store.bandPostings(keysOf.flat(), Math.max(MAX_DOCS_PER_BAND_KEY, MAX_DOCS_PER_PASSAGE_KEY) + 1, db);
  const inBatch = new Map<string, string[]>(); // key -> earlier batch documents carrying it
  const chosen: string[][] = [];
  for (let i = 0; i < docs.length; i++) {
    const shared = new Map<string, { b: number; p: number }>();
    for (const k of new Set(keysOf[i])) {
      const isBand = k.startsWith('b');
      const db0 = stored.get(k) ?? { n: 0, docs: [] };
      const batchDocs = inBatch.get(k) ?? [];
      if (db0.n + batchDocs.length > (isBand ? MAX_DOCS_PER_BAND_KEY : MAX_DOCS_PER_PASSAGE_KEY)) continue;
      for (const other of [...db0.docs, ...batchDocs]) {
        if (other === docs[i].id) continue;
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
    for (const k of new Set(keysOf[i])) {
      const l = inBatch.get(k);
      if (l) l.push(docs[i].id);
      else inBatch.set(k, [docs[i].id]);
    }
  }
  const batchById = new Map(docs.map((d) => [d.id, d]));
  const needed = [...new Set(chosen.flat())].filter((id) => !batchById.has(id));
  const others = new Map((await store.linkDocs(needed, db)).map((d) => [d.id, d]));
  const links: DocLink[] = [];
  chosen.forEach((ids, i) => {
    for (const id of ids) {
      const other = batchById.get(id) ?? others.get(id);
      if (!other) continue;
      const l = compareDocs(docs[i], other);
      if (l && l.type !== 'same_story') links.push(l);
    }
  });
  await store.saveSketches(sketches.map((s, i) => ({ docId: docs[i].id, sketch: { signature: s.signature }, keys: keysOf[i] })), db);
  await store.insertLinks(links, db);
  return links.length;
}
