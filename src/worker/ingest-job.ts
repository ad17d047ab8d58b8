/**
 * One ingest job: a batch of raw documents through clean → annotate, then documents,
 * annotations, copy sketches and copy links written in one transaction. Ids are content hashes,
 * so a retried job (its worker was killed before or after the commit) changes nothing twice.
 *
 * Copy detection under concurrency: two workers inserting near-duplicates at the same time do
 * not see each other's uncommitted band rows. Advisory locks per band key would serialise that,
 * but a document has dozens to hundreds of keys and a job many documents: the locks exhaust the
 * lock table (max_locks_per_transaction) and, since common keys are shared by most documents,
 * serialise the workers anyway. Instead every job re-checks its documents' candidates after its
 * own commit: of two concurrent jobs, the one committing later re-checks after both commits, so
 * it sees the other's bands. To compare each pair once (as a sequential ingest does), each sketch row records its transaction id and the snapshot its candidate lookup used;
 * the re-check skips a candidate whose lookup already saw this document, or that this document's
 * lookup saw. Pairs that were invisible to each other are compared then (compareDocs is
 * symmetric, so both sides of a race compute the same link). A retried job re-checks too (worker killed after commit).
 *
 * Writes are the single-process ingest's: whole-job statements (src/link/store-link.ts), so the
 * candidate rule and the rows written are the same code on both paths.
 */
import { z } from 'zod';
import type { ErrorCode } from '../errors.js';
import { compareDocs } from '../link/index.js';
import { chooseCandidates, linkNewDocuments, readPostings, sketchDoc, type SketchedDoc } from '../link/store-link.js';
import { OrbitError } from '../errors.js';
import { processDocument, type Processed } from '../pipeline.js';
import type { Store } from '../store/store.js';
import type { DocLink } from '../model/index.js';
import type { RawDocument } from '../model/index.js';

export const RawDocumentSchema = z.object({
  id: z.string().min(1).max(128),
  source: z.string(),
  format: z.enum(['text', 'html']),
  body: z.string(),
  encoding: z.string(),
  bytes: z.number().int().nonnegative(),
  hints: z.object({
    title: z.string().nullable().optional(),
    published: z.string().nullable().optional(),
    author: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    outlet: z.string().nullable().optional(),
    language: z.string().nullable().optional(),
  }),
});

export const IngestJobSchema = z.object({ v: z.literal(1), docs: z.array(RawDocumentSchema).max(10000) });
export type IngestJobData = { v: 1; docs: RawDocument[] };

export type IngestJobResult = {
  documents: number;
  ingested: number;
  alreadyPresent: number;
  failed: { source: string; code: ErrorCode; message: string }[];
  links: number;
  /** Links found only by the post-commit re-check (a concurrent job inserted the other side). */
  recheckLinks: number;
  /** Milliseconds in clean+annotate, in the write transaction, and in the re-check. */
  timings: { processMs: number; writeMs: number; recheckMs: number };
};

/**
 * The post-commit re-check of a job's stored documents: their candidates, chosen by the same
 * rule as at insert time but over everything committed now, minus the pairs either side already
 * compared: written by the same transaction (compared in order there), or one side's lookup
 * snapshot saw the other's transaction (see the header), or already linked. Each remaining pair
 * is compared (compareDocs gives the same verdict in either order).
 */
async function recheckJob(store: Store, docs: SketchedDoc[]): Promise<DocLink[]> {
  if (!docs.length) return [];
  const chosen = chooseCandidates(docs, await readPostings(store, docs, store.db), { batchCountsAsStored: false });
  const me: string[] = [];
  const other: string[] = [];
  chosen.forEach((ids, i) => {
    for (const id of ids) {
      me.push(docs[i].doc.id);
      other.push(id);
    }
  });
  if (!me.length) return [];
  const pairs = await store.db.query<{ me: string; other: string }>(
    `select p.me, p.other from unnest($1::text[], $2::text[]) as p(me, other)
       join copy_sketches sm on sm.doc_id = p.me
       join copy_sketches so on so.doc_id = p.other
      where (sm.sketch->>'xid') is distinct from (so.sketch->>'xid')
        and not coalesce(pg_visible_in_snapshot((sm.sketch->>'xid')::xid8, (so.sketch->>'snap')::pg_snapshot), false)
        and not coalesce(pg_visible_in_snapshot((so.sketch->>'xid')::xid8, (sm.sketch->>'snap')::pg_snapshot), false)
        and not exists (select 1 from links l where (l.from_doc = p.me and l.to_doc = p.other) or (l.from_doc = p.other and l.to_doc = p.me))`,
    [me, other],
  );
  if (!pairs.length) return [];
  const byId = new Map(docs.map((d) => [d.doc.id, d.doc]));
  const others = new Map((await store.linkDocs([...new Set(pairs.map((p) => p.other))].filter((id) => !byId.has(id)))).map((o) => [o.id, o]));
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

/** Runs one ingest job. Throws only for database errors (the queue retries the job). */
export async function runIngestJob(store: Store, data: IngestJobData): Promise<IngestJobResult> {
  const result: IngestJobResult = { documents: data.docs.length, ingested: 0, alreadyPresent: 0, failed: [], links: 0, recheckLinks: 0, timings: { processMs: 0, writeMs: 0, recheckMs: 0 } };
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - t);
    t = now;
    return ms;
  };
  const ids = [...new Set(data.docs.map((d) => d.id))];
  const present = new Set((await store.db.query<{ id: string }>('select id from documents where id = any($1::text[])', [ids])).map((r) => r.id));

  // CPU work outside the transaction: a transaction stays open only for the writes.
  const todo: Processed[] = [];
  const seen = new Set<string>();
  for (const raw of data.docs) {
    if (present.has(raw.id) || seen.has(raw.id)) {
      result.alreadyPresent++;
      continue;
    }
    seen.add(raw.id);
    let p: Processed;
    try {
      p = processDocument(raw);
    } catch (e) {
      // ORBIT_E_TIMEOUT (over the per-document budget) keeps its code; anything else is a bug
      result.failed.push(e instanceof OrbitError ? { source: raw.source, code: e.code, message: e.message } : { source: raw.source, code: 'ORBIT_E_INTERNAL', message: `processing failed: ${(e as Error).message}` });
      continue;
    }
    if (!p.article.text.trim()) {
      result.failed.push({ source: raw.source, code: 'ORBIT_E_NO_TEXT', message: 'no article text found after cleaning' });
      continue;
    }
    todo.push(p);
  }

  result.timings.processMs = lap();
  const toRecheck: SketchedDoc[] = [];
  /** One transaction for the given documents; returns the sketches of the ones it stored. */
  const write = (items: Processed[]): Promise<{ links: number; sketched: SketchedDoc[] }> =>
    store.transaction(async (tx) => {
      // Before any candidate lookup: what this transaction can see from here on includes this snapshot.
      const [me] = await tx.query<{ xid: string; snap: string }>('select pg_current_xact_id()::text as xid, pg_current_snapshot()::text as snap');
      // A document not inserted was stored first by a concurrent job: that job links it.
      const inserted = await store.insertDocuments(items.map((p) => ({ raw: p.raw, article: p.article, ann: p.annotations })), tx);
      const fresh = items.filter((_, i) => inserted[i]).map((p) => p.article);
      const { links, sketched } = await linkNewDocuments(store, fresh, tx, { sketchFields: { xid: me.xid, snap: me.snap } });
      // Last statement before commit: the generation row is a hot row, hold its lock briefly.
      if (fresh.length) await store.bumpCorpusGeneration(tx);
      return { links: links.length, sketched };
    });
  if (todo.length) {
    const stored: SketchedDoc[] = [];
    try {
      const w = await write(todo);
      result.links += w.links;
      stored.push(...w.sketched);
    } catch (e) {
      if (todo.length === 1) throw e;
      // The job rolled back. One document the database refuses must not sink the others: write
      // them one by one; if none can be written the fault is not the documents', so retry the job.
      const refused: { source: string; message: string }[] = [];
      for (const p of todo) {
        try {
          const w = await write([p]);
          result.links += w.links;
          stored.push(...w.sketched);
        } catch (e1) {
          refused.push({ source: p.raw.source, message: (e1 as Error).message });
        }
      }
      if (refused.length === todo.length) throw e;
      for (const r of refused) result.failed.push({ source: r.source, code: 'ORBIT_E_STORE', message: `could not be stored: ${r.message}` });
    }
    toRecheck.push(...stored);
    result.ingested = stored.length;
    result.alreadyPresent += todo.length - stored.length - result.failed.filter((f) => f.code === 'ORBIT_E_STORE').length;
  }

  result.timings.writeMs = lap();
  // Post-commit re-check for every document of the job, including ones a killed attempt stored.
  const again = ids.filter((id) => present.has(id));
  if (again.length) {
    for (const d of await store.linkDocs(again)) toRecheck.push(sketchDoc(d));
  }
  const added = (await recheckJob(store, toRecheck)).length;
  if (added) await store.bumpCorpusGeneration();
  result.recheckLinks = added;
  result.timings.recheckMs = lap();
  result.links += added;
  return result;
}
