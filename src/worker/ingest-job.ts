/**
 * One ingest job: the payload is validated here, then the batch goes through the pipeline's
 * batch routine (`ingestBatch`, the same code the single-process ingest runs) with concurrent
 * writers in mind: each transaction records its id and snapshot with its copy sketches and the
 * job's documents are re-checked for copy links after the commit (src/link/store-link.ts,
 * recheckLinks). Ids are content hashes, so a retried job (its worker was killed before or after
 * the commit) changes nothing twice, and re-checks what the killed attempt stored.
 */
import { z } from 'zod';
import type { ErrorCode } from '../errors.js';
import { ingestBatch, takeInDocuments, type DocumentOutcome, type TakeInResult } from '../pipeline.js';
import type { Store } from '../store/store.js';
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
  /** How the job's documents were taken into the corpus facts (absent when the worker leaves that to the corpus job). */
  corpus?: TakeInResult;
};

/**
 * Runs one ingest job through the pipeline's batch routine, then (with `takeIn`) takes its
 * documents into the corpus facts (`takeInDocuments`: also those a killed earlier attempt stored
 * and left queued). Throws only for database errors (the queue retries the job).
 */
export async function runIngestJob(
  store: Store,
  data: IngestJobData,
  opts: { takeIn?: boolean; onUpdate?: (documents: number) => void } = {},
): Promise<IngestJobResult> {
  const r = await ingestBatch(store, data.docs, { concurrentWriters: true, whenNothingStored: 'throw' });
  const ids = r.outcomes.flatMap((o) => (o.kind === 'failed' ? [] : [o.id]));
  const corpus =
    opts.takeIn && ids.length ? await takeInDocuments(store, ids, { onUpdate: opts.onUpdate }) : undefined;
  const count = (kind: DocumentOutcome['kind']) => r.outcomes.filter((o) => o.kind === kind).length;
  return {
    documents: data.docs.length,
    ingested: count('stored'),
    alreadyPresent: count('present'),
    failed: r.outcomes.flatMap((o) =>
      o.kind === 'failed' ? [{ source: o.source, code: o.code, message: o.message }] : [],
    ),
    links: r.links,
    recheckLinks: r.recheckLinks,
    timings: r.timings,
    ...(corpus ? { corpus } : {}),
  };
}
