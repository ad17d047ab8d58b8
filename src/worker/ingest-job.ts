/**
 * One ingest job: a batch of raw documents through clean → annotate, then documents,
 * annotations, copy sketches and copy links written in one transaction. Ids are content hashes,
 * so a retried job (its worker was killed before or after the commit) changes nothing twice.
 *
 * Copy detection under concurrency: two workers inserting near-duplicates at the same time do
 * not see each other's uncommitted band rows. Instead of advisory locks per band key (a
 * document has dozens to hundreds of keys, a job many documents: that exhausts the lock table
 * and serialises workers on common keys), every job re-checks its documents' candidates after
 * its own commit. Of two concurrent jobs, the one that commits later runs its re-check after
 * both commits, so it sees the other's bands and links the pair. A retried job re-checks too,
 * which covers a worker killed between commit and re-check.
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
};

/** Bumps the corpus generation so the corpus job knows its facts are stale. */
export async function bumpCorpusGeneration(db: Db): Promise<void> {
  await db.query(
    `insert into meta (key, value) values ('corpus_generation', '1'::jsonb)
     on conflict (key) do update set value = to_jsonb((meta.value #>> '{}')::bigint + 1)`,
  );
}

const linkDoc = (p: Processed): LinkDoc => ({ id: p.article.id, text: p.article.text, title: p.article.title, published: p.article.published,
  outlet: p.article.outlet, originalSource: p.article.originalSource });

type Sketched = { doc: LinkDoc; keys: string[]; signature: number[]; compared: Set<string> };

function sketched(doc: LinkDoc): Sketched {
  const sk = sketch(doc);
  return { doc, keys: [...sk.bandKeys, ...sk.passageKeys], signature: sk.signature, compared: new Set() };
}

/** Candidate lookup, comparison and link insert for one document (the store-link flow, keeping what it compared). */
async function linkOne(store: Store, s: Sketched, db: Db, skip: Set<string>): Promise<DocLink[]> {
  const candidates = (await store.candidatesByBands(s.keys, s.doc.id, { minPassageKeys: MIN_SHARED_PASSAGE_KEYS }, db))
    .filter((c) => !s.compared.has(c) && !skip.has(c));
  for (const c of candidates) s.compared.add(c);
  if (!candidates.length) return [];
  const others = await store.linkDocs(candidates, db);
  const links = others.map((o) => compareDocs(s.doc, o)).filter((l): l is DocLink => l !== null && l.type !== 'same_story');
  await store.insertLinks(links, db);
  return links;
}

/** Runs one ingest job. Throws only for database errors (the queue retries the job). */
export async function runIngestJob(store: Store, data: IngestJobData): Promise<IngestJobResult> {
  const result: IngestJobResult = { documents: data.docs.length, ingested: 0, alreadyPresent: 0, failed: [], links: 0, recheckLinks: 0 };
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

  const toRecheck: Sketched[] = [];
  if (todo.length) {
    const prepared = todo.map((p) => ({ p, s: sketched(linkDoc(p)) }));
    await store.transaction(async (tx) => {
      let inserted = 0;
      const mine: Sketched[] = [];
      for (const { p, s } of prepared) {
        if (!(await store.insertDocument(p.raw, p.article, p.annotations, tx))) continue; // a concurrent job stored it first
        const links = await linkOne(store, s, tx, new Set());
        await store.saveSketch(s.doc.id, { signature: s.signature }, s.keys, tx);
        result.links += links.length;
        mine.push(s);
        inserted++;
      }
      // Last statement before commit: the generation row is a hot row, hold its lock briefly.
      if (inserted) await bumpCorpusGeneration(tx);
      result.ingested = inserted;
      result.alreadyPresent += prepared.length - inserted;
      toRecheck.splice(0, toRecheck.length, ...mine);
    });
  }

  // Post-commit re-check for every document of the job, including ones a killed attempt stored.
  const again = ids.filter((id) => present.has(id));
  if (again.length) {
    for (const d of await store.linkDocs(again)) toRecheck.push(sketched(d));
  }
  let added = 0;
  for (const s of toRecheck) {
    // Pairs already linked in either direction need no second comparison.
    const linked = new Set((await store.db.query<{ other: string }>(
      `select case when from_doc = $1 then to_doc else from_doc end as other from links where from_doc = $1 or to_doc = $1`, [s.doc.id])).map((r) => r.other));
    added += (await linkOne(store, s, store.db, linked)).length;
  }
  if (added) await bumpCorpusGeneration(store.db);
  result.recheckLinks = added;
  result.links += added;
  return result;
}
