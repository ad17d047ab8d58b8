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
 * it sees the other's bands. To compare each pair once (as a sequential ingest does, new document
 * first), each sketch row records its transaction id and the snapshot its candidate lookup used;
 * the re-check skips a candidate whose lookup already saw this document, or that this document's
 * lookup saw. Pairs that were invisible to each other are compared in id order, so both sides
 * of a race compute the same link. A retried job re-checks too (worker killed after commit).
 */
import { z } from 'zod';
import type { ErrorCode } from '../errors.js';
import { compareDocs, MIN_SHARED_PASSAGE_KEYS, sketch, type LinkDoc } from '../link/index.js';
import { processDocument, type Processed } from '../pipeline.js';
import type { Db } from '../store/db.js';
import type { Store } from '../store/store.js';
import type { DocLink } from '../export/types.js';
import type { RawDocument } from '../types.js';

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

const linkDoc = (p: Processed): LinkDoc => ({ id: p.article.id, text: p.article.text, title: p.article.title, published: p.article.published,
  outlet: p.article.outlet, originalSource: p.article.originalSource });

type Sketched = { doc: LinkDoc; keys: string[]; signature: number[] };

function sketched(doc: LinkDoc): Sketched {
  const sk = sketch(doc);
  return { doc, keys: [...sk.bandKeys, ...sk.passageKeys], signature: sk.signature };
}

/** Candidate lookup, comparison and link insert for one document, as src/link/store-link.ts does it. */
async function linkOne(store: Store, s: Sketched, db: Db): Promise<DocLink[]> {
  const candidates = await store.candidatesByBands(s.keys, s.doc.id, { minPassageKeys: MIN_SHARED_PASSAGE_KEYS }, db);
  if (!candidates.length) return [];
  const others = await store.linkDocs(candidates, db);
  const links = others.map((o) => compareDocs(s.doc, o)).filter((l): l is DocLink => l !== null && l.type !== 'same_story');
  await store.insertLinks(links, db);
  return links;
}

/**
 * The post-commit re-check of a job's stored documents, in one statement: candidate pairs as
 * Store.candidatesByBands finds them (same thresholds, same top-200 cut per document) that
 * neither side compared (stop keys skipped, as there): not written by the same transaction (which compared them in order),
 * and neither side's lookup snapshot saw the other's transaction (see the header). Each such
 * pair is compared in id order.
 */
async function recheckJob(store: Store, docs: Sketched[]): Promise<DocLink[]> {
  if (!docs.length) return [];
  const ids: string[] = [];
  const keys: string[] = [];
  for (const d of docs) for (const k of d.keys) {
    ids.push(d.doc.id);
    keys.push(k);
  }
  const pairs = await store.db.query<{ me: string; other: string }>(
    `with k0 as (select * from unnest($1::text[], $2::text[]) as t(doc_id, band_key)),
     -- Stop keys (boilerplate carried by very many documents) count for nothing, as in candidatesByBands.
     common as (select b.band_key from copy_bands b where b.band_key in (select band_key from k0) group by b.band_key
                having count(*) > case when b.band_key like 'b%' then 256 else 64 end),
     k as (select * from k0 where band_key not in (select band_key from common)),
     c as (
       select k.doc_id as me, b.doc_id as other,
              row_number() over (partition by k.doc_id order by count(*) desc, b.doc_id) as rank
         from k join copy_bands b on b.band_key = k.band_key and b.doc_id <> k.doc_id
        group by k.doc_id, b.doc_id
       having count(*) filter (where b.band_key like 'b%') > 0 or count(*) filter (where b.band_key not like 'b%') >= $3)
     select c.me, c.other from c
       join copy_sketches sm on sm.doc_id = c.me
       join copy_sketches so on so.doc_id = c.other
      where c.rank <= 200
        and (sm.sketch->>'xid') is distinct from (so.sketch->>'xid')
        and not coalesce(pg_visible_in_snapshot((sm.sketch->>'xid')::xid8, (so.sketch->>'snap')::pg_snapshot), false)
        and not coalesce(pg_visible_in_snapshot((so.sketch->>'xid')::xid8, (sm.sketch->>'snap')::pg_snapshot), false)
        and not exists (select 1 from links l where (l.from_doc = c.me and l.to_doc = c.other) or (l.from_doc = c.other and l.to_doc = c.me))`,
    [ids, keys, MIN_SHARED_PASSAGE_KEYS],
  );
  if (!pairs.length) return [];
  const byId = new Map(docs.map((d) => [d.doc.id, d.doc]));
  const others = new Map((await store.linkDocs([...new Set(pairs.map((p) => p.other))])).map((o) => [o.id, o]));
  const done = new Set<string>();
  const links: DocLink[] = [];
  for (const { me, other } of pairs) {
    const a = byId.get(me);
    const b = others.get(other) ?? byId.get(other);
    const key = me < other ? `${me}|${other}` : `${other}|${me}`;
    if (!a || !b || done.has(key)) continue;
    done.add(key);
    const l = a.id > b.id ? compareDocs(a, b) : compareDocs(b, a);
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
      result.failed.push({ source: raw.source, code: 'ORBIT_E_INTERNAL', message: `processing failed: ${(e as Error).message}` });
      continue;
    }
    if (!p.article.text.trim()) {
      result.failed.push({ source: raw.source, code: 'ORBIT_E_NO_TEXT', message: 'no article text found after cleaning' });
      continue;
    }
    todo.push(p);
  }

  result.timings.processMs = lap();
  const toRecheck: Sketched[] = [];
  /** One transaction for the given documents; returns the sketches of the ones it stored. */
  const write = (items: { p: Processed; s: Sketched }[]): Promise<Sketched[]> =>
    store.transaction(async (tx) => {
      // Before any candidate lookup: what this transaction can see from here on includes this snapshot.
      const [me] = await tx.query<{ xid: string; snap: string }>('select pg_current_xact_id()::text as xid, pg_current_snapshot()::text as snap');
      const mine: Sketched[] = [];
      for (const { p, s } of items) {
        if (!(await store.insertDocument(p.raw, p.article, p.annotations, tx))) continue; // a concurrent job stored it first
        result.links += (await linkOne(store, s, tx)).length;
        await store.saveSketch(s.doc.id, { signature: s.signature, xid: me.xid, snap: me.snap }, s.keys, tx);
        mine.push(s);
      }
      // Last statement before commit: the generation row is a hot row, hold its lock briefly.
      if (mine.length) await store.bumpCorpusGeneration(tx);
      return mine;
    });
  if (todo.length) {
    const prepared = todo.map((p) => ({ p, s: sketched(linkDoc(p)) }));
    const linksBefore = result.links;
    try {
      toRecheck.push(...(await write(prepared)));
    } catch (e) {
      if (prepared.length === 1) throw e;
      // The job rolled back. One document the database refuses must not sink the others: write
      // them one by one; if none can be written the fault is not the documents', so retry the job.
      result.links = linksBefore;
      const refused: { source: string; message: string }[] = [];
      for (const item of prepared) {
        try {
          toRecheck.push(...(await write([item])));
        } catch (e1) {
          refused.push({ source: item.p.raw.source, message: (e1 as Error).message });
        }
      }
      if (refused.length === prepared.length) throw e;
      for (const r of refused) result.failed.push({ source: r.source, code: 'ORBIT_E_STORE', message: `could not be stored: ${r.message}` });
    }
    result.ingested = toRecheck.length;
    result.alreadyPresent += prepared.length - toRecheck.length - (result.failed.filter((f) => f.code === 'ORBIT_E_STORE').length);
  }

  result.timings.writeMs = lap();
  // Post-commit re-check for every document of the job, including ones a killed attempt stored.
  const again = ids.filter((id) => present.has(id));
  if (again.length) {
    for (const d of await store.linkDocs(again)) toRecheck.push(sketched(d));
  }
  const added = (await recheckJob(store, toRecheck)).length;
  if (added) await store.bumpCorpusGeneration();
  result.recheckLinks = added;
  result.timings.recheckMs = lap();
  result.links += added;
  return result;
}
